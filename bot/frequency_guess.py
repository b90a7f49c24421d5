"""A tentative reading of a two-week reply that the rules (bot.frequency_reader) leave unclear.

Why: the rules never read an option they are unsure of, so every phrasing they do not know is
asked again. Blind-written replies the rules had never seen were read 90-94% right (the rest
asked again, almost never a wrong option); each round of new rules moved unseen sets by only
1-4 points, because patients' phrasings have a long tail ("nup", "zero. zilch.", "more days bad
than good", "morning noon and night"). A statistical reader trained on the labelled replies
generalises over that tail, but it can be wrong, so its reading is only ever a *suggestion*:
the form shows it and stores nothing until the patient confirms it (bot/intake.py), like
Rasa's two-stage fallback ("Did you mean ...?").

What it is: a logistic regression over word 1-2-grams and character 2-5-grams (scikit-learn,
fitted by `rasa train` and stored in the Rasa model, bot/nlu; elsewhere on first use, about
15 s for 12,000 replies) on every labelled reply in
bot/frequency_examples/*.jsonl, five classes: the four options and "unclear". It suggests an
option only when

- the rules found nothing firm (an option, a vague word, a bare number are all theirs),
- the reply holds no count the policy asks again about on purpose (exactly half, open-ended),
- its top class is an option, not "unclear", with probability >= MIN_CONFIDENCE.

MIN_CONFIDENCE was chosen on 600 replies neither the rules nor the model had seen (blind sets
dev10 and dev11, scored before either was tuned or trained on them): of the replies the rules
asked again, the model's top option was right for 28 of 44 at 0.6, 25 of 31 at 0.8 and 21 of
24 at 0.9. At 0.8 about one suggestion in five is wrong; the patient sees it and corrects it.
Hold-out sets (tests/data/frequency_holdout*.jsonl) are never training data (a unit test).
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot import frequency_reader

EXAMPLES_DIR = Path(__file__).resolve().parent / "frequency_examples"
MIN_CONFIDENCE = 0.8
UNCLEAR = "unclear"
OPTIONS = (
    frequency_reader.NOT_AT_ALL,
    frequency_reader.SEVERAL_DAYS,
    frequency_reader.MORE_THAN_HALF,
    frequency_reader.NEARLY_EVERY_DAY,
)
MAX_CHARS = 400  # longer replies are asked again by the rules; never guessed

# Counts the policy asks again about on purpose (bot/frequency_reader.py): exactly half of 14
# ("7 days", "half the time", "every other day", "every couple of days", "a week", "50/50",
# "la mitad") and open-ended counts ("at least 9", "5 or more"). A suggestion would lead the
# patient to one side of a line the reply does not cross. Matched on the rules' normalised
# text, where number words are digits.
_POLICY_RE = re.compile(
    r"\b(?:half|halves|7|50|mitad|moitie|halfte|halbe[nr]?|metade|meta|helft|polowa|polowe)\b"
    r"|\bevery (?:other|second|2nd|2|couple(?: of)?) (?:days?|nights?)\b"
    r"|\b(?:for|about|around|roughly|just|like|1) (?:a )?week\b(?! ago)"
    r"|\bat least\b|\bor more\b|\bat most\b"
)


@dataclass(frozen=True)
class Guess:
    value: str
    confidence: float


def load_examples(directory: Path = EXAMPLES_DIR) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted(directory.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            rows.extend(json.loads(line) for line in f if line.strip())
    return rows


def _features(text: str) -> str:
    # The rules' own normalisation (accents, typos, number words): the model then sees
    # "evry day" and "every day" as one phrase, as the rules do.
    return frequency_reader.frequency_norm(text) or text.lower()


class FrequencyGuesser:
    """Fitted from the labelled examples: by `rasa train` (stored in the model), or once per
    process on first use (scripts, tests)."""

    def __init__(self, examples: list[dict[str, Any]]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        labels = [r["expect"] for r in examples]
        unknown = set(labels) - {*OPTIONS, UNCLEAR}
        if unknown:
            raise ValueError(f"unknown labels in the frequency examples: {sorted(unknown)}")
        features = make_union(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
        )
        self._model = make_pipeline(features, LogisticRegression(C=30.0, max_iter=3000))
        self._model.fit([_features(r["text"]) for r in examples], labels)

    def probabilities(self, text: str) -> dict[str, float]:
        row = self._model.predict_proba([_features(text)])[0]
        return {str(c): float(p) for c, p in zip(self._model.classes_, row, strict=True)}

    def guess(self, text: str) -> Guess | None:
        probabilities = self.probabilities(text)
        value = max(probabilities, key=probabilities.__getitem__)
        if value == UNCLEAR or probabilities[value] < MIN_CONFIDENCE:
            return None
        # Below 1 always: a confidence of 1 marks the rules' own reading (bot/nlu).
        return Guess(value, min(round(probabilities[value], 3), 0.999))


_guesser: FrequencyGuesser | None = None
_lock = threading.Lock()


def guesser() -> FrequencyGuesser:
    global _guesser
    with _lock:
        if _guesser is None:
            _guesser = FrequencyGuesser(load_examples())
        return _guesser


def use_guesser(fitted: FrequencyGuesser) -> None:
    """Use a guesser fitted earlier (the one `rasa train` stored in the model, bot/nlu), so a
    process does not fit its own: fitting on 12,000 replies takes about 15 s."""
    global _guesser
    with _lock:
        _guesser = fitted


def examples_fingerprint(directory: Path = EXAMPLES_DIR) -> str:
    """A hash of every labelled reply file: a stored guesser is stale when it changes."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.jsonl")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def read_frequency(text: str) -> tuple[str | None, float]:
    """The reading the NLU entity carries: the rules' option at confidence 1, else a
    suggestion below 1, else (None, 0.0): asked again. The rules run once."""
    value = frequency_reader.match_frequency(text)
    if value is not None:
        return value, 1.0
    guess = _suggest_unread(text)
    return (guess.value, guess.confidence) if guess else (None, 0.0)


def guess_frequency(text: str) -> Guess | None:
    """A suggested option for a reply the rules leave unclear, or None (then asked again)."""
    return None if frequency_reader.match_frequency(text) is not None else _suggest_unread(text)


def _suggest_unread(text: str) -> Guess | None:
    """A suggestion for a reply the rules have already left unclear."""
    if not text or len(text) > MAX_CHARS or not any(ch.isalpha() for ch in text):
        return None
    if _POLICY_RE.search(frequency_reader.frequency_norm(text)):
        return None
    if frequency_reader.asked_again_on_purpose(text):
        return None  # the rules' own reason: "sometimes", "my mum says most days", "twice a day"
    return guesser().guess(text)
