"""Two-week frequency answers (PHQ-9/GAD-7) in Spanish, French, German, Portuguese, Italian,
Dutch and Polish (and everyday words in Japanese and Chinese): plain data that bot.answers
turns into phrase rules.

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

Round 9 (freq9b) added, read like their English counterparts: ``elsewhen`` (another time or
someone else's answer, "antes", "vroeger", "mi marido dice que": asked again), ``usually``
("di solito sì", "zwykle tak": more than half, only as the whole answer), ``weekdays`` ("tutti
i giorni lavorativi", "werktags": the 10 weekdays, more than half) and ``neutral`` ("meer
niet", "no more": read and ignored); "less than half" joined ``several``.

Day counts (session 4): COUNTS holds each language's number words 1-14, its words for days,
nights and times, "or"/"to" between two numbers, "a week", "a day", "every" and "every other
day", so that "zwei oder drei Tage", "dos o tres días", "3 dias" and "drei Tage pro Woche" are
read with the same 14-day arithmetic as "2 or 3 days" and "3 days a week" (bot.answers
rewrites them into those words first, one language at a time). A number word is only read
right before that language's day or times word ("tres días"), never alone. A rate per day
("tres veces al día") is asked again, as in English; "once"/"twice" words without a number
("a veces") are not counts. Phrases are regular expressions over lower-case words; accents are
optional because bot.answers folds them away in both the phrase and the reply ("dias" =
"días").
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
    elsewhen: str = ""
    usually: str = ""
    weekdays: str = ""
    neutral: str = ""
    # That language's flat "no" ("non", "nein"), read before its ``zero`` (round 10).
    no: str = ""
    # Round 11 (freq11c): "every day except the weekend(s)" ("tous les jours sauf le
    # week-end", "jeden Tag außer am Wochenende"), read as the English words (the weekdays).
    no_weekends: str = ""
    # ... and "at the weekend it's fine / not" ("am Wochenende geht's", "in het weekend niet"),
    # read as the English "at weekends its fine" (no count of its own after the weekdays).
    weekends_fine: str = ""
    # Round 12 (freq12c): that language's "not really" ("pas vraiment", "niet echt"), read as
    # the English words (a soft zero, only on an ordinary item), and its zeros read on an
    # ordinary item only ("neanche un giorno"), like the English plain zeros.
    not_really: str = ""
    zero_plain: str = ""


WORDS: dict[str, Words] = {
    "es": Words(
        not_really=r"no realmente|realmente no|la verdad (?:es )?que no|en realidad no",
        no=r"no",
        zero=r"para nada|en absoluto|ningún día|ni un (?:solo )?día|ninguna vez"
        r"|ni una (?:sola )?vez",
        zero_alone=r"nunca|jamás|nada|nada de nada|ninguna|ninguno",
        # "unos cuantos días" / "unas cuantas veces": a few days (like "unos pocos días").
        several=r"varios días|algunos días|unos (?:pocos |cuantos )?días|pocos días|un par de días"
        r"|unas cuantas (?:veces|noches)|unos cuantos (?:ratos|momentos)"
        r"|ocasionalmente|un par de veces|unas pocas veces"
        r"|menos de la mitad(?: de (?:los días|el tiempo|las noches))?|menos de una semana",
        # "once días" is eleven days (not "once"): more than half.
        more=r"más de la mitad(?: de (?:los días|el tiempo|las noches))?"
        r"|once (?:días|noches|veces)"
        r"|la mayoría de (?:(?:los )?días|(?:las )?noches)"
        r"|la mayor parte del tiempo|la mayoría del tiempo"
        # Round 11 (freq11c): "more than a week", like the English.
        r"|más de una semana",
        # "todo el santo día" / "todos los santos días": "every single day".
        nearly=r"(?:casi |prácticamente )?(?:todos los días|cada día|a diario|diariamente|siempre"
        r"|todo el tiempo|todas las noches|cada noche|todos los santos días|todo (?:el )?santo día"
        r"|cada santo día)",
        rare=r"casi nunca|rara vez|raramente|pocas veces",
        some=r"a veces|algunas veces|aveces|de vez en cuando",
        often=r"a menudo|con frecuencia|frecuentemente|muchas veces|mucho",
        unknown=r"no (?:lo )?sé|ni idea|no estoy segur[oa]|depende|no me acuerdo",
        negators=("no", "ni"),
        breaks=("pero",),
        hedges=r"quizás?|tal vez|a lo mejor|creo(?: que)?|probablemente|puede que|supongo",
        elsewhen=r"dicen? que|mi \w+ dice|antes(?! de\b| del\b| que\b)|solía"
        r"|hace (?:\w+ )?(?:meses|años)|el (?:mes|año) pasado"
        # Someone else's answer ("meine Frau sagt ...", round 9).
        r"|(?:mi|mis|nuestro|nuestra) \w+ (?:dice|dicen|piensa|piensan|cree|creen)",
        usually=r"(?:normalmente|generalmente|por lo general|usualmente)(?: sí)?",
        weekdays=r"(?:todos los )?días (?:laborables|hábiles|de semana)"
        r"|de lunes a viernes|(?:del|desde el) lunes (?:al|hasta el) viernes",
        no_weekends=r"(?:todos los días|cada día) (?:excepto|menos|salvo|quitando) (?:los |el )?"
        r"fines? de semana",
        # Round 13 (freq13c): "el finde", the everyday word for the weekend.
        weekends_fine=r"(?:pero )?(?:los|el) (?:fines? de semana|finde) (?:no|bien|estoy bien)",
    ),
    "fr": Words(
        not_really=r"pas vraiment",
        no=r"non",
        zero=r"pas du tout|jamais de la vie|pas une (?:seule )?fois|pas un (?:seul )?jour"
        r"|aucun jour",
        zero_alone=r"jamais|non",
        several=r"plusieurs jours|quelques jours|occasionnellement"
        r"|moins de la moitié(?: (?:des jours|du temps|des nuits))?"
        r"|moins dune semaine",
        more=r"plus de la moitié(?: (?:des jours|du temps|des nuits))?"
        r"|la plupart (?:des jours|du temps|des nuits)|plus dune semaine",
        nearly=r"(?:presque |quasiment |pratiquement )?(?:tous les jours|chaque jour"
        r"|quotidiennement|toujours|tout le temps|toutes les nuits|chaque nuit|tous les soirs"
        r"|chaque soir|tous les matins|chaque matin)",
        rare=r"rarement|presque jamais|quasiment jamais",
        # "de temps en temps" / "de temps à autre" ("now and then", round 9): vague, like
        # the English "now and then".
        some=r"parfois|quelquefois|des fois|de temps en temps|de temps à autre",
        often=r"souvent|fréquemment|beaucoup",
        unknown=r"je (?:ne )?sais pas|sais pas|aucune idée|ça dépend|pas sûre?",
        negators=("pas", "ne", "non"),
        breaks=("mais",),
        hedges=r"peut être|peutêtre|je pense|je crois|probablement|sans doute",
        elsewhen=r"(?:il|elle|ils|elles|on) (?:me )?dit|disent|dit que"
        # Round 13 (freq13c): "surtout avant mes examens" (especially before ...) says when
        # within the window, as "especially before my exams".
        r"|(?<!surtout )(?<!notamment )(?<!souvent )avant(?! de\b| d\w+| que\b| qu\w+)"
        r"|autrefois|il y a (?:\w+ )?(?:mois|ans)"
        r"|le mois dernier|lannée dernière"
        # Someone else's answer ("meine Frau sagt ...", round 9).
        r"|(?:mon|ma|mes|notre) \w+ (?:dit|disent|pense|pensent|trouve|trouvent)",
        usually=r"(?:dhabitude|en général|généralement|habituellement)(?: oui)?",
        weekdays=r"(?:tous les )?jours (?:de semaine|ouvrables|ouvrés)|du lundi au vendredi",
        no_weekends=r"(?:tous les jours|chaque jour) sauf (?:le |les |en )?week ?ends?",
        weekends_fine=r"(?:mais )?(?:le|les) week ?ends? (?:non|pas|ça va|ca va)",
    ),
    "de": Words(
        not_really=r"nicht wirklich|eigentlich nicht",
        no=r"nein",
        zero=r"überhaupt nicht|ueberhaupt nicht|gar nicht|überhaupt nie|an keinem tag"
        r"|keinen (?:einzigen )?tag|kein einziges mal|nie im leben",
        zero_alone=r"nie|niemals|nein",
        several=r"(?:an )?einzelnen tagen|(?:an )?ein paar tagen?|ein paar tage|einige tage"
        r"|an einigen tagen|mehrere tage|an mehreren tagen|gelegentlich"
        r"|ein paar mal|ein paarmal|einige male"
        r"|weniger als (?:die )?(?:hälfte|haelfte)(?: der (?:tage|zeit))?|weniger als eine woche",
        more=r"(?:an )?mehr als (?:der|die) (?:hälfte|haelfte)(?: der (?:tage|zeit))?"
        r"|über die hälfte|ueber die haelfte|(?:an )?den meisten tagen"
        r"|die meisten (?:tage|nächte|naechte)"
        r"|in den meisten nächten|meistens"
        r"|die meiste zeit|mehr als (?:eine|1) woche",
        nearly=r"(?:beinahe |fast |nahezu )?(?:jeden (?:einzelnen )?tag|jeden abend|jede nacht"
        r"|täglich|taeglich|immer|ständig|staendig|die ganze zeit|alle tage|jedem tag|jeder nacht)",
        # "ich kann mich kaum konzentrieren": "kaum" before a verb is the symptom ("can
        # hardly focus"), not how often; as a count word it stands alone or before "mal".
        rare=r"selten|fast nie|kaum(?! (?:\w+ )?(?:konzentrieren|schlafen|einschlafen|essen"
        r"|entspannen|aufstehen|abschalten|denken|stillsitzen))|fast gar nicht",
        # "ab und zu" / "hin und wieder" ("now and then", round 9): vague, like the English.
        some=r"manchmal|ab und zu|hin und wieder",
        often=r"oft|häufig|haeufig|sehr oft|viel",
        unknown=r"(?:ich )?weiß (?:es )?nicht|(?:ich )?weiss (?:es )?nicht|keine ahnung"
        r"|kommt (?:dar|d)auf an|nicht sicher",
        negators=("nicht", "kein", "keine"),
        breaks=("aber", "sondern"),
        hedges=r"vielleicht|ich glaube|ich denke|glaube|wahrscheinlich|vermutlich|eher",
        # "sagt", "meint": someone else's answer ("würde ich sagen" is the patient's own).
        # "früher" (formerly, round 11) like Dutch "vroeger"; "früher als"/"früher auf" compare.
        elsewhen=r"sagt|(?:sie|alle|andere|die) sagen|meint|meinte|letzten monat|letztes jahr"
        r"|früher(?! als| auf\b| aufgewacht| wach)|frueher(?! als| auf\b| aufgewacht| wach)"
        r"|vor (?:\w+ )?(?:monaten|jahren)"
        # Someone else's answer ("meine Frau sagt ...", round 9).
        r"|(?:mein|meine|unser|unsere) \w+ (?:sagt|sagen|meint|meinen|findet|behauptet)",
        usually=r"(?:normalerweise|gewöhnlich|in der regel)(?: ja)?|meistens ja",
        weekdays=r"(?:an )?(?:allen )?(?:werktagen|wochentagen)|werktags"
        r"|(?:von )?montags? bis freitags?",
        no_weekends=r"(?:jeden tag|täglich) au(?:ss|ß)er (?:am |an |den )?(?:wochenenden?)",
        weekends_fine=r"(?:aber )?(?:am|an den) wochenenden? (?:gehts|geht es|nicht"
        r"|ist es (?:ok|gut))",
    ),
    "pt": Words(
        not_really=r"não realmente|realmente não|na verdade não|nem por isso",
        no=r"não|nao",
        zero=r"nenhum dia|nenhuma vez|de jeito nenhum|de modo (?:algum|nenhum)"
        r"|de forma (?:alguma|nenhuma)|nem uma (?:única )?vez"
        r"|nem um (?:único |só )?dia(?: sequer)?",
        zero_alone=r"nunca|não",
        several=r"vários dias|alguns dias|uns dias|poucos dias"
        r"|ocasionalmente|umas poucas vezes|um par de vezes"
        r"|menos (?:da|de) metade(?: (?:dos dias|do tempo))?|menos de uma semana"
        # Round 13 (freq13a): "only at the weekend(s)" (at most 4 of the 14 days).
        r"|(?:só|apenas|somente) (?:no|nos) fi(?:m|ns) de semana",
        more=r"mais (?:da|de) metade(?: (?:dos dias|do tempo))?|(?:a|na|pela) maioria dos dias"
        r"|(?:a|na|pela) maior parte (?:do tempo|dos dias)|mais de (?:uma|1) semana"
        # Round 13 (freq13a): "more days than not" ("mais dias sim do que não").
        r"|mais dias (?:sim )?(?:do )?que (?:não|nao)",
        nearly=r"(?:quase )?(?:todos os dias|todo dia|cada dia|diariamente|sempre"
        r"|o tempo todo|todas as noites)",
        rare=r"raramente|quase nunca",
        some=r"às vezes|algumas vezes|de vez em quando",
        often=r"muitas vezes|frequentemente|com frequência|muito",
        unknown=r"não sei|não tenho certeza|depende",
        negators=("não", "nem"),
        breaks=("mas",),
        hedges=r"talvez|acho(?: que)?|provavelmente",
        elsewhen=r"dizem?(?: que)?|antes(?! de\b| da\b| do\b| que\b)|costumava"
        r"|(?:o )?mês passado|(?:o )?ano passado|há (?:\w+ )?(?:meses|anos)"
        # Someone else's answer ("meine Frau sagt ...", round 9).
        r"|(?:meu|minha|meus|minhas) \w+ (?:diz|dizem|acha|acham)",
        usually=r"(?:geralmente|normalmente|em geral|usualmente)(?: sim)?",
        weekdays=r"(?:todos os )?dias (?:úteis|de semana)|de segunda a sexta",
        no_weekends=r"(?:todos os dias|todo dia|cada dia) (?:exceto|menos|tirando)"
        r" (?:(?:nos|os|no|o) )?fins? de semana",
        weekends_fine=r"(?:mas )?(?:nos|no) fins? de semana (?:não|nao|estou bem|tudo bem)",
    ),
    "it": Words(
        not_really=r"non proprio|non davvero|in realtà no",
        zero_plain=r"(?:neanche|nemmeno|neppure) un (?:solo )?giorno",
        no=r"no",
        zero=r"per niente|per nulla|nessun giorno|neanche una volta|nemmeno una volta"
        r"|mai una volta",
        zero_alone=r"mai|affatto",
        several=r"(?:per )?alcuni giorni|(?:per )?diversi giorni|qualche giorno|pochi giorni"
        r"|un paio di giorni|occasionalmente|un paio di volte"
        r"|meno della metà(?: (?:dei giorni|del tempo))?|meno di una settimana",
        more=r"(?:per )?più (?:della|di) metà(?: (?:dei giorni|delle giornate|del tempo))?"
        r"|oltre la metà(?: dei giorni)?|la maggior parte (?:dei giorni|del tempo|delle notti)"
        r"|più di (?:una|1) settimana",
        nearly=r"(?:quasi )?(?:ogni giorno|tutti i giorni|ogni notte|tutte le notti|ogni sera"
        r"|tutte le sere|ogni mattina|tutte le mattine"
        r"|quotidianamente|sempre|tutto il tempo|di continuo|continuamente)",
        rare=r"raramente|quasi mai",
        some=r"a volte|qualche volta|talvolta|ogni tanto|di tanto in tanto",
        often=r"spesso|frequentemente|molto",
        unknown=r"non (?:lo )?so|non sono sicur[oa]|dipende",
        negators=("non",),
        breaks=("ma",),
        hedges=r"forse|penso(?: di)?|credo|probabilmente",
        # "prima" alone is also Dutch "fine": only "prima" opening a past ("prima ero").
        elsewhen=r"dicono|dice(?: che)?|(?:prima|una volta) (?:ero|avevo|stavo|era|mi sentivo)"
        r"|prima (?:della cura|della terapia|del trattamento)"
        r"|il mese scorso|lanno scorso|(?:mesi|anni) fa"
        # Someone else's answer ("meine Frau sagt ...", round 9).
        r"|(?:mio|mia|miei|mie) \w+ (?:dice|dicono|pensa|pensano|trova)",
        usually=r"(?:di solito|solitamente|generalmente|normalmente|in genere)(?: sì)?",
        weekdays=r"(?:tutti i |nei )?giorni (?:lavorativi|feriali)"
        r"|(?:ogni )?giorno (?:lavorativo|feriale)|dal lunedì all? venerdì",
        no_weekends=r"(?:ogni giorno|tutti i giorni) tranne (?:il |i |nel |nei )?"
        r"(?:fine settimana|weekend)",
        weekends_fine=r"(?:ma )?(?:nel|il) (?:fine settimana|weekend) (?:no|sto bene|va bene)",
    ),
    "nl": Words(
        not_really=r"niet echt|eigenlijk niet",
        no=r"nee(?: hoor)?",
        # Round 13 (freq13a): "nee hoor" (a friendly flat no) alone is a plain zero, ordinary
        # items only.
        zero_plain=r"nee hoor",
        zero=r"helemaal niet|helemaal nooit|geen (?:enkele )?dag|geen enkele keer|nog nooit",
        zero_alone=r"nooit|nee",
        several=r"meerdere dagen|een paar dagen|enkele dagen|sommige dagen"
        r"|een paar keer|enkele keren|minder dan de helft(?: van de (?:dagen|tijd))?"
        r"|minder dan een week",
        more=r"meer dan de helft(?: van de (?:dagen|tijd))?"
        r"|de meeste (?:dagen|nachten|avonden|ochtenden)|meestal"
        r"|het grootste deel van de tijd|meer dan (?:een|1) week",
        nearly=r"(?:bijna |vrijwel )?(?:elke dag|iedere dag|dagelijks|altijd|de hele tijd"
        r"|elke nacht|iedere nacht|constant)",
        rare=r"zelden|bijna nooit|nauwelijks",
        some=r"soms|af en toe",
        often=r"vaak|veel",
        unknown=r"weet ik niet|ik weet het niet|weet niet|geen idee|hangt ervan af|niet zeker",
        negators=("niet", "geen"),
        breaks=("maar",),
        hedges=r"misschien|ik denk|denk ik|waarschijnlijk|volgens mij",
        elsewhen=r"vroeger|zegt|(?:ze|mensen|anderen|iedereen) zeggen|vorige maand|vorig jaar"
        r"|(?:maanden|jaren) geleden"
        # Someone else's answer ("meine Frau sagt ...", round 9).
        r"|(?:mijn|onze) \w+ (?:zegt|zeggen|vindt|vinden|denkt)",
        usually=r"(?:normaal gesproken|doorgaans|gewoonlijk|meestal)(?: wel| ja)?",
        weekdays=r"doordeweeks|(?:alle |op )?werkdagen|(?:elke )?werkdag"
        r"|van maandag (?:tot|t/m) (?:en met )?vrijdag",
        no_weekends=r"(?:elke|iedere) dag behalve (?:in )?(?:het )?weekend",
        weekends_fine=r"(?:maar )?in het weekend (?:niet|gaat het|is het (?:ok|goed|prima))",
        # "1 of 2 keer per week, meer niet": "no more (than that)", not a trailing "no".
        neutral=r"meer niet",
    ),
    "pl": Words(
        not_really=r"raczej nie|właściwie nie",
        no=r"nie",
        zero=r"wcale(?: nie)?|w ogóle nie|ani razu|ani jednego dnia|żadnego dnia|nigdy w życiu",
        zero_alone=r"nigdy|nie",
        several=r"kilka dni|parę dni|przez kilka dni|sporadycznie|parę razy"
        r"|kilka razy|raz (?:czy|lub|albo) dwa|mniej niż połow[ęay](?: dni| czasu)?"
        r"|mniej niż tydzień"
        # Round 13 (freq13a): "almost a week" ("prawie tydzień"), under half like the English.
        r"|prawie tydzień",
        more=r"(?:więcej niż|ponad) połow[ęay](?: dni| czasu)?|większość dni"
        r"|przez większość (?:dni|czasu)|większość czasu|przeważnie|zazwyczaj"
        r"|(?:ponad|więcej niż) tydzień",
        nearly=r"(?:prawie |niemal |praktycznie )?(?:codziennie|każdego dnia|każdy dzień"
        r"|cały czas|zawsze|co dzień|co noc|każdej nocy|ciągle|stale)",
        rare=r"rzadko|prawie nigdy|prawie wcale",
        some=r"czasami|czasem|niekiedy|od czasu do czasu",
        often=r"często|bardzo często",
        unknown=r"nie wiem|nie jestem pewn[ya]|(?:to )?zależy",
        negators=("nie",),
        breaks=("ale",),
        hedges=r"może|chyba|myślę|prawdopodobnie|raczej",
        elsewhen=r"kiedyś|dawniej|mówi|mówią|w zeszłym (?:miesiącu|roku)"
        r"|(?:miesiące|miesięcy|lata|lat) temu"
        # Someone else's answer ("meine Frau sagt ...", round 9).
        r"|(?:mój|moja|moi|moje) \w+ (?:mówi|mówią|uważa|uważają|twierdzi)",
        # "większość" ("most") as the whole answer, like "most" alone (round 11).
        usually=r"(?:zwykle|zazwyczaj|przeważnie|najczęściej)(?: tak)?|(?:właściwie )?większość",
        weekdays=r"(?:w )?dni (?:robocze|powszednie)|(?:każdy )?dzień roboczy"
        r"|od poniedziałku do piątku",
        no_weekends=r"(?:codziennie|każdego dnia) (?:oprócz|poza|z wyjątkiem)"
        r" weekend(?:ów|ami|u|y)?",
        weekends_fine=r"(?:ale )?w weekendy? (?:nie|jest (?:ok|dobrze))",
    ),
    # Japanese and Chinese (session 4): everyday words only (no day counts). Written without
    # spaces, so each is read as a whole reply or a space-separated part of one.
    "ja": Words(
        zero=r"全くない|まったくない|全然(?:ない)?|一度もない|一日もない",
        several=r"数日|何日か|数回|たまに",
        more=r"半分以上(?:の日)?|ほとんどの日",
        nearly=r"(?:ほとんど|ほぼ)?(?:毎日|毎晩)|いつも",
        rare=r"めったにない|ほとんどない",
        some=r"時々|ときどき",
        often=r"よく|しばしば",
        unknown=r"わからない|分からない|わかりません|分かりません",
        hedges=r"たぶん|多分",
    ),
    "zh": Words(
        zero=r"完全不会|完全不會|完全没有|完全沒有|从来没有|從來沒有|从不|從不|一次也没有|一次也沒有",
        several=r"好几天|好幾天|几天|幾天|偶尔|偶爾",
        more=r"一半以上(?:的天数|的天數|的时间|的時間)?|大部分时间|大部分時間|大多数日子|大多數日子",
        nearly=r"(?:几乎|幾乎)?(?:每天|天天)|一直|总是|總是",
        rare=r"很少|几乎没有|幾乎沒有",
        some=r"有时候?|有時候?",
        often=r"经常|經常|常常",
        unknown=r"不知道|不确定|不確定|说不清|說不清",
        hedges=r"可能|也许|也許",
    ),
}


@dataclass(frozen=True)
class Counts:
    numbers: dict[str, int]  # number words 1-14 (every form used before "days")
    days: str  # days (and nights): read as "days"
    times: str  # "times" ("3 veces"): read as "times"
    either: str  # "or" / "to" between two numbers
    per_week: str  # "a week" after a count
    per_day: str  # "a day" after times ("tres veces al día" is a rate per day: no days)
    every: str  # "every" before a count of days ("cada 3 días" is every 3 days)
    every_other: str  # every other day: 7 of the 14 days, exactly half
    once: str = ""  # "once" without a number word ("raz w tygodniu": once a week)


COUNTS: dict[str, Counts] = {
    "es": Counts(
        numbers={"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
                 "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11,
                 "doce": 12, "trece": 13, "catorce": 14},
        days=r"días|día|noches|noche",
        times=r"veces|vez",
        either=r"o|u|a",
        per_week=r"a la semana|por semana|cada semana|en la semana|semanales|semanalmente",
        per_day=r"al día|por día|cada día|diarias",
        every=r"cada",
        every_other=r"un día sí(?: y)? (?:otro|un día) no|día sí(?: y)? día no|día por medio"
        r"|días alternos",
    ),
    "fr": Counts(
        numbers={"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
                 "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
                 "treize": 13, "quatorze": 14},
        days=r"jours|jour|journées|journée|nuits|nuit",
        times=r"fois",
        either=r"ou|à",
        per_week=r"par semaine|chaque semaine|dans la semaine|la semaine",
        per_day=r"par jour|chaque jour|dans la journée",
        every=r"tous les|toutes les",
        every_other=r"un jour sur deux|une nuit sur deux|un jour sur 2",
    ),
    "de": Counts(
        numbers={"ein": 1, "einen": 1, "einem": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4,
                 "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
                 "zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12, "dreizehn": 13,
                 "vierzehn": 14},
        days=r"tagen|tage|tag|nächten|nächte|nacht|naechte|naechten",
        times=r"mal",
        either=r"oder|bis",
        per_week=r"pro woche|in der woche|die woche|jede woche|wöchentlich|woechentlich"
        r"|der woche|in einer woche",
        per_day=r"am tag|pro tag|täglich|taeglich",
        every=r"alle",
        every_other=r"jeden zweiten tag|jede zweite nacht|jeden 2 tag",
    ),
    "pt": Counts(
        numbers={"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5,
                 "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11,
                 "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14},
        days=r"dias|dia|noites|noite",
        times=r"vezes|vez",
        either=r"ou|a",
        per_week=r"por semana|na semana|cada semana|semanais|semanalmente",
        per_day=r"por dia|ao dia|cada dia|diárias",
        every=r"a cada|cada",
        every_other=r"um dia sim(?: e)? (?:outro|um dia) não|dia sim(?: e)? dia não"
        r"|dias alternados",
    ),
    "it": Counts(
        numbers={"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5,
                 "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11,
                 "dodici": 12, "tredici": 13, "quattordici": 14},
        days=r"giorni|giorno|giornate|giornata|notti|notte",
        times=r"volte|volta",
        either=r"o|oppure|a",
        per_week=r"a settimana|alla settimana|per settimana|ogni settimana|la settimana"
        r"|settimanali",
        per_day=r"al giorno|per giorno|ogni giorno",
        every=r"ogni",
        every_other=r"un giorno sì e (?:uno|un giorno) no|giorno sì e giorno no"
        r"|a giorni alterni",
    ),
    "nl": Counts(
        numbers={"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
                 "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
                 "dertien": 13, "veertien": 14},
        days=r"dagen|dag|nachten|nacht",
        times=r"keer|maal",
        either=r"of|tot",
        per_week=r"per week|in de week|elke week|iedere week|in een week|de week",
        per_day=r"per dag|op een dag|elke dag|daags",
        every=r"elke|iedere|om de",
        every_other=r"om de (?:andere )?dag|een dag wel een dag niet",
    ),
    "pl": Counts(
        numbers={"jeden": 1, "jedna": 1, "jedno": 1, "dwa": 2, "dwie": 2, "dwóch": 2,
                 "trzy": 3, "trzech": 3, "cztery": 4, "czterech": 4, "pięć": 5, "pięciu": 5,
                 "sześć": 6, "sześciu": 6, "siedem": 7, "siedmiu": 7, "osiem": 8, "ośmiu": 8,
                 "dziewięć": 9, "dziewięciu": 9, "dziesięć": 10, "dziesięciu": 10,
                 "jedenaście": 11, "jedenastu": 11, "dwanaście": 12, "dwunastu": 12,
                 "trzynaście": 13, "trzynastu": 13, "czternaście": 14, "czternastu": 14},
        days=r"dni|dzień|dnia|nocy|noce|noc",
        times=r"razy|raz",
        either=r"lub|albo|czy|do",
        per_week=r"w tygodniu|na tydzień|tygodniowo|w tyg",
        per_day=r"dziennie|na dzień|w ciągu dnia",
        every=r"co",
        every_other=r"co drugi dzień|co drugą noc",
        once=r"raz",
    ),
}  # fmt: skip
