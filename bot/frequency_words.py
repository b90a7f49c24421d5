"""Two-week frequency answers (PHQ-9/GAD-7) in Spanish, French, German, Portuguese, Italian,
Dutch and Polish: plain data that bot.answers turns into phrase rules.

Sources. LABELS are the translations of the four PHQ-9 option labels (0 Not at all, 1 Several
days, 2 More than half the days, 3 Nearly every day; CLINICAL.md section 1) as printed in
Pfizer's official PHQ-9 translations (phqscreeners.com), e.g. Spanish (US) "Ningún día /
Varios días / Más de la mitad de los días / Casi todos los días", French "Jamais / Plusieurs
jours / Plus de la moitié du temps / Presque tous les jours", German "Überhaupt nicht / An
einzelnen Tagen / An mehr als der Hälfte der Tage / Beinahe jeden Tag". Where versions of one
language word a label differently (Brazil and Portugal, the Italian versions) each wording is
listed. The other lists are common everyday words for the same answers, read exactly like their
English counterparts in bot.answers:

* ``several``/``more``/``nearly`` name one option ("algunos días", "la plupart des jours");
* ``zero`` names not_at_all as a phrase ("pas du tout"); ``zero_alone`` only when it fills the
  reply or a clause ("nie", "mai", "nunca"), so "nie wiem" (I don't know) is not "never";
* ``rare`` (not at all or several days), ``some`` (several days or more than half) and
  ``often`` (more than half or nearly every day) are vague and asked again, like "rarely",
  "sometimes" and "often";
* ``unknown`` says the patient cannot answer ("no sé");
* ``negators``, ``breaks`` and ``hedges`` are that language's "not", "but" and "maybe".

Counts ("5 jours"), rates ("una vez al día") and "once"/"twice" words are left out on purpose:
without a per-week and per-day grammar for each language they could be misread, so they are
asked again. Phrases are regular expressions over lower-case words; accents are optional
because bot.answers folds them away in both the phrase and the reply ("dias" = "días").
"""

from __future__ import annotations

from dataclasses import dataclass

# Option labels in the PHQ-9 order: not at all, several days, more than half, nearly every day.
LABELS: dict[str, tuple[str, str, str, str]] = {
    "es": ("ningún día", "varios días", "más de la mitad de los días", "casi todos los días"),
    "fr": ("jamais", "plusieurs jours", "plus de la moitié du temps", "presque tous les jours"),
    "de": (
        "überhaupt nicht",
        "an einzelnen tagen",
        "an mehr als der hälfte der tage",
        "beinahe jeden tag",
    ),
    "pt-br": ("nenhuma vez", "vários dias", "mais da metade dos dias", "quase todos os dias"),
    "pt-pt": ("nunca", "vários dias", "mais de metade dos dias", "quase todos os dias"),
    "it": ("mai", "alcuni giorni", "più della metà dei giorni", "quasi ogni giorno"),
    "it-alt": (
        "per niente",
        "diversi giorni",
        "più della metà delle giornate",
        "quasi tutti i giorni",
    ),
    "nl": ("helemaal niet", "meerdere dagen", "meer dan de helft van de dagen", "bijna elke dag"),
    "pl": ("wcale nie", "kilka dni", "więcej niż połowę dni", "niemal codziennie"),
}


@dataclass(frozen=True)
class Words:
    zero: str = ""
    zero_alone: str = ""
    several: str = ""
    more: str = ""
    nearly: str = ""
    rare: str = ""
    some: str = ""
    often: str = ""
    unknown: str = ""
    negators: tuple[str, ...] = ()
    breaks: tuple[str, ...] = ()
    hedges: str = ""


