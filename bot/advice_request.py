"""Rule-based reading of requests for treatment advice (the no-advice guardrail).

The trained intent `request_treatment_advice` is one signal; this is the other. A message is a
request for advice when it asks a question that wants a clinical decision (should I, is it
safe, what dose, which is best, do I have, what does my result mean) about a treatment,
a diagnosis or a test. The assistant never answers such a question: it records it for the
practitioner. A false alarm costs little (the question is recorded); a miss could let a
patient think a silence was an answer.
"""

from __future__ import annotations

import re

_TREATMENT = (
    r"med|meds|medication|medications|medicine|medicines|pill|pills|tablet|tablets|dose|doses"
    r"|dosage|mg|mcg|milligrams?|supplements?|vitamins?|herbal|herbs?|remedy|remedies|natural"
    r"|antidepressants?|ssris?|snris?|maois?|drugs?|prescription|capsules?|drops|oil"
    r"|5-?htp|l-?tryptophan|tryptophan|l-?tyrosine|tyrosine|phenylalanine|sam-?e"
    r"|st\.? johns?'?s? wort"
    r"|melatonin|magnesium|b6|b12|folate|omega-?3|fish oil|gaba|theanine|rhodiola|ashwagandha"
    r"|ginseng|mucuna|l-?dopa|levodopa|carbidopa|cbd|kava|valerian|iron|ferritin|zinc"
    r"|sertraline|zoloft|fluoxetine|prozac|citalopram|celexa|escitalopram|lexapro|cipralex"
    r"|paroxetine|paxil|seroxat|fluvoxamine|venlafaxine|effexor|desvenlafaxine|duloxetine"
    r"|cymbalta|bupropion|wellbutrin|mirtazapine|trazodone|amitriptyline|nortriptyline"
    r"|clomipramine|imipramine|phenelzine|nardil|tranylcypromine|moclobemide|selegiline"
    r"|lithium|quetiapine|propranolol|diazepam|lorazepam|alprazolam|xanax|zopiclone|zolpidem"
    r"|tramadol|methylphenidate|ritalin|adderall|vortioxetine|agomelatine|buspirone|pregabalin"
)
_TREATMENT_RE = re.compile(rf"\b({_TREATMENT})\b")
_ACTION = r"take|taking|start|starting|stop|stopping|quit|quitting|drop|dropping|wean|taper"
_ACTION += r"|increase|decrease|reduce|double|halve|go up|go down|come off|switch|switching|swap"
_ACTION += r"|combine|combining|mix|mixing|add|adding|try|trying|use|using"

_DECISION_FRAMES = [
    r"\b(should|shall|shud|shld|shoud|could|can|may|must|ought) (i|we|u|you)\b",
    r"\bdo (i|u|you) (need|have) to\b",
    r"\b(is|are|would|will) (it|this|that|they|these|those)\b.{0,40}\b(ok|okay|safe|fine"
    r"|alright|all right|risky|dangerous|bad|harmful|worth|a good idea|sensible|enough|wise"
    r"|effective|better|work)\b",
    r"\bis\b.{0,60}\b(ok|okay|safe|fine|risky|dangerous|enough|sensible|a good idea|worth it"
    r"|something to worry about|normal)\b",
    r"\b(what|which|wat|wich)\b.{0,40}\b(should|shud|to take|dose|dosage|amount|best|good for"
    r"|works?|help|helps|recommend)\b",
    r"\bhow (much|many|often|long)\b",
    r"\b(recommend|suggest|advise|prescribe)\b",
    r"\bwould (switching|stopping|starting|taking|adding|changing|coming off)\b",
    r"\b(will|would|does|do|can|could)\b.{0,50}\b(interfere|interact|clash|affect|react"
    r"|be taken|be combined|be mixed|cancel)\b",
    r"\b(worth (me )?(trying|taking|starting))\b",
    r"\b(too much|too little|too low|too high|a lot|better than|work better|actually work"
    r"|help me|best for|good for)\b",
    r"\bis there (a|any|an) (pill|medication|medicine|supplement|cure|treatment|tablet|remedy)\b",
    r"\b(does|do|would|will|could|can)\b.{0,40}\b(work|help)\b",
]
_DECISION_RE = re.compile("|".join(f"(?:{f})" for f in _DECISION_FRAMES))
_ACTION_RE = re.compile(rf"\b({_ACTION})\b")

_DIAGNOSIS_RE = re.compile(
    r"\b(do|could|might|may|would) (i|u) (have|be|got)\b.{0,40}\b(depress\w*|anxi\w*|bipolar"
    r"|adhd|add|ocd|ptsd|disorder|insomnia|illness|autis\w*|burn ?out)"
    r"|\b(am i|am i maybe|is it possible (that )?i (have|am)"
    r"|do (you|u) think (i'?m|im|i am|i have))"
    r"\b.{0,40}\b(depress\w*|anxi\w*|bipolar|adhd|disorder|ill|mentally|autis\w*|ocd|ptsd)"
    r"|\bmy diagnosis\b|\bdiagnose me\b|\bwhat'?s wrong with me\b"
    r"|\b(could|might|can) (this|it|that) be\b.{0,30}\b(depress\w*|anxi\w*|bipolar|adhd|ocd|ptsd)"
    r"|\b(does|do) (this|that|these|my answers) mean (that )?(i'?m|im|i am|i have|i'?ve)\b"
    r"|\bis (this|it) (just )?(anxiety|depression|ocd|adhd|bipolar|burn ?out|a disorder)\b"
    r"|\bdo i (hav|have|got)\b.{0,20}\b(depress\w*|anxi\w*|bipolar|adhd|ocd|ptsd|disorder)"
    r"|\bis there a chance (that )?(i'?m|im|i am|i have)\b"
    r"|\bdo (you|u) think i need\b"
    r"|\b(mean|means) (that )?i'?(ve| have)? ?(got|have)\b"
)
_TEST_RE = re.compile(
    r"\b(result|results|level|levels|score|scored|test|tests|reading|blood"
    r"|urine|urinary|metabolites?|cortisol|serotonin|dopamine|ferritin)\b"
)
_TEST_QUESTION_RE = re.compile(
    r"\b(what does|what do|mean|means|explain|interpret|how bad|is that bad|is it bad|normal"
    r"|worry|worried|concerning|tell you|too (high|low)|should i|came back|is that (low|high"
    r"|a problem|ok|okay)|something bad|showing)\b"
)
_PROCESS_RE = re.compile(
    r"\b(see|read|view|access|record|recorded|store|stored|share|shared|saved|list of)\b"
)


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def is_advice_request(text: str) -> bool:
    """True when the message asks for a treatment decision, a diagnosis or a test reading."""
    if not text or len(text) > 2000 or text.startswith("/"):
        return False
    norm = _norm(text)
    if _DIAGNOSIS_RE.search(norm):
        return True
    if _TEST_RE.search(norm) and _TEST_QUESTION_RE.search(norm) and not _PROCESS_RE.search(norm):
        return True
    if not _DECISION_RE.search(norm):
        return False
    # A decision question about a treatment, or about taking / stopping something.
    if _PROCESS_RE.search(norm) and not _ACTION_RE.search(norm):
        return False  # "will the nurse see the list of supplements": a process question
    if _TREATMENT_RE.search(norm):
        return True
    # "what should I take for sleep": taking something, without naming it.
    return bool(re.search(r"\b(take|taking|try|use)\b", norm)) and not _NOT_TREATMENT_RE.search(
        norm
    )


_NOT_TREATMENT_RE = re.compile(
    r"\b(take|taking) (a break|long|a while|a minute|breaks|part|time)\b"
    r"|\b(does|will|would) (this|it|that) take\b|\btry again\b|\buse (the|this) (chat|app|bot)\b"
)


_QUESTION_START_RE = re.compile(
    r"^(should|shall|could|can|may|must|would|will|do|does|did|is|are|am|was|were|what|whats"
    r"|what's|which|how|why|when|where|who|wat|wich|hw|shud|shld|recommend|suggest|tell|give|advise"
    r"|help|any|pls|please)\b"
)


def asks_something(text: str) -> bool:
    """A question or a request ("recommend me...", "tell me..."), not a plain statement.

    Requests for advice are asked; disclosures ("I take l-theanine with my tea") are told.
    Used to overrule the classifier when it reads a statement as a request for advice.
    """
    norm = _norm(text)
    if "?" in norm:
        return True
    clauses = re.split(r"[,.;:!]| but | and | so ", norm)
    return any(_QUESTION_START_RE.search(c.strip()) for c in clauses)