WORDS: dict[str, Words] = {
    "es": Words(
        zero=r"para nada|en absoluto|ningún día|ni un (?:solo )?día|ninguna vez"
        r"|ni una (?:sola )?vez",
        zero_alone=r"nunca|jamás|nada",
        several=r"varios días|algunos días|unos (?:pocos )?días|pocos días|un par de días"
        r"|de vez en cuando|ocasionalmente",
        # "once días" is eleven days (not "once"): more than half.
        more=r"más de la mitad(?: de (?:los días|el tiempo|las noches))?"
        r"|once (?:días|noches|veces)"
        r"|la mayoría de (?:los )?días|la mayor parte del tiempo|la mayoría del tiempo",
        # "todo el santo día" / "todos los santos días": "every single day".
        nearly=r"(?:casi |prácticamente )?(?:todos los días|cada día|a diario|diariamente|siempre"
        r"|todo el tiempo|todas las noches|cada noche|todos los santos días|todo (?:el )?santo día"
        r"|cada santo día)",
        rare=r"casi nunca|rara vez|raramente|pocas veces",
        some=r"a veces|algunas veces|aveces",
        often=r"a menudo|con frecuencia|frecuentemente|muchas veces|mucho",
        unknown=r"no (?:lo )?sé|ni idea|no estoy segur[oa]|depende|no me acuerdo",
        negators=("no", "ni"),
        breaks=("pero",),
        hedges=r"quizás?|tal vez|a lo mejor|creo(?: que)?|probablemente|puede que|supongo",
    ),
    "fr": Words(
        zero=r"pas du tout|jamais de la vie|pas une (?:seule )?fois|pas un (?:seul )?jour"
        r"|aucun jour",
        zero_alone=r"jamais|non",
        several=r"plusieurs jours|quelques jours|de temps en temps|de temps à autre"
        r"|occasionnellement",
        more=r"plus de la moitié(?: (?:des jours|du temps|des nuits))?"
        r"|la plupart (?:des jours|du temps|des nuits)",
        nearly=r"(?:presque |quasiment |pratiquement )?(?:tous les jours|chaque jour"
        r"|quotidiennement|toujours|tout le temps|toutes les nuits|chaque nuit)",
        rare=r"rarement|presque jamais|quasiment jamais",
        some=r"parfois|quelquefois|des fois",
        often=r"souvent|fréquemment|beaucoup",
        unknown=r"je (?:ne )?sais pas|sais pas|aucune idée|ça dépend|pas sûre?",
        negators=("pas", "ne", "non"),
        breaks=("mais",),
        hedges=r"peut être|peutêtre|je pense|je crois|probablement|sans doute",
    ),
    "de": Words(
        zero=r"überhaupt nicht|ueberhaupt nicht|gar nicht|überhaupt nie|an keinem tag"
        r"|keinen (?:einzigen )?tag|kein einziges mal",
        zero_alone=r"nie|niemals|nein",
        several=r"(?:an )?einzelnen tagen|(?:an )?ein paar tagen?|ein paar tage|einige tage"
        r"|an einigen tagen|mehrere tage|an mehreren tagen|ab und zu|gelegentlich"
        r"|hin und wieder",
        more=r"(?:an )?mehr als (?:der|die) (?:hälfte|haelfte)(?: der (?:tage|zeit))?"
        r"|über die hälfte|ueber die haelfte|(?:an )?den meisten tagen|die meisten tage|meistens"
        r"|die meiste zeit",
        nearly=r"(?:beinahe |fast |nahezu )?(?:jeden tag|jeden abend|jede nacht|täglich"
        r"|taeglich|immer|ständig|staendig|die ganze zeit|alle tage)",
        rare=r"selten|fast nie|kaum|fast gar nicht",
        some=r"manchmal",
        often=r"oft|häufig|haeufig|sehr oft|viel",
        unknown=r"(?:ich )?weiß (?:es )?nicht|(?:ich )?weiss (?:es )?nicht|keine ahnung"
        r"|kommt (?:dar|d)auf an|nicht sicher",
        negators=("nicht", "kein", "keine"),
        breaks=("aber", "sondern"),
        hedges=r"vielleicht|ich glaube|ich denke|glaube|wahrscheinlich|vermutlich|eher",
    ),
    "pt": Words(
        zero=r"nenhum dia|nenhuma vez|de jeito nenhum|de modo (?:algum|nenhum)"
        r"|de forma (?:alguma|nenhuma)|nem uma (?:única )?vez",
        zero_alone=r"nunca|não",
        several=r"vários dias|alguns dias|uns dias|poucos dias|de vez em quando"
        r"|ocasionalmente",
        more=r"mais (?:da|de) metade(?: (?:dos dias|do tempo))?|a maioria dos dias"
        r"|a maior parte (?:do tempo|dos dias)",
        nearly=r"(?:quase )?(?:todos os dias|todo dia|cada dia|diariamente|sempre"
        r"|o tempo todo|todas as noites)",
        rare=r"raramente|quase nunca",
        some=r"às vezes|algumas vezes",
        often=r"muitas vezes|frequentemente|com frequência|muito",
        unknown=r"não sei|não tenho certeza|depende",
        negators=("não", "nem"),
        breaks=("mas",),
        hedges=r"talvez|acho(?: que)?|provavelmente",
    ),
    "it": Words(
        zero=r"per niente|per nulla|nessun giorno|neanche una volta|nemmeno una volta"
        r"|mai una volta",
        zero_alone=r"mai|affatto",
        several=r"(?:per )?alcuni giorni|(?:per )?diversi giorni|qualche giorno|pochi giorni"
        r"|un paio di giorni|ogni tanto|di tanto in tanto|occasionalmente",
        more=r"(?:per )?più della metà(?: (?:dei giorni|delle giornate|del tempo))?"
        r"|oltre la metà(?: dei giorni)?|la maggior parte (?:dei giorni|del tempo)",
        nearly=r"(?:quasi )?(?:ogni giorno|tutti i giorni|ogni notte|tutte le notti"
        r"|quotidianamente|sempre|tutto il tempo|di continuo|continuamente)",
        rare=r"raramente|quasi mai",
        some=r"a volte|qualche volta|talvolta",
        often=r"spesso|frequentemente|molto",
        unknown=r"non (?:lo )?so|non sono sicur[oa]|dipende",
        negators=("non",),
        breaks=("ma",),
        hedges=r"forse|penso(?: di)?|credo|probabilmente",
    ),
    "nl": Words(
        zero=r"helemaal niet|helemaal nooit|geen (?:enkele )?dag|geen enkele keer|nog nooit",
        zero_alone=r"nooit|nee",
        several=r"meerdere dagen|een paar dagen|enkele dagen|sommige dagen|af en toe",
        more=r"meer dan de helft(?: van de (?:dagen|tijd))?|de meeste dagen|meestal"
        r"|het grootste deel van de tijd",
        nearly=r"(?:bijna |vrijwel )?(?:elke dag|iedere dag|dagelijks|altijd|de hele tijd"
        r"|elke nacht|iedere nacht|constant)",
        rare=r"zelden|bijna nooit|nauwelijks",
        some=r"soms",
        often=r"vaak|veel",
        unknown=r"weet ik niet|ik weet het niet|weet niet|geen idee|hangt ervan af|niet zeker",
        negators=("niet", "geen"),
        breaks=("maar",),
        hedges=r"misschien|ik denk|denk ik|waarschijnlijk|volgens mij",
    ),
    "pl": Words(
        zero=r"wcale(?: nie)?|w ogóle nie|ani razu|ani jednego dnia|żadnego dnia",
        zero_alone=r"nigdy|nie",
        several=r"kilka dni|parę dni|przez kilka dni|od czasu do czasu|sporadycznie",
        more=r"(?:więcej niż|ponad) połow[ęay](?: dni| czasu)?|większość dni"
        r"|przez większość (?:dni|czasu)|większość czasu|przeważnie|zazwyczaj",
        nearly=r"(?:prawie |niemal |praktycznie )?(?:codziennie|każdego dnia|każdy dzień"
        r"|cały czas|zawsze|co dzień|co noc|każdej nocy|ciągle|stale)",
        rare=r"rzadko|prawie nigdy|prawie wcale",
        some=r"czasami|czasem|niekiedy",
        often=r"często|bardzo często",
        unknown=r"nie wiem|nie jestem pewn[ya]|(?:to )?zależy",
        negators=("nie",),
        breaks=("ale",),
        hedges=r"może|chyba|myślę|prawdopodobnie|raczej",
    ),
}
