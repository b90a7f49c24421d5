"""The two-week frequency reader (PHQ-9 / GAD-7 answers): a typed reply -> one of the four
options, or None (asked again).

Deliberate choices on the two-week frequency scale. The options are the PHQ-9/GAD-7 answers
0 Not at all, 1 Several days, 2 More than half the days, 3 Nearly every day (CLINICAL.md
sections 1 and 2), over a 14-day window:

* Day counts: 0 -> not_at_all, 1-6 -> several_days, 7 -> unclear, 8-11 -> more_than_half,
  12-14 -> nearly_every_day. Per week, the count doubles: "3 days a week" is about 6 of 14
  (several_days), "4-5 days a week" 8-10 (more_than_half), "6 days a week" 12
  (nearly_every_day), "3 or 4 days a week" 6-8 spans both sides of half (asked again).
  "or so"/"about" around a weekly count keep its doubled range (session 4): "3 times a week
  or so", "about 3 days a week", "3 or so times a week" are 6 (several_days); "about 3-4
  days a week" (6-8) is asked again.
* Exactly half is asked again (policy changed session 4; until then it was several days):
  7 of the 14 days is neither clearly "several days" nor "more than half the days", and a
  clinician would ask. So "a week", "7 days", "7 of the 14 days", "half the time", "exactly
  half", "every other day", "50%" give no answer, and so does a range that includes 7 ("6 or
  7 days"). Roughly half ("about half", "a week or so", "around 7 days", "7 or 8 days") is
  asked again as before; "almost a week" and "nearly half" are under half (several_days).
  A phrase that says *more* than half ("more than a week", "over half", "a week and a
  half", "8 days") is more_than_half; "at least half", "at least a week", "at least 7 days"
  and "7 days or more" include exactly half and are asked again (policy, session 4: "at
  least half: asked again"); "less than half"/"less than a week" is several_days.
  "Every day", "daily", "all the time" are nearly_every_day.
* Open-ended counts that reach into the next option ("a few days, maybe more", "most days, if
  not every day", "at least a few days") are asked again; "12 days or more" stays 12-14.
* Vague quantifiers are asked again with the buttons, never guessed (issue 5): each one
  straddles two options. "rarely", "hardly ever", "almost never", "not often", "not really",
  "not much" (not at all or several days); "sometimes", "at times", "a bit", "a little", "on
  and off" (several days or more than half); "often", "frequently", "a lot", "quite a lot",
  "loads" (more than half or nearly every day). A count or label in the same reply that falls
  inside the range decides ("sometimes, about 3 days"); one outside it makes the reply
  unclear ("rarely, but lately every day"); a zero beside one is a hedged zero ("no, hardly
  ever"), except the soft zeros above ("no, not really"). frequency_reply_is_vague tells the
  engine to say why it asks again. Words that name a few occurrences, clearly fewer than
  half ("occasionally", "once or twice", "a couple of days") stay several_days ("(every) now and
  then" is vague since session 4: the dev writers split on it); "most days", "usually", "mostly",
  "more often than not" stay more_than_half ("most" is more than half). On the PSS-10, WHO-5 and
  AIS scales the same words are option labels or levels and are read by their own lexicons.
* "no" (alone or as "no, not once") is not_at_all on a how-often question.
* Per-day rates ("three times a day") say nothing about how many days and are ignored.
* "never"/"no" count only as an answer, never as part of a symptom: "I never sleep well" and
  "no appetite at all" describe a problem and are asked again rather than read as 0.
* Typos in the answer words ("sevral days", "nearly evry day", "more then half") are read as
  the word meant when exactly one lexicon word is one edit away (see _fix_word).
* Other languages (Spanish, French, German, Portuguese, Italian, Dutch, Polish): the PHQ-9
  label translations and everyday words in bot/frequency_words.py, read like their English
  counterparts (vague words asked again, a one-word "never" only on its own, that language's
  "not" negates and its "maybe" hedges a zero). Accents are optional ("dias" = "días").
  Day counts in those languages are read with the same 14-day arithmetic (session 4): their
  number words 1-14 right before a day or times word, "or"/"to" between two, "a week" and
  "a day" after ("zwei oder drei Tage" 2-3, "drei Tage pro Woche" 6, "tres veces al día" a
  rate per day, asked again; "un jour sur deux" every other day, exactly half).
* The recall period is the last 2 weeks: an answer about another time ("last month", "3
  years ago", "when I was a teenager", "before I started sertraline", "used to", "I'm fine
  now"), someone else's answer ("my husband says every day") or a question back ("does that
  count?") is asked again, however clear its count.
* "usually"/"mostly" are most days only as the whole answer ("usually, yeah"); beside other
  words they qualify a time of day or a mood ("at night mostly", "mostly fine") and are
  ignored, so a count beside them decides.
* Shares of the 14 days are day counts: "two thirds of the days" 9.3, "70%" 9.8, each read
  when every whole count within half a day (a day if approximate) is one option; a bare
  "100%" (also "definitely") and "more than 80%" are asked again. A count for each week
  ("a couple this week and a couple last week") is summed the same way.
* Weekends left out ("most days apart from the weekend") cap the count at the 10 weekdays:
  never nearly every day, and alone asked again.
* A soft opener followed by a firm, unhedged zero ("I don't think so, no, never", "I don't
  think so, not at all") is not_at_all (session 4); "I don't think so, no" stays a hedged
  zero, asked again ("not really, no" is a soft zero: see match_frequency).
* Explicit self-corrections ("a few days... actually no, more like most days", "most days,
  no scratch that, every day", "sorry, I mean", "wait, no", "correction", "let me correct"):
  only the part after the last marker is read, by the same reader, so it must be clear
  itself (policy changed session 4). Two answers without such a marker stay unclear, except
  a neighbouring option after ", well," ("most days, well, nearly all of them"), which
  refines the first (session 4).
* Session 5 readings: a "?" followed by an answer is an echo, not doubt ("Sleep? No, none at
  all"), and "X? no, <clear answer>" reads the answer; a reply that is itself a question
  ("is that including weekends?") is asked again; another time then "but the last 2 weeks"
  reads the part about the window; a whole week ("every day last week") or none of it joins
  a two-week sum, and one week's count with "fine otherwise" is the count; named weekdays
  are n to 2n days, a span ("Sunday to Thursday") a habit in both weeks; "N in the
  fortnight"; "not more than a couple of days" is several days; "since Friday", seasons,
  "in hospital for most of it", "like always" and "fine most days" are no count of the 14
  days; firm idioms ("not in the slightest", "can't say I have", "I'd have to say no").
* Round 4 (classes from the blind sets dev4/dev5, each read in general): a denied break or
  good day ("not one day off", "not a single good day") is every day; any share "n out of m"
  (m up to 7; a day word when m > 4, as "6 out of 10" may be a rating) is its part of the
  14 days; every day but n days, and n good days, leave 14 - n; one count in both weeks is
  doubled; "..., so 3" / "say 9" after days were talked about is the count; refinements
  after "actually"/"in fact"/"or rather" like ", well,"; a flat "no" before or after a firm
  zero agrees with it, and "no" + the topic as usual ("no, I'm eating normally") is a zero,
  but "no" with a qualifier ("no, mostly fine", "no, I'm not sleeping well") is asked
  again; relieved and nominal zeros ("thankfully not", "a hard no", "no worries there");
  "rarely, but yes" is several days; "quite a few" is vague (a count inside decides); a
  clear answer then a question about what is normal keeps the answer; events on a weekday,
  "when I was ...", "until Thursday, since then", "or maybe not", "hard to remember" and a
  question whether the count includes something are asked again; chat spellings ("nop",
  "naa", "fw", "moast", "nothin", "definately").
* Round 5 (classes from the blind sets dev6/dev7): "n out of every m days" is a share;
  days left out after "generally yes" / "nearly all the days" leave 14 minus them, and a
  count after "apart from" with no "every day" before it is asked again (it counts the
  exceptions); "every day, maybe 1 day off" and "not been a day I haven't" are every day;
  "the bigger part of", "good days outnumbered by the bad", "more days than I'm not" are
  more than half; "not even half" is several days; two vague words bounding the count from
  both sides ("sometimes, not often") are several days; weekdays of one named week are
  that many days, weekdays "are fine" are no count; "once" as a conjunction, "8 hrs a
  night" and "every day would be an exaggeration" are no count; lifelong traits ("always
  been a worrier"), months and holidays, away for the window, a far "not ... once" are
  asked again; firm zeros: "no <topic> whatsoever" (not a capacity such as appetite),
  "not having this problem", "not ... one bit", "none of the 14 days", a flat "no" with
  "I eat normally" / "my mood has been alright" / "fine"; soft zeros naming the topic
  ("never really had that problem"); "oh wait" and "I misread" correct; "naw", held-down
  keys ("allll"), a spaced dash as a clause break. A capacity's absence ("no appetite at
  all") is the symptom and does not negate the count after it; the symptom denied ("haven't
  felt down") is a zero; how often the patient does an activity ("going to the gym 3 times a
  week") is evidence, not a count; a flat "no" followed by the symptom ("no, I struggle to
  sleep", "no, I sleep too much") is no firm zero; "can't say I have" only as a clause.
* Round 6 (classes from the blind sets dev8/dev9): a year ("in 2019") is another time; a
  vague amount added on top of a count ("weekends, and sometimes midweek too") leaves it
  open; "every day but only ..." names no exception; a weekday compared ("Mondays are the
  worst") and "I don't know how to count it / how many" are asked again; the weekdays are
  10 of the 14 days, and days that "are ok" are no count; more days bad than good is more
  than half (more good than bad: several days); round the clock, "every single one of
  them", a denied good night, "can't remember the last time I felt rested", "never not
  tired", "it never stops" are every day; good days "out of 14" with the rest bad leave 14
  minus them; a count then a second estimate ("10 days? maybe 11") bound the count; since
  an event months ago the window lies inside it; firm zeros ("doesn't apply to me", "hasn't
  happened once", "not on any day", "zero, zilch", "no problems with <topic>", the symptom
  denied, "eating normally the whole time"), but a softener after a denial ("haven't felt
  down much") is "not much", vague.
* Round 7 (classes from the blind sets dev10/dev11): context after a clear answer that
  names no other option is read past: "so neither do I", "some days worse than others";
  "it never really goes away", "hasn't let up since my divorce", "can't remember the last
  day I felt relaxed" are every day; days that were fine after "most days" / "nearly every
  day" are its exceptions (14 - n, read only when that agrees), alone they are asked again;
  a soft zero said again ("nah not really, none") is a soft zero; "no actually" corrects;
  "mucho trabajo" and "after a full night" are no count. Asked again: "more than a few
  days" (open), "the last 3 months" (longer than the window), "kids under 5" (ages), "fine
  until ... and now" (a change inside the window), a routine at a clock time ("every
  morning I get up at 6"). An answer then a count that backs it ("over half, maybe 9",
  "well over half, maybe 11 or 12") is the answer when the count agrees (or only crosses
  the 11/12 line beside it); "even 1 day" denied and "can't think of a single day it was an
  issue" are zeros; "the odd one", "5 of the days", "the day of X and the day after" are
  several days (good days counted, "3 of the days were fine", asked again); activities
  ("I still do the crossword every morning") are evidence; "rly", "wks" are chat spellings.
  Days left out of "most" ("most of them, apart from a few days", "most nights, a few
  nights I slept ok": 10-12) are more than half; "most days apart from 8 days" contradicts
  itself (asked again); "3 good days, the rest I couldn't sleep" leaves 11.
* Round 8 (classes from the blind sets dev12/dev13): asked again: a rate over a month or
  a year ("twice a year", "about once a month", "every few months"); a lifelong condition
  as the reason ("I have ADHD so concentration is always a problem for me"); the answer
  handed back ("so you tell me"); "mostly weekends" / "mainly Mondays" as the whole answer
  (after a count, "a few days, mostly Mondays", it only says when); "some days I feel it,
  some days I don't"; good days counted ("the first few days were fine, then it was bad");
  "the week before was bad too"; "which two weeks", "in hospital for one of them". A work
  schedule ("I work 4 days a week") is no count. "10 von 14 Tagen" / "10 de 14 días" are
  shares; "every day except (like) 3 or 4" leaves 10-11, more than half. Read: "(well)
  over half of them"; "used to it" (accustomed) and "about what will happen" are no other
  time and no question; "never in this two weeks", "no definitely not", "nopeee", "nothing,
  nada" and "none that I noticed" are zeros; "..., like 3" after days is a tail count.
  "no that's not me" (the "no" before it was never matched); "I said several days before
  but ..." corrects; "most days, maybe 3 or 4 days off" leaves 10-11 (days off are
  exceptions, read only when that agrees); "almost every day, apart from the Sunday" is
  nearly every day.
* Round 9 (freq9b) (classes from the blind sets dev17/dev18/dev19):
  - a rate per night ("twice a night", "4 or 5 times a night") is no count, like per day;
  - a capacity denied ("not at all hungry", "not at all motivated") is the symptom: asked again;
  - "daily life", "everyday tasks", "a rough two weeks" name no count ("on a daily basis" does);
  - a count under a condition on the week ("on my bad weeks, every day") is asked again;
  - two estimates ("maybe 6, maybe 8 days") bound the count: 6-8, asked again;
  - "n of the 7 days each week" is a share; "at least n days a week" doubles (6: 12+);
    "every third day" is every 3 days; "under a week" and "a few odd days" are several days;
  - "every working day" and "weekdays yes, weekends no" are the 10 weekdays;
  - "all but 3 (or 4) days" and "every day except the 4 days I was away" leave 14 - n
    (more than 4 left out of "all" stays asked again);
  - a count for the first week and one for the second ("3 days the first week, none the
    second") is summed like "this week" / "last week";
  - firm zeros: "Zero. None. Nada.", "no day at all", "not even for a day", "I can honestly
    say never", "I'd put 0", "can't think of a single day I felt like that";
  - a trailing-off answer taken back ("most days... no, every day", "every day... ok not
    every day, 4 or 5") reads the rest; "...but when I actually count it it's like 5" is the
    count; "(it's) more like 9 or 10" after a first guess is a day count (up to 3 without a
    unit may be a score: asked again);
  - other languages (bot/frequency_words.py): another time or someone else's answer
    ("antes", "vroeger", "kiedyś", "mi marido dice que") is asked again; "usually (yes)"
    alone ("di solito sì", "zwykle tak") is more than half; "less than half" is several
    days; weekday words ("giorni lavorativi", "werktags") are the weekdays; "an fast jedem
    Tag"; Polish "raz w tygodniu" is once a week; Dutch "meer niet" (no more) is no trailing
    "no".
  Not followed (the writers disagree with this policy or with earlier labels): "not really"
  labelled unclear (a soft zero, not_at_all since session 4); "every night for the past month"
  labelled nearly every day (a month is longer than the window: asked again, Round 7).
* Round 9, merged: "from time to time" and its translations ("de temps en temps", "ab und
  zu", "hin und wieder", "af en toe", "de vez en cuando", "de vez em quando", "ogni tanto",
  "od czasu do czasu") are vague like "now and then" (asked again): the writers split on
  them as they did on "now and then" (several days in dev4-dev6, unclear in dev14-dev23).
* Round 9 (freq9a) (classes from the blind sets dev14/dev15/dev16):
  - the whole window named ("each and every one of the 14 days", "all 14 days") is every day;
  - "more days than not" (also after "probably") is more than half, like "more often than not";
  - words that say the symptom came but not on how many days ("twice a night", "3 times this
    morning", "11 or 12 hours", "at half speed", "less than I used to", "I used to love
    cooking", "what-ifs", "couldn't tell you what it said"): an option above 0 beside them
    decides, a zero beside them stays asked again, alone they are asked again;
  - a lifelong trait said another way ("always has been", "that's just my personality") and
    "every day at work/school" alone (the working days, like weekends left out) are asked
    again ("every day at work and at home" is every day);
  - someone else's answer in the other languages ("meine Frau sagt", "mi madre dice") is
asked again;
  - milder swear words after "every"/"each"/"all" ("every dang day") are dropped; "sev" is
    "several"; "daily, sometimes many/a few times a day" stays every day;
  - a good day denied, longer ("can't remember the last time I woke up feeling properly
    rested", "haven't had a single day where I've been able to relax") is every day;
  - one named day left out of "every day" too ("every day apart from last Sunday", "almost
    every day, the only break was the Sunday") is nearly every day;
  - a bare "no" between two answers, then "more like" / "honestly, it's" ("a few days, no,
    more like most days") corrects, never to a zero;
  - plain zeros read on an ordinary item only (with firm_zero, PHQ-9 item 9, asked again as
    before), unhedged, alone or before a clause that names no frequency: the topic denied by
    reference ("no thoughts like that at all", "I haven't had any days like that", "I can't
    say I've had that at all"), a run of zero words ("Zero. Nada. Zilch."), and a zero then
    the recall window ("never had that in the past fortnight").

* Round 10 (freq10) (classes from the blind sets dev20/dev21/dev22/dev23):
  - "under half the days", "below half": less than half, several days;
  - a tail estimate after a count with a hedge between ("6 days I think. maybe 6") is
    bounded by it; the window named first ("Out of the last 14 days? Maybe 9") is no bound;
  - the double negative under a denial in front ("I don't think there's been a day when I
    didn't worry") is every day ("there's been a day when I didn't" alone is not);
  - since an event named by its month or as "last month"/"last year" ("every day, ever
    since I lost my job in March"): the window lies inside it, like "6 months ago";
  - a comment on the answer ("sorry if that's not what you want to hear", "I'm not trying
    to be dramatic") and a multiplier ("twice as long as it used to") name no count: a
    count beside them decides, a zero beside them stays asked again;
  - a few days of one week with the other days closed ("only a couple of days last week",
    "twice this week, that's it") are several days ("a couple days last week" alone stays
    asked again: the other week is open);
  - "every weekday, but at weekends it's fine": the weekend days are no count of their own
    (after "every day" they still make the reply asked again); "..., the one day off was
    my birthday" after a count is its exception;
  - a first answer taken back with "maybe not ... more like" ("most days, well, maybe not
    most. More like 3 or 4 days") reads the rest, never to a zero;
  - other languages (bot/frequency_words.py): that language's flat "no" before its firm
    zero ("non pas du tout", "nein gar nicht"), as "no, not at all"; "most nights" ("de
    meeste nachten", "la mayoría de las noches", "die meisten Nächte") is more than half.
  Not followed: "not really" labelled unclear (a soft zero, not_at_all since session 4, as
  noted in round 9); "a couple (of) days last week" labelled several days with the other
  week left open (asked again by the tested policy "a count over one week alone");
  "Usually in the evenings" labelled more than half ("usually" beside a time of day is
  ignored).
* Round 11 (freq11c) (classes from the blind sets dev27/dev28):
  - another language's "or"/"to" between two digits ("uns 3 ou 4 dias por semana": 6-8,
    asked again) is read as one range, whichever language pass reaches it first;
  - other languages (bot/frequency_words.py): "Monday to Friday" ("de lunes a viernes", "dal
    lunedì al venerdì") and the weekdays word beside "every day" ("werktags jeden Tag", "w
    dni robocze codziennie") are the 10 weekdays; "every day except the weekend" ("tous les
    jours sauf le week-end", no_weekends) and "at the weekend it's fine" (weekends_fine) are
    read as the English words; "more than a week" ("plus d'une semaine", "mais de uma
    semana") is more than half; "più di metà", "na maior parte dos dias", "jeden einzelnen
    Tag", Polish "większość" alone; German "früher" (formerly) is another time;
  - corrections after a trailing-off answer in Polish "... a nie," and Italian "... anzi";
  - "every day minus 4" is "except 4"; "5 days, or 8" bounds the count (5-8, asked again);
  - weekday abbreviations in a span ("Mon to Wed", "thurs through sun"); the last day of a
    span starts no list ("Monday to Thursday, Fridays are fine" is 8 days);
  - "n out of 10 days" is a share of the 14 like totals up to 7 (a day word needed);
  - a memory-hedged denial ("not that I can remember", "not that I know of") beside a count
    is asked again (alone it stays a soft zero); "no. zero." is a plain zero (ordinary items
    only: with firm_zero, PHQ-9 item 9, these stay asked again).
  Not followed: none (no label in dev27/dev28 disagrees with the policy; the rows still
  asked again are classes not yet read, not policy disagreements).
* Round 11 (freq11a) (classes from the blind sets dev24/dev26/dev29):
  - weekday short forms ("Mon-Fri" a span, "tues and thurs", "tues/thurs", "Mon Tue Wed Thu"
    a list; "mon", "sat", "sun", "wed" only beside another weekday); Saturday and Sunday
    together are the weekend; weekdays "every week" are both weeks; two weekdays left out
    of "every day" are no small exception (asked again);
  - chat spellings: "ever day", "dayyy", "yea", "r" (are), "prob"; take-backs "nvm", "never
    mind", "jk", "just kidding", "actually wait", "... well no", "... ok fine" and "at first
    I would have said X, but"; a zero reached through "jk"/"nvm" is asked again on item 9;
  - "more than a week out of the 2" more than half, "less than ..." several days;
  - good days counted the other way round ("only 1 day I felt fine, the other days all
    bad"): 14 minus them;
  - "every school day", "on school nights" are the weekdays; "every day I'm at work" alone
    is asked again like "every day at work", and with "which is 5 days a week" is counted;
  - a repeated "no" after an echo ("Often? No no, ..."); "I either X or Y" is no choice;
    "used to be less/worse" and "idk why" beside an answer name no count (a zero beside
    them stays asked again);
  - an unsure zero, then a hedged count ("not that I can recall... perhaps once?", "I don't
    think so, maybe once"): 0 or a day, asked again;
  - zeros on an ordinary item only (item 9 asks again): chat ("nah fam", "never ngl", "nott
    at all", "not realy", "nah i been vibin", "nah im actually sleeping fine"), the topic
    denied as ongoing ("not something I've been dealing with"), the topic well, then "so
    no" ("energy's been good lately so no"). "nah bro" beside another answer is a second
    answer (asked again).
  Not followed: "Every few days" labelled unclear (read as several days since session 1,
  and so labelled by most dev writers); "every day in class" labelled nearly every day
  ("every day at school" alone is the school days, asked again: round 9).
* Round 11 (freq11b) (classes from the blind set dev25, long replies with a story):
  - a clear answer first, then a story whose only other phrases are asides, is the answer:
    someone else's view ("my husband thinks I'm exaggerating"; after an answer above 0 only,
    and not when it moves the count, "my wife says more"), a time outside the window ("in the
    autumn", "last month", "next week"; not when it dates the answer, "every day, in March",
    "..., that was 3 years ago") and a weekday named in passing (after an answer above 0;
    after "every day" one weekday, no weekends). A story that limits, widens or doubts the
    answer ("except", "since", "now", "maybe more", "actually") or an answer "for now" stays
    asked again (_answer_then_story);
  - counts of something other than days are set aside: a work pattern ("full time job"),
    "there's always something to do", repeats within one occasion ("read the same page 4
    times", "3 times before bed", "through a meal without getting up 3 or 4 times"), the
    clock and races ("half 6", "a half marathon"), activities without a verb ("yoga twice a
    week", "football most evenings"), well-being and routine ("in a good mood the whole
    time", "bed at the same time every night");
  - asked again: a reply that opens by asking what counts ("Does the weekend count? ..."),
    and a hedged zero opener then a count that may have been ("I don't think so, I mean
    there might have been a day", "not that I can remember... maybe once");
  - "teh" is "the". On PHQ-9 item 9 (firm_zero) the evidence phrases are not read and no
    zero is read past a story, so no new wording becomes a zero there.
  Not followed: "not at all, I've been on holiday for most of it" labelled not at all (away
  for the window is asked again, session 5/round 5); "not really, there's been a lot going
  on" labelled not at all (a vague word beside a soft zero keeps it asked again); "every day,
  but only a little bit" labelled nearly every day (a vague word outside the count's range
  makes the reply unclear, issue 5); "more than half, definitely, but not every day" (the
  rules ask again on "definitely" beside a count, session 5 shares).
* Round 12 (freq12a) (classes from the blind sets dev30/dev31):
  - days said to be fine after "every day" are its exceptions ("every day, weekends are
    fine", "every day, Mondays and Tuesdays are fine"): the weekend or two weekdays or more
    leave 10 days or fewer, asked again (weekend policy); one weekday ("Sundays are fine")
    leaves 12, nearly every day; elsewhere the fine days stay no count (_days_fine);
  - "4/5 days a week": a slash between neighbouring counts before a weekly unit is "or";
  - "some worse than others" without its noun is how bad, not how often; "cpl" is couple;
  - after a count, "mainly/especially when I was <doing something>" says which days (alone,
    or beside a zero, asked again; "when I was living/younger" stays another time);
  - another time: "before the meds/medication/treatment"; someone else's answer: "would
    tell you", "she'd say";
  - a flat "no" then the symptom as hard ("no, relaxing is really hard for me", "I find it
    hard to ...") is no firm zero (asked again);
  - zeros on an ordinary item only (PHQ-9 item 9 asks again): someone else agreeing ("my
    partner would say the same", "my husband agrees"), "nope appetite's been normal" without
    a comma, and "if anything" before the topic better than usual ("not at all, if anything
    I've been more relaxed than usual"; not before the symptom, "I sleep too much").
  Not followed: "1" alone labelled unclear (a bare 0 or 1 is the same option as a day count
  or a score: several days, pinned by test_answers); "one or two days last week" labelled
  several days (one week's count alone, the other week open: asked again, round 10);
  "every day... no wait, not weekends" labelled more than half (after a correction only the
  part after the marker is read and must be clear itself, session 4); "Not at all, I'm calm
  most of the time" labelled not at all (a zero qualified by "mostly" is asked again, round 4
  "no, mostly fine").
* Round 12 (freq12b) (classes from the blind set dev32, replies that explain a little):
  - a "don't know" about the cause ("not sure if it's the depression or the thyroid", "no
    idea why"), "no matter what I try" and "it'll pass" are evidence, not doubt of the count:
    a count beside them decides, a zero beside them stays asked again (_ROUND12_ASIDE_SPECS;
    "not sure if it's most days" stays unsure);
  - a count then a hedged second one bounds it also after "about" or no word ("about 11,
    maybe 12 days": 11-12, asked again);
  - "but I have not ..." is no "yes" after a rare word; "I don't think I have, no" (and
    "... there was") doubts the zero like "I don't think so, no" (a firm zero after it still
    decides);
  - the whole window ("all of them", "the whole fortnight") with up to 4 days left out is
    "every day except" them; "every day apart from a couple of days" is every day but 2;
  - zeros: "literally" is an intensifier ("literally never"); "nope, all good on that
    front". Not on PHQ-9 item 9 (firm_zero): these zero wordings stay asked again there.
  Not followed: "Some days. Not all. ..." labelled unclear ("some days" is several days,
  pinned); "None that I can think of. Been a good stretch." labelled unclear (a memory-hedged
  denial alone is a soft zero, round 11c); "Frequently, around 3 days a week" labelled
  several days (a count outside the vague word's range makes the reply unclear, issue 5).
* Round 12 (freq12c) (classes from the blind set dev33, and classes seen in round 11):
  - other languages (bot/frequency_words.py not_really): that language's "not really" ("pas
    vraiment", "nee hoor, niet echt", "Nie, raczej nie", "la verdad que no", "nem por isso"),
    with its flat "no" before it, is read as the English words: a soft zero alone or before a
    clause with no count (asked again on item 9 and beside a count or vague word);
  - zeros on an ordinary item only (item 9 asks again): none in either week ("none this week
    and none last week either", "didn't happen either week"), "nothing to report on that
    front" (also after "fine, thanks"), "not one day out of the fourteen", another
    language's plain zero ("neanche un giorno, sto bene", zero_plain), "no
    ma'am" (a form of address, like "no mate"), and another time then "but these two weeks
    ..." (the answer about the window, as after "but the last 2 weeks");
  - "all 14 (of them)" alone is every day; "every day at work, so weekdays" the 10 weekdays;
  - counts: the weeks named first ("first week maybe 2 days, second week 3") are summed; a
    tail count per week after days were talked about ("only on my days off, so 2 a week") is
    doubled; a week's count with the rest of that week off ("6 days a week, I get one day
    off") is the weekly count; "the weekends are a bit better" says how bad, not how often
    (a count beside it decides, a zero beside it stays asked again).
  Not followed: "couple days last week when work was bad" and "nah. actually yeah, two days
  last week" labelled several days (a few days of one week alone leave the other week open:
  asked again, round 10).
* Round 13 (freq13a) (classes from the blind sets dev34/dev35/dev38):
  - typos: the label words typed as one ("morethan half", "lessthan"), "mos days", "fwe"
    (a swap of "few"), "ocassionally", "never happend";
  - a bracket opens an aside, a clause break ("Not at all (I've been sleeping well for
    once)");
  - a tail count after "not many" is a day count ("Not many, maybe 4": 3-5);
  - corrections: "actually" right after a marker ("no wait, actually just a few"); "...
    (hmm) actually <answer>" after a trailing-off answer, and Spanish/Portuguese "... bueno
    no," (never to a zero); a bare count of 4 or more after a correction, when the answer
    taken back counted days, is days ("2 or 3 days, no wait maybe 4");
  - an onset n days ago, then every day since ("started 3 days ago, been every day since",
    "since my op 10 days ago, every day"): n or n + 1 days, read when one option;
  - asked again: a lifelong tag after a statement ("I never sleep well, never have", "I
    always worry, always have"; "no, never have" stays 0), and a first answer above 0 taken
    back to a zero without a marker ("most days, actually never");
  - other languages (bot/frequency_words.py): the weekdays word, then "the weekend is fine"
    ("an allen Werktagen, am Wochenende geht's") is the 10 weekdays; "mais dias sim do que
    não" more than half; "só no fim de semana", "prawie tydzień" several days;
  - zeros on an ordinary item only (PHQ-9 item 9 asks again): "never been bothered by that",
    "nee hoor" alone, and the zeros reached through this round's typos or brackets.
  Not followed: "Not really, maybe once" labelled unclear (pinned as several days by round
  11a's tests: "not really" beside a count reads the count); "a couple of days last week"
  labelled several days (one week's count alone leaves the other week open, round 10).
* Round 13 (freq13b) (classes from the blind set dev37, long replies with a story):
  - a busy life beside a zero ("nah, I've had a lot on", "plenty going on", "loads on my
    plate") is no count (_busy_life; beside an answer above 0 "a lot" stays vague, and "a lot
    on my mind" is no busy life); so "not really, there's been a lot going on", not followed
    in round 11 (freq11b), is now a soft zero;
  - "a lot" before a comparative after a zero ("I've been a lot calmer", "I feel loads
    better"), and getting to an activity ("getting to the pool twice a week", "back at the
    allotment most mornings"), are evidence of being well, no count;
  - how much within a day or night ("awake half the night", "less than 6 hours' sleep",
    "crisps and not much else"): a count beside decides, a zero beside stays asked again;
  - "just today", "only yesterday (really)" are one day, several days;
  - a second estimate after a count per week ("3 days a week, maybe 4 some weeks": 6-8) bounds
    it like "maybe 6, maybe 8 days"; "every day for about 10 days" is that many days;
  - days talked over week by week (both weeks named, or a rate "a week"), then a total ("so
    4 days", "so all in all probably 9 days", "4 days in total"): the total, when nothing
    before it is another time or someone else's and nothing after it is read;
  - an unsure zero, then "well, maybe ..." with commas between ("Not that I can remember.
    Well, maybe the day the boiler broke?") is asked again, also as a soft zero.
  The zero classes are not read on PHQ-9 item 9 (firm_zero): _ROUND13_STORY_ZERO_SPECS are
  left out there.
  Not followed: "A little bit, here and there. Nothing I can't cope with." labelled unclear
  ("here and there" is several days and falls inside "a little bit", issue 5); "Not much.
  I've been a bit flat ... (the pub) on Fridays" labelled unclear ("not much" and "a bit"
  bound the count to several days, round 5's two vague words; the weekday in passing agrees);
  "Honestly, no. There was one evening I felt low" labelled several days (a zero and then a
  count, without a correction marker: two answers, asked again, session 4).
* Round 13 (freq13c) (classes from the blind sets dev36/dev39):
  - "more or less" after a word answer ("every day, more or less") rounds it; after a day
    count ("10 days, more or less") it widens it (asked again);
  - weekdays named after "except" ("all week except tues n thurs") are no count of their own;
  - "every day/night but 3" (only the number after "but") and "every night except like 2"
    leave 14 - n, like "every day except 3";
  - a weekly count with a higher one "sometimes" ("2 days a week, sometimes 4") is the range
    of the two (4-8, asked again);
  - two-week sums: "all last week" is a whole week, a hedge before either count ("prob 2 days
    last week n 3 this week"), chat "n" before a digit;
  - the weekend eased in other words ("then it eases off at the weekend", "calms down at
    weekends") reads like "at weekends it's fine"; after "Monday to Friday" or another
    language's weekdays too; Spanish "el finde no";
  - "except the weekends, when I'm not at work": the "when" clause only says why;
  - a comparison with another time ("though it's better than it was last month") describes
    now: a count beside it decides, a zero beside it stays asked again;
  - since an event in a season ("since my mum passed in the spring") as since a month;
  - "mostly weekends, so like 4 days": the day count after it decides;
  - a tail count after "over a week" ("over a week, I'd say. Maybe 10"); French "surtout
    avant mes examens" says when within the window ("avant" alone stays another time);
  - chat spellings: "outta" (out of), "erry day", "every sat night";
  - zeros on an ordinary item only (item 9 asks again): after a zero, the trait denied
    ("Never. Worrying isn't really my thing", "I don't really get scared like that"; without
    the zero before it its "not really" stays vague) and "a lot" as a degree of help ("therapy
    has helped a lot", "helped loads"), "zero outta 14".
  Not followed: "Here and there, mostly when I'm stuck in traffic" labelled unclear ("here and
  there" is several days, pinned: "here n there"); "Every day except Tuesdays and Thursdays"
  labelled more than half and "all week except tues n thurs" (two weekdays left out of every
  day: asked again, round 11a/12a); "A couple of days last week, I think I was coming down
  with something" labelled several days (one week's count alone: asked again, round 10).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from bot import frequency_words
from bot.answer_engine import (
    CLAUSE_BREAKS,
    FREQUENCY_BY_SCORE,
    HEDGE_RE,
    MORE_THAN_HALF,
    NEARLY_EVERY_DAY,
    NEGATORS,
    NEUTRAL,
    NOT_AT_ALL,
    PRE_FILLER,
    QUOTES,
    SEVERAL_DAYS,
    UNCLEAR,
    UNCLEAR_SPECS,
    VAGUE,
    Hit,
    Reading,
    Rule,
    Value,
    alone,
    bare_number,
    compile_rules,
    decide,
    is_hedged,
    normalize,
    phrase,
    phrase_hits,
    read_phrases,
    too_long_or_empty,
)
from bot.text_distance import edit_distance

__all__ = [
    "FREQUENCY_RULES",
    "MORE_THAN_HALF",
    "NEARLY_EVERY_DAY",
    "NOT_AT_ALL",
    "SEVERAL_DAYS",
    "asked_again_on_purpose",
    "frequency_norm",
    "frequency_reply_is_vague",
    "match_frequency",
]

# --------------------------------------------------------------------------------------------
# Two-week frequency scale


def _days(n: int) -> str:
    """Value for n of the 14 days. Exactly 7 (half) is asked again (policy changed session
    4): it is neither clearly "several days" nor "more than half the days", and a clinician
    would ask. 1..6 are several days, 8..11 more than half."""
    if n == 0:
        return NOT_AT_ALL
    if 1 <= n <= 6:
        return SEVERAL_DAYS
    if n == 7:
        return UNCLEAR
    if 8 <= n <= 11:
        return MORE_THAN_HALF
    if 12 <= n <= 14:
        return NEARLY_EVERY_DAY
    return UNCLEAR  # more days than the window holds


def _vague(*options: str) -> str:
    """A vague quantifier ("sometimes") that could mean any of `options`."""
    return VAGUE + "|".join(options)


# Round 9: words that say the symptom came without saying on how many days ("I wake up
# twice a night", "less than I used to"): any option above 0 beside them decides, a zero
# beside them is no zero, and alone they are asked again.
_SOME_DAYS = _vague(SEVERAL_DAYS, MORE_THAN_HALF, NEARLY_EVERY_DAY)


def _same(*values: str) -> str:
    return values[0] if len(set(values)) == 1 else UNCLEAR


def _count(m: re.Match[str]) -> str:
    n = int(m.group(1))
    if n == 7 and " or so" in m.group(0):
        return UNCLEAR  # "7 or so days" could be 6 to 8: spans two options
    return _days(n)


def _count_range(m: re.Match[str]) -> str:
    lo, hi = int(m.group(1)), int(m.group(2))
    return _same(_days(lo), _days(hi)) if lo <= hi else UNCLEAR


def _per_week(m: re.Match[str]) -> str:
    counts = [int(g) for g in m.groups() if g is not None]
    if any(c > 7 for c in counts):
        return UNCLEAR
    return _same(*(_days(2 * c) for c in counts))


def _more_than(m: re.Match[str]) -> str:
    n = int(m.group(1))
    if 7 <= n <= 10:  # "more than a week" says more than half, like the label
        return MORE_THAN_HALF
    if 11 <= n <= 13:
        return NEARLY_EVERY_DAY
    return UNCLEAR  # "more than 3 days" spans several options


def _less_than(m: re.Match[str]) -> str:
    return SEVERAL_DAYS if 2 <= int(m.group(1)) <= 7 else UNCLEAR


def _at_least(m: re.Match[str]) -> str:
    """ "At least N days" / "N or more": open-ended, so read only when every count it allows
    is one option (N of 12-14: nearly every day). "At least 7 days" includes exactly half
    (policy, session 4: "at least half: asked again"), and "at least 8 days" reaches into
    nearly every day, like "a few days or more" (open-ended counts are asked again)."""
    n = int(m.group(1))
    return NEARLY_EVERY_DAY if 12 <= n <= 14 else UNCLEAR


def _almost(m: re.Match[str]) -> str:
    n = int(m.group(1))
    if n == 7:  # "almost 7 days" is under half, like "almost a week": several days
        return SEVERAL_DAYS
    return _same(_days(n - 1), _days(n)) if n >= 1 else UNCLEAR


def _every_n_days(m: re.Match[str]) -> str:
    n = int(m.group(1))
    return _days(14 // n) if n >= 1 else UNCLEAR


def _weeks(m: re.Match[str]) -> str:
    return NEARLY_EVERY_DAY if int(m.group(1)) == 2 else UNCLEAR  # 1 week is half


_FRACTIONS = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4}


def _share(m: re.Match[str]) -> str:
    """A share of the 14 days ("two thirds of the days" = 9.3 days, "20 percent" = 2.8):
    the option for every whole day count within half a day of it, or within a day when the
    share is approximate ("roughly two thirds"); several options (or a comparator such as
    "more than 80 percent", which leaves the count open) give unclear."""
    approx, comparator, count, per = m.group("approx"), m.group("cmp"), m.group("n"), m.group("per")
    n = int(count) if count else 1  # "a third"
    share = n / 100 if per == "percent" else n / _FRACTIONS[per]
    if comparator or share > 1 or (per == "percent" and not count):
        return UNCLEAR
    days, slack = 14 * share, 1.0 if approx else 0.5
    return _same(_days(math.ceil(days - slack)), _days(math.floor(days + slack)))


# How many days a small count word can stand for, in one week.
_WEEK_COUNTS = {"once": (1, 1), "twice": (2, 2), "couple": (2, 2), "few": (2, 4)}
# A whole week ("every day last week", "all week this week") is all 7 of its days.
_WHOLE_WEEK = r"every day|every night|each day|daily|all week"
# ... and a week without it ("none this week") is none of its days.
_NO_DAYS = r"none|nothing|0|no days|not at all"


def _week_count(word: str) -> tuple[int, int]:
    if word.isdigit():
        return (int(word), int(word))
    if re.fullmatch(_WHOLE_WEEK, word):
        return (7, 7)
    if re.fullmatch(_NO_DAYS, word):
        return (0, 0)
    return _WEEK_COUNTS[word.split()[-1]]


def _two_weeks(m: re.Match[str]) -> str:
    """A count for each of the two weeks of the window ("a couple this week and a couple
    last week"): their sum is the count of the 14 days (CLINICAL.md section 1), read only
    when every sum it could be falls in one option."""
    (lo1, hi1), (lo2, hi2) = _week_count(m.group(1)), _week_count(m.group(2))
    if max(hi1, hi2) > 7:
        return UNCLEAR
    return _same(_days(lo1 + lo2), _days(hi1 + hi2))


def _more_like(m: re.Match[str]) -> str:
    lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
    if (lo <= 3 and not m.group("unit")) or hi < lo:
        return UNCLEAR
    return _same(_days(lo), _days(hi))


def _one_week(m: re.Match[str]) -> str:
    """A count for one week and "fine otherwise": the other days are none, so the week's
    count is the count of the 14 days ("a few nights last week, fine otherwise")."""
    lo, hi = _week_count(m.group(1))
    return _same(_days(lo), _days(hi))


def _out_of(m: re.Match[str]) -> str:
    """ "3 out of 14", "5 of 7", and any other share said as n out of a total ("3 days out of
    4" is 10.5 of the 14 days): the option for every whole day count within half a day of the
    share (a day when approximate, "about 3 out of 4"), else asked again."""
    n, total = int(m.group(1)), int(m.group(2))
    if total == 14:
        return _days(n)
    if total == 7 and n <= 7:
        return _days(2 * n)
    # Round 11 (freq11c): totals up to 10 ("9 out of 10 days"), with a day word (below).
    if not 2 <= total <= 10 or n > total or re.search(r"\b(?:last|past)\b", m[0]):
        return UNCLEAR  # "3 of the last 10 days" leaves the other 4 days open
    if total > 4 and not re.search(rf"\b{_UNIT}\b", m[0]):
        return UNCLEAR  # "6 out of 10", "4 out of 5" alone may be a rating, not days
    days = 14 * n / total
    slack = 1.0 if re.match(_APPROX, m.group(0)) else 0.5
    return _same(_days(math.ceil(days - slack)), _days(math.floor(days + slack)))


def _tail_count(m: re.Match[str]) -> str:
    """ "..., so 3" after days were talked about: that many days ("say 9" is about 9: 8-10).
    Without a word for days the number may be a score: asked again."""
    # A count word before ("several, maybe 4") talks about days as much as "days" does.
    # So does "over half" or "most" ("over half, maybe 9"), and (round 13) "not many, maybe 4"
    # and "over a week" ("over a week's worth, I'd say. Maybe 10").
    if not re.search(
        r"\b(?:days?|nights?|times?|several|few|couple|half|most|many)\b"
        r"|\b(?:more than|over|less than|under) (?:a|1) week\b",
        m.string[: m.start()],
    ):
        return UNCLEAR
    n = int(m.group(1))
    if m.groupdict().get("week"):
        # Round 12 (freq12c): "only on my days off, so 2 a week": a count per week doubles.
        if n > 7:
            return UNCLEAR
        if m.group(0).startswith("so "):
            return _days(2 * n)
        return _same(_days(2 * max(n - 1, 0)), _days(2 * n), _days(2 * min(n + 1, 7)))
    if m.group(0).startswith("so") and " " not in m.group(0)[3:]:
        return _days(n)
    # "10 days, maybe 11": a count just before bounds the estimate from the other side.
    # Round 10 (freq10): a hedge between ("6 days I think, maybe 6") keeps the bound; the
    # window named ("out of the last 14 days? maybe 9") is no first estimate.
    before = re.search(
        r"\b(\d{1,2}) (?:days?|nights?|times?)(?: (?:i think|i guess|i reckon|or so|probably"
        r"|maybe|roughly|i would say))? , ?$",
        m.string[: m.start()],
    )
    if before and re.search(
        r"\b(?:of|in|over|during|for) (?:the |these |those )?(?:last |past )?$",
        m.string[: before.start()],
    ):
        before = None
    if before:
        return _same(_days(int(before.group(1))), _days(n))
    return _same(_days(max(n - 1, 0)), _days(n), _days(n + 1))


def _one_week_few(m: re.Match[str]) -> str:
    """Round 10 (freq10): "only a couple of days last week", "twice this week, that's it"
    name a few days of one week of the window and close the others: several days. Without
    "only"/"just"/"that's it" the other week is open ("a few bad nights this week": asked
    again, as before); another week named elsewhere makes it part of a sum: asked again."""
    rest = m.string[: m.start()] + " " + m.string[m.end() :]
    if re.search(r"\b(?:week|weeks|fortnight)\b", rest):
        return UNCLEAR
    closed = re.match(r"(?:only|just) ", m.group(0)) or re.match(
        r"(?: ,)? (?:(?:and|but) )?(?:thats it|that is it|that was it|thats all|that is all"
        r"|nothing else|no other (?:days|nights)|none (?:the|this|last) (?:other )?week)\b",
        m.string[m.end() :],
    )
    return SEVERAL_DAYS if closed else UNCLEAR


def _weekends_fine(m: re.Match[str]) -> str:
    """Round 10 (freq10): "but at weekends it's fine" after the weekdays ("every weekday,
    basically") leaves them as the count; after anything else ("every day, but at weekends
    it's fine") it takes days out of the count: asked again."""
    return NEUTRAL if _WEEKDAYS_NAMED_RE.search(m.string[: m.start()]) else UNCLEAR


def _days_fine(m: re.Match[str]) -> str:
    """Round 12 (freq12a): days said to be fine ("weekends are fine", "Mondays and Tuesdays
    are fine") are no count of their own, but after "every day" they are its exceptions:
    more than one weekday a week (2 of the 14 days each) leaves 10 days or fewer, never
    nearly every day, and the weekend policy asks again ("every day, weekends are fine");
    one weekday leaves 12 ("every day, Sundays are fine" stays nearly every day)."""
    days_off = 4 if "weekend" in m[0] else 2 * len(set(re.findall(_WEEKDAY_NAME, m[0])))
    if days_off <= 2:
        return NEUTRAL
    before = _read_frequency(m.string[: m.start()])
    return UNCLEAR if NEARLY_EVERY_DAY in before.values else NEUTRAL


def _both_weeks(m: re.Match[str]) -> str:
    """The same count in each of the two weeks: twice the week's count."""
    lo, hi = _week_count(m.group(1))
    return _same(_days(2 * lo), _days(2 * hi))


def _all_but(m: re.Match[str]) -> str:
    """ "mostly, apart from 3 or 4 days", "daily except maybe 1 day": the days left out, so
    14 minus them; read when every count left is one option."""
    if m.groupdict().get("n3"):
        lo = hi = int(m.group("n3"))
    elif m.groupdict().get("n2"):
        lo, hi = int(m.group("n2")), int(m.group("m2") or m.group("n2"))
    else:
        lo, hi = int(m.group("n")), int(m.group("m") or m.group("n"))
    left = _same(_days(14 - lo), _days(14 - hi)) if lo <= hi <= 14 else UNCLEAR
    if m.group(0).startswith("most") and left in (NOT_AT_ALL, SEVERAL_DAYS):
        return UNCLEAR  # "most days apart from 8 days" contradicts itself
    return left


_FEW_DAYS = {"a few": (2, 4), "few": (2, 4), "a couple of": (2, 2), "a couple": (2, 2)}


def _head_but(m: re.Match[str]) -> str:
    """ "most days I had no appetite, maybe 4 days I ate normally", "most of them, apart from
    a few days": the good days are the exceptions to the answer before them, so 14 minus
    them; read when that agrees with the answer, or for "most" only crosses the 11/12 line
    ("most, but a few good nights": 10-12), and asked again otherwise ("most days, 8 days I
    was fine" contradicts itself)."""
    head = MORE_THAN_HALF if m.group("head").startswith("most") else NEARLY_EVERY_DAY
    n = m.group("n")
    lo, hi = _FEW_DAYS[n] if n in _FEW_DAYS else (int(n), int(m.group("m") or n))
    if not lo <= hi <= 14:
        return UNCLEAR
    options = {_days(14 - k) for k in range(lo, hi + 1)}
    if options == {head}:
        return head
    if head == MORE_THAN_HALF and options == {MORE_THAN_HALF, NEARLY_EVERY_DAY} and lo == 2:
        return head
    return UNCLEAR


_HEAD_OPTIONS = (
    ("half", MORE_THAN_HALF),
    ("most", MORE_THAN_HALF),
    ("every", NEARLY_EVERY_DAY),
    ("several", SEVERAL_DAYS),
    ("few", SEVERAL_DAYS),
)


def _label_then_range(m: re.Match[str]) -> str:
    """ "well over half, maybe 11 or 12 days": the answer, then a count that backs it. Read
    when every count is that answer, or the range only crosses the 11/12 line beside it (the
    writer's word decides there); anything else (7, another option) is asked again."""
    head = next(v for w, v in _HEAD_OPTIONS if w in m.group("head"))
    lo, hi = int(m.group("n")), int(m.group("m") or m.group("n"))
    if not lo <= hi <= 14:
        return UNCLEAR
    options = {_days(k) for k in range(lo, hi + 1)}
    if options == {head}:
        return head
    if options == {MORE_THAN_HALF, NEARLY_EVERY_DAY} and (
        (head == MORE_THAN_HALF and hi == 12) or (head == NEARLY_EVERY_DAY and lo == 11)
    ):
        return head
    return UNCLEAR


_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
# Round 11 (freq11c): the last day of a span ("Monday to Thursday, Fridays are fine") starts
# no list of weekdays of its own.
_NOT_SPAN_END = r"(?<!to )(?<!through )(?<!thru )(?<!till )(?<!until )"


def _weekdays(m: re.Match[str]) -> str:
    """n weekdays named: n days if once each, 2n if every week (the window has two of each)."""
    n = len(set(re.findall(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", m[0])))
    # Round 11 (freq11a): "every week" after them says both weeks ("Mon Tue Wed Thu every week").
    if re.match(r" (?:every|each) week\b| (?:in )?both weeks\b", m.string[m.end() :]):
        return _days(2 * n)
    return _same(_days(n), _days(2 * n))


def _weekdays_once(m: re.Match[str]) -> str:
    """n weekdays of one named week ("Monday and Tuesday last week"): n days, once each."""
    return _days(len(set(re.findall("|".join(_WEEKDAY_NAMES), m[0]))))


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_NAME = "|".join(_WEEKDAY_NAMES)


def _weekday_range(m: re.Match[str]) -> str:
    """ "Monday to Friday", "Sunday to Thursday": a span of the week, said as a habit, so in
    each of the two weeks (2 x span of the 14 days); "last Tuesday to Thursday" once."""
    first, last = (_WEEKDAY_NAMES.index(d) for d in re.findall("|".join(_WEEKDAY_NAMES), m[0]))
    span = (last - first) % 7 + 1
    return _days(span if m[0].startswith(("last ", "this ")) else 2 * span)


# Someone else's view ("my husband says", "he thinks"): their answer, not the patient's.
_OTHERS_SAY = (
    r"(?:my|his|her|our) (?:\w+ )?(?:would |might |will |could )?(?:probably |likely"
    r" |definitely |surely )?(?:says?|said|thinks?|thought|reckons?|would say"
    r"|tells me|told me|tell you|tells you|told you)|(?:he|she|they|people|everyone|others)"
    r" (?:says?|said|thinks?|reckons?|would say|tells? me|told me|(?:would |will |could )?tell"
    r" you|tells you|told you)|(?:hed|shed|theyd) (?:say|tell you)"  # "she'd tell you"
)
_DAY = r"(?:days?|nights?|mornings?|evenings?|afternoons?)"
_BAD = r"(?:bad|rough|hard|tough|difficult|awful|terrible|low|dark|down|off|sleepless)"
_UNIT = r"(?:days?|nights?|mornings?|evenings?|times?|occasions?)"
_OF14 = r"(?: (?:out of|of|in) (?:the )?(?:last |past )?(?:14|2 weeks|fortnight)(?: days)?)?"
_RECALL = r"(?:2 weeks|14 days|fortnight|couple (?:of )?weeks)"
_PER = r"(?:a|per|each|every|in a|of the|out of the)"
# Hedges before a bare quantity ("maybe a few"): a hedge does not change a non-zero answer.
_HEDGE_FILLER = r"(?:(?:maybe|probably|perhaps|possibly|about|around|roughly|only|like) )?"
_ABOUT = r"(?:about|around|roughly|approximately|approx|like|maybe|probably|perhaps|say|only|just)"
# Words that make a count approximate: "about half" could be 6 to 8 days.
_APPROX = (
    r"(?:about|around|roughly|approximately|approx|like|maybe|probably|perhaps|possibly"
    r"|just about|more or less|give or take|somewhere around|something like)"
)
_WEEK_COUNT = (
    rf"(\d|once|twice|(?:a )?couple|(?:a )?few|{_WHOLE_WEEK}|{_NO_DAYS})(?: of)?"
    # "1 day last week and 1 this week": the singular unit of a count of 1.
    r"(?: (?:days?|nights?|times?|mornings?|evenings?))?"
)
_SHARE_OF = r"of (?:the )?(?:days|time|nights|2 weeks|fortnight|them|it)"
_SHARE = (
    rf"(?P<approx>{_APPROX} )?(?P<cmp>(?:more than|over|above|less than|under|below|at least"
    r"|almost|nearly|close to|up to) )?(?:(?P<n>\d{1,3}) |a )"
    r"(?P<per>thirds?|quarters?|fourths?|percent)"
)
_HALF = (
    r"half (?:of )?(?:the )?(?:time|days|nights|of it|the 2 weeks|of them)|half and half"
    r"|50 percent(?: of (?:the )?(?:days|time|nights))?"
)

# After a denial, a softener makes it "not much" (vague): "haven't felt down much".
_NO_SOFTENER = r"(?! (?:much|that much|too much|a lot|that often|often|very much|lately)\b)"

# --- Round 12 (freq12b): a reason or worry after the answer that holds a "don't know" word --
# "not sure if it's the depression or the thyroid", "no matter what I try", "it'll pass":
# the patient doubts the cause or hopes, not the count. The symptom is there (_SOME_DAYS):
# a count beside them decides, a zero beside them stays asked again. The cause must name no
# count ("not sure if it's most days" stays unsure).
_NO_COUNT_AHEAD = (
    r"(?![^,]*\b(?:days?|nights?|weeks?|fortnight|times?|every|most|all|half|once|twice"
    r"|\d+)\b)"
)
_ROUND12_ASIDE_SPECS: list[tuple[str, Value]] = [
    # "nope, all good on that front": the topic named with a flat no, like "no worries there".
    (phrase(r"(?:no|nope|nah)(?: ,)? all (?:good|fine|ok|okay)(?: (?:on that (?:front|score)"
             r"|there|in that department|with (?:it|that|this)))?(?= ,|$)"), NOT_AT_ALL),
    (phrase(rf"(?:not sure|unsure|not certain|do not know|dont know|dunno|idk|no idea"
             rf"|can not tell)(?: if| whether)? {_NO_COUNT_AHEAD}(?:its|it is|thats|that is"
             rf"|this is|it was)(?: just)? (?:(?:because of|due to|down to|from|related to"
             rf"|caused by) )?(?:the|my) (?:\w+ ){{0,2}}?\w+(?: or (?:(?:because of|due to"
             rf"|down to|just) )?(?:the|my|just) (?:\w+ ){{0,2}}?\w+)?(?= ,|$)"
             r"|(?:not sure|unsure|no idea|not certain) (?:why|how come)"), _SOME_DAYS),
    (phrase(r"no matter (?:what|how(?: hard| much)?) (?:i|you) (?:do|try|did|tried)"
             r"|whatever i (?:do|try)"), _SOME_DAYS),
    (phrase(r"(?:itll|it will|it would|itd|it should|it might|thisll|this will|things will)"
             r" pass"), _SOME_DAYS),
]  # fmt: skip

# --- Round 11 (freq11b): words in a story that count something other than days -----------
_ROUND11_EVIDENCE_SPECS: list[tuple[str, Value]] = [
    # A work pattern ("a full time job", "working part time") is no count.
    (phrase(r"(?:full|part) time (?:jobs?|work|worker|student|carer|mum|mom|dad|parent|hours"
             r"|role|position|course|employment)|(?:work|working|job) (?:full|part) time"),
     NEUTRAL),
    # "there's always something to do": the patient's life, not the symptom.
    (phrase(r"(?:there is|theres|there are|theres) always (?:something|someone|somebody|stuff"
             r"|things|more)"), NEUTRAL),
    # Repeats within one occasion ("read the same page 4 times", "check the locks 3 times
    # before bed", "through a meal without getting up 3 or 4 times"): a rate per occasion,
    # like "twice a night", no count of the days.
    (phrase(r"the same (?:page|line|paragraph|sentence|email|message|thing|question|word)s?"
             r" (?:\d{1,2}(?: or \d{1,2})?|a few|several|a couple of) times"
             r"|(?:\d{1,2}(?: or \d{1,2})?|a few|several|a couple of) times (?:before|after)"
             r" (?:bed|going to bed|i go to bed|sleep|i sleep|leaving|i leave|going out|work)"
             r"|(?:through|during|in|per|each|every) (?:a|an|1|the) (?:meal|film|movie|show"
             r"|meeting|lecture|class|conversation|episode|lesson)(?: \w+){0,5}"
             r" (?:\d{1,2}(?: or \d{1,2})?|a few|several|a couple of) times"), NEUTRAL),
    # "half 6" (the clock), "a half marathon", "half an hour": no half of the days.
    (phrase(r"half (?:\d{1,2}(?! (?:days?|nights?|of|out|times))|past \d{1,2}|marathons?|term"
             r"|an hour|hour|asleep|awake)"), NEUTRAL),
    # "in a good mood the whole time", "sleeping well every night", "bed at the same time
    # every night": the patient's well-being or routine, no count of the symptom.
    (phrase(r"(?:in a (?:good|great|positive|happy) mood|(?:been|felt|feeling|feel|sleeping"
             r"|slept) (?:really |very |so |pretty )?(?:good|great|fine|calm|relaxed|happy"
             r"|positive|well|rested|content|brilliant)) (?:the whole time|all the time"
             r"|every day|every night|all week|the entire time)"
             r"|(?:at )?the same time every (?:day|night|morning|evening)"), NEUTRAL),
    # "doing yoga 4 times a week", "playing football most evenings": how often the patient
    # does an activity is evidence of being well, no count (like "going to the gym").
    (phrase(r"(?:yoga|pilates|gym|football|tennis|golf|swimming|running|cycling|dancing"
             r"|choir|climbing|boxing|netball|rugby|cricket|badminton|squash|zumba|spin)"
             rf" (?:(?:classes?|sessions?|practice|training) )?(?:(?:\d{{1,2}} times|twice|once)"
             rf" (?:a|per|every) week|(?:every|most|each) (?:{_WEEKDAY}|week|weekend|day|morning"
             r"|evening|night|afternoon)s?)"), NEUTRAL),
]  # fmt: skip

# --- Round 12 (freq12a): zeros read on an ordinary item only (PHQ-9 item 9 asks again) ---
_ROUND12_ZERO_SPECS: list[tuple[str, Value]] = [
    # Someone else's view that agrees with the patient ("no, ..., my partner would say the
    # same", "my wife agrees"): no answer of their own, so the patient's answer stands.
    (phrase(rf"(?:{_OTHERS_SAY}) the same(?: thing)?|(?:my|his|her|our) (?:\w+ )?(?:agrees"
             r"|would agree|will agree|can confirm)(?: with me)?"), NEUTRAL),
    # "nope appetite's been normal": a flat no and the topic as usual, without the comma
    # the older rule needs ("X's been" is normalised to "Xs been").
    (r"(?:^|(?<=, ))" + PRE_FILLER + r"(?:no|nope|nah) (?:my )?(?!(?:not|never|no|mostly"
     r"|usually|generally|largely|pretty|quite|fairly|kind|sort|reasonably|sometimes|often"
     r"|some|most|all|very|so|too|really|its|thats|it|that)\b)\w+s been (?:totally |completely"
     r" |perfectly |absolutely |just )?(?:fine|normal|good|great|alright|all right|ok|okay)"
     r"(?= ,|$)", NOT_AT_ALL),
]  # fmt: skip


def _zero_after_another_answer(m: re.Match[str]) -> str:
    """ "most days, actually never": a first answer above 0 taken back to a zero without a
    correction marker is two answers (asked again); after a zero ("never, actually never")
    it only says the zero again."""
    before = _read_frequency(m.string[: m.start()])
    return UNCLEAR if before.values - {NOT_AT_ALL} else NEUTRAL


def _days_since_onset(m: re.Match[str]) -> str:
    """ "started 3 days ago, been every day since", "since my op 10 days ago, every day": the
    symptom every day from an onset inside the window is that many days (n or n + 1, as the
    day it started may or may not count), read when both are one option."""
    n = int(m["n"])
    return _same(_days(n), _days(n + 1)) if 1 <= n <= 13 else UNCLEAR


# Round 13 (freq13a): zero wordings read on an ordinary item only (left out on PHQ-9 item 9,
# where they stay asked again as before): the topic denied with "by that/it" after "never
# been bothered" ("never been bothered by that", "I've never been troubled by it").
_ROUND13_ZERO_SPECS: list[tuple[str, Value]] = [
    (alone(r"(?:(?:no|nope|nah) )?(?:i )?(?:have |ive )?never (?:really )?been (?:bothered"
           r"|troubled|affected) by (?:it|that|this|them|those)(?: at all| 1)?"), NOT_AT_ALL),
]  # fmt: skip
# Round 13 (freq13a): asked again. A lifelong tag after a statement about the patient ("I
# never sleep well, never have", "I always sleep badly, always have"): a trait, not a count of
# the last 2 weeks ("always been a worrier"); the symptom said with "never" is no zero. And a
# first answer taken back by "actually never/none" ("most days, actually never"): two answers.
_ROUND13_SPECS: list[tuple[str, Value]] = [
    # An onset n days ago, then every day since: n days (_days_since_onset).
    (phrase(r"(?:(?:it |this |that )?(?:started|began|kicked in|came on)|since(?: (?:my|the)"
            r" \w+| it (?:started|began)| i \w+)?) (?:about |around |maybe |roughly )?"
            r"(?P<n>\d{1,2}) days ago(?: ,)?(?: (?:and|but))?(?: (?:its been|it has been|been"
            r"|it was|ive had it|i have had it))?(?: (?:pretty much|basically))? (?:every day|daily"
            r"|each day|every single day)(?: since(?: then)?)?"), _days_since_onset),
    (phrase(r"i (?:\w+ ){0,2}?(?:never|always) \w+(?: \w+){0,4}? , (?:i )?(?:never|always)"
            r" (?:have|has|had|did|will|could|was)(?: been)?"), UNCLEAR),
    (r"(?<=, )(?:(?:hmm+|um+|oh|well) )?actually (?:never|none|not at all|no days|not once)"
     r"(?= ,|$)", _zero_after_another_answer),
]  # fmt: skip


def _busy_life(m: re.Match[str]) -> str:
    """Round 13 (freq13b): "I've had a lot on", "plenty going on" beside a zero ("nah, I've had
    a lot on but I'm handling it") say how busy life is: no count. Beside anything above 0
    ("on and off, there's a lot going on") "a lot" may still be of the days: vague, as before."""
    rest = _read_frequency(m.string[: m.start()] + " , " + m.string[m.end() :])
    above_zero = rest.values - {NOT_AT_ALL} or any(
        options - {NOT_AT_ALL, SEVERAL_DAYS} for options in rest.vague
    )
    return _vague(MORE_THAN_HALF, NEARLY_EVERY_DAY) if above_zero else NEUTRAL


# --- Round 13 (freq13b): a story after the answer, from the blind set dev37 ----------------
# Amounts in a story that are no count of the symptom's days. Read on an ordinary item only:
# on PHQ-9 item 9 (firm_zero) these rules are left out, so no new wording becomes a zero.
_ROUND13_STORY_ZERO_SPECS: list[tuple[str, Value]] = [
    # "I've had a lot on", "there's been plenty going on", "loads on my plate": how busy the
    # patient's life is, not "a lot" of days ("a lot on my mind" is the worry itself: vague).
    (phrase(r"(?:quite )?(?:a lot|lots|loads|plenty|so much|too much|a fair bit|a fair amount"
             r"|a ton|tons|heaps)(?: of (?:stuff|things))? (?:going on|on my plate)"
             r"|(?:had|got|have|has) (?:quite )?(?:a lot|lots|loads|plenty|so much|too much"
             r"|a fair bit|a fair amount|a ton|tons|heaps) on(?= ,|$| (?:but|and|at|with|lately"
             r"|recently|right now|so)\b)"), _busy_life),
    # "I've been a lot calmer", "I feel loads better": "a lot" says how much better, like
    # "if anything I've been more relaxed" (round 12), not on how many days.
    (phrase(r"(?:ive been|i have been|been|im|i am|i feel|feeling|ive felt|i have felt"
             r"|ive been feeling) (?:a lot|lots|loads|much|way|far|so much) (?:calmer|happier"
             r"|better|more (?:relaxed|positive|settled|energetic|confident|motivated|content"
             r"|rested|focused)|less (?:anxious|stressed|worried|tense|irritable|wound up))"),
     NEUTRAL),
    # "getting to the pool twice a week", "back at the allotment most mornings": how often the
    # patient does something, like "going to the gym 3 times a week" (round 5).
    (phrase(rf"(?:getting|get|got|back|down) (?:to|at) (?:the )?(?:pool|swimming pool|gym"
             r"|allotment|park|pub|club|church|library|beach|classes|class|choir)"
             rf" (?:(?:\d{{1,2}} times|twice|once)(?: (?:a|per) week)?"
             rf"|(?:every|most|each) (?:{_WEEKDAY}|week|weekend|day|morning|evening|night)s?)"),
     NEUTRAL),
]  # fmt: skip
# How much within a day or a night ("awake half the night", "less than 6 hours' sleep",
# "crisps and not much else"): the symptom came, not on how many days. A count beside them
# decides, a zero beside them stays asked again (_SOME_DAYS), on every item.
_ROUND13_STORY_AMOUNT_SPECS: list[tuple[str, Value]] = [
    (phrase(r"half (?:the|a|of the) (?:night|day|morning|evening|afternoon)"), _SOME_DAYS),
    (phrase(r"(?:less than|fewer than|under|more than|over|at least|at most|only|barely)"
             r" (?:about |around )?\d{1,2}(?: (?:or|to) \d{1,2})? (?:hours?|hrs?|h|minutes?"
             r"|mins?)(?: (?:of )?sleep)?"), _SOME_DAYS),
    (phrase(r"(?:and )?(?:not much|nothing much|little) else"), _SOME_DAYS),
    # "just today", "only yesterday really": one day of the 14.
    (alone(r"(?:only|just) (?:today|yesterday|last night|this morning)(?: really)?"),
     SEVERAL_DAYS),
]  # fmt: skip


# --- Round 13 (freq13c): classes from the blind sets dev36/dev39 --------------------------
def _more_or_less_after(m: re.Match[str]) -> str:
    """ "every day, more or less", "most days, more or less": after a word answer it only
    rounds it, like "more or less every day"; after a day count ("10 days, more or less") it
    widens the count to both sides, so it is asked again."""
    return UNCLEAR if re.search(r"\b\d{1,2}\b", m.string[: m.start()]) else NEUTRAL


_ROUND13C_SPECS: list[tuple[str, Value]] = [
    (r"(?<=, )more or less(?= ,|$)", _more_or_less_after),
    # Weekdays named after "except" ("all week except tues and thurs") are the days left out,
    # never a count of their own: the rules on "every day except ..." read them, else asked
    # again (the weekday rule skipped only the first of them).
    (phrase(rf"(?:but|except|bar|apart from|other than|besides|excluding)(?: for)?(?: on)?"
             rf"(?: the)? {_WEEKDAY}(?:(?: ,| and| or| &)+ (?:on )?{_WEEKDAY})*"), NEUTRAL),
    # "(then) it eases off at the weekend", "things calm down at weekends": the weekend said
    # to be better in other words, read like "at weekends it's fine" (after the weekdays no
    # count, after anything else asked again). "a bit better" stays how bad (round 12).
    (phrase(r"(?:(?:then|but|and) )?(?:(?:it|things|that|everything|they) )?(?:eases? off"
             r"|eased off|calms? down|calmed down|settles?(?: down)?|settled(?: down)?"
             r"|lets? up|goes away|went away|stops|stopped|dies down|died down)"
             r" (?:at|on|over) (?:the )?weekends?"), _weekends_fine),
    # A comparison with another time ("though it's better than it was last month", "worse
    # than before") describes now, not another time: the count beside it decides, a zero
    # beside it stays asked again (like "used to be worse", round 11).
    (phrase(r"(?:(?:its|it is|thats|that is|its been|it has been|im|i am|ive been|i have been)"
             r" )?(?:a bit |a little |a lot |much |slightly |way |far )?(?:better|worse|easier"
             r"|harder) than (?:it was |i was |they were |it used to be )?(?:last (?:month|year)"
             r"|before|(?:a )?(?:few|couple of|\d{1,2}) (?:weeks|months|years) ago"
             r"|(?:a|1) (?:month|year) ago)"), _SOME_DAYS),
]  # fmt: skip


def _trait_denied_after_zero(m: re.Match[str]) -> str:
    """ "Never. Worrying isn't really my thing": after a zero the trait denied backs the zero;
    elsewhere ("I don't really worry, I just overthink all the time") its "not really" is
    the vague soft word it always was."""
    before = _read_frequency(m.string[: m.start()])
    if before.values == {NOT_AT_ALL} and not (before.negated or before.vague or before.unclear):
        return NEUTRAL
    return _vague(NOT_AT_ALL, SEVERAL_DAYS)


# Round 13 (freq13c): zeros read on an ordinary item only (PHQ-9 item 9 asks again).
_ROUND13C_ZERO_SPECS: list[tuple[str, Value]] = [
    # After a zero, the trait denied ("Never. Worrying isn't really my thing", "I don't
    # really get scared like that", "I'm not really a worrier"): the "not really" there is
    # about the patient, no soft count (alone it still says no count).
    (phrase(r"(?:\w+ )?(?:is not|isnt|was not) really (?:my thing|me|like me|my style)"
             r"|i (?:do not|dont) really (?:worry|panic)(?: about (?:things|stuff|it))?"
             r"|i (?:do not|dont) really (?:get|feel) (?:(?:anxious|scared|nervous|worried|down"
             r"|low|sad|stressed|panicky|wound up|on edge|irritable|upset|depressed|restless"
             r"|frightened|afraid)(?: like (?:that|this)| that way)?|like (?:that|this)|that way)"
             r"|(?:im|i am) not really (?:a worrier|the (?:worrying|anxious|nervous) type"
             r"|an? (?:anxious|nervous|worried) person)"), _trait_denied_after_zero),
    # "a lot" as a degree of help or change ("therapy has helped a lot", "a lot better"),
    # not how often.
    (phrase(r"(?:helped|helps|improved|changed) (?:me |things )?(?:a lot|loads|so much"
             r"|a great deal)|a lot (?:better|calmer|easier|happier|more relaxed|less anxious"
             r"|less stressed)"), NEUTRAL),
]  # fmt: skip


_FREQUENCY_SPECS: list[tuple[str, Value]] = UNCLEAR_SPECS + [
    # --- computed counts, rates and ranges -------------------------------------------------
    (phrase(rf"(\d{{1,3}})(?: or so)?(?: (?:whole|full|separate|different|single|odd|{_BAD}))?"
             rf" {_UNIT}{_OF14}"), _count),
    (phrase(rf"(?:{_APPROX} )?(\d{{1,3}})(?: {_UNIT})? (?:out of|of|in) (?:the |every )?"
             r"(?:last |past )?(\d{1,2})(?: days)?(?! weeks)"), _out_of),
    # "3 in the fortnight": a count over the whole window, with or without its unit.
    (phrase(r"(\d{1,2}) (?:in|over) (?:the )?(?:last |past )?(?:fortnight|2 weeks|14 days)"),
     _count),
    (phrase(rf"(?:between )?(\d{{1,3}}) (?:or|to|and) (\d{{1,3}}) {_UNIT}{_OF14}"), _count_range),
    # "or so"/"about" around a weekly count leave its doubled range as it is (session 4):
    # "3 or so times a week" is 6 of 14; "about 3-4 days a week" (6-8) straddles half.
    (phrase(rf"(?:(\d{{1,2}}) (?:or|to) )?(\d{{1,2}})(?: or so)? {_UNIT}(?: or so)? {_PER} week"),
     _per_week),
    # "or so" keeps these several days: 1 or 2 a week is 2 to 4 of the 14 days.
    (phrase(rf"(?:once|1 time|a day|1 day|a day or 2|1 or 2 days) {_PER} week(?: or so)?"),
     SEVERAL_DAYS),
    (phrase(r"(?:more than|over|above|upwards of) 50 percent"
             r"(?: of (?:the )?(?:days|time|nights))?"), MORE_THAN_HALF),
    (phrase(rf"(?:once or twice|twice|(?:a )?couple (?:of )?(?:times|days)) {_PER} week"
             r"(?: or so)?"),
     SEVERAL_DAYS),
    (phrase(rf"(?:a few|few|several|many|a lot of|lots of|multiple) {_UNIT} {_PER} week"),
     UNCLEAR),
    (phrase(rf"(?:more than|over|above|upwards of|in excess of)(?: {_ABOUT})? (\d{{1,3}})"
             rf"(?: {_UNIT})?{_OF14}"), _more_than),
    (phrase(rf"(?:less than|fewer than|under|below)(?: {_ABOUT})? (\d{{1,3}})(?: {_UNIT})?"
             rf"{_OF14}"), _less_than),
    (phrase(rf"(?:at least|a minimum of|minimum) (\d{{1,3}})(?: {_UNIT})?{_OF14}"), _at_least),
    (phrase(rf"(?:almost|nearly|close to|just under|not quite) (\d{{1,3}}) {_UNIT}{_OF14}"),
     _almost),
    (phrase(r"every (\d{1,2}) (?:days|nights)"), _every_n_days),
    (phrase(rf"{_WEEK_COUNT} (?:this|last) week(?: ,)? (?:(?:and |but )?(?:fine|ok|okay|good"
             r"|nothing|none) (?:otherwise|the rest of the time|apart from that)"
             r"|otherwise (?:fine|ok|okay|good|nothing|none))"), _one_week),
    # Round 9 (freq9b): a count for the first week and one for the second ("3 days the first
    # week, none the second"): summed like "this week" and "last week".
    (phrase(rf"{_WEEK_COUNT} (?:in )?the (?:first|1st) week(?: ,)?(?: (?:and|plus|then|and then"
             rf"|but))? {_WEEK_COUNT} (?:in )?the (?:second|2nd|next)(?: week| 1)?"), _two_weeks),
    # Round 12 (freq12c): the weeks named first ("first week maybe 2 days, second week 3").
    (phrase(rf"(?:(?:in )?the )?(?:first|1st) week(?: ,)? {_HEDGE_FILLER}{_WEEK_COUNT}(?: ,)?"
             rf"(?: (?:and|then|but|and then))? (?:(?:in )?the )?(?:second|2nd|next) week(?: ,)?"
             rf" {_HEDGE_FILLER}{_WEEK_COUNT}"), _two_weeks),
    # Round 9 (freq9b): "(it's) more like 9 or 10" after a first guess is a day count; a
    # number up to 3 may be an option's score, so it is asked again.
    # Round 11 (freq11a): a hedge before it too ("nvm, prob more like 9").
    (alone(r"(?:its |it is |thats |but |probably |maybe |perhaps )*more like (\d{1,2})"
           r"(?: (?:or|to) (\d{1,2}))?"
           r"(?P<unit> days| nights)?"), _more_like),
    # Once in the whole window: 1 of the 14 days.
    (phrase(r"once (?:every|in (?:the )?(?:last |past )?|a) (?:2 weeks|fortnight)"),
     SEVERAL_DAYS),
    # "no more than a couple of days", "not more than 3 days": an upper bound of a few days
    # says the symptom came, on at most that many days: several days.
    (phrase(rf"(?:not|no) more than (?:a couple(?: of)?|a few|few|[1-6])(?: {_UNIT})?{_OF14}"),
     SEVERAL_DAYS),
    # Round 13 (freq13c): a hedge before either count ("prob 2 days last week and 3 this week").
    (phrase(rf"{_HEDGE_FILLER}{_WEEK_COUNT} (?:this|last) week(?: ,)?(?: (?:and|plus|then"
             rf"|and then|but))? {_HEDGE_FILLER}{_WEEK_COUNT}"
             r" (?:the week before|the previous week|(?:this|last) week)"), _two_weeks),
    # Shares of the window (CLINICAL.md section 1: 14 days), after the rules for "50 percent"
    # and "more than 50 percent" so those win a tie: "2 thirds of the days", "70 percent".
    # A bare share is one only as the whole answer: "70 percent better" is not 70% of days,
    # and "100 percent" alone is as likely "definitely" as "every day".
    (phrase(rf"{_SHARE} {_SHARE_OF}"), _share),
    (alone(r"100 percent"), UNCLEAR),
    (alone(_SHARE), _share),
    # "not 100% sure" is about certainty, not days: read and ignored, as before shares.
    (phrase(r"\d{1,3} percent (?:sure|certain|confident)"), NEUTRAL),
    (phrase(r"every few (?:days|nights)"), SEVERAL_DAYS),
    (phrase(r"(\d) weeks(?: straight| solid| in a row)?"), _weeks),
    # --- echoes of the question, and rates per day: read, then ignored ----------------------
    (phrase(rf"(?:(?:in|over|during|for|within|throughout|of) )?(?:the )?(?:last|past|previous"
             rf"|recent|these|this) {_RECALL}"), NEUTRAL),
    # "2 days, maybe, in those two weeks": "those" points back at the window too.
    (phrase(rf"(?:in|over|during|within|out of|of) (?:the |a |those |these )?{_RECALL}"),
     NEUTRAL),
    (phrase(r"(?:\d+|a|1|couple of|couple|few) weeks? ago|how often|every week|each week"
             r"|(?:\d+ times|once|twice|a few times|few times|several times|many times"
             r"|lots of times|a couple (?:of )?times|multiple times|a lot|\d+ or \d+ times)"
             rf" {_PER} day|(?:once|twice) daily"), NEUTRAL),
    # A rate per night ("twice a night", round 9): see the rule for "times a night" below.
    # Round 9 (freq9b): "daily life", "everyday tasks" name ordinary life, not a count; "a
    # rough two weeks" describes the window, not on how many days.
    (phrase(r"(?:daily|everyday|day to day) (?:life|living|tasks?|routines?|activities|chores"
             r"|things|stuff|responsibilities|functioning|duties)"), NEUTRAL),
    (phrase(rf"(?:a|an|the) (?:really |very |pretty )?(?:{_BAD}|busy|stressful|long|horrible"
             rf"|crap|crappy|shit|shitty|difficult) {_RECALL}"), NEUTRAL),
    # --- exactly half (7 of the 14 days) is asked again (policy changed session 4): it is
    # neither clearly "several days" nor "more than half the days", and a clinician would
    # ask. Roughly half ("about half", "a week or so", "around 7 days") is asked again too.
    # A bare "half" or "a week" is no count beside other words ("half the night", "10 drinks
    # a week", "stopped after a week"): asked again all the same.
    (alone(r"(?:(?:exactly|only|just|precisely) )?half"), UNCLEAR),
    (alone(r"(?:(?:exactly|only|just|for|for only|for just) )?(?:a|1) week"), UNCLEAR),
    (phrase(rf"(?:(?:exactly|only|just|precisely) )?(?:{_HALF})"), UNCLEAR),
    (phrase(rf"{_APPROX} (?:{_HALF}|half)|(?:{_HALF}|half) or so|a good half"), UNCLEAR),
    (phrase(r"half|(?:a|1) week"), UNCLEAR),
    # Every other day, and one week of the two, are 7 of the 14 days: exactly half.
    (phrase(r"every (?:other|second) (?:day|night)|alternate (?:days|nights)|on alternate days"
             r"|1 (?:week )?(?:out )?of (?:the )?2(?: weeks)?|(?:a|1) week (?:out )?of (?:the )?2"
             r"(?: weeks)?"), UNCLEAR),
    # "almost a week", "nearly half the days": under half, so several days.
    (phrase(rf"(?:almost|nearly|not quite|just under) (?:(?:a|1) week|{_HALF}|half)"),
     SEVERAL_DAYS),
    (phrase(rf"{_APPROX} (?:a|1) week(?: or so)?|(?:a|1) week or so"
             rf"|{_APPROX} 7(?: or so)? {_UNIT}{_OF14}(?: or so)?|7 or so {_UNIT}{_OF14}"
             rf"|7 {_UNIT}{_OF14} or so|{_APPROX} 7 (?:out of|of) (?:the )?14"), UNCLEAR),
    # A time, not a number of days ("the last week", "the first week"): asked again.
    (phrase(r"(?:the )?(?:last|past|previous|this|first|second|1st|2nd|other|next) week"),
     UNCLEAR),
    # A time outside the two-week recall period (CLINICAL.md section 1: "Over the last 2
    # weeks"): "every day last month but I'm better now", "most days last year", "when I was a
    # teenager, all the time", "daily before I started sertraline" say nothing about the last
    # 2 weeks: asked again.
    (phrase(r"(?:\d+|a|an|a few|few|a couple of|couple of|several|many) (?:months?|years?) ago"
             r"|(?:months|years) ago|(?:last|past|previous) (?:month|year|summer|winter|spring"
             r"|autumn|fall|christmas)|used to|back then|in the past"
             r"|when i was (?:a|an|younger|young|little|small)"
             r"|before i (?:started|began|went on|was on|took|got|had)"
             # Round 12 (freq12a): "every day before the meds": before a treatment began.
             r"|before (?:starting |taking |going on )?(?:the |my )?(?:meds|medication|medicine"
             r"|tablets|pills|antidepressants?|treatment|therapy|sertraline)"
             r"|(?:i am|im) (?:better|fine|ok|okay|good|alright) now"), UNCLEAR),
    # Round 9 (freq9b): a count under a condition on the week ("on my bad weeks, every day",
    # "in a good week never") says nothing of these two weeks: asked again.
    (phrase(r"(?:on|in|during|for) (?:my |the |a |an )?(?:really |very )?(?:bad|good|worse|better"
             r"|worst|best|rough|hard|busy|quiet|stressful|difficult|tough|normal|typical)"
             r" weeks|(?:on|in|during) (?:a|an) (?:really |very )?(?:bad|good|rough|hard|busy"
             r"|quiet|stressful|difficult|tough|normal|typical) week"), UNCLEAR),
    # Round 9 (freq9b): a capacity denied ("not at all hungry", "not at all motivated") is
    # the symptom itself, like "no appetite at all", not a zero: asked again.
    (phrase(r"not at all (?:hungry|rested|refreshed|motivated|interested|energetic|focused"
             r"|hopeful|happy)"), UNCLEAR),
    # Someone else's answer ("my husband says every day but I don't think so") or a question
    # back ("tired all the time because of my newborn, does that count?") is not the patient's
    # answer: asked again.
    (phrase(_OTHERS_SAY + r"|(?:does|would|do|will|should) (?:that|it|this) (?:count|matter"
             r"|apply|include|cover)|(?:are|is) (?:weekends?|nights?|that) (?:included|counted)"
             r"|is (?:that|this) (?:what you mean|relevant|the same)|(?:do|did) you mean"),
     UNCLEAR),
    # Open-ended counts ("a few days, maybe more", "most days, if not every day", "at least a
    # few days") reach into the next option: asked again. "12 days or more" is still 12-14.
    (phrase(r"(?:or|maybe|possibly|perhaps|probably|or even|or maybe|or possibly|or perhaps"
             r"|even|potentially|sometimes|and sometimes) (?:more|longer|less|fewer)"
             r"(?: (?:days|often|than that|times))?|if not"
             r"|(?:or|possibly|or even|or maybe|or possibly) all(?: (?:of )?(?:them|the days"
             r"|days))?|at least (?:several|a few|few|a couple|some)(?: of)?(?: (?:days|times"
             r"|nights))?"), UNCLEAR),
    (phrase(rf"(\d{{1,3}}) (?:{_UNIT}{_OF14} )?or (?:even )?more(?: {_UNIT})?"), _at_least),
    # A trailing "no" ("todos los días no", "every day no") may take the answer back: asked
    # again.
    (r"(?<=\w) (?:no|nao|non|nein|nee|niet|nicht|pas)$", UNCLEAR),
    # "I don't know why" is about the reason, not the number of days.
    (phrase(r"(?:i )?(?:do not|dont) know (?:why|how|what to do)|not sure why|no idea why"),
     NEUTRAL),
    # ... but "I don't know how to count it" / "how many" is about the answer itself.
    (phrase(r"(?:i )?(?:do not|dont) know how (?:to (?:count|answer|say|put|rate|score|measure"
             r"|describe)|many|often|much)"), UNCLEAR),
    # "At least half" / "at least a week" include exactly half (7 of 14), which is asked
    # again, so they are asked again too (policy changed session 4: "at least half: asked
    # again"); before, they were read as the label "more than half".
    (phrase(r"(?:at least|no less than|not less than|a minimum of) (?:half(?: (?:of )?(?:the )?"
             r"(?:time|days|nights|2 weeks))?|(?:a|1) week)"), UNCLEAR),
    (phrase(r"so often|too often|more often|less often|as often as"
             r"|worse than others"
             r"|better than others|good days and bad days|ups and downs"),
     UNCLEAR),
    # --- replies whose words are not a count of the last 2 weeks (session 4) ---------------
    # "like always", "as usual", "the same as always" compare with normal life: "always" there
    # is no frequency, so read and ignored.
    (phrase(r"(?:just )?(?:like|as) (?:i|it|they|we|you) (?:always|usually|normally|ever)"
             r"(?: (?:do|does|did|have|has|am|is|would))?"
             r"|(?:just )?(?:like|as) (?:always|usual|ever|normal)|(?:about |much |pretty much )?"
             r"the same as (?:always|usual|ever|normal)"), NEUTRAL),
    # The patient says the words do not fit ("never and always at the same time if that
    # makes sense"): asked again.
    (phrase(r"if (?:that|it|this) makes (?:any )?sense|(?:does|do) (?:that|it|this) make sense"),
     UNCLEAR),
    # "never and always", "every day and never": the answer contradicts itself. ("never" is
    # a zero only on its own, so without this the other word alone would be read.)
    (phrase(r"(?:never|not at all|none) (?:and|or|but|yet|plus)(?: also)? (?:always|every day"
             r"|all the time|daily|constantly)|(?:always|every day|all the time|daily|constantly)"
             r" (?:and|or|but|yet|plus)(?: also)? (?:never|not at all|none)"), UNCLEAR),
    # A change within the window ("now and then but lately way more"): two rates, asked again.
    (phrase(r"(?:lately|recently|these days|this week|now) (?:way |much |a lot |far )?more"
             r"(?: often)?|(?:way|much|a lot|far) more (?:often )?(?:lately|recently|these days"
             r"|now|this week)"), UNCLEAR),
    # Another time than the last 2 weeks: "before my surgery it was every day", "in the
    # winter months, most days" (a season is longer than the window).
    (phrase(r"(?:before|after|until) (?:my|the|i|his|her) (?:\w+ ){1,3}(?:, )?(?:it|i|that"
             r"|this) (?:was|were|used|had|would)"
             r"|(?:in|during|over|through) (?:the )?(?:winter|summer|spring|autumn|fall)"
             r"(?: months| time)?|in (?:wintertime|summertime)"), UNCLEAR),
    # "I was in hospital for most of it": a share of the window spent elsewhere, not a count
    # of days with the symptom.
    (phrase(r"(?:in (?:the )?hospital|away|on holiday|on vacation|travelling|traveling|abroad"
             r"|off work|off sick) for (?:most|all|half|much|the bulk|part|some) of (?:it|them"
             r"|the time|the 2 weeks|that time)"), UNCLEAR),
    # --- more everyday wordings (session 4) ------------------------------------------------
    # Firm zeros in idiom: "not in the slightest", "not a jot", "no worries to speak of",
    # "I'd have to say no", "pleased to say no", "can't say I have", "not something I've had
    # to deal with", "I haven't had any trouble with that", "it's not been a problem".
    (phrase(r"not (?:in )?the (?:slightest|least)|not (?:1|a) (?:jot|whit|iota)"
             r"|not 1 (?:single )?bit|not remotely|(?:no|not any) \w+ to speak of"
             r"|nothing to speak of"
             r"|(?:id|i would|i have to|id have to|i would have to|i must|i can|i will|ill"
             r"|(?:im|i am) (?:pleased|happy|glad|relieved|proud) to)"
             r"(?: (?:honestly|truthfully|safely|truly|definitely))? say no(?= ,|$)"
             r"|can not (?:honestly |truthfully |really )?say (?:that )?(?:i|it|that|this)"
             # Only as the whole clause: "I can't say I have a good day" is the symptom.
             r" (?:have|had|did|do|has|does)(?: , no)?(?= ,|$)"
             r"|not something (?:i have|ive|i) (?:had(?: to deal with)?|experienced|struggled with"
             r"|dealt with|suffered (?:from|with)|noticed)"
             r"|(?:have|has|had|did) not (?:had|have|noticed) any (?:trouble|problems?|issues?"
             r"|difficulty|bother)(?: (?:with (?:it|that|this)|at all))?"
             r"|not been (?:a problem|an issue)(?: (?:for|to) me)?(?: at all)?"
             # "my appetite's been totally normal": nothing to report. Only with the intensifier:
             # a plain "been ok" is often qualified ("been ok mostly").
             r"|been (?:totally|completely|perfectly|absolutely|entirely) (?:normal|fine|ok"
             r"|okay)"), NOT_AT_ALL),
    # "I can't remember a day when I didn't feel like that": every day, in a double negative.
    (phrase(r"(?:can not|could not|do not) (?:remember|recall|think of) a (?:single )?day"
             r"(?: (?:when|that|where))? (?:i|it|this|that) (?:did|was|have|has|had) not"),
     NEARLY_EVERY_DAY),
    # "apart from maybe one or two days, every day": a small exception first, then every day
    # (at least 12 of the 14 days).
    (phrase(r"(?:apart from|except(?: for)?|other than|bar|besides) (?:maybe |perhaps |about"
             r" |like )?(?:1|a|1 or 2|a day or 2|a couple(?: of)?|2)(?: days?| nights?)? , (?:every"
             r" (?:single )?day|everyday|daily|every night|all the time)"), NEARLY_EVERY_DAY),
    # "every day, sometimes all day", "constantly once it starts": how long within a day, not
    # how many days: read and ignored.
    (phrase(r"(?:sometimes|often|even|occasionally) (?:all day|all night|the whole day"
             r"|the whole night|for hours)(?: long)?|(?:constantly|all day|non ?stop|for hours)"
             r" once (?:it|they|i) (?:starts?|begins?|gets? going|get started)"), NEUTRAL),
    # "more than half, but less than every day": an upper bound that the count already
    # respects; alone it names no count (asked again).
    (phrase(r"(?:less than|not quite|short of) (?:every day|daily|all the time|every night)"),
     NEUTRAL),
    # "can't focus most of the days": the "not" belongs to the symptom, not to the count.
    # Only before a count that cannot be read as "not every": "couldn't sleep every night" is
    # either every night or not every night, and stays negated (asked again).
    (phrase(r"(?:can|could) not (?:focus|concentrate|sleep|relax|settle|switch off|eat|think"
             r"|cope|get (?:up|out of bed|to sleep)|stop (?:worrying|thinking))"
             r"(?= (?:on )?(?:most|many|several|a few|a couple|some|the majority)\b)"), NEUTRAL),
    # "I've been fine most days", "most days were ok": the count is of the days without the
    # symptom, which leaves the days with it open (none or several): asked again.
    (phrase(r"(?:fine|ok|okay|good|alright|all right|normal|great|better) (?:on )?(?:most|many"
             r"|nearly all|almost all|the majority of)(?: of)?(?: the)? (?:days|time|nights)"
             r"|(?:most|many) (?:of the )?(?:days|nights) (?:i have been|ive been|i am|im|i feel"
             r"|i felt|have been|were|are|was) (?:fine|ok|okay|good|alright|all right|normal"
             r"|great|better)"), UNCLEAR),
    # "every day since Friday": a count over part of the window only, so asked again.
    (phrase(rf"since (?:last |this )?(?:{_WEEKDAY}|yesterday|the weekend|last week|this week"
             r"|(?:a few|a couple of|\d+|a) (?:days?|weeks?) ago)"), UNCLEAR),
    # "weekdays basically, weekends are ok": the days without the symptom, not a count.
    (phrase(r"(?:the |at )?weekends? (?:are|is|were|was|have been|has been) (?:ok|okay|fine|good"
             r"|alright|all right|better)"), _days_fine),
    # Round 12 (freq12c): "the weekends are a bit better" says how bad, not on how many days:
    # a count beside it decides, a zero beside it stays asked again (the symptom is there).
    (phrase(r"(?:the |at )?weekends? (?:are|is|were|was|have been|has been) (?:a bit|a little"
             r"(?: bit)?|a lot|much|slightly|somewhat) (?:better|easier|calmer)"), _SOME_DAYS),
    # "the weekend before last, both days": the two days of one weekend.
    (phrase(r"(?:the )?weekend(?: before last| last| just gone)? , both days"), SEVERAL_DAYS),
    # Named weekdays ("only on Sunday evenings", "on Tuesday and maybe last Friday"): n days
    # named are n to 2n of the 14 (once, or every week), read when that range is one option;
    # "Monday to Friday" is the 10 weekdays. "since Monday" is no count.
    (phrase(rf"(?<!since )(?<!from )(?<!until )(?<!till )(?<!after )(?<!before )"
             rf"{_NOT_SPAN_END}"
             rf"(?<!bar )(?<!but )(?<!except )(?<!for )(?<!not )(?<!than )"
             rf"{_WEEKDAY}(?:(?: ,| and| or| &)+ (?:maybe |also |possibly )?(?:on )?"
             rf"(?:last |this )?{_WEEKDAY})*"), _weekdays),
    (phrase(rf"(?:(?:last|this) )?(?:from )?{_WEEKDAY} (?:to|through|thru|till|until) {_WEEKDAY}"),
     _weekday_range),
    # --- vague quantifiers: each straddles two options, so it is asked again (never guessed)
    # unless a count or label in the same reply falls inside its range ("sometimes, about 3
    # days" is several days; "rarely, but lately every day" is asked again).
    (phrase(r"(?:almost|nearly|virtually|practically) never|hardly ever|barely ever|rarely"
             r"|very rarely|seldom|hardly at all|barely at all|hardly any(?: days| time| nights)?"
             r"|barely any(?: days| time| nights)?|not (?:very |that |too |so |all that )?"
             r"(?:often|frequently)|not much|not a lot|not many(?: days| times| nights)?"
             r"|not really|never really|infrequently|few and far between|once in a blue moon"
             r"|not been (?:very |that |too )?(?:often|frequent)"),
     _vague(NOT_AT_ALL, SEVERAL_DAYS)),
    (alone(r"hardly|barely|not loads|not lots"), _vague(NOT_AT_ALL, SEVERAL_DAYS)),
    # "(every) now and then": dev writers split between "several days" and "vague, like
    # sometimes" (session 4); a re-ask costs a turn, a wrong option a score, so asked again.
    # "from time to time" and its translations too (round 9: the writers split the same way).
    (phrase(r"some times|sometimes|some of the (?:time|days|nights)|on and off|off and on"
             r"|(?:every )?now and (?:then|again)|from time to time"
             r"|at times|a bit|a little(?: bit)?|a fair bit|a fair amount|partly|in between"),
     _vague(SEVERAL_DAYS, MORE_THAN_HALF)),
    (alone(r"some|sometimes yes|yes sometimes|yeah sometimes"),
     _vague(SEVERAL_DAYS, MORE_THAN_HALF)),
    (phrase(r"(?:quite |fairly |pretty |rather |reasonably |very |really |super )?(?:often"
             r"|frequently)|(?:a lot|lots|loads|plenty|much) of (?:the )?(?:time|days|nights)"
             r"|quite a lot|quite a bit|a lot|lots|loads|a great deal|a good deal|heaps"
             r"|tons|plenty"), _vague(MORE_THAN_HALF, NEARLY_EVERY_DAY)),
    # "quite a few (days)" may be 4 or 9: vague, so "quite a few, over half for sure" reads.
    (phrase(r"(?:a good|quite a) few(?: days| times| nights)?"),
     _vague(SEVERAL_DAYS, MORE_THAN_HALF)),
    (phrase(r"regularly|on a regular basis"), _vague(SEVERAL_DAYS, MORE_THAN_HALF,
                                                    NEARLY_EVERY_DAY)),
    # --- not_at_all -------------------------------------------------------------------------
    (phrase(r"not at all|none at all|not (?:even )?once|never once|never ever|not ever"
             r"|not (?:even )?(?:a|1)(?: single)? (?:day|time|night)|no (?:days|nights)"
             r"|none of (?:the )?(?:days|time|nights|them)"
             rf"|not (?:once )?(?:in|during|over|for) (?:the )?(?:last|past) {_RECALL}"
             r"|(?:has|have|had|did|does|do) not (?:bothered|troubled|affected|happened|happen"
             r"|occurred|been (?:a problem|an issue|bothered|troubled))(?: (?:me|to me|for me))?"
             r"(?: at all)?"
             r"|not (?:been )?(?:bothered|troubled)(?: (?:me|by (?:it|that|this)))?(?: at all)?"
             r"|not (?:had|felt|experienced|noticed) (?:like )?(?:it|that|this|any of (?:it|that"
             r"|those))(?: way)?"
             r"(?: at all| even once| once| whatsoever)?|not (?:a problem|an issue)(?: at all)?"
             r"|no (?:problems?|issues?|trouble|bother|difficulty)"
             r"(?: (?:at all|with (?:it|that|this)))?"
             r"|not happened"
             r"|none whatsoever|not at all whatsoever"),
     NOT_AT_ALL),
    (alone(r"(?:(?:no|nope|nah) )?(?:i )?(?:have |had |did |ive )?never"
            r"(?: (?:had|felt|experienced|noticed|get|got) (?:it|that|this|those|them"
            r"|any of (?:it|that|those|them)))?(?: (?:ever|once|at all))?"
            r"|never happened|never been (?:a problem|an issue|bothered)"
            r"|(?:i )?(?:have )?never (?:had|felt|experienced|noticed) (?:it|that|this)"
            r" (?:problem|issue|feeling)"
            r"|(?:definitely|absolutely|certainly) not"
            r"|none|0|(?:i )?(?:have|had|did) not"
            # Emphatic zeros in slang (session 4).
            r"|zilch|zip|nil|nowt|not a sausage|(?:absolutely|definitely|certainly) never"
            r"|no way|not a chance|no chance"
            # "not a single one", "not even one"; "negative" and "no sir" in chat.
            r"|not (?:even )?(?:a single |1 single )?1|negative|no sir(?:ree)?"), NOT_AT_ALL),
    (r"(?:^|(?<=, ))" + PRE_FILLER + r"(?:no|nope|nah|nay)(?= ,|$| (?:never|not|none"
     r"|i (?:have|had|did|do|am|was|has) not|(?:that|it|this) (?:has|had|is|was|did|does) not"
     r"|thanks?|thank you|sorry|mate"
     # A form of address ("no my dear, ..."): only before a break, "no love for anything" is
     # the symptom.
     r"|(?:my dear|dear|love|doc|doctor)(?= ,|$)"
     r"|(?:i have|ive|i am|im) (?:been )?(?:(?:quite|pretty|perfectly|really|totally) )?(?:fine"
     r"|ok|okay|good|great|alright|all right|(?:content|calm|settled|happy)(?= ,|$))"
     # "no I eat normally", "no, I sleep fine": the topic's verb said to be as usual.
     r"|i (?!(?:do|did|am|was|have|had|can|could)\b)\w+ (?:normally|fine|well|ok|okay"
     r"|as (?:normal|usual))"
     # "No. Fine." (said as one phrase): a flat no and that all is well ("no good" is not).
     r"|(?:all )?fine$|all good$"
     # "no, I'm eating normally", "nah, appetite's totally normal", "no, I've enjoyed things as
     # normal": a flat no and the topic said to be as usual.
     r"|(?:(?:i have|ive|i am|im)(?: been)? )?\w+ing (?:normally|fine|well|as (?:normal|usual)"
     r"|just as (?:i|it) (?:always|usually|normally))"
     r"|(?:i have|ive|i) \w+ed (?:things|it|them|everything) as (?:normal|usual|always)"
     # The topic is a noun, not a word that qualifies the state ("no, not great", "no,
     # mostly fine", "nah pretty good" are no firm zero).
     r"|(?:my )?(?!(?:not|never|no|mostly|usually|generally|largely|pretty|quite|fairly|kind|sort"
     r"|reasonably|sometimes|often|some|most|all|very|so|too|really)\b)\w+(?: s| is| has been"
     r"| have been)? (?:totally |completely |perfectly |absolutely |just )?(?:fine|normal|good"
     r"|great|alright|all right|ok|okay)(?: ,|$| (?:these|this|the last|the past|over the|in the)"
     r"\b))\b)", NOT_AT_ALL),
    # "never have", "never did": the zero said the other way round.
    (alone(r"(?:(?:no|nope|nah) (?:, )?)?never (?:have|had|did|do|has)(?: (?:no|not))?"),
     NOT_AT_ALL),
    # "all of them (really)": every one of the 14 days.
    (phrase(r"all of (?:them|the days)(?: really)?"), NEARLY_EVERY_DAY),
    # "nothing like that", "all good on that front": the patient has had none of it.
    (alone(r"nothing(?: (?:like (?:that|this)|of the (?:sort|kind)|of that (?:sort|kind)))?"
            rf"(?: (?:lately|recently|at all|(?:in|over|during) (?:the )?(?:last|past) {_RECALL}))?"
            r"|all good(?: (?:on that front|there|with that"
            r"|on that score))?"), NOT_AT_ALL),
    # "for once" is "for a change", not one occurrence.
    (phrase(r"for once"), NEUTRAL),
    # --- several_days -----------------------------------------------------------------------
    # A few occurrences, clearly fewer than half of the 14 days: several days.
    # "a few bad days": a word for how the days were does not change their number. Only
    # words for days with the symptom; "a few good days" counts the days without it.
    (phrase(rf"(?:several|(?:a )?few|(?:a )?couple(?: of)?|some) {_BAD} (?:days|nights|times"
             r"|ones)"),
     SEVERAL_DAYS),
    (phrase(r"several (?:days|times|nights|mornings|evenings|occasions)"
             r"|(?:a )?few (?:days|times|nights|mornings|evenings|afternoons|occasions)"
             r"|(?:a )?couple(?: of)? (?:days|times|nights|mornings|evenings|afternoons"
             r"|occasions)|some (?:days|nights|mornings)"
             r"|occasionally|occasional|on occasion"
             r"|every so often|(?:every )?once in a while|here and there"
             r"|once or twice|1 or 2 times|(?<!at )once|twice|a day or 2|a day or so"
             r"|(?:on )?the odd (?:day|time|night|occasion|morning|evening|afternoon|week)"
             # "the odd bad night": a word for how the night was does not change the count.
             rf"|(?:on )?the odd {_BAD} (?:day|night|morning|evening|afternoon|week)"
             r"|sporadically|sporadic"
             r"|a handful of (?:days|times|nights)|a small number of (?:days|times)"
             r"|less than half(?: (?:of )?(?:the )?(?:time|days|nights))?"
             # Round 10 (freq10): "under half the days", "below half": less than half.
             r"|(?:just |well |a bit |a little )?(?:under|below) half(?: (?:of )?(?:the )?"
             r"(?:time|days|nights))?"
             r"|fewer than half|less than (?:a|1) week|half a week"
             # Round 9 (freq9b): "under a week", "a few odd days".
             r"|under (?:a|1) week|(?:a )?(?:few|couple(?: of)?) odd (?:days|nights|times)"
             r"|(?:only )?(?:on )?(?:the )?weekends?"), SEVERAL_DAYS),
    # Weekends left out ("most days apart from the weekend"): at most the 10 weekdays of the
    # 14, so not nearly every day, and not none; the count beside it decides. Alone it says
    # no number (asked again).
    (phrase(r"(?:apart from|except(?: for)?|other than|but not(?: on)?|besides|excluding"
             r"|not on) (?:on |at )?(?:the )?weekends?"), _vague(SEVERAL_DAYS, MORE_THAN_HALF)),
    (alone(rf"{_HEDGE_FILLER}(?:several|(?:a )?few|(?:a )?couple|a (?:single )?(?:day|time)"
            r"|a handful)"),
     SEVERAL_DAYS),
    # --- more_than_half ---------------------------------------------------------------------
    (phrase(r"more than half(?: (?:of )?(?:the )?(?:days|time|nights|2 weeks|of them|of it))?"
             r"|(?:over|above) half(?: (?:of )?(?:the )?(?:days|time|nights))?"
             r"|more than 50(?: percent)?|(?:most|the bulk) (?:of )?(?:the )?(?:days|nights"
             r"|mornings|evenings|afternoons|time|week|2 weeks|fortnight)"
             r"|(?:most|the bulk) of (?:it|them)"
             rf"|(?:most|the bulk) of (?:the )?(?:last|past) {_RECALL}"
             r"|more often than (?:it is |its )?not|more days than not|more than not"
             r"|(?:the )?lions share(?: of (?:the )?(?:days|time|nights|it|them))?"
             r"|(?:the )?bad (?:days|ones) (?:outnumber|outweigh) the good(?: (?:days|ones))?"
             r"|more bad days than good(?: (?:days|ones))?"
             r"|(?:the )?majority(?: of (?:the )?(?:days|time|nights))?"
             r"|(?:more than|over|above) (?:a|1) week|(?:a|1) week and a half"
             r"|1 and a half weeks|the better part of (?:the )?(?:2 weeks|fortnight)"
             r"|(?:on |every )?(?:weekdays|weekday|work ?days|working days?)"), MORE_THAN_HALF),
    # Round 9 (freq9b): "weekdays yes, weekends no": the 10 weekdays.
    (phrase(r"(?:on )?weekdays? (?:yes|yeah)(?: ,)? (?:but )?(?:not )?(?:on )?(?:the )?"
             r"weekends?(?: no| not)?"), MORE_THAN_HALF),
    (alone(rf"{_HEDGE_FILLER}most"), MORE_THAN_HALF),
    # "usually"/"mostly" say most days only as the answer itself ("usually, yeah"). Beside
    # other words they qualify something else: "at night mostly" (time of day), "mostly fine"
    # (most days without it), "mostly around my exams": no count, read and ignored.
    (alone(rf"(?:(?:yes|yeah|yep) )?{_HEDGE_FILLER}(?:usually|mostly)(?: (?:yes|yeah|yep))?"),
     MORE_THAN_HALF),
    (phrase(r"usually|mostly"), NEUTRAL),
    # ... except right beside "every day": "mostly every day" may be most days or nearly all.
    (phrase(r"(?:mostly|usually) (?:(?:every|each) (?:day|night)|everyday|daily|nightly"
             r"|always|all the time)|(?:(?:every|each) (?:day|night)|everyday|daily|nightly"
             r"|always|all the time) (?:mostly|usually)"), UNCLEAR),
    # --- nearly_every_day -------------------------------------------------------------------
    # "daily, sometimes twice": the extra is per day, so the days stay every day.
    (phrase(r"(?:daily|every day|everyday|each day)(?: ,)? (?:and )?(?:sometimes|often|even)"
             r" (?:twice|\d+ times|more than once|several times|many times|a few times"
             r"|multiple times)(?: (?:a|per) day)?"),
     NEARLY_EVERY_DAY),
    (phrase(rf"(?:(?:nearly|almost|practically|virtually|pretty much|just about|basically"
             rf"|more or less|most) )?(?:every(?: single)? {_DAY}|everyday|each(?: and every)?"
             rf" {_DAY}|daily|nightly)"
             r"|day in(?: ,)?(?: and)? day out|day after day|night after night"
             r"|(?:(?:almost|nearly|pretty much|practically|virtually) )?(?:all (?:of )?the time"
             r"|always|constantly|constant|continuously|continually|non ?stop)"
             r"|every waking (?:moment|hour|minute)|(?:a)?round the clock"
             r"|(?:the )?(?:whole|entire|full) (?:time"
             r"|2 weeks|fortnight|period)|all fortnight|(?:a|the) fortnight (?:solid|straight)"
             r"|all (?:2 weeks|fortnight|(?:of )?the days|days|the 2 weeks)"
             r"|both weeks|(?:almost|nearly) all (?:(?:of )?the )?(?:days|time|nights)"
             r"|(?:almost|nearly|basically|pretty much|practically|virtually|just about|literally)"
             r" all of (?:them|it)"
             r"|not a (?:single )?day (?:goes by|passes)"
             r"|there (?:has|is|was) not been a (?:single )?day"
             r"|(?:never|not) a day without"), NEARLY_EVERY_DAY),
    # --- the labels themselves --------------------------------------------------------------
    (phrase(r"several days"), SEVERAL_DAYS),
    (phrase(r"nearly every day"), NEARLY_EVERY_DAY),
    # --- classes of reply found on two blind dev sets (round 4) ----------------------------
    # No day free of it ("not one day off", "no day off from it", "haven't had a single day
    # without it", "not been a day free of it"): a negated break is every day, not a zero.
    (phrase(r"(?:not|no|never|without)(?: (?:been|had|having|even|literally|really))*"
             r" (?:a |1 |one )?(?:single )?(?:day|night)s? (?:off|free|of peace|of rest|peace|rest"
             r"|break|respite"
             r"|without (?:it|that|this|them|feeling (?:like )?(?:it|that|this)))"),
     NEARLY_EVERY_DAY),
    (phrase(r"no (?:break|respite|let up|letup) from (?:it|that|this)"), NEARLY_EVERY_DAY),
    # "I've not had a single good day", "not one decent night": no day without the symptom.
    (phrase(r"(?:not|no|never)(?: (?:had|been|even|having))* (?:a |1 )?(?:single )?(?:good"
             r"|decent|normal|ok|okay|nice|symptom free) (?:day|night)"), NEARLY_EVERY_DAY),
    # "can't remember the last day I didn't": the same double negative as "a day when".
    (phrase(r"(?:can not|could not|do not) (?:remember|recall|think of) the last (?:day|time)"
             r"(?: (?:when|that|where))? (?:i|it|this|that) (?:did|was|have|has|had) not"),
     NEARLY_EVERY_DAY),
    # "can't think of a single day", "I can't remember one time it happened": no day comes to
    # mind, a zero (the longer "...a day when I didn't" above is the double negative).
    (phrase(r"(?:none|not 1|nothing|no days?) (?:that )?i (?:can|could) (?:think of|remember"
             r"|recall|name)"), NOT_AT_ALL),
    (phrase(r"(?:can not|could not) (?:think of|remember|recall|name|pick out|point to) (?:a|1"
             r"|any)(?: single)?"
             r" (?:day|time|night|occasion)s?(?: (?:when|where|that) (?:it|that|this) (?:happened"
             r"|was a problem|bothered me))?(?= ,|$)"), NOT_AT_ALL),
    # A nominal no: "that's a no from me", "a hard no", "big no".
    (phrase(r"(?:(?:that|it) (?:is|s) |thats |its )?a (?:hard |firm |definite |big |clear )?no"
             r"(?: from me)?(?= ,|$)"), NOT_AT_ALL),
    # "no worries on that front", "no concerns there": the topic named with a flat no.
    (phrase(r"no (?:worries|concerns|complaints)(?: (?:on that (?:front|score)|there|about (?:it"
             r"|that|this)(?: 1)?|at all|with (?:it|that|this)))?"), NOT_AT_ALL),
    # "thankfully not", "fortunately none": relief at a firm zero, not a hedge.
    (phrase(r"(?:thankfully|fortunately|luckily|happily|gladly|thank god|thank goodness)"
             r" (?:not|no|never|none)"), NOT_AT_ALL),
    # "none thank god", "never, luckily": a zero followed by relief.
    (alone(r"(?:none|never|no|nope|nah) (?:thankfully|fortunately|luckily|thank god"
            r"|thank goodness|thank heavens)"), NOT_AT_ALL),
    # "I don't struggle with that", "doesn't suffer from it": a firm denial of the topic.
    (phrase(r"(?:do|does|did|have|has) not (?:struggle|suffer|have (?:any )?(?:trouble"
             r"|problems?|issues?|difficulty))(?: (?:with|from)(?: (?:it|that|this))?)?"),
     NOT_AT_ALL),
    # "never had thoughts like that", "never had that happen", "never felt anything like it".
    (phrase(r"never (?:had|felt|experienced|noticed|had thoughts|thought)(?: \w+){0,2}?"
             r" (?:like (?:that|this|it)|that way|anything like (?:that|this|it))"
             r"|never (?:had|has) (?:that|this|it) (?:happen|happened|come up)"), NOT_AT_ALL),
    (alone(r"nothing (?:like (?:that|this) )?(?:going on|happening|to report)"), NOT_AT_ALL),
    # "not even a little bit": the emphatic form of "not at all" ("not a little" alone is
    # ironic, so only with "even").
    (phrase(r"not even a (?:little |tiny )?(?:bit|little)"), NOT_AT_ALL),
    # "not me": the question does not describe the patient.
    (alone(r"(?:(?:no|nope|nah) (?:, )?)?(?:that is |thats |that s )?not me(?: at all)?"),
     NOT_AT_ALL),
    # "a day here, a day there": like "here and there", a scattering of days.
    (phrase(r"(?:a|1|the odd) (?:day|night) here(?: ,| and| or)? (?:a|1|the odd|and a|or)"
             r"(?: (?:day|night))?"
             r" there"), SEVERAL_DAYS),
    # "more often than I'd like", "more days than I'd care to admit": feeling about the count,
    # no count itself.
    (phrase(r"(?:more|less) (?:often |days |times )?than (?:i would|id|i d|i had|i want|i care"
             r" to admit|id care to admit|i would care to admit)(?: like| hoped| wanted| want)?"),
     NEUTRAL),
    # "more days than it wasn't", "more days than I didn't": more days with it than without.
    (phrase(r"more (?:days|often) than (?:it|i) (?:was|did|has|had|have) not"), MORE_THAN_HALF),
    # "every day is the same (since I retired)" says nothing about the symptom.
    (phrase(r"(?:every|each) day (?:is|was|feels) (?:the same|much the same|different)"),
     NEUTRAL),
    # "7-8 hours every night": how long the patient sleeps, not how many nights.
    (phrase(rf"(?:\d{{1,2}}|\d{{1,2}} to \d{{1,2}}|{_ABOUT} \d{{1,2}}) hours? (?:a|per|every|each)"
             r" (?:night|day)"), NEUTRAL),
    # "I had a bad patch at the weekend, otherwise no": the rest of the days are the zero,
    # so the trailing "no" does not take the answer back.
    (phrase(r"otherwise (?:no|not|none|nothing|never|fine|ok|okay|good)"), NEUTRAL),
    # An event on a weekday ("my dog died on Tuesday", "started a new job on Monday") is a
    # date, not a day with the symptom: asked again.
    (phrase(rf"(?:died|passed away|passed|was born|got married|broke up|split up|got fired"
             rf"|was fired|lost my job|was diagnosed|started|began|happened|moved)"
             rf"(?: (?:on|last|this))* {_WEEKDAY}"), UNCLEAR),
    # Another time, told as a past state: "when I was pregnant, constantly", "when I was at
    # uni, all the time", "back when I worked nights".
    (phrase(r"when i (?:was|lived|worked|studied|had my|used)|back when|back in (?:the day"
             r"|\d+)"), UNCLEAR),
    # A change inside the window: "fine until Thursday, since then constantly". ("every day
    # since the breakup" is read: dev writers take the event as the background of the window.)
    (phrase(rf"since then|from then on|(?:up )?until i (?:started|began|went on|got|took"
             rf"|changed|switched|stopped)|(?:up )?(?:until|till) (?:last |this )?"
             rf"(?:{_WEEKDAY}|yesterday|last week|this week|recently|a few days ago)"), UNCLEAR),
    # Every day but a few named days: "mostly, apart from 3 or 4 days", "daily, except maybe
    # 1 day" are 14 minus the days left out.
    # Round 13 (freq13c): also after "every night" ("every night except like 2"), and after
    # "but" when only the number follows ("every day but 3").
    (phrase(rf"(?:mostly|daily|every day|everyday|each day|all the time|always|usually|most days"
             r"|nearly every day|almost every day|(?:generally|mostly|usually) (?:yes|yeah)"
             r"|(?:nearly |almost )?every night|each night|most nights"
             r"|nearly all (?:of )?(?:the )?days|almost all (?:of )?(?:the )?days)(?: ,)?"
             r" (?:apart from|except(?: for)?|other than"
             rf"|but(?= (?:{_APPROX} )?\d{{1,2}}(?: (?:or|to) \d{{1,2}})?(?: days?| nights?)?"
             rf"(?: ,|$))"
             rf"|bar|besides|save for|excluding) (?:{_APPROX} )?(?P<n>\d{{1,2}})(?: (?:or|to)"
             rf" (?P<m>\d{{1,2}}))?(?: days?| nights?| {_WEEKDAY})?"
             # Round 9 (freq9b): "all but 3 days", "every day except the 4 days I was away".
             # More than 4 left out of "all" stays asked again ("all but 5 days", session 1).
             rf"|all but (?:{_APPROX} )?(?P<n2>[1-4])(?: (?:or|to) (?P<m2>[1-4]))?"
             r" (?:days|nights)"
             r"|(?:every day|daily|each day|every night) (?:apart from|except(?: for)?|other than"
             r"|bar|besides|excluding) the (?P<n3>\d{1,2}) (?:days|nights)"), _all_but),
    # Days left out without an "every day" before them ("yes, apart from 2 days"): the count
    # is of the exceptions, never the answer itself; asked again unless the rule above reads.
    (phrase(rf"(?:apart from|except(?: for)?|other than|bar|besides|save for|excluding)"
             rf" (?:{_APPROX} )?\d{{1,2}}(?: (?:or|to) \d{{1,2}})?(?: days?| nights?)?"), UNCLEAR),
    # Counts of the good days: "1 decent day, the rest were awful", "maybe 1 good day a
    # fortnight" leave 14 minus them with the symptom.
    (phrase(rf"(?:{_APPROX} |only |just )?(?P<n>\d{{1,2}})(?: (?:or|to) (?P<m>\d{{1,2}}))?"
             r" (?:good|decent|ok|okay|fine|normal|better|free|nice|clear) (?:days?|nights?)"
             # The window, the bad rest, or both ("5 decent days out of 14, the rest rough").
             r"(?:(?: (?:a|per|in a|in the|every|out of the|of the|over the|in these|out of|of)"
             r"(?: last| past)? (?:fortnight|2 weeks|14 days|14))(?: , (?:the rest|all the (?:rest"
             r"|others)|every other day|otherwise)(?: (?:were|was|have been|has been|are))?"
             r" (?:awful|bad|terrible|rough|hard|low|dreadful|horrible|grim|rubbish))?"
             r"| , (?:the rest|all the (?:rest|others)|every other day|otherwise)"
             r"(?: (?:were|was|have been|has been|are))?"
             # The bad word is needed: "3 good days, the rest fine" says no count.
             r" (?:awful|bad|terrible|rough|hard|low|dreadful|horrible|grim|rubbish)"
             # "the rest I couldn't concentrate": the symptom on the rest.
             r"| , (?:the rest|all the (?:rest|others)|otherwise) (?:i )?(?:could not|can not"
             r"|did not|was not able to) (?:concentrate|sleep|focus|eat|cope|function|relax"
             r"|settle|switch off|get up|get out of bed))"),
     _all_but),
    # "the rest weren't great either", "both of us": "either" and "both" here are no choice
    # between options.
    (phrase(r"not (?:\w+ ){1,2}either|both of (?:us|them|you|my \w+)"), NEUTRAL),
    # "only the days I had exams, so 3", "more days than I'd like, say 9": a count at the end,
    # after the days were talked about.
    # "Not many days. Perhaps 2.": an estimate at the end reads like "say 9" (about 2).
    (r"(?<=, )(?:so|say|call it|perhaps|maybe|probably|about|around|roughly|like)"
     r"(?: (?:about|around|maybe|roughly))? (\d{1,2})(?: or so)?"
     r"(?P<week> (?:a|per|each|every) week)?$", _tail_count),
    # A count in each of the two weeks: "every day this week and last week", "twice both weeks".
    (phrase(rf"{_WEEK_COUNT} (?:this week and last(?: week)?|last week and this(?: week)?"
             r"|(?:in )?both weeks|each week|every week)"), _both_weeks),
    # An activity done last week is evidence, not a count: "concentration is fine, I read a
    # whole novel last week". Only doing-verbs ("had/felt a few bad days last week" stays a
    # count over part of the window, asked again).
    (phrase(r"(?:i |we )?(?:read|finished|went|ran|played|watched|saw|visited|completed"
             r"|climbed|walked|cooked|painted|wrote|built|hiked|swam|cycled)(?: \w+){0,5}?"
             r" (?:last|this) week"), NEUTRAL),
    # "without any trouble", "with no bother": the task went fine.
    (phrase(r"without (?:any )?(?:trouble|problems?|bother|difficulty|issues?)"), NOT_AT_ALL),
    # A retraction after the answer: "every day. Or maybe not." Asked again.
    (phrase(r"or (?:maybe |perhaps |possibly )?not|or then again|then again"), UNCLEAR),
    # --- classes of reply found on the blind dev sets dev6/dev7 (round 5) ------------------
    # A lifelong trait ("I've always been a worrier", "always been like that, it's my
    # personality") is no count of the last 2 weeks: asked again.
    (phrase(r"(?:(?:i have|ive|i|has|have|had|its|it is) )?always (?:been|had|done|felt"
             r"|struggled)"
             r"(?: (?:a|an|like|that|this|the)\b)?"), UNCLEAR),
    # Away, in hospital, abroad for (most of) the window itself: no count of the symptom.
    (phrase(rf"(?:in (?:the )?hospital|away|on holiday|on vacation|travelling|traveling|abroad"
             rf"|off work|off sick) for (?:(?:most|all|half|much|the bulk|part|some) of )?"
             rf"(?:the )?(?:last |past )?{_RECALL}"), UNCLEAR),
    # Months and holidays name a time that is not the last 2 weeks ("from Christmas until
    # about March it was constant"): asked again. ("since" + event stays read: every dev
    # writer takes the window to lie inside it.)
    (phrase(r"(?:in|from|until|till|to|through|during|over|around|at|last|before|after|about)"
             r" (?:january|february|march|april|may|june|july|august|september|october"
             r"|november|december|christmas|xmas|easter|new year|the new year|the holidays)"),
     UNCLEAR),
    # "no <noun> whatsoever", "no restlessness at all": a firm zero of the topic, except for
    # a capacity whose absence is itself the symptom ("no appetite at all", "no energy").
    (phrase(r"no (?!(?:appetite|energy|interest|motivation|sleep|pleasure|enjoyment|joy|hope"
             r"|drive|desire|focus|concentration|patience|confidence|life|sex drive|libido"
             r"|will|point|reason|days|nights|time|rest|peace|relief|break|respite|improvement"
             r"|change|difference|help|control|escape|let|strength|fun|friends|support|love"
             r"|sense|purpose|feeling|feelings|emotion|emotions|desire|zest|get up and go)\b)"
             r"[a-z]+ (?:whatsoever|at all whatsoever)"),
     NOT_AT_ALL),
    # "not having this problem", "not getting any trouble with that": a firm denial.
    (phrase(r"not (?:having|getting|experiencing|suffering) (?:this|that|the|any|these|those)"
             r" (?:problems?|issues?|trouble|difficulty)(?: (?:at all|with (?:it|that|this)))?"
             # "... much", "... anymore" leave a count or a change open.
             r"(?! (?:much|often|as|that|so|too|very|a lot|lately|recently|anymore|any more)\b)"),
     NOT_AT_ALL),
    # "haven't felt on edge one bit", "not worried even a single bit": "not ... one bit".
    # Not after a word for being well ("haven't felt rested one bit" is the symptom).
    (phrase(r"not (?!(?:\w+ ){0,3}(?:rested|good|happy|well|ok|okay|great|relaxed|calm"
             r"|energetic|better|myself|motivated|interested|hungry|refreshed|hopeful|positive"
             r"|normal|fine|sleeping|eating|slept|eaten|focused|able|enjoyed|enjoying|rest|sleep"
             r"|eat|like)\b)(?:\w+ ){1,4}(?:1|even 1|a single|even a single|even a) bit"),
     NOT_AT_ALL),
    # "none of the 14 days", "not 1 of the last 2 weeks": none of the window.
    (phrase(rf"(?:none|not 1|not a single 1) of (?:the )?(?:last |past )?(?:{_RECALL}|14)"
             r"(?: days)?"), NOT_AT_ALL),
    # "once the kids are in bed": "once" as a conjunction is no occurrence.
    # ("only once I think" keeps its count: a hedge is no clause.)
    (phrase(r"once (?:the|i|im|it|its|they|we|he|she|my|you|everyone|everything|that|this)"
             r"(?! (?:think|guess|suppose|believe|reckon|recall|remember|would say|d say)\b)"),
     NEUTRAL),
    # "8 hrs every night": hours slept, not a count of nights (as "8 hours a night").
    (phrase(rf"(?:\d{{1,2}}|\d{{1,2}} to \d{{1,2}}|{_ABOUT} \d{{1,2}}) (?:hrs?|hours?)"
             r"(?: (?:of sleep|sleep))? (?:a|per|every|each) (?:night|day)"), NEUTRAL),
    # "Monday and Tuesday last week, that's it": named days of one week of the window are
    # that many days (n), not a habit; the week named is where they were, not a time apart.
    (phrase(rf"(?:on )?{_WEEKDAY}(?:(?: ,| and| or| &)+ (?:on )?{_WEEKDAY})* (?:last|this)"
             r" week"), _weekdays_once),
    # "Tuesdays and Thursdays are fine": the days without the symptom, like "weekends are ok".
    (phrase(rf"{_NOT_SPAN_END}{_WEEKDAY}(?:(?: ,| and| or| &)+ {_WEEKDAY})*"
             r" (?:are|is|were|was|have been)"
             r" (?:ok|okay|fine|good|alright|all right|better)"), _days_fine),
    # "the bigger part of the two weeks": like "the better part of", more than half.
    (phrase(r"the (?:bigger|larger|greater|best|better) part of (?:the )?(?:2 weeks|fortnight"
             r"|14 days|time|days|it)"), MORE_THAN_HALF),
    # "the good days are outnumbered by the bad ones": the passive of "bad days outnumber".
    (phrase(r"(?:the )?good (?:days|ones) (?:are|were|have been) outnumbered by the bad"
             r"(?: (?:days|ones))?"), MORE_THAN_HALF),
    # "more days than I'm not", "more often than it isn't": more days with it than without.
    (phrase(r"more (?:days|often) than (?:i am|im|it is|its|i have|ive) not"), MORE_THAN_HALF),
    # "every day would be an exaggeration": a bound the patient rules out, no count itself.
    (phrase(r"(?:every day|everyday|daily|all the time|always|nearly every day|every night)"
             r" (?:would be|is) (?:an? )?(?:exaggeration|overstatement|overstating it|stretch"
             r"|stretching it|too much|pushing it)"), NEUTRAL),
    # "almost every day, maybe one day off": a day or two off beside every day is the
    # exception, not a count of 1 (12-13 of the 14 days).
    (phrase(r"(?:(?:nearly|almost|pretty much) )?(?:every day|everyday|daily|all the time)"
             r"(?: ,)? (?:(?:maybe|perhaps|except|apart from|bar|with|but) )*(?:1|a|1 or 2"
             r"|a couple of|a couple|2) (?:days?|nights?) off"), NEARLY_EVERY_DAY),
    # "there hasn't been a day I haven't felt it": the double negative is every day.
    (phrase(r"(?:there )?(?:has|have|is|was) not been a (?:single )?day(?: (?:when|that|where))?"
             r" (?:i|it) (?:have |has |had |did )?not(?: \w+){0,3}"), NEARLY_EVERY_DAY),
    # Round 10 (freq10): "I don't think there's been a day when I didn't worry": the same
    # double negative, the denial in front ("there's been a day when I didn't" alone is not).
    (phrase(r"(?:i do not think|i can not (?:remember|recall|think of)|i do not (?:remember"
             r"|recall)) (?:that )?(?:theres|there has|there have|there was|there is)(?: been)?"
             r" a (?:single )?day(?: (?:when|that|where))? (?:i|it) (?:have |has |had |did |was )?"
             r"not(?: \w+){0,3}"), NEARLY_EVERY_DAY),
    # "I don't think I've felt that way once": a denial far before "once" (outside the
    # negation window). "I haven't slept well once" is every night, so the reading depends
    # on the verb: asked again, never read as one occurrence.
    (phrase(r"(?:not|never) (?:\w+ ){4,7}once(?= ,|$)"), UNCLEAR),
    # "no appetite at all every day", "zero energy most days": a capacity's absence is the
    # symptom, so its "no" does not negate the count that follows; alone it names no count.
    (phrase(r"(?:no|zero|0) (?:appetite|energy|motivation|interest|drive|concentration|focus"
             r"|pleasure|enjoyment|get up and go)(?: (?:at all|whatsoever))?"), NEUTRAL),
    # "haven't felt down", "not been on edge at all": the symptom itself denied, a zero.
    (phrase(r"(?:have|has|had) not (?:felt|been) (?:(?:at all|really|that|too|very) )?"
             r"(?:down|low|anxious|nervous|on edge|worried|hopeless|depressed|sad|irritable"
             r"|restless|stressed|panicky|wound up|fidgety|snappy|tense|jittery|miserable)"
             r"(?: (?:at all|once|whatsoever))?" + _NO_SOFTENER), NOT_AT_ALL),
    # "been going to the gym 3 times a week", "went fishing twice", "still out fishing every
    # Saturday": how often the patient does something, evidence of being well, no count of
    # the symptom: read and ignored.
    (phrase(rf"(?:go|goes|going|went|gone|been|out|still)(?: out)?(?: to(?: the)?)? (?:gym"
             r"|fishing|running|swimming|walking|cycling|hiking|dancing|yoga|football|golf|church"
             r"|the pub|pub|club|park|classes|class|choir|bowling|tennis|allotment)"
             rf"(?: (?:(?:\d{{1,2}} times|twice|once)(?: (?:a|per) week)?"
             rf"|(?:every|most|each) (?:{_WEEKDAY}|week|weekend|day|morning|evening|night)s?))?"),
     NEUTRAL),
    # "nearly a fortnight", "almost the whole 2 weeks": 12-13 of the 14 days.
    (phrase(r"(?:nearly|almost|just about|pretty much) (?:a |the (?:whole |full |entire )?)?"
             r"(?:fortnight|2 weeks)"), NEARLY_EVERY_DAY),
    # "yes some days, not even half": under half.
    (phrase(r"not even half(?: (?:of )?(?:the )?(?:time|days|nights))?"), SEVERAL_DAYS),
    # --- classes of reply found on the blind dev sets dev8/dev9 (round 6) ------------------
    # A year names another time ("in 2019 it was every day", "back in 2021"): asked again.
    (phrase(r"(?:in|during|back in|around|until|till|before|from|by) (?:19[5-9]\d|20[0-4]\d)"),
     UNCLEAR),
    # A vague amount added on top of a count ("weekends, and sometimes midweek too") leaves
    # the count open upwards: asked again.
    (phrase(r"(?:and |plus |but )?(?:also )?(?:sometimes|occasionally|at times|often"
             r"|now and then|now and again)(?: \w+){0,3} (?:too|as well|also)"), UNCLEAR),
    # A weekday compared with the others ("Mondays are the worst", "Sunday is hardest") is
    # no count of days with the symptom: asked again.
    (phrase(rf"{_WEEKDAY} (?:are|is|were|was|tend to be|seem to be) (?:always |usually )?"
             r"(?:the )?(?:worst|hardest|toughest|best|easiest|most \w+|\w+est|worse|better)"),
     UNCLEAR),
    # "all the weekdays", "every weekday": the 10 weekdays of the 14 days.
    (phrase(r"(?:all (?:the )?|every |each )weekdays?|(?:every|each) work ?day"),
     MORE_THAN_HALF),
    # "weekends I'm ok", "some days are ok": the days without the symptom, no count.
    (phrase(r"(?:(?:the )?weekends?|some days|(?:the )?other days|the odd day)"
             r" (?:(?:im|i am|i was|i feel|are|is|were|was|have been|has been) )?"
             r"(?:ok|okay|fine|good|alright|all right|better)"), _days_fine),
    # "also at the weekend", "even on weekends": the weekends too, not a count of them.
    (phrase(r"(?:also|even|including|incl) (?:(?:in|on|at|over) )?(?:the )?weekends?"),
     NEUTRAL),
    # More days with the symptom than without, in either order ("more days bad than good",
    # "bad more nights than it's been good"): more than half; the other way round ("more
    # good days than bad") leaves a few bad days: several days.
    (phrase(rf"more (?:days|nights|of the time) {_BAD} than (?:good|ok|okay|fine|not)"
             rf"|more {_BAD} (?:days|nights) than (?:good|ok|okay|fine)(?: (?:ones|days|nights))?"
             rf"|{_BAD} more (?:days|nights|often) than (?:(?:it|its|it has|it was|i was|ive)"
             r" )?(?:been )?(?:good|ok|okay|fine|not)"), MORE_THAN_HALF),
    (phrase(rf"more (?:good|ok|okay|fine|decent) (?:days|nights) than {_BAD}(?: (?:ones|days"
             rf"|nights))?|more (?:days|nights) (?:good|ok|okay|fine) than {_BAD}"),
     SEVERAL_DAYS),
    # Round the clock: "morning, noon and night", "day and night", "night and day"; not as
    # an adjective ("day and night shifts", "night and day difference").
    (phrase(r"(?:morning(?: ,)? noon and night|day and night|night and day|(?:a)?round the clock)"
             r"(?! (?:shifts?|time|staff|nurses?|workers?|care|difference|cream|duty|jobs?)\b)"),
     NEARLY_EVERY_DAY),
    # "every single one of them", "each one of them": every day.
    # Only as the opening clause: "weekday mornings, every one of them" counts the weekdays.
    (r"^(?:(?:yes|yeah|yep) (?:, )?)?(?:every|each)(?: single)? 1 of (?:them|the days|the 14"
     r"|those days)(?= ,|$)", NEARLY_EVERY_DAY),
    # A denied good day: "there hasn't been a single night I slept through", "not a day I
    # woke up rested" is every day (like "not a single good day").
    (phrase(r"(?:there )?(?:has|have|is|was) not been (?:a|1)(?: single)? (?:day|night)"
             r"(?: (?:when|that|where))? i (?:\w+ ){0,3}(?:slept (?:through|well|ok|okay|fine)"
             r"|rested|refreshed|good|well|ok|okay|fine|calm|relaxed|myself|normal|happy)"),
     NEARLY_EVERY_DAY),
    # "can't remember the last time I woke up feeling rested": not once well, every day.
    (phrase(r"(?:can not|cannot|do not) (?:remember|recall) (?:the last time|when i last)"
             r"(?: i)?(?: \w+){0,5} (?:rested|refreshed|good|well|calm|relaxed|myself|normal"
             r"|happy|energetic|hungry|slept (?:through|well))"), NEARLY_EVERY_DAY),
    # The double negative: "never not tired", "it never stops", "never lets up".
    # Not "never, not once" (a zero), and "it never stops" only as its own clause ("it never
    # stops raining" is about something else).
    (phrase(r"never not (?!(?:once|1|at all|really|sure|even|ever|a|any)\b)\w+"
             r"|(?:it|this|that|which) never (?:stops|ends|goes away|lets up|eases|switches off)"
             r"(?= ,|$)"), NEARLY_EVERY_DAY),
    # Firm zeros: "that doesn't apply to me", "not applicable", "it hasn't happened once",
    # "not on any day", "zero, zilch", "can't say it has bothered me (at all)".
    (phrase(r"(?:(?:that|it|this)(?: 1| question)? )?(?:does not|did not|do not) apply"
             # " to me" taken whenever it is there, so the softener check sees past it.
             r"(?: to me|(?! to me))" + _NO_SOFTENER + r"|not applicable"), NOT_AT_ALL),
    (phrase(r"(?:has|have|had|did) not (?:happened|occurred|come up|bothered me|affected me)"
             r"(?: (?:even )?once| (?:even )?1 time| at all)?" + _NO_SOFTENER), NOT_AT_ALL),
    (phrase(r"not (?:on )?(?:any|a single|1 single) (?:day|night)|on no (?:day|night)"),
     NOT_AT_ALL),
    # Round 9 (freq9b): up to four zero words in a row ("Zero. None. Nada.").
    (alone(r"(?:0|none|nil|zilch|zip|nada)(?:(?: ,)? (?:0|none|nil|zilch|zip|nada)){1,3}"),
     NOT_AT_ALL),
    # Round 9 (freq9b): firm zeros: "not even for a day", "no day at all", "I can honestly say
    # never", "I'd put 0 (for that one)".
    (phrase(r"not even (?:for )?(?:a|1) (?:single )?(?:day|night)(?: ,)?(?= ,|$)"
             r"|no (?:day|days|night|nights) at all"), NOT_AT_ALL),
    (alone(r"(?:i )?(?:can )?(?:honestly |truthfully |safely )?say never"
             r"|(?:id|i would|i will|ill) (?:put|say|go with|pick|choose) 0"
             r"(?: for (?:that|this) (?:1|question))?"), NOT_AT_ALL),
    # Not with a softener after it ("can't say it's bothered me much" is "not much": vague).
    (phrase(r"can not (?:honestly |really )?say (?:that )?(?:it|that|this) (?:has |have )?"
             r"(?:bothered|troubled|affected) me(?: at all)?"
             r"(?! (?:much|that|too|a lot|a great deal|often|lately|recently|very)\b)"),
     NOT_AT_ALL),
    # The symptom itself denied with a longer word ("haven't felt afraid like that at all",
    # "haven't felt like a failure these past weeks"): a zero.
    (phrase(r"(?:have|has|had) not (?:felt|been) (?:(?:at all|really|that|too|very) )?"
             r"(?:afraid|scared|frightened|guilty|worthless|like a failure|panicked|fearful"
             r"|ashamed|hopeless|tearful|overwhelmed)(?: like that| that way)?"
             r"(?: (?:at all|once|whatsoever))?" + _NO_SOFTENER), NOT_AT_ALL),
    # Being well over the whole window ("eating normally the whole time", "slept fine every
    # night"): a zero, not a count of the symptom.
    (phrase(r"(?:eating|sleeping|slept|ate|eaten|been|felt|feeling|coping)"
             r" (?:normally|normal|fine|well|ok|okay|great)"
             r" (?:the whole time|all the time|every day|every night|throughout)"), NOT_AT_ALL),
    # Since an event longer ago than the window ("ever since the baby came 6 months ago",
    # "since the news, and that was over a month ago"): the window lies inside it, so the
    # count is of the 14 days; the "months ago" is no other time here.
    (phrase(r"(?:ever )?since (?:\w+ ){1,5}?(?:, )?(?:(?:and )?(?:that|which|it) was )?"
             r"(?:over |more than |about |around |nearly |almost )?(?:\d+|a|an|a few|few|several"
             r"|a couple of) (?:months?|years?) ago"), NEUTRAL),
    # "twice, both after arguments": "both" points back at the occurrences.
    (phrase(r"both (?:after|before|when|during|on|at|times|were|was|happened|because|in)"),
     NEUTRAL),
    # Days named relative to today: "yesterday and the day before" is 2 days.
    (phrase(r"(?:today|yesterday) and (?:the day before|yesterday|today|the day before that)"),
     SEVERAL_DAYS),
    # "no problems with energy", "no issues there": the topic denied, a firm zero.
    (phrase(r"no (?:problems?|issues?|trouble|difficulty|complaints?) (?:with (?:my |the )?\w+"
             r"|there|on that (?:front|score)|in that (?:department|area))"), NOT_AT_ALL),
    # "running 5k three times a week": how often the patient exercises is evidence of being
    # well, not a count of the symptom (like "going to the gym 3 times a week").
    (phrase(r"(?:running|run|ran|walking|walk|swimming|swim|cycling|cycle|jogging|rowing)"
             r" (?:a )?(?:\d+ ?(?:k|km|miles?|laps?|kilometres?|kilometers?)|marathon|mile)"
             r" (?:\d times|once|twice) (?:a|per|every) week"), NEUTRAL),
    # "some days yes, some days no, but mostly no": mixed days leaning to no are a few days,
    # leaning to yes more than half.
    (phrase(r"some days (?:yes|no)(?: ,)? some days (?:yes|no)(?: ,)? (?:but )?(?:mostly|mainly"
             r"|usually|more often) (?:no|not)"), SEVERAL_DAYS),
    (phrase(r"some days (?:yes|no)(?: ,)? some days (?:yes|no)(?: ,)? (?:but )?(?:mostly|mainly"
             r"|usually|more often) (?:yes|yeah)"), MORE_THAN_HALF),
    # "every couple of days" is about every 2nd day, 7 of the 14 (like "every 2 days",
    # labelled asked again): exactly half, asked again. It was read as "a couple of days".
    (phrase(r"(?:once )?every couple (?:of )?(?:days|nights)"), UNCLEAR),
    # A past state at or before the window's start ("2 weeks ago it was every day", "it was
    # daily until a few weeks ago"): another time, asked again (a bare "weeks ago" echo is
    # read and ignored elsewhere).
    (phrase(r"(?:\d|a few|few|a couple of|couple of|several) weeks ago(?: ,)? (?:it was|i was"
             r"|i had|i felt|things were|that was)|(?:it was|i was|i had|i felt) (?:\w+ ){1,4}"
             r"(?:until|till|up to|up until) (?:\d|a few|few|a couple of|couple of|several)"
             r" weeks ago"), UNCLEAR),
    # Taking medication daily is the treatment, not the symptom: no count.
    (phrase(r"(?:take|taking|took|on) (?:my |the )?(?:meds|medication|medicine|tablets?|pills?"
             r"|vitamins?|supplements?|antidepressants?)(?: \w+)?"
             r" (?:every day|daily|each day|every morning|every night|every evening)"), NEUTRAL),
    # "most days I walk 10k", "every morning I go for a run": exercise, evidence of being
    # well, not a count of the symptom (like "going to the gym 3 times a week").
    (phrase(r"(?:most|every|each|some) (?:days?|mornings?|evenings?) i (?:walk|run|swim|cycle"
             r"|jog|go (?:for a|to the gym|running|swimming|walking)|work out|train|exercise"
             r"|hike)"), NEUTRAL),
    # "I sleep 6 hours most nights": hours slept, not nights with the symptom.
    (phrase(r"(?:\d{1,2}|\d{1,2} to \d{1,2}) (?:hrs?|hours?)(?: (?:of )?sleep)? (?:most|some|many"
             r"|a few|several) nights"), NEUTRAL),
    # Night shifts are days: "which was 3 shifts" counts them.
    (phrase(r"(?:which|that) (?:was|were) (\d{1,2}) (?:shifts|nights|days)"), _count),
    # --- classes of reply found on the blind dev sets dev10/dev11 (round 7) ----------------
    # "so neither do I", "neither can my wife": no choice between options.
    (phrase(r"(?:so )?neither (?:do|did|does|can|could|am|have|has|is|was|will|would)"
             r" (?:i|he|she|we|they|you|my \w+)"), NEUTRAL),
    # "All the time. It never really goes away.", "it hasn't really let up since my
    # divorce": it does not stop, so every day (as "it never stops", own clause only).
    (phrase(r"(?:it|this|that|which) (?:never|does not|did not|has not|have not)"
             r" (?:really |fully |completely |quite |ever )?(?:stops?|stopped|ends?|ended"
             r"|go(?:es)? away|gone away|lets? up|eases?|eased(?: off)?|switch(?:es)? off"
             r"|leaves? me|left me)(?: since (?:my|the|her|his) \w+)?(?= ,|$)"),
     NEARLY_EVERY_DAY),
    # "can't remember the last day I felt relaxed": as "the last time", every day.
    (phrase(r"(?:can not|cannot|do not) (?:remember|recall) the last (?:day|night|morning)"
             r"(?: i)?(?: \w+){0,5} (?:rested|refreshed|good|well|calm|relaxed|myself|normal"
             r"|happy|energetic|hungry|ok|okay|fine|slept (?:through|well))"), NEARLY_EVERY_DAY),
    # "every day, some days worse than others": how bad, not how often.
    # Round 12 (freq12a): "some worse than others" without its noun too.
    (phrase(r"(?:(?:tho|though|but|although) )?some (?:(?:days|nights) )?(?:are |were |have been )?"
             r"(?:worse|better|harder|easier) than others"), NEUTRAL),
    # "more than a few days", "more than a couple of days": open towards the next option.
    (phrase(r"more than (?:a few|a couple(?: of)?|several|some) (?:days|nights|times)"),
     UNCLEAR),
    # "over the last 3 months, most days", "for the past few months": a longer time than
    # the window (as "last month").
    (phrase(r"(?:over |in |for |during |throughout )?(?:the )?(?:last|past|previous)"
             r" (?:\d{1,2}|few|couple of|several|many) (?:months|years)"), UNCLEAR),
    # "three kids under five", "my children over 10": ages, not a count of days.
    (phrase(r"(?:kids|children|grandkids|grandchildren|boys|girls|people|someone|anyone"
             r"|babies|toddlers|twins) (?:under|over|aged|below|above) \d{1,2}"), NEUTRAL),
    # "I was fine until my daughter rang on Tuesday and now ...": a change inside the window
    # (as "fine until Thursday, since then"), asked again.
    (phrase(r"(?:was|been|felt|feeling) (?:fine|ok|okay|good|alright|all right|great|normal)"
             r" (?:until|till|up until|up to)"), UNCLEAR),
    # A morning routine at a clock time ("every morning I get up at 6 and walk the dog") is
    # no count of the symptom.
    (phrase(r"(?:every|each|most) (?:day|morning)s? i (?:get up|got up|go to bed|went to bed)"
             r" at \d{1,2}"), NEUTRAL),
    # "most days I've had no appetite, maybe 4 days I ate normally", "nearly every day,
    # there may have been 1 day I was ok": the good days are exceptions to the answer.
    (phrase(r"(?P<head>most (?:days|nights|of them)|nearly every (?:day|night)"
             r"|almost every (?:day|night))(?: [^,]*)? , (?:(?:and|but) )?"
             r"(?:there (?:may|might|could) have been |maybe |perhaps |possibly |probably "
             r"|about |around |only |just |except |apart from )?"
             r"(?P<n>\d{1,2}|a few|a couple of|a couple)"
             r"(?: (?:or|to) (?P<m>\d{1,2}))? (?:days?|nights?)(?: (?:when|that|where))? i"
             r" (?:\w+ )?(?:was|were|felt|ate|slept|had|ve been|have been)"
             r" (?:ok|okay|fine|good|alright|normal|normally|well|better|a good \w+)"),
     _head_but),
    # Without such an answer before them, days that were fine ("maybe 4 days I ate normally")
    # count the exceptions, never the answer: asked again.
    (phrase(r"(?:\d{1,2}(?: (?:or|to) \d{1,2})?|a few|a couple of|a couple)"
             r" (?:days?|nights?)(?: (?:when|that|where))? i"
             r" (?:\w+ )?(?:was|were|felt|ate|slept|ve been|have been)"
             r" (?:ok|okay|fine|good|alright|normal|normally|well|better)"), UNCLEAR),
    # "mucho trabajo", "molto lavoro": much work, not "a lot" of days.
    (phrase(r"(?:mucho|mucha|muito|muita|molto|molta|viel|veel) (?:trabajo|trabalho|lavoro"
             r"|arbeit|werk|estres|estresse|stress)"), NEUTRAL),
    # "even after a full night" ("même après une nuit complète"): one night's sleep, no count.
    (phrase(r"(?:after|apres|despues de|depois de|dopo|nach|na) (?:a |1 )(?:full |whole"
             r" |complete |good )?(?:days?|nights?)(?: (?:complete|completa|completo|entera"
             r"|entiere|inteira|intera|sleep|of sleep|sleeping))?"), NEUTRAL),
    # "well over half, maybe 11 or 12 days", "most days, about 9": the answer, then a count.
    (phrase(r"(?P<head>(?:well |way |a bit |just )?(?:over|more than) half(?: (?:of )?the"
             r" (?:days|time))?|most (?:days|nights|of them|of the time)|nearly every (?:day"
             r"|night)|almost every (?:day|night)|several (?:days|nights)|a few (?:days|nights))"
             r" , (?:maybe |about |around |probably |perhaps |say |so |roughly |like )?"
             r"(?P<n>\d{1,2})(?: (?:or|to) (?P<m>\d{1,2}))?(?: days| nights)?(?= ,|$)"),
     _label_then_range),
    # "Most of them ..., apart from a few days", "most of the last fortnight, yes, except
    # when my sister came to stay for a few days": the days left out of "most".
    (phrase(r"(?P<head>most (?:days|nights|of them|of the time|of the (?:last |past )?"
             r"(?:fortnight|2 weeks|14 days)))(?: [^,]*)?(?: , [^,]*)?(?: ,)? (?:apart from|except"
             r"(?: for)?|other than|besides|save for)(?: when (?:\w+ ){1,8}?for)?"
             r" (?P<n>\d{1,2}|a few|a couple of|a couple)(?: (?:or|to) (?P<m>\d{1,2}))?"
             r" (?:days|nights)"), _head_but),
    # "I haven't felt like that even 1 day": not one day, a zero.
    (phrase(r"(?:have|has|had|did) not (?:felt|been|had|noticed)(?: \w+){0,3} even"
             r" (?:1|a single) (?:day|night|time)"), NOT_AT_ALL),
    # "I can't think of a single day where that was an issue": a zero (not "... where I
    # felt good", which is every day).
    (phrase(r"(?:can not|cannot|could not) (?:think of|remember|recall) (?:a single|1|any)"
             r" (?:day|night|time) (?:where|when|that)(?: (?:it|that|this|i))?"
             r" (?:was|has been|were) (?:an? )?(?:issue|problem)"
             # Round 9 (freq9b): "... a single day I felt like that / I had it".
             r"|(?:can not|cannot|could not) (?:think of|remember|recall) (?:a single|1|any)"
             r" (?:day|night|time)(?: (?:where|when|that))? i (?:felt|had|noticed|experienced)"
             r" (?:like that|that way|it|that|this)"), NOT_AT_ALL),
    # "perhaps the odd one": an occasional day.
    (phrase(r"the odd (?:1|day|night|time)"), SEVERAL_DAYS),
    # "maybe 5 of the days, the rest were ok": that many of the days ("3 of the days were
    # fine" counts the good ones: asked again).
    (phrase(rf"(?:on )?(?:{_APPROX} )?(\d{{1,2}}) of the (?:days|nights)"
             r"(?! (?:were|was|have been|i (?:was|felt)) (?:ok|okay|fine|good|alright|normal"
             r"|better|great))"), _count),
    (phrase(r"\d{1,2} of the (?:days|nights) (?:were|was|have been|i (?:was|felt)) (?:ok|okay"
             r"|fine|good|alright|normal|better|great)"), UNCLEAR),
    # "the day of the funeral and the day after": 2 days.
    (phrase(r"the (?:day|night) of (?:\w+ ){1,4}and the (?:day|night) (?:after|before)"),
     SEVERAL_DAYS),
    # Evidence of being well, not a count: "I still do the crossword every morning", "I've
    # been out in the garden most afternoons".
    (phrase(r"i (?:still )?(?:do|read|play|cook|bake|knit|garden|swim|walk)(?: \w+){0,3}"
             r" (?:every|each|most) (?:days?|mornings?|afternoons?|evenings?)"
             r"|(?:i have been|ive been|i am|im|i was|i go) out (?:in|on) the \w+(?: \w+)?"
             r" (?:every|each|most|some) (?:days?|mornings?|afternoons?|evenings?)"), NEUTRAL),
    # --- classes of reply found on the blind dev sets dev12/dev13 (round 8) ----------------
    # A rate over a month or a year ("twice a year", "about once a month", "every few
    # months") is no count of the 14 days: asked again.
    (phrase(r"(?:once or twice|1 or 2 times|once|twice|\d{1,2} times"
             r"|a (?:few|couple of|couple) times|few times"
             r"|several times)(?: (?:a|per|every|each|in a|in the)) (?:month|year|yr)"
             r"|(?:once )?every (?:few |couple of |\d{1,2} |other )?(?:months?|years?)"
             r"|monthly|yearly|annually"), UNCLEAR),
    # A lifelong condition as the reason ("I have ADHD so concentration is always a problem
    # for me", "it's always an issue with me"): a trait, like "always been a worrier".
    (phrase(r"always (?:(?:been|a|an) )*(?:problem|issue|struggle|battle|thing)"
             r" (?:for|with) me"
             r"|(?:adhd|add|autism|autistic|asd|ocd|ptsd|bipolar|fibromyalgia|fibro|cfs"
             r"|chronic fatigue|long covid|dyslexia|dyslexic)(?: \w+){0,2} (?:so|which means)"
             r"(?: \w+){0,5} always"), UNCLEAR),
    # The answer handed back ("..., so you tell me", "you decide", "you be the judge"); a
    # work schedule ("I work 12 hour shifts 4 days a week") is no count of the symptom.
    (phrase(r"you tell me|you decide|you be the judge|your call|up to you"), UNCLEAR),
    (phrase(r"(?:i|we) (?:work|do)(?: \S+){0,4}? (?:\d{1,2}|a few|several) (?:days|nights"
             r"|shifts|lates|earlies) (?:a|per|each|every) week"), NEUTRAL),
    # "mostly weekends", "mainly on Mondays" as the answer: the named days and some others,
    # an open count (after a count, "a few days, mostly Mondays", it says when they fell).
    (rf"^(?:mostly|mainly|usually|generally|largely|especially|particularly)(?: on)?"
     rf"(?: the)? (?:weekends?|weekdays?|{_WEEKDAY})(?= ,|$| (?:\w+ )?(?:mostly|really|i think"
     r"|i guess|lol|tbh))"
     # Round 13 (freq13c): a day count after it says how many ("mostly weekends, so like 4").
     rf"(?! , (?:so |thats |that is |which is )?(?:{_ABOUT} )?\d{{1,2}} (?:days|nights)\b)",
     UNCLEAR),
    # "some days I feel it, some days I don't", "some days yes, other days no": a mix with no
    # count (it may be half), asked again.
    (phrase(r"some days(?: \S+){0,6}? (?:(?:and|but) )?(?:some|other) days"), UNCLEAR),
    # Good days counted ("the first few days were fine, then it was bad", "a couple of days
    # have been ok"): the count is of the exceptions, asked again (as "3 of the days were
    # fine"); "the week before was bad too" adds a week with no count.
    (phrase(r"(?:(?:the )?(?:first|last) )?(?:a few|few|a couple of|a couple|couple of|several"
             r"|\d{1,2}) (?:days|nights) (?:were|have been|had been)(?: (?:pretty|quite|really"
             r"|mostly))? (?:ok|okay|fine|good|alright|all right|normal|better|great|calm)"
             r"|(?:the week before|the previous week|the other week|the week prior)(?: that)?"
             r"(?: (?:was|were|it was))?(?: \w+)? (?:bad|worse|rough|hard|tough|the same|awful)"),
     UNCLEAR),
    # "which two weeks?", "in hospital for one of them": the window itself is in question.
    (phrase(rf"which (?:{_RECALL}|weeks?|days|period|time)"
             r"|(?:in (?:the )?hospital|away|on holiday|on vacation|travelling|traveling|abroad"
             r"|off work|off sick) for (?:1|part|some|most|all|half|much) of (?:them|it)"),
     UNCLEAR),
    # "well over half of them", "over half of the 2 weeks": more than half (not "half of
    # them", exactly half).
    (phrase(rf"(?:well |way |a bit |just |a little )?(?:over|above|more than) half of"
             rf" (?:them|it|the (?:last |past )?(?:{_RECALL}|14 days|days|time|nights))"),
     MORE_THAN_HALF),
    # "I'm just used to it", "got used to that": accustomed, not another time ("I used to").
    (phrase(r"(?:get|got|gotten|getting|am|im|i am|be|been|so|just|quite|kind of) used to"
             r" (?:it|that|this|them|the \w+)"), NEUTRAL),
    # "thinking about what will happen", "worried about what people think": "what" inside a
    # sentence, not a question about the question.
    (phrase(r"(?:about|of|over|on) what\b|what (?:will|would|might|could|is going to|may)"
             r" (?:happen|come)"), NEUTRAL),
    # "never in this two weeks", "not in these 2 weeks": none of the window, a zero.
    (phrase(rf"(?:never|not(?: once| even once)?)(?: (?:in|during|over|for))?"
             rf" (?:this|these|the) (?:last |past )?{_RECALL}"), NOT_AT_ALL),
    # Chat and emphatic zeros: "no definitely not", "nothing. nada.".
    (alone(r"(?:no|nope|nah) (?:definitely|absolutely|certainly) not|nothing(?: ,)? nada"
            r"|nada"), NOT_AT_ALL),
    # "most days, maybe 3 or 4 days off": the days off the symptom are exceptions to "most".
    (phrase(r"(?P<head>most (?:days|nights|of them|of the time)|nearly every (?:day|night)"
             r"|almost every (?:day|night)) , (?:(?:maybe|about|around|perhaps|probably|with"
             r"|and|but|just|only) )?(?P<n>\d{1,2}|a few|a couple of|a couple)"
             r"(?: (?:or|to) (?P<m>\d{1,2}))? (?:days?|nights?) off(?= ,|$)"), _head_but),
    # "almost every day, apart from the Sunday we went to the lake": one day left out.
    (phrase(r"(?:(?:nearly|almost) )?every (?:day|night)(?: ,)? (?:apart from|except(?: for)?"
             r"|other than|besides|bar|save for|aside from|but"
             # Round 9: "almost every day, the only break was the Sunday".
             r"|, the only (?:break|exception|day off|good day|let up) (?:was|being))"
             r" (?:the|that|1|a|one|last|this)"
             r" (?:day|night|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
             r"(?: (?:night|evening|morning))?)(?! and\b| or\b)"), NEARLY_EVERY_DAY),
    # --- classes of reply found on the blind dev sets dev14/dev15/dev16 (round 9, freq9a) ---
    # The whole window named: "each and every one of the 14 days", "all 14 days".
    (phrase(r"(?:each and every|every single|every|each) (?:1|day) of (?:the |those |these )?"
             r"(?:last |past )?14(?: days| nights)?|(?:all|each) (?:of )?(?:the |those |these )?"
             r"(?:last |past )?14 (?:days|nights)"), NEARLY_EVERY_DAY),
    # Round 12 (freq12c): the whole window without the word days, as the whole answer ("all
    # 14", "all 14 of them").
    (alone(r"(?:all|every 1) (?:of )?(?:the |those |these )?14(?: of them)?"), NEARLY_EVERY_DAY),
    # A rate per night or per hour ("I wake up twice a night"), or times within one day ("3
    # times this morning"), says the symptom came but not on how many days: a count or label
    # beside it decides, a zero beside it is no zero, and alone it is asked again.
    (phrase(r"(?:\d+ times|once|twice|a few times|few times|several times|many times"
             r"|a couple (?:of )?times|multiple times|\d+ (?:or|to) \d+ times)"
             r" (?:(?:a|per|each) (?:night|morning|evening|hour)|(?:this|that|yesterday|last)"
             r" (?:morning|evening|afternoon|night)|today|yesterday)"), _SOME_DAYS),
    # A good day denied another way: "I haven't had a single day where I've been able to
    # relax properly", "never had a night I slept well" is every day.
    (phrase(r"(?:(?:have|has|had|ive|i have) (?:not|never)|never) had (?:a|1)(?: single)?"
             r" (?:day|night)(?: (?:when|that|where))? (?:i|ive|i have|i was|i could|i felt)"
             r"(?: \w+){0,4} (?:relax|relaxed|rest|rested|refreshed|calm|good|fine|ok|okay"
             r"|normal|happy|myself|switch off|slept (?:through|well)|sleep (?:through|well))"
             r"(?: properly| at all)?"), NEARLY_EVERY_DAY),
    # A range of hours or minutes is no range of days ("sleeping 11 or 12 hours"); a zero
    # beside it stays asked again (single counts of hours are read as before).
    (phrase(rf"(?:{_ABOUT} )?\d{{1,2}} (?:or|to) \d{{1,2}} (?:hours?|hrs?|minutes?|mins?)"),
     _SOME_DAYS),
    # "more days than not": like "more often than not", more than half.
    (phrase(r"(?:(?:probably|maybe|perhaps) )?more (?:days|nights) than not"), MORE_THAN_HALF),
    # A lifelong trait said another way: "always has been", "that's just my personality".
    (phrase(r"always (?:has|have) been|(?:thats|that is|its|it is) (?:just )?(?:my personality"
             r"|who i am|how i am|the way i am|my nature|in my nature)"), UNCLEAR),
    # Every day at work (school): the working days only, like weekends left out (at most 10
    # of the 14 days), so alone asked again; "every day at work and at home" is every day.
    # Round 11 (freq11a): "every day I'm at work" too.
    (phrase(r"(?:every|each) (?:day|morning|shift) (?:(?:that |when )?(?:im|i am) )?(?:at|in)"
             r" (?:work|school|the office|college|uni|class)(?! (?:and|or) (?:(?:every|each)"
             r" (?:day|night) )?(?:(?:im|i am) )?(?:at )?(?:home|the weekends?)\b)"), UNCLEAR),
    # "half" measuring something else ("running at half speed", "half asleep") is no share
    # of the days; it says the symptom is there (no zero beside it).
    (phrase(r"(?:at )?half (?:speed|pace|power|capacity|strength|asleep|awake|dead|hearted"
             r"|an hour|a stone|a pound|a kilo|a bottle|a glass|a portion|a meal)"), _SOME_DAYS),
    # "what" inside a clause about something else ("what-ifs about the operation", "couldn't
    # tell you what it said") is no question back; a zero beside it stays asked again.
    (phrase(r"what ifs?|what (?:to do|i should do|it said|they said|he said|she said"
             r"|was going on|is going on)|(?:could|can) not tell you what it said"), _SOME_DAYS),
    # A comparison with the past ("less than I used to") or a pleasure lost ("I used to love
    # cooking") describes now, not another time; it says the symptom is there (no zero).
    (phrase(r"(?:than|as (?:much|often) as) (?:i|it) used to(?: be| do)?"
             r"|i used to (?:love|enjoy|like|be into)"), _SOME_DAYS),
    # --- classes of reply found on the blind dev sets dev20-dev23 (round 10, freq10) -------
    # Since an event named by its month or as "last month" / "last year" ("every day, ever
    # since I lost my job in March"): the window lies inside it, like "6 months ago".
    (phrase(r"(?:ever )?since (?:\w+ ){1,6}?(?:last (?:month|year)|in (?:january|february"
             r"|march|april|may|june|july|august|september|october|november|december)"
             # Round 13 (freq13c): a season ("since my mum passed in the spring").
             r"|in (?:the )?(?:spring|summer|autumn|fall|winter)"
             r"|in (?:19|20)\d\d)"), NEUTRAL),
    # A comment on the answer itself ("sorry if that's not what you want to hear", "I'm not
    # trying to be dramatic", "I know that sounds bad") names no count; it says the answer
    # is a bad one, so a count beside it decides and a zero beside it stays asked again.
    (phrase(r"(?:(?:im|i am) )?sorry if (?:thats|that is|its|it is|this is) not what you"
             r" (?:want|wanted|were hoping|hoped|expected)(?: to hear)?"
             r"|(?:im|i am) not (?:trying|meaning|wanting) to (?:be )?(?:dramatic|overdramatic"
             r"|exaggerate|moan|complain)|i know (?:that|it|this) sounds (?:bad|dramatic|awful"
             r"|a lot|terrible|silly|crazy)"), _SOME_DAYS),
    # A multiplier ("everything takes me twice as long as it used to") is no count of days;
    # it says the symptom is there (a zero beside it stays asked again).
    (phrase(r"(?:twice|2 times|3 times|half) as (?:long|much|hard|slow|slowly)"
             r"(?: as (?:it|i) used to(?: be| do| take)?)?|as long as (?:it|i) used to"
             r"(?: be| do| take)?"), _SOME_DAYS),
    # A few days of one week of the window, the other days closed ("only a couple of days
    # last week", "twice this week, that's it"): several days (see _one_week_few).
    (phrase(rf"(?:only |just )?(?:on )?(?:once|twice|1|2|3|a couple of|a couple|couple of"
             rf"|a few) (?:(?:{_BAD} )?(?:days?|nights?|times) )?(?:last|this) week"),
     _one_week_few),
    # "Every weekday, but at weekends it's fine": the weekend days without the symptom are
    # no count of their own (the weekdays say 10 of the 14 days).
    (phrase(r"(?:but )?(?:at|on|over) (?:the )?weekends? (?:its|it is|it was|they are|theyre"
             r"|are|were|is|was) (?:fine|ok|okay|alright|all right|better|good|normal)"),
     _weekends_fine),
    # "every day, maybe not every day, more like none": "maybe not ... more like" taken back
    # to a zero is no correction (see _CORRECTION_RE): two answers, asked again.
    (phrase(r"maybe not(?: (?:most|every|all|that|so|as|many|much|days?|nights?|of|them|the"
             r"|time|day)){1,3} , more like"), UNCLEAR),
    # "..., the one day off was my birthday": the exception to a count already given.
    (phrase(r"(?:the|my) (?:1|only) (?:day|night) off (?:was|being)"), NEUTRAL),
    # --- classes of reply found on the blind dev sets dev24/dev26/dev29 (round 11, freq11a)
    # One week of the two said as a share: more than it is more than half, less than it
    # several days ("1 week out of the 2" alone is exactly half, asked again above).
    (phrase(r"(?:more than|over|above) (?:a|1) week (?:out )?of (?:the )?2(?: weeks)?"),
     MORE_THAN_HALF),
    (phrase(r"(?:less than|under|below) (?:a|1) week (?:out )?of (?:the )?2(?: weeks)?"),
     SEVERAL_DAYS),
    # Good days counted the other way round ("only 1 day I felt fine, the other days all
    # bad"): 14 minus them, as "1 good day, the rest were awful".
    (phrase(r"(?:only |just )?(?P<n>\d{1,2})(?: (?:or|to) (?P<m>\d{1,2}))? (?:days?|nights?)"
             r" (?:when |that )?i (?:felt|was|slept) (?:fine|ok|okay|good|alright|normal|well)"
             r" , (?:the (?:other|rest of the) (?:days|nights)|the rest|all the (?:rest|others))"
             r"(?: (?:were|was|have been|are))?(?: all)? (?:awful|bad|terrible|rough|hard|low"
             r"|dreadful|horrible|grim|rubbish)"), _all_but),
    # School days are the weekdays, like working days ("every school day"; "every day at
    # school" stays asked again above).
    (phrase(r"(?:every|each|on) school (?:days|day|nights|night)"), MORE_THAN_HALF),
    # "every day I'm at work, which is 5 days a week": the working days, counted.
    (phrase(r"(?:every|each) (?:day|shift) (?:that )?(?:im|i am) (?:at work|working|at school"
             r"|in work|in the office)(?: ,)? (?:which is|that is|thats|so thats|so) (?:about )?"
             r"(\d) (?:days?) (?:a|per|each) week"), _per_week),
    # Round 12 (freq12c): "every day at work, so weekdays": the working days named as the
    # weekdays (10 of the 14), like "which is 5 days a week" above.
    (phrase(r"(?:every|each) (?:day|shift) (?:(?:that |when )?(?:im|i am) )?(?:at|in)"
             r" (?:work|the office)(?: ,)? (?:which is|that is|thats|so thats|so|so basically"
             r"|basically|ie|i e)(?: (?:all|every|the))? (?:weekdays|weekday|week days"
             r"|working days|work days|workdays)"), MORE_THAN_HALF),
    # "I either skip meals or binge": two behaviours, no choice between answers.
    (phrase(r"i either \w+(?: \w+){0,3} or"), NEUTRAL),
    # A comparison with before after the answer ("every day, used to be less"): like "less
    # than I used to", it describes now, not another time.
    (phrase(r"(?:(?:it|that|this) )?used to be (?:less|more|worse|better|different|easier"
             r"|harder|rarer)(?: than (?:this|that|now))?"), _SOME_DAYS),
    # A flat no to a friend ("nah fam", "nah bro"): read as a zero only on an ordinary item
    # (see _chat_zero); beside another answer ("nah bro, most days") it is a second answer.
    (r"(?:^|(?<=, ))(?:no|nope|nah) (?:fam|bro|bruh|dude)\b", UNCLEAR),
    # "idk why", "dunno why": the reason unknown, not the count; a zero beside it stays
    # asked again (the long form "I don't know why" is read and ignored, above).
    (phrase(r"(?:idk|dunno|i dunno) (?:why|how come)"), _SOME_DAYS),
    *_ROUND11_EVIDENCE_SPECS,
    # --- classes of reply found on the blind dev sets dev30/dev31 (round 12, freq12a) ---
    # "a few days, mainly when I was travelling for work": after a count, which days (an
    # activity in progress within the window, not a time of life as "when I was younger");
    # a zero beside it stays asked again, alone it is asked again.
    (phrase(r"(?:mainly|mostly|usually|especially|particularly|only|just) when i was"
             r" (?!living|growing|studying)\w+ing"), _SOME_DAYS),
    *_ROUND12_ZERO_SPECS,
    *_ROUND12_ASIDE_SPECS,
    *_ROUND13_ZERO_SPECS,
    *_ROUND13_SPECS,
    *_ROUND13_STORY_ZERO_SPECS,
    *_ROUND13_STORY_AMOUNT_SPECS,
    *_ROUND13C_SPECS,
    *_ROUND13C_ZERO_SPECS,
]  # fmt: skip


def _fold_accents(text: str) -> str:
    """'más' -> 'mas', 'Hälfte' -> 'halfte', 'połowę' -> 'polowe': replies in other languages
    are often typed without accents, so the reply and the phrases are compared without them."""
    text = text.replace("ß", "ss").replace("ł", "l").replace("ø", "o").replace("œ", "oe")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _other_language_specs() -> list[tuple[str, Value]]:
    """Phrase rules for the PHQ-9 option labels and everyday words in other languages
    (bot/frequency_words.py, which notes the sources)."""
    specs: list[tuple[str, Value]] = []
    options = (NOT_AT_ALL, SEVERAL_DAYS, MORE_THAN_HALF, NEARLY_EVERY_DAY)
    for labels in frequency_words.LABELS.values():
        for value, label in zip(options, labels, strict=True):
            folded = _fold_accents(label)
            # A one-word "never" ("nunca", "mai") is an answer only on its own, as in English.
            one_word_zero = value == NOT_AT_ALL and " " not in folded
            specs.append(((alone if one_word_zero else phrase)(folded), value))
    for w in frequency_words.WORDS.values():
        for pattern, make, value in (
            (w.zero, phrase, NOT_AT_ALL),
            (w.zero_alone, alone, NOT_AT_ALL),
            (w.several, phrase, SEVERAL_DAYS),
            (w.more, phrase, MORE_THAN_HALF),
            (w.nearly, phrase, NEARLY_EVERY_DAY),
            (w.rare, phrase, _vague(NOT_AT_ALL, SEVERAL_DAYS)),
            (w.some, phrase, _vague(SEVERAL_DAYS, MORE_THAN_HALF)),
            (w.often, phrase, _vague(MORE_THAN_HALF, NEARLY_EVERY_DAY)),
            (w.unknown, phrase, UNCLEAR),
            (w.elsewhen, phrase, UNCLEAR),
            (w.usually, alone, MORE_THAN_HALF),
            (w.weekdays, phrase, MORE_THAN_HALF),
            (w.neutral, phrase, NEUTRAL),
        ):
            if pattern:
                specs.append((make(_fold_accents(pattern)), value))
        # Round 10 (freq10): that language's flat "no" before its firm zero ("non pas du
        # tout", "nein, gar nicht") agrees with it, as "no, not at all" does in English.
        if w.no and w.zero:
            specs.append((phrase(_fold_accents(rf"(?:{w.no})(?: ,)? (?:{w.zero})")), NOT_AT_ALL))
    return specs


_FREQUENCY_SPECS += [
    # An answer taken back without a new one, or corrected to a zero without a correction
    # marker ("most days, maybe not most", "every day, more like none"): the reply names two
    # answers or none, so it is asked again rather than read as the first.
    (
        phrase(
            r"(?:maybe|probably|perhaps) not(?: (?:most|every day|all|always|that many|that"
            r" much|every))?(?= ,|$)|more like (?:none|zero|0|never|no days|not at all)"
        ),
        UNCLEAR,
    ),
]
_FREQUENCY_SPECS += [
    # Round 11 (freq11c): a denial hedged on memory ("not that I can remember", "not that I
    # know of") is a zero only as the whole answer (a soft zero, _soft_zero); beside a count
    # ("not that I can remember... maybe once?") the reply says both: asked again.
    (
        phrase(
            r"not that i (?:can|could) (?:remember|recall|think of)|not that i know of"
            r"|not that (?:i have|ive|i) noticed"
        ),
        _vague(NOT_AT_ALL),
    ),
]
_FREQUENCY_SPECS += _other_language_specs()
FREQUENCY_RULES = compile_rules(_FREQUENCY_SPECS)
_FIRM_ITEM_RULES = tuple(
    rule for rule, spec in zip(FREQUENCY_RULES, _FREQUENCY_SPECS, strict=True)
    if spec not in _ROUND11_EVIDENCE_SPECS
    and spec not in _ROUND12_ZERO_SPECS
    and spec not in _ROUND12_ASIDE_SPECS
    and spec not in _ROUND13_ZERO_SPECS
    and spec not in _ROUND13_STORY_ZERO_SPECS
    and spec not in _ROUND13C_ZERO_SPECS
)  # fmt: skip
_FREQUENCY_NEGATORS = NEGATORS | {
    _fold_accents(n) for w in frequency_words.WORDS.values() for n in w.negators
}
_FREQUENCY_BREAKS = CLAUSE_BREAKS | {
    _fold_accents(b) for w in frequency_words.WORDS.values() for b in w.breaks
}
_OTHER_LANGUAGE_HEDGE_RE = re.compile(
    phrase("|".join(_fold_accents(w.hedges) for w in frequency_words.WORDS.values() if w.hedges))
)
# Round 12 (freq12b): "I don't think I have, no" doubts the answer like "I don't think so, no"
# (HEDGE_RE holds only "do not think so"): a zero beside it is hedged, asked again. Only as
# a whole clause: "I don't think I've felt afraid like that at all, no" denies the topic.
_DOUBTED_ANSWER = (
    r"(?:i )?do not (?:think|believe) (?:so|i have|ive|i had|i did|i do|it has|it is|its"
    r"|that has|thats|there (?:has|have|was|were|is))"
)
_DOUBTED_ANSWER_RE = re.compile(phrase(_DOUBTED_ANSWER + r"(?= ,|$)"))
# Swear words used as intensifiers ("every bloody day") carry no frequency: dropped.
_INTENSIFIERS_RE = re.compile(
    r"\b(?:damn|bloody|fucking|fuckin|freaking|freakin|frigging|friggin|flipping|effing"
    r"|goddamn|sodding|blessed|bleeding|blooming|blinking"
    # Round 12 (freq12b): "literally never", "literally every day" (no zero on item 9).
    r"|literally) "
    # Round 9: the milder ones after "every"/"each"/"all" only ("every dang day").
    r"|(?:(?<=\bevery )|(?<=\beach )|(?<=\ball ))(?:dang|danged|darn|darned|frickin|fricking"
    r"|flippin|effin|ruddy|stinking) "
)


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so "dziesieciu" is not read as "dziesiec" + "iu".
    return "|".join(sorted({_fold_accents(w) for w in words}, key=len, reverse=True))


@dataclass(frozen=True)
class _CountWords:
    """One language's day counts (bot/frequency_words.py COUNTS), compiled."""

    numbers: dict[str, int]
    count_re: re.Pattern[str]
    times_re: re.Pattern[str]
    every_other_re: re.Pattern[str]
    once_re: re.Pattern[str] | None  # "raz w tygodniu": once, before a week or a day


# Portuguese "dos" is "of the" ("metade dos dias", "a maioria dos dias"), not Spanish "two".
_NOT_A_COUNT_BEFORE = (
    r"(?<!metade )(?<!maioria )(?<!parte )(?<!todos )(?<!muitos )(?<!alguns )(?<!poucos )"
    r"(?<!nenhum )(?<!varios )(?<!um )(?<!algum )(?<!qualquer )"
    # "ni un día", "nem um dia", "pas un jour": "not a single day", a zero, not one day.
    r"(?<!ni )(?<!nem )(?<!pas )(?<!neanche )(?<!nemmeno )"
)


# "of" in a share of days ("3 dias de 4", "2 jours sur 3", "2 giorni su 3", "3 Tage von 4",
# "3 dagen van de 4", "3 dni na 4").
_SHARE_OF_WORDS = r"de|sur|su|von|van de|van|em|na|z|di|out of|of"


# Round 11 (freq11c): "or"/"to" between two digits in any of the languages ("uns 3 ou 4 dias
# por semana"): the language passes run one at a time, so another language's "or" must not
# stop the range from being read as one (Spanish would read "4 dias por semana" alone).
_ANY_EITHER = [e for c in frequency_words.COUNTS.values() for e in c.either.split("|")]


def _count_words(c: frequency_words.Counts) -> _CountWords:
    numbers = {_fold_accents(w): n for w, n in c.numbers.items()}
    num = rf"(?:\d{{1,2}}|{_alternation(numbers)})"
    # "dos o tres dias", "zwei oder drei tage", "3 dias", "drei tage pro woche", "cada 3
    # dias": a number word only right before that language's day or times word ("tres" or
    # "sei" alone is no count).
    count_re = re.compile(
        rf"\b(?:(?P<every>{_alternation(c.every.split('|'))}) )?{_NOT_A_COUNT_BEFORE}"
        rf"(?P<a>{num})(?: (?:{_alternation(c.either.split('|') + _ANY_EITHER)}|or|to)"
        rf" (?P<b>{num}))?"
        rf" (?P<unit>{_alternation(c.days.split('|') + c.times.split('|'))})"
        # "tres dias de cuatro", "deux jours sur trois": a share of the days, n out of m.
        rf"(?: (?:{_SHARE_OF_WORDS}) (?P<total>{num})\b)?"
        rf"(?: (?:(?P<week>{_alternation(c.per_week.split('|'))})"
        rf"|(?P<day>{_alternation(c.per_day.split('|'))})))?\b"
    )
    return _CountWords(
        numbers,
        count_re,
        re.compile(_alternation(c.times.split("|"))),
        re.compile(phrase(_fold_accents(c.every_other))),
        re.compile(
            rf"(?<!\S)(?P<num>(?:\d{{1,2}}|{_alternation(numbers)}) )?"
            rf"(?P<once>{_alternation(c.once.split('|'))})"
            rf"(?= (?:{_alternation(c.per_week.split('|') + c.per_day.split('|'))})\b)"
        )
        if c.once
        else None,
    )


_COUNT_WORDS = tuple(_count_words(c) for c in frequency_words.COUNTS.values())
# German writes "twice" as one word: "zweimal", "dreimal".
_JOINED_TIMES_RE = re.compile(rf"\b({_alternation(frequency_words.COUNTS['de'].numbers)})mal\b")


def _other_language_counts(norm: str) -> str:
    """Day counts in the other languages (bot/frequency_words.py COUNTS) rewritten, one
    language at a time, into the English words the count rules read: "dos o tres dias" -> "2
    or 3 days", "drei tage pro woche" -> "3 days a week", "tres veces al dia" -> "3 times a
    day", "un jour sur deux" -> "every other day"; the 14-day arithmetic is then the same."""
    norm = _JOINED_TIMES_RE.sub(lambda m: f"{m.group(1)} mal", norm)
    for words in _COUNT_WORDS:

        def number(word: str | None, numbers: dict[str, int] = words.numbers) -> str:
            return "" if word is None else str(numbers.get(word, word))

        def rewrite(m: re.Match[str], times_re: re.Pattern[str] = words.times_re) -> str:
            unit = "times" if times_re.fullmatch(m.group("unit")) else "days"
            out = number(m.group("a")) + (f" or {number(m.group('b'))}" if m.group("b") else "")
            every = "every " if m.group("every") else ""
            rate = " a week" if m.group("week") else " a day" if m.group("day") else ""
            total = f" out of {number(m.group('total'))}" if m.group("total") else ""
            return f"{every}{out} {unit}{total}{rate}"

        norm = words.every_other_re.sub("every other day", norm)
        if words.once_re is not None:
            norm = words.once_re.sub(
                lambda m: m.group(0) if m.group("num") else f"1 {m.group('once')}", norm
            )
        norm = words.count_re.sub(rewrite, norm)
    return norm


_ORDINALS = {"third": 3, "fourth": 4, "fifth": 5, "3rd": 3, "4th": 4, "5th": 5}


# Round 11 (freq11c): "every day except the weekend" in the other languages ("tous les jours
# sauf le week-end", "jeden Tag außer am Wochenende", bot/frequency_words.py no_weekends),
# read as the English words (the weekdays, _ALL_BUT_WEEKENDS_RE).
_NO_WEEKENDS_RE = re.compile(
    phrase(_alternation(w.no_weekends for w in frequency_words.WORDS.values() if w.no_weekends))
)
_WEEKENDS_FINE_RE = re.compile(
    phrase(_alternation(w.weekends_fine for w in frequency_words.WORDS.values() if w.weekends_fine))
)
# ... and that language's weekdays word beside its "every day" ("werktags (eigentlich) jeden
# Tag", "w dni robocze codziennie"): every weekday, the 10 weekdays.
_EVERY_WEEKDAY_RE = re.compile(
    "|".join(
        phrase(
            _fold_accents(
                rf"(?:{w.weekdays})(?: \w+)? (?:{w.nearly})|(?:{w.nearly}) (?:{w.weekdays})"
            )
        )
        for w in frequency_words.WORDS.values()
        if w.weekdays and w.nearly
    )
)
# The weekdays named: "weekdays", (round 13, freq13c) "Monday to Friday" and the other
# languages' weekday words ("de lunes a viernes, el finde no").
_WEEKDAYS_NAMED_RE = re.compile(
    r"\bweekdays?\b|\bmonday (?:to|through|thru|till|until) friday\b|"
    + "|".join(
        phrase(_fold_accents(w.weekdays)) for w in frequency_words.WORDS.values() if w.weekdays
    )
)
# Weekday abbreviations, only inside a span ("Mon to Wed", "thurs through sun"): alone, "sun",
# "sat" and "wed" are other words.
_DAY_ABBREVIATIONS = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
                      "weds": "wednesday", "thu": "thursday", "thur": "thursday",
                      "thurs": "thursday", "fri": "friday", "sat": "saturday",
                      "sun": "sunday"}  # fmt: skip
_DAY_ABBREVIATION = rf"(?:{_alternation(_DAY_ABBREVIATIONS)}|{_WEEKDAY})"
_ABBREVIATED_SPAN_RE = re.compile(
    rf"\b({_DAY_ABBREVIATION}) (to|through|thru|till|until) ({_DAY_ABBREVIATION})\b"
)


def _full_day_name(word: str) -> str:
    return _DAY_ABBREVIATIONS.get(word, word)


def _round11_rewrites(norm: str) -> str:
    """Round 11 (freq11c) rewrites into the words the rules read: other languages' "every day
    except the weekend", "at the weekend it's fine" and "weekdays, every day"; "every day
    minus 4" (an exception, like "except 4"); "5 days, or 8" (a second estimate bounds the
    count, like "5 or 8 days"); weekday abbreviations in a span."""
    norm = _NO_WEEKENDS_RE.sub("every day except weekends", norm)
    norm = _WEEKENDS_FINE_RE.sub("at weekends its fine", norm)
    norm = _EVERY_WEEKDAY_RE.sub("every weekday", norm)
    norm = re.sub(r"\b(every day|everyday|daily|each day|every night) minus\b", r"\1 except", norm)
    norm = re.sub(r"\b(\d{1,2}) (days?|nights?) , or (\d{1,2})\b", r"\1 or \3 \2", norm)
    return _ABBREVIATED_SPAN_RE.sub(
        lambda m: f"{_full_day_name(m[1])} {m[2]} {_full_day_name(m[3])}", norm
    )


# A slash between two neighbouring small counts ("2/3 days", "5/6") is how people type "2 or
# 3" as often as "2 out of 3": read as a share, "2/3 days" was more than half and "5/6 days"
# nearly every day, for a patient who meant several days. So before a day word it is the
# range "2 or 3 days"; without one it stays "2 or 3", asked again (a bare count may be a
# score). Only "of the days/nights" after it ("2/3 of the days") makes it a share. Other
# pairs before a day word ("3/5 days": 8.4 of 14 as a share, 3-5 as a range) are given both
# readings, so the reply is read only when they agree ("1/5 days": several days either way).
_SLASH_SHARE_OF_DAYS_RE = re.compile(r"\b(\d)\s*/\s*(\d)\s+of\s+(?:the\s+)?(days|nights)\b", re.I)
# ("4/5x a week" too: round 12, freq12a, read "4/5 days a week" as 4 or 5 days a week.)
_SLASH_NEIGHBOURS_RE = re.compile(r"\b([1-6])\s*/\s*([2-7])(?:\b|(?=x\b))(?!\s*of\b)(?!\s*/)", re.I)
_SLASH_BEFORE_DAYS_RE = re.compile(r"\b([1-6])\s*/\s*([2-7])\s+(days|nights)\b", re.I)


def _slash_counts(text: str) -> str:
    text = _SLASH_SHARE_OF_DAYS_RE.sub(r"\1 out of \2 \3", text)
    text = _SLASH_NEIGHBOURS_RE.sub(
        lambda m: f"{m[1]} or {m[2]}" if int(m[2]) == int(m[1]) + 1 else m[0], text
    )
    return _SLASH_BEFORE_DAYS_RE.sub(
        lambda m: (
            f"{m[1]} out of {m[2]} {m[3]}, {m[1]} to {m[2]} {m[3]}"
            if int(m[1]) < int(m[2])
            else m[0]
        ),
        text,
    )


# Round 12 (freq12b): the whole window with a few days left out ("all of them except maybe 3
# or 4", "pretty much the whole fortnight apart from a couple of days") is "every day except"
# them; more than 4 left out of "all" stays asked again ("all but 5 days", session 1).
_WHOLE_WINDOW_BUT_FEW_RE = re.compile(
    r"\b(?:all of them|all (?:of )?the (?:days|nights)|all 14(?: days)?|the whole (?:fortnight"
    r"|2 weeks|14 days|time))(?: ,)? (?=(?:apart from|except(?: for)?|other than|bar|besides"
    r"|save for) (?:maybe |about |just |only |like )?(?:[1-4](?: (?:or|to) [1-4])?|a couple"
    r"|a few)\b)"
)
# "every day apart from a couple of days" is every day but 2, as "every day except 2 days".
_EVERY_DAY_BUT_COUPLE_RE = re.compile(
    r"\b(every (?:day|night)(?: ,)? (?:apart from|except(?: for)?|other than|bar|besides"
    r"|save for)) (?:maybe |about |just |only |like )?a couple(?: of)?(?= (?:days|nights)\b| ,|$)"
)
# Round 12 (freq12c): another language's "not really" ("pas vraiment", "nee hoor, niet echt",
# "Nie, raczej nie"; bot/frequency_words.py not_really), with that language's flat "no" before
# it, is written as the English words, so it is a soft zero exactly where "not really" is one
# (alone or before a clause that names no count; never on PHQ-9 item 9).
_NO_NOT_REALLY_RE = re.compile(
    phrase(
        _alternation(
            rf"(?:{w.no})(?: ,)? (?:{w.not_really})"
            for w in frequency_words.WORDS.values()
            if w.no and w.not_really
        )
    )
)
_NOT_REALLY_RE = re.compile(
    phrase(_alternation(w.not_really for w in frequency_words.WORDS.values() if w.not_really))
)
# "6 days a week, I get one day off from it": the day off is the rest of the same week, so
# it agrees with the weekly count and is no exception of its own.
_WEEK_AND_DAYS_OFF_RE = re.compile(
    r"\b([1-6]) (days|nights) (?:a|per|each|every) week(?: ,)? (?:and |but |so )?(?:i )?"
    r"(?:get|have|got|with|only get|only have|only) ([1-6]) (?:days?|nights?) off"
    r"(?: (?:from it|from that|a week|each week|per week))?\b"
)


def _round12_rewrites(norm: str) -> str:
    """Round 12 rewrites into the words the rules read: (freq12b) the whole window with a
    few days left out; (freq12c) other languages' "not really"; a week's count with the rest
    of that week off ("6 days a week, 1 day off")."""
    norm = _WHOLE_WINDOW_BUT_FEW_RE.sub("every day ", norm)
    norm = _EVERY_DAY_BUT_COUPLE_RE.sub(r"\1 2", norm)
    norm = _NO_NOT_REALLY_RE.sub("no , not really", norm)
    norm = _NOT_REALLY_RE.sub("not really", norm)
    return _WEEK_AND_DAYS_OFF_RE.sub(
        lambda m: m[0] if int(m[1]) + int(m[3]) != 7 else f"{m[1]} {m[2]} a week", norm
    )


# Round 13 (freq13a): "mos days" is "most days" ("mos" alone may be months: "3 mos ago").
_MOS_DAYS_RE = re.compile(r"\bmos (?=(?:days|nights|of (?:the|them)|the time)\b)")
# Another language's weekdays word, then that language's "at the weekend it's fine" ("an allen
# Werktagen, am Wochenende gehts", "w dni robocze, w weekendy jest ok"): read as the English
# "weekdays, at weekends it's fine" (the 10 weekdays). The weekend words are already English
# here (_round11_rewrites).
_WEEKDAYS_THEN_WEEKENDS_FINE_RE = re.compile(
    phrase(
        _alternation(
            _fold_accents(w.weekdays) for w in frequency_words.WORDS.values() if w.weekdays
        )
    )
    + r"(?= , (?:(?:but|and|aber|mais|pero|ma|maar|ale) )?at weekends its fine\b)"
)
# Round 13 (freq13b): a second estimate after a count per week ("about 3 days a week, maybe 4
# some weeks") bounds it like "maybe 6, maybe 8 days": "3 or 4 days a week" (6-8, asked again).
_WEEKLY_SECOND_ESTIMATE_RE = re.compile(
    rf"\b(\d) ({_UNIT}) ((?:a|per|each|every) week) , (?:or )?(?:maybe|perhaps|possibly|probably"
    rf"|sometimes|or) (\d)(?: (?:days?|nights?|times?))?(?: (?:some|other|most|bad) weeks)?\b"
)
# ... and "every day for about 10 days (now)": that many days, every one of them.
_EVERY_DAY_FOR_N_DAYS_RE = re.compile(
    r"\b(?:every|each) (?:single )?(?:day|night) for (?:the (?:last|past) )?"
    r"(?P<about>(?:about|around|roughly|like|maybe|probably|nearly|almost) )?"
    r"(?:the (?:last|past) )?"
    r"(?P<n>\d{1,2}) (?P<unit>days|nights)\b"
)


# Round 13 (freq13c): chat spellings ("12 outta 14", "all day erry day") and a weekday's
# short form where no other word fits ("every sat night": "sat"/"sun" before a part of day).
_OUTTA_RE = re.compile(r"\boutta (?=\d)")
_SHORT_WEEKEND_DAY_RE = re.compile(
    r"\b(every|each|on|most|only|just) (sat|sun)(?= (?:nights?|mornings?|evenings?|afternoons?)\b)"
)
# "2 days a week, sometimes 4": a weekly count with a second, higher one "sometimes" is the
# range of the two ("2 or 4 days a week"), read only when both give one option.
_WEEKLY_COUNT_SOMETIMES_MORE_RE = re.compile(
    r"\b([1-7]) (days?|nights?|times?) (a|per|each|every) week , (?:and )?(?:sometimes|occasionally"
    r"|some weeks|other weeks|now and then) (?:up to |as many as |even )?([1-7])"
    r"(?: (?:days?|nights?|times?))?(?= ,|$)"
)
# "all last week and 2 days this week": a whole week, as "all week last week" (_WHOLE_WEEK).
_ALL_OF_ONE_WEEK_RE = re.compile(r"(?<!\bat )\ball (?:of )?(last|this) week\b")


def _round13_rewrites(norm: str) -> str:
    """Round 13 rewrites into the words the rules read, run last: (freq13a) "mos days";
    another language's weekdays word before its "the weekend is fine"; (freq13b) a second
    estimate after a count per week, and "every day for about 10 days"."""
    norm = _MOS_DAYS_RE.sub("most ", norm)
    norm = _WEEKDAYS_THEN_WEEKENDS_FINE_RE.sub("weekdays", norm)
    norm = _WEEKLY_SECOND_ESTIMATE_RE.sub(r"\1 or \4 \2 \3", norm)
    return _EVERY_DAY_FOR_N_DAYS_RE.sub(lambda m: f"{m['about'] or ''}{m['n']} {m['unit']}", norm)


def _round13c_rewrites(norm: str) -> str:
    """Round 13 (freq13c) rewrites, run after round 12's: chat spellings, "every sat night",
    "2 days a week, sometimes 4", "all last week" (see the regexes above)."""
    norm = _OUTTA_RE.sub("out of ", norm)
    norm = re.sub(r"\berry (?=days?\b|nights?\b)", "every ", norm)
    norm = _SHORT_WEEKEND_DAY_RE.sub(
        lambda m: f"{m[1]} {'saturday' if m[2] == 'sat' else 'sunday'}", norm
    )
    norm = _WEEKLY_COUNT_SOMETIMES_MORE_RE.sub(r"\1 or \4 \2 \3 week", norm)
    return _ALL_OF_ONE_WEEK_RE.sub(r"all week \1 week", norm)


# Round 13 (freq13a): a bracket opens an aside ("Not at all (I've been sleeping well for
# once)"), like a spaced dash: a clause break, so the words inside do not join the answer.
_BRACKET_RE = re.compile(r"\s*[(\[]\s*|\s*[)\]]\s*(?=\S)")


def frequency_norm(text: str) -> str:
    text = _BRACKET_RE.sub(" , ", text)
    text = _WEEKDAY_DASH_RE.sub(r"\1 to ", text)  # before the dash is lost
    text = _slash_counts(text)  # before the slash is read as a share
    norm = _INTENSIFIERS_RE.sub("", _fold_accents(normalize(text)))
    norm = _other_language_counts(norm)
    # "an 10 von 14 Tagen", "10 de 14 dias", "10 sur 14 jours": a share of the days.
    norm = re.sub(
        r"\b(\d{1,2}) (?:von|de|di|sur|van|z|em|op) (\d{1,2}) (?=days?\b)", r"\1 out of \2 ", norm
    )
    # Chat "here n there", "on n off"; (round 13) "2 days last week n 3 this week".
    norm = re.sub(r"(?<=[a-z]) n (?=[a-z0-9])", " and ", norm)
    norm = re.sub(r"\bnope+\b", "nope", norm)  # "nopeee"
    norm = re.sub(r"\bhalf a dozen\b", "6", norm)
    # Round 9 (freq9b): two estimates ("maybe 6, maybe 8 days") bound the count: 6 or 8.
    # Round 12 (freq12b): also after "about"/"around" or no word ("about 11, maybe 12 days").
    norm = re.sub(
        r"\b(?:(?:maybe|perhaps|possibly|probably|about|around|roughly|approximately) )?"
        r"(?<!\d )(\d{1,2}) (?:, )?(?:or )?(?:maybe|perhaps|possibly|probably) (\d{1,2})\b",
        r"\1 or \2",
        norm,
    )
    # Round 9 (freq9b): "on 5 of the 7 days each week" is 5 out of 7, a share of the days.
    norm = re.sub(
        r"\b(\d) (?:out of|of) (?:the )?7 (days|nights) (?:each|a|per|every) week\b",
        r"\1 out of 7 \2",
        norm,
    )
    # Round 9 (freq9b): "every third day" is every 3 days.
    norm = re.sub(
        r"\bevery (third|fourth|fifth|3rd|4th|5th) (day|night)\b",
        lambda m: f"every {_ORDINALS[m[1]]} {m[2]}s",
        norm,
    )
    # Round 9 (freq9b): "at least 6 days a week" is at least 12 of the 14 days.
    norm = re.sub(
        r"\bat least ([1-7]) (?:days|nights|times) (?:a|per|each|every) week\b",
        lambda m: f"at least {2 * int(m.group(1))} days",
        norm,
    )  # before "half" is read as half the days
    norm = _round13c_rewrites(_round12_rewrites(_round11_rewrites(norm)))
    # "no no no", "never, never": a repeated denial is one denial.
    norm = re.sub(r"\b(no|nope|nah|never)(?:(?: ,)? \1\b)+", r"\1", norm)
    # "a week's worth of days" is a week (7 days).
    norm = re.sub(r"\b(?:a|1) weeks worth(?: of (?:days|nights|time))?\b", "a week", norm)
    norm = _weekday_names(norm)
    # Round 11 (freq11a): "ever day", "ever single night" are "every" with its y dropped.
    norm = re.sub(r"\bever (?=(?:single )?(?:day|night|morning|evening)s?\b)", "every ", norm)
    return _round13_rewrites(_fix_typos(re.sub(r"\ba dozen\b", "12", norm)))


# Round 11 (freq11a): weekday short forms ("Mon-Fri", "tues and thurs", "sat n sun") are the
# weekday names. "mon", "sat" and "sun" are words too, so they are read only in a run with
# another weekday, and "wed" ("we'd" without its apostrophe) only after one ("Mon Tue Wed").
_WEEKDAY_SHORT = {
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "weds": "wednesday",
    "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday",
    "sat": "saturday", "sun": "sunday",
}  # fmt: skip
_WEEKDAY_SHORT_ONLY = r"\b(?:tues?|weds|thu|thurs?|fri)\b"  # no other English word
_ANY_WEEKDAY = rf"(?:(?:{'|'.join(_WEEKDAY_SHORT)})|(?:{'|'.join(_WEEKDAY_NAMES)})s?)\b"
_WEEKDAY_RUN_RE = re.compile(
    rf"\b{_ANY_WEEKDAY}(?:(?: ,)?(?: (?:and|or|to|through|thru|till|until))?"
    rf" (?:{_ANY_WEEKDAY}|wed\b))+"
)


# A dash between two weekdays ("Mon-Fri", "Monday - Thursday") is a span; a slash a list.
_WEEKDAY_DASH_RE = re.compile(
    rf"\b({_ANY_WEEKDAY})\s*[-\u2013\u2014]\s*(?=(?:{_ANY_WEEKDAY}|wed\b))", re.IGNORECASE
)


def _is_weekday(word: str) -> bool:
    return word in _WEEKDAY_NAMES or word.removesuffix("s") in _WEEKDAY_NAMES


def _weekday_names(norm: str) -> str:
    """Weekday short forms written out, and weekdays side by side ("mon tue wed") a list.
    Saturday and Sunday together are the weekend ("all week except sat n sun")."""

    def run(m: re.Match[str]) -> str:
        out: list[str] = []
        for word in m[0].split(" "):
            word = "wednesday" if word == "wed" else _WEEKDAY_SHORT.get(word, word)
            if out and _is_weekday(out[-1]) and _is_weekday(word):
                out.append("and")  # "Mon Tue Wed Thu": a list, read like "mon, tue and wed"
            out.append(word)
        return " ".join(out)

    norm = _WEEKDAY_RUN_RE.sub(run, norm)
    norm = re.sub(_WEEKDAY_SHORT_ONLY, lambda m: _WEEKDAY_SHORT[m[0]], norm)
    # "saturday and sunday" is the weekend (not "last saturday and sunday": two days once).
    norm = re.sub(r"\b(every|each) saturday(?: ,)? (?:and|&) sunday\b", r"\1 weekend", norm)
    return re.sub(
        r"(?<!last )(?<!this )\bsaturdays?(?: ,)? (?:and|&) sundays?\b(?! (?:last|this) week)",
        "the weekend",
        norm,
    )


def _read_frequency(norm: str) -> Reading:
    return read_phrases(norm, _rules(), _FREQUENCY_NEGATORS, _FREQUENCY_BREAKS)


# An explicit self-correction ("a few days... actually no, more like most days", "most days,
# no scratch that, every day", "not at all. sorry, I mean a couple of days", "several days -
# wait, no, more than half"): only the part after the last marker is the answer (policy
# changed session 4), read by the same reader, so it must itself be clear. Two different
# answers without such a marker ("never, well every day actually") stay unclear. "actually
# no" / "no wait" / "wait no" are markers only when no noun follows ("actually no days" is a
# count), and "I mean it" / "I mean that" is emphasis, not a correction.
_SEP = r"[\s,.;:!\-\u2013\u2014\u2026]"
_TAKEN_BACK_IN_CHAT = (
    r"(?:^|(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<=[\s,.;:!\-\u2013\u2014\u2026]))"
    r"(?:nvm|never ?mind|nevermind)\b"
    r"|\b(?:jk|j k|just (?:kidding|joking))\b(?! (?:myself|me|yourself))"
)
_CORRECTION_RE = re.compile(
    rf"(?:^|(?<={_SEP}))(?:(?:actually{_SEP}+no|no{_SEP}+actually|no{_SEP}+wait|wait{_SEP}+no)\b"
    rf"(?!{_SEP}*(?:days?|nights?|times?|mornings?|evenings?|problems?|issues?|trouble)\b)"
    rf"|(?:no{_SEP}+)?scratch that\b|(?:sorry{_SEP}+)?i (?:mean|meant)\b(?!{_SEP}+(?:it|that)\b)"
    rf"|correction\b|let me correct(?: that| myself)?\b"
    # "I said several days before but it's more like every day": the answer taken back.
    rf"|i (?:said|put|answered|told you|wrote)(?!{_SEP}+to\b)(?:{_SEP}+\w+){{1,4}}?{_SEP}+"
    rf"(?:before|earlier|at first|a minute ago){_SEP}+but\b"
    # "not at all - oh wait, sorry, I misread, it's been most days".
    rf"|oh{_SEP}+wait(?:{_SEP}+no)?\b|i{_SEP}+misread(?:{_SEP}+the question)?\b"
    # Round 11 (freq11a): "every day... actually wait, more like a few days".
    rf"|actually{_SEP}+wait(?:{_SEP}+no)?\b"
    # Round 9 (freq9b): a trailing-off answer taken back ("most days... no, every day",
    # "tous les jours... non, plutôt 2 ou 3 jours", "every day... ok not every day, 4 or 5"),
    # and a count made on second thought ("I thought most days but when I actually count
    # it it's like 5"). The marker needs more words after it ("never... no." is no answer).
    # Round 11 (freq11c): with Polish "a nie" / Italian "anzi (no)" ("rather"); (freq11a)
    # "... well no, most days", "sometimes... ok fine most days".
    # Round 13 (freq13a): Spanish/Portuguese/French "well no" ("unos días... bueno no, la
    # mayoría"), and "... (hmm) actually <answer>" ("not at all... hmm actually a few
    # times"), never to a zero.
    rf"|(?:\.{{2,}}|\u2026)\s*(?:(?:hmm+|um+|oh){_SEP}+)?actually\b(?={_SEP}+\w)"
    rf"(?!{_SEP}+no\b)(?!.*\b(?:not|never|none|no|nothing|zero|0|nope|nah)\b)"
    rf"|(?:\.{{2,}}|\u2026)\s*(?:(?:a|anzi|well|bueno|bom|bon|beh){_SEP}+)?(?:no|nope|non|nein|nee|nie|não|nao"
    rf"|(?:ok|okay)(?:{_SEP}+fine)?)\b(?={_SEP}+\w)|(?:\.{{2,}}|\u2026)\s*anzi\b(?={_SEP}+\w)"
    rf"(?!{_SEP}*(?:days?|nights?|times?|mornings?|evenings?|problems?|issues?|trouble)\b)"
    rf"|\bbut{_SEP}+when{_SEP}+i{_SEP}+(?:actually{_SEP}+|really{_SEP}+)?(?:count|counted|add"
    rf"|added)(?:{_SEP}+(?:it|them))?(?:{_SEP}+up)?\b"
    # Round 9 (freq9a): a bare "no" between two answers, then "more like" / "honestly, it's".
    # Never to a zero: "every day, no, honestly, it's none" stays two answers.
    rf"|(?<=[,.\u2026]){_SEP}*no{_SEP}+(?:more like|honestly{_SEP}+(?:it'?s|it is|it was))\b"
    rf"(?!.*\b(?:not|never|none|no|nothing|zero|0|nope|nah)\b)"
    # Round 10 (freq10): a first answer taken back with "maybe not", then "more like" ("most
    # days, well, maybe not most. More like 3 or 4 days"); never to a zero.
    rf"|\bmaybe{_SEP}+not(?:{_SEP}+(?:most|every|all|that|so|as|many|much|days?|nights?|of"
    rf"|them|the|time|day)){{1,3}}{_SEP}+(?=more{_SEP}+like\b)"
    rf"(?!.*\b(?:not|never|none|no|nothing|zero|0|nope|nah)\b)"
    # Round 11 (freq11a): chat take-backs ("like 3 days, nvm more like 9", "every day lol jk
    # not at all"; not "I never mind ..."), and a first answer given as what the patient
    # would have said ("at first I would have said a few days, but no, thinking properly,
    # it was most days").
    rf"|{_TAKEN_BACK_IN_CHAT}"
    rf"|\b(?:at first|initially|originally){_SEP}+i(?:{_SEP}+(?:would|might)|'?d){_SEP}+have"
    rf"{_SEP}+said\b[^.?!]*?{_SEP}but(?:{_SEP}+no)?(?:{_SEP}+thinking(?:{_SEP}+about{_SEP}+it)?"
    rf"(?:{_SEP}+(?:properly|again|more|harder))?)?\b)"
)
# Round 11 (freq11a): PHQ-9 item 9 (firm_zero) reads no zero reached through these.
_TAKEN_BACK_IN_CHAT_RE = re.compile(_TAKEN_BACK_IN_CHAT)


# Round 9 (freq9b): a count made on second thought ends the reply with the number of days:
# "I thought most days but when I actually count it it's like 5" is 5 days.
_COUNTED_RE = re.compile(
    r"\bwhen i (?:actually |really )?(?:count|counted|add|added)(?: (?:it|them))?(?: up)?"
    r"[\s,.;:\-]+(?:(?:it'?s|it is|it was|that'?s|that is|about|around|like|roughly|only"
    r"|just|maybe)[\s,]+)*(?P<n>\d{1,2})(?: (?:days?|nights?))?[\s.!]*$"
)


# Round 13 (freq13a): "most days... no wait, actually just a few": "actually" right after a
# correction marker belongs to the marker. Never to a zero ("..., no wait, actually none" stays
# as it was read before: no new zero on PHQ-9 item 9).
_LEADING_ACTUALLY_RE = re.compile(rf"^(?:{_SEP}|hmm+\b|um+\b|erm\b|wait\b)*actually\b")


def _without_leading_actually(corrected: str) -> str:
    m = _LEADING_ACTUALLY_RE.match(corrected)
    if m is None or not re.sub(_SEP, "", corrected[m.end() :]):
        return corrected
    rest = corrected[m.end() :]
    return corrected if _match_frequency(rest) in (None, NOT_AT_ALL) else rest


# Round 13 (freq13a): "2 or 3 days, no wait maybe 4": a bare count after a correction, when
# the answer taken back counted days, is a day count. Only from 4: up to 3 it may be an
# option's score (as "more like 3", session 4 / round 9).
_BARE_CORRECTED_COUNT_RE = re.compile(
    rf"^{_SEP}*(?:(?:maybe|probably|perhaps|more like|like|about|around|prob|its|it is|it was)"
    rf"{_SEP}+)*(?:[4-9]|1[0-4])(?:{_SEP}+(?:or|to){_SEP}+(?:[4-9]|1[0-4]))?{_SEP}*$"
)
_DAYS_COUNTED_BEFORE_RE = re.compile(r"\b\d{1,2} (?:days?|nights?|times)\b")


def _corrected_count_in_days(text: str, corrected: str) -> str:
    if not _BARE_CORRECTED_COUNT_RE.match(corrected):
        return corrected
    before = frequency_norm(text[: len(text) - len(corrected)])
    if not _DAYS_COUNTED_BEFORE_RE.search(before):
        return corrected
    return corrected.rstrip(" .,;:!-") + " days"


def _after_correction(text: str) -> str | None:
    """The part after the last explicit self-correction marker, or None if there is none."""
    folded = unicodedata.normalize("NFKC", text).lower().translate(QUOTES)
    ends = [m.end() for m in _CORRECTION_RE.finditer(folded)]
    return folded[ends[-1] :] if ends else None


# A zero that rests on what the patient can recall ("none that I can think of", "I can't
# remember a single day"): read on an ordinary item, asked again on PHQ-9 item 9 like "not
# that I can remember" (CLINICAL.md section 1: there a 0 must be firm, not reassurance).
_MEMORY_HEDGED_ZERO_RE = re.compile(
    r"\b(?:none|not 1|nothing|no days?|no times?) (?:that )?(?:i )?(?:can|could) ?(?:think of"
    r"|remember|recall|name)\b"
    r"|\b(?:can not|could not|do not) (?:think of|remember|recall|name|pick out|point to)"
    r" (?:a|1|any)(?: single)? (?:day|time|night|occasion)s?\b"
    r"|\bnone (?:that )?i (?:can )?(?:remember|recall|noticed|know of)\b"
)


def match_frequency(text: str, *, firm_zero: bool = False) -> str | None:
    """Two-week frequency scale: not_at_all | several_days | more_than_half | nearly_every_day | None.

    A soft zero ("not really", "never really", "not that I've noticed", "I guess not at all")
    is not_at_all: every blind writer of the labelled sets, and clinical practice, record it so
    on an ordinary item. With `firm_zero` (an item whose answer above 0 raises a flag: PHQ-9
    item 9) it is asked again instead: there a 0 is not reassurance (CLINICAL.md section 1)."""  # noqa: E501
    token = _FIRM_ZERO_ITEM.set(firm_zero)
    try:
        value = _match_frequency(text)
    finally:
        _FIRM_ZERO_ITEM.reset(token)
    if value is None and not firm_zero and (_soft_zero(text) or _plain_zero(text)):
        return NOT_AT_ALL
    if value is None and not firm_zero and _chat_zero(text):
        return NOT_AT_ALL
    if firm_zero and value == NOT_AT_ALL and _zero_not_firm_on_item_9(text):
        return None
    return value


# Round 13 (freq13a): misspellings first read this round ("never happend", "notat all").
_ROUND13_ZERO_TYPOS_RE = re.compile(r"\b(?:happend|happenned|notat)\b")


def _round13_new_zero(text: str) -> bool:
    """A zero on PHQ-9 item 9 that only this round's readings give: through a misspelling
    read this round, or through a bracket read as a clause break (without brackets, as
    before this round, the reply is no zero)."""
    if _ROUND13_ZERO_TYPOS_RE.search(text.lower()):
        return True
    if not re.search(r"[()\[\]]", text):
        return False
    token = _FIRM_ZERO_ITEM.set(True)
    try:
        return _match_frequency(re.sub(r"[()\[\]]", " ", text)) != NOT_AT_ALL
    finally:
        _FIRM_ZERO_ITEM.reset(token)


# Wording first read as a zero in round 12 ("literally never", freq12b) or round 13 ("zero
# outta 14", freq13c): item 9 keeps asking again, as before those rounds.
_LATER_ZERO_WORDING_RE = re.compile(r"\b(?:literally|outta)\b")


def _zero_not_firm_on_item_9(text: str) -> bool:
    """A zero that PHQ-9 item 9 (`firm_zero`) asks again about: there a 0 must be firm, not
    reassurance (CLINICAL.md section 1), and no wording a later round first read as a zero
    may become one."""
    lowered = text.lower()
    return bool(
        _MEMORY_HEDGED_ZERO_RE.search(frequency_norm(text))  # "none that I can think of"
        or _TAKEN_BACK_IN_CHAT_RE.search(lowered)  # round 11: "every day lol jk, not at all"
        or _LATER_ZERO_WORDING_RE.search(lowered)  # "literally never", "zero outta 14"
        or _round13_new_zero(text)  # round 13: "never happend", "not at all (...)"
    )


# Round 11 (freq11b): on PHQ-9 item 9 (`firm_zero`) no new wording may become a zero, so the
# round's evidence phrases are not read there and a zero is never read past a story.
_FIRM_ZERO_ITEM: ContextVar[bool] = ContextVar("_FIRM_ZERO_ITEM", default=False)


def _rules() -> tuple[Rule, ...]:
    """The lexicon for the reply being read: without round 11's evidence phrases on item 9."""
    return _FIRM_ITEM_RULES if _FIRM_ZERO_ITEM.get() else FREQUENCY_RULES


# Round 9 (freq9a): zeros the rules above leave asked again, read on an ordinary item only
# (with `firm_zero`, PHQ-9 item 9, they stay asked again as before): the topic denied by
# reference ("no thoughts like that at all", "I haven't had any days like that", "I can't
# say I've had that at all"), a run of zero words ("Zero. Nada. Zilch."), each alone or
# followed by a clause that names no frequency ("..., I'm glad to say"), and a zero followed
# by the recall window ("never had that in the past fortnight"). Never when hedged.
_PLAIN_ZERO_RE = re.compile(
    # Round 12 (freq12c): a polite "fine, thanks" before the zero ("Fine, thanks! Nothing to
    # report on that front.").
    r"^(?:(?:im |i am |all )?(?:fine|good|ok|okay|well) (?:, )?(?:thanks|thank you|thx) , )?"
    r"(?:(?:no|nah|nope) (?:, )?)*"
    r"(?:no (?:thoughts|feelings|days|nights|episodes|moments|problems|issues|trouble)"
    r" (?:like (?:that|this|those)|of (?:that|this) (?:kind|sort))(?: at all| whatsoever)?"
    r"|(?:i )?(?:have|has|had) not (?:had|felt|noticed) any (?:days|nights|thoughts|feelings"
    r"|times|moments|episodes) like (?:that|this)(?: at all)?"
    r"|(?:ive|i have) not (?:had|felt|noticed) any (?:days|nights|thoughts|feelings|times"
    r"|moments|episodes) like (?:that|this)(?: at all)?"
    r"|i can not (?:honestly |really )?say (?:that )?(?:ive|i have|i had) (?:had|felt|noticed)"
    r" (?:that|it|this)(?: at all)?"
    r"|(?:0|none|nil|zilch|zip|nada|nothing)(?: ,)?(?: (?:0|none|nil|zilch|zip|nada|nothing)"
    r"(?: ,)?){1,3}"
    # Round 11 (freq11c): a flat "no" and then "zero" ("no. zero.", "nope, 0").
    r"|(?:no|nah|nope) (?:, )?0"
    # Round 11 (freq11a): the topic denied as an ongoing thing ("not something I've been
    # dealing with"), and the topic said to be well, then "so no" ("energy's been good
    # lately so no").
    r"|not something (?:i have|ive|i) (?:been )?(?:dealing with|struggling with|having"
    r"|experiencing|going through)"
    r"|(?:my )?(?!(?:not|never|no|mostly|usually|generally|sometimes|it|its|i|ive)\b)\w+"
    r"(?: s| has| is| have)? been (?:really |pretty |quite |totally )?(?:good|fine|great|ok"
    r"|okay|normal|alright|all right)(?: (?:lately|recently))?(?: ,)? so (?:no|nope|nah)"
    # Round 12 (freq12c): none in either week ("none this week and none last week either",
    # "didn't happen either week", "neither week"); "nothing to report on that front";
    # another language's plain zero (bot/frequency_words.py zero_plain, "neanche un giorno").
    rf"|(?:{_NO_DAYS}) (?:this|last|the first) week(?: ,)?(?: (?:and|or|plus))? (?:{_NO_DAYS})"
    r" (?:last|this|the second|the other) week(?: either)?"
    r"|(?:it )?(?:did not|has not|have not|had not) (?:happen|happened|come up|bothered me)"
    r" (?:in )?either week|(?:not (?:in )?either|(?:in )?neither) week"
    r"|nothing (?:at all )?to report (?:on that front|on that score|there|in that department)"
    # ... and "not one day out of the fourteen" (the window after "not one day").
    r"|not (?:even )?(?:a single|1 single|1) (?:day|night) (?:out of|of|in) (?:the |those |these )?"
    r"(?:last |past )?14(?: days| nights)?"
    rf"|{_alternation(w.zero_plain for w in frequency_words.WORDS.values() if w.zero_plain)})"
    r"(?: (?:tbh|honestly|to be honest))?(?P<rest> , .*)?$"
)
_RECALL_TAIL_RE = re.compile(
    rf" (?:(?:in|over|during|for|within|throughout) )?(?:the |these |this |those )?"
    rf"(?:last |past |previous )?{_RECALL}$"
)


# Round 11 (freq11a): zeros typed in chat ("nah fam", "never ngl", "nott at all", "nah i
# been vibin", "nah im actually sleeping fine"), read on an ordinary item only: the chat words
# are written as the words the rules know, and the reply read again; only a zero is taken.
_CHAT_WORDS = (
    (r"nott", "not"),
    (r"realy|reallyy|relly", "really"),
    (r"fam|bro|bruh|dude", "mate"),
    # Round 12 (freq12c): a polite form of address ("no ma'am"), like "no mate".
    (r"ma'?am|madam", "mate"),
    (r"ngl", "honestly"),
    (r"i been", "ive been"),
    (r"(?:i'?m|i am) (?:actually|honestly|really)", "im"),
    (r"vibin'?|vibing|chillin'?|chilling|thriving", "fine"),
)
_CHAT_WORDS_RE = re.compile(
    "|".join(rf"\b(?P<w{i}>{p})\b" for i, (p, _) in enumerate(_CHAT_WORDS)), re.I
)


def _chat_zero(text: str) -> bool:
    if "?" in text:
        return False
    plain = _CHAT_WORDS_RE.sub(lambda m: _CHAT_WORDS[int(str(m.lastgroup)[1:])][1], text)
    if plain == text:
        return False
    return _match_frequency(plain) == NOT_AT_ALL or _soft_zero(plain) or _plain_zero(plain)


def _plain_zero(text: str) -> bool:
    norm = frequency_norm(text)
    if not norm or "?" in text or HEDGE_RE.search(norm) or _QUALIFIED_ZERO_RE.search(norm):
        return False
    tail = _RECALL_TAIL_RE.search(norm)
    if tail and tail.start() > 0 and _match_frequency(norm[: tail.start()]) == NOT_AT_ALL:
        return True  # "never had that in the past fortnight"
    m = _PLAIN_ZERO_RE.match(norm)
    if m is None:
        return False
    rest = (m["rest"] or "").strip(" ,")
    if not rest:
        return True
    reading = _read_frequency(rest)
    return not (reading.values or reading.negated or reading.vague or reading.unclear)


# A soft zero: a hedged or softened denial, alone or followed by a clause that names no
# frequency at all ("not really, no - I've been sleeping like a log"). Anything in the rest
# that reads as a count, a vague word, a negated option or an unclear marker keeps the reply
# asked again ("not really, but most nights lately", "not really, a bit").
_SOFT_ZERO_RE = re.compile(
    r"^(?:(?:no|nah|nope|um|erm|well|hmm|honestly) (?:, )?)*"
    r"(?P<zero>not really|never really|not that (?:i have|ive|i) (?:noticed|been aware of)"
    r"|(?:not|none) that (?:i have|ive|i) noticed"
    r"|not that i (?:can|could) (?:remember|recall|think of)|not that i know of"
    r"|i would not say so|i would not say (?:that|it|thats|that has|it has) (?:has )?"
    r"(?:bothered|affected|troubled) me(?: at all| much)?"
    r"|(?:i guess|i think|i suppose|probably|i would say) (?:not at all|never)"
    # "I wouldn't say I've had that at all", "... I've been bothered by it at all".
    r"|i would not say (?:that )?(?:i have|ive|i) (?:had|felt|noticed|experienced|been"
    r" (?:bothered|troubled|affected)(?: by)?) (?:it|that|this|any of (?:it|that))(?: at all)?)"
    # "never really had that problem", "not really bothered by that one": the topic denied.
    r"(?: (?:had|noticed|felt|experienced) (?:it|that|this|any)(?: (?:problem|issue|trouble"
    r"|way))?| (?:been )?(?:bothered|troubled|affected)(?: by (?:it|that|this)(?: 1)?)?"
    r"|(?: been)? an? (?:issue|problem)(?: for me)?)?(?: at all)?"
    r"(?P<nos>(?: (?:, )?(?:no|nah|nope))*)(?: (?:tbh|honestly|to be honest|mate))?"
    r"(?P<rest> .*)?$"
)


def _soft_zero(text: str) -> bool:
    norm = frequency_norm(text)
    m = _SOFT_ZERO_RE.match(norm) if norm else None
    if m is None or _QUALIFIED_ZERO_RE.search(norm):
        return False
    if _HEDGED_ZERO_THEN_MAYBE_RE.match(norm):
        return False  # Round 13: "not that I can remember. Well, maybe the day the boiler broke"
    rest = (m["rest"] or "").strip()
    if rest and not m["nos"] and not rest.startswith(","):
        return False  # "not really sure": the words go on, so it was no denial
    rest = rest.strip(" ,.;:-")
    if not rest:
        return True
    reading = _read_frequency(rest)
    if reading.values == {NOT_AT_ALL} and not (reading.negated or reading.vague or reading.unclear):
        return True  # "nah not really, none": the zero said again plainly
    return not (reading.values or reading.negated or reading.vague or reading.unclear)


# Round 13 (freq13b): days talked over week by week ("the first week was fine, the second
# week I had Monday to Thursday", "a couple of bad days last week and then this week every
# day", "2 shifts a week"), then the patient's own total: "so 4 days", "so all in all probably
# 9 days", "4 days in total". The total is the answer when everything before it is a count
# or a week named (no other time, no one else's answer) and nothing after it is read.
_WEEK_TOTAL_RE = re.compile(
    r" , (?:so |thats |that is |which is |which makes |making )?(?P<sum>(?:all in all|in total"
    r"|altogether|overall|in all) )?(?P<about>(?:probably|maybe|about|around|roughly|like) )?"
    r"(?P<n>\d{1,2}) (?:days|nights)(?P<sum2> (?:in total|altogether|all together|overall"
    r"|in all|total))?(?= ,|$)"
)
_WEEK_NAMED_RE = re.compile(
    r"\b(?:(?:this|last|first|second|other|next|a|per|each|every) week|(?:this|last) weekend)\b"
)


def _total_after_week_talk(norm: str) -> str | None:
    m = next(reversed(list(_WEEK_TOTAL_RE.finditer(norm))), None)  # the last total
    if m is None or not (m["sum"] or m["sum2"] or m[0].startswith(" , so ")):
        return None
    before, after = norm[: m.start()], norm[m.end() :]
    hits = phrase_hits(before, _rules())
    weeks = [_WEEK_NAMED_RE.search(before[h.start : h.end]) for h in hits if h.value == UNCLEAR]
    if not weeks or not all(weeks):
        return None
    named = {w[0] for w in weeks if w is not None}
    if len(named) < 2 and not re.match(r"(?:a|per|each|every) ", min(named)):
        return None  # "a couple of days last week, so 2 days": the other week is open
    if HEDGE_RE.search(before) or any(h.value.startswith(VAGUE) for h in hits):
        return None
    rest = _read_frequency(after)
    if rest.values or rest.negated or rest.unclear or rest.vague:
        return None
    n = int(m["n"])
    days = _same(_days(n - 1), _days(n), _days(n + 1)) if m["about"] else _days(n)
    return None if days == UNCLEAR else days


def _match_frequency(text: str) -> str | None:
    if too_long_or_empty(text):
        return None
    counted = _COUNTED_RE.search(unicodedata.normalize("NFKC", text).lower().translate(QUOTES))
    if counted is not None:
        days = _days(int(counted["n"]))  # "... but when I actually count it it's like 5"
        return None if days == UNCLEAR else days
    if _HEDGED_ZERO_THEN_MAYBE_RE.match(frequency_norm(text)):
        return None  # "not that I can remember... maybe once?": between 0 and a few days
    corrected = _after_correction(text)
    if corrected is not None:
        if not re.sub(_SEP, "", corrected):
            return None
        corrected = _without_leading_actually(corrected)
        return _match_frequency(_corrected_count_in_days(text, corrected))
    number = bare_number(text)
    if number is not None:
        return _bare_number_frequency(number)
    if _QUESTION_BACK_RE.match(text.strip()) or _OPENS_WITH_WHAT_COUNTS_RE.match(text.strip()):
        return None  # "is that including weekends?": a question back, not an answer
    before_question = _before_normality_question(text)
    if before_question is not None:
        return _match_frequency(before_question)
    echoed = _after_echo_no(text)
    if echoed is not None:
        return echoed
    norm = frequency_norm(text)
    if not norm:
        return None
    if _zero_then_no(norm):
        return NOT_AT_ALL
    reading = _read_frequency(norm)
    if _rare_but_yes(norm, reading):
        return SEVERAL_DAYS
    bounded = _vague_bounds(norm, reading)
    if bounded is not None:
        return bounded
    total = _total_after_week_talk(norm)
    if total is not None:
        return total  # "the first week was fine, the second week 4 days, so 4 days"
    if reading.unclear:
        # Before the "all but" shortcuts: "my husband says every day but I don't think so" is
        # not "every day but a day or two".
        return _recall_contrast(norm) or _answer_then_story(norm)
    refined = _refined(norm, reading)
    if refined is not None:
        return refined
    if _ALL_BUT_WEEKENDS_RE.search(norm):
        return MORE_THAN_HALF  # every day but the weekends: about 10 of the 14 days
    if _ALL_BUT_RE.search(norm):
        # "all but a couple of days": the days left out are the exceptions, so reading the
        # count as the answer would score the opposite; a small exception is nearly every day.
        if _ALL_BUT_MANY_RE.search(norm) or _ALL_BUT_BARE_RE.search(norm):
            # "every day except like 3 or 4 (days)": 10-11 left, read when that is one option.
            return MORE_THAN_HALF if reading.values == {MORE_THAN_HALF} else None
        return NEARLY_EVERY_DAY
    if _firm_zero_after_hedge_opener(text, norm):
        return NOT_AT_ALL
    hedged = (
        _asks_back(text)
        or bool(HEDGE_RE.search(_without_if_anything_better(norm)))
        or bool(_OTHER_LANGUAGE_HEDGE_RE.search(norm))
        or bool(_DOUBTED_ANSWER_RE.search(norm))
    )
    value = decide(reading, NOT_AT_ALL, hedged)
    if value is not None and any(value not in options for options in reading.vague):
        return None  # "rarely, but lately every day": the words disagree
    if value == NOT_AT_ALL and reading.vague:
        return None  # "no, not really": a zero hedged by a vague word is not reassurance
    if value == NOT_AT_ALL and _QUALIFIED_ZERO_RE.search(norm):
        return None  # "no, mostly fine", "no, I'm not sleeping well": no firm zero
    if value is None and len(reading.values) > 1 and "?" not in text:
        value = _answer_then_story(norm)  # "most days, I dread Sunday nights"
    if value not in (None, NOT_AT_ALL) and _unsure_zero_then_maybe_some(text, norm):
        return None  # "not that I can recall... perhaps once?": 0 or 1, asked again
    return value


# Round 12 (freq12a): "Not at all. If anything I've been more relaxed than usual": "if
# anything" before the topic said to be better than usual strengthens a zero, it does not
# hedge it. Ordinary items only: on PHQ-9 item 9 (firm_zero) it stays a hedge.
_IF_ANYTHING_BETTER_RE = re.compile(
    r"\bif anything (?:, )?(?=(?:i have been|ive been|i have felt|ive felt|i am|im|i feel|i felt"
    r"|i was|ive|i have|i) (?:a bit |a little |even |much |actually )?(?:more (?:relaxed|calm"
    r"|rested|energetic|positive|focused|settled|content|cheerful|upbeat|motivated)|calmer"
    r"|happier|(?:sleeping |feeling |doing |coping )?better|less (?:anxious|stressed|worried"
    r"|tense|irritable|restless|on edge|wound up))\b)"
)


def _without_if_anything_better(norm: str) -> str:
    return norm if _FIRM_ZERO_ITEM.get() else _IF_ANYTHING_BETTER_RE.sub("", norm)


# Round 11 (freq11a): a zero the patient is unsure of ("not that I can think of", "I don't
# think so"), then a hedged count ("maybe one day?"): the answer is 0 or a day or two, and
# the patient does not know which, so it is asked again. ("rarely, maybe once" stays several
# days: "rarely" itself says not none.)
_UNSURE_ZERO_RE = re.compile(
    r"^(?:(?:no|nah|nope|um|erm|well|hmm) (?:, )?)*(?:not that i (?:can |could )?(?:remember"
    r"|recall|think of)|not that i know of|not that (?:i have|ive|i) (?:noticed|been aware of)"
    r"|(?:none|nothing) that i (?:can |could )?(?:remember|recall|think of)"
    r"|(?:i )?do not think so) (?:, )?(?P<rest>.+)$"
)


def _unsure_zero_then_maybe_some(text: str, norm: str) -> bool:
    m = _UNSURE_ZERO_RE.match(norm)
    return m is not None and ("?" in text or bool(HEDGE_RE.search(m["rest"])))


def asked_again_on_purpose(text: str) -> bool:
    """True when the rules ask again for a reason of their own, not for want of a phrase: an
    unclear marker (someone else's answer, another time, "I don't know", a question back), a
    vague word ("sometimes") or only phrases set aside on purpose ("twice a day", "I feel
    down all day"). A suggestion (bot/frequency_guess.py) must not override such a reason."""
    norm = frequency_norm(text)
    if not norm:
        return False
    reading = _read_frequency(norm)
    return (
        reading.unclear
        or bool(reading.vague)
        or (reading.neutral and not reading.values and not reading.negated)
    )


# "Not at all. Why, do most people say yes?", "Every day. Is that normal?": a clear answer,
# then a question about what is usual; the question does not change the answer.
_NORMALITY_QUESTION_RE = re.compile(
    r"^(?P<answer>[^?]+?)[.!,]+\s+(?:why|is (?:that|it|this) (?:normal|bad|ok|okay|good|weird|odd"
    r"|strange|common|unusual|worrying)|(?:do|does) (?:most|other|a lot of|lots of|many) people"
    r"|(?:does|do) everyone|am i (?:normal|weird|odd))\b[^?]*\?\W*$",
    re.I | re.S,
)


def _before_normality_question(text: str) -> str | None:
    m = _NORMALITY_QUESTION_RE.match(text.strip())
    return m["answer"] if m else None


# "not in the last 2 weeks no", "never no": a trailing "no" after a firm zero agrees with it
# (after another answer, "every day no", it may take it back: asked again).
_TRAILING_NO_RE = re.compile(r"^(?P<rest>.*\w)(?: ,)? (?:no|nope|nah)$")


def _zero_then_no(norm: str) -> bool:
    m = _TRAILING_NO_RE.match(norm)
    if m is None or HEDGE_RE.search(m["rest"]):
        return False
    reading = _read_frequency(m["rest"])
    return not reading.vague and decide(reading, NOT_AT_ALL, hedged=False) == NOT_AT_ALL


# "few and far between but yes", "rarely, but yes it happens": a rare word says not more
# than several days, the "yes" says not none: several days.
# Round 12 (freq12b): not when a negation follows ("but I have not really been paying attention").
_AFFIRM_RE = re.compile(
    r"\b(?:but|though) (?:yes|yeah|yep|it does|it has|i do|i have)\b(?! not\b| never\b)"
)


def _rare_but_yes(norm: str, reading: Reading) -> bool:
    rare = frozenset({NOT_AT_ALL, SEVERAL_DAYS})
    return (
        not reading.values
        and not reading.unclear
        and reading.vague == frozenset({rare})
        and bool(_AFFIRM_RE.search(norm))
    )


def _vague_bounds(norm: str, reading: Reading) -> str | None:
    """ "sometimes, not often", "a bit, on and off, not a lot": a word that says it happened
    (not none) and one that says not often (not many) bound the count from both sides:
    several days. Other pairs ("often, sometimes") leave the count open: asked again, and so
    does a soft zero beside a vague word ("not really, a bit"): a hedged zero (policy)."""
    if re.search(r"\b(?:not|never) really\b", norm):
        return None
    if reading.values or reading.negated or reading.unclear or len(reading.vague) < 2:
        return None
    common = frozenset.intersection(*reading.vague)
    return SEVERAL_DAYS if common == {SEVERAL_DAYS} else None


# Words beside a zero that qualify it ("no, mostly fine") or deny that things are well ("no,
# I'm not sleeping well", "no, not great"): the zero is not reassurance, so asked again.
_QUALIFIED_ZERO_RE = re.compile(
    r"\b(?:mostly|generally|largely|on the whole|for the most part|apart from|except|other than"
    r"|not (?:\w+ )?(?:well|good|great|brilliant|amazing|fine|ok|okay|right|properly|much"
    r"|enough|coping|managing|sleeping|eating|functioning|concentrating|focusing|myself)"
    # "no, I struggle to sleep", "no, I can barely eat", "no, I sleep too much": the symptom
    # told after the no.
    r"|too (?:much|little|many|often|early|late)"
    r"|(?<!not )(?<!never )struggl\w*|barely|hardly|unable|(?:can|could) not (?:sleep|eat|focus"
    r"|concentrate|relax|cope|switch off|settle|stop|get)"
    # Round 12 (freq12a): "no, relaxing is really hard for me", "no, I find it hard to sleep":
    # the symptom told after the no.
    r"|(?<!not )(?<!never )(?:is|are|been|its|was|were|find it|finding it) (?:really |so |very "
    r"|quite |pretty |too |incredibly |extremely )?(?:hard|difficult|tough|a struggle"
    r"|impossible)"
    # "no, the weekends are better", "no, mornings are fine": a part of the time said to be
    # fine or better says the rest is not (session 7: read as 0, even on item 9).
    r"|(?:weekends?|weekdays?|mornings?|evenings?|nights?|afternoons?|some days|days off"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days?) (?:are|is|were|was|have been|has been|"
    r"tend to be|seem) (?:a (?:bit|little|lot) |much |slightly |usually |generally )?"
    r"(?:better|easier|fine|ok|okay|alright|good|calmer))\b"
)


def _asks_back(text: str) -> bool:
    """A question mark hedges the reply ("not at all?"), unless an answer follows it: then the
    question was an echo or a rhetorical opener ("Restlessness? No, none whatsoever.",
    "Honestly? Never.")."""
    if "?" not in text:
        return False
    after = frequency_norm(text.rsplit("?", 1)[1])
    return not (after and _read_frequency(after).values)


# "nearly every day? no, more like several days", "Restlessness? No, none whatsoever": the
# patient echoes an option or the question and answers "no" to it; what follows is the
# answer when it is clear by itself (otherwise the whole reply is read as usual).
# Round 11 (freq11a): a repeated "no" ("Often? No no, only some 3 days") is one.
_ECHO_NO_RE = re.compile(
    r"^[^?]+\?\s*(?:(?:no|nope|nah)\b[\s,.;:!\-]*)+(?P<rest>\S.*)$", re.I | re.S
)


def _after_echo_no(text: str) -> str | None:
    m = _ECHO_NO_RE.match(text.strip())
    return _match_frequency(m["rest"]) if m else None


# "I used to get panic attacks years ago but nothing in the last couple of weeks", "a rough
# patch last month but these past 2 weeks it hasn't bothered me": another time, then "but"
# and the recall period itself. The part after "but" is the answer about the last 2 weeks.
_RECALL_CONTRAST_RE = re.compile(
    rf"\b(?:but|though|although|whereas) (?P<rest>.*\b(?:(?:last|past) {_RECALL}|lately"
    r"|recently)\b.*)$"
)


# Round 12 (freq12c): "... but these two weeks have been ok" names the window as "these", not
# "the last"; a zero read this way is taken on an ordinary item only (not on PHQ-9 item 9).
_THESE_WEEKS_CONTRAST_RE = re.compile(
    rf"\b(?:but|though|although|whereas) (?P<rest>(?:the )?(?:these|this) (?:past |last )?"
    rf"{_RECALL}\b.*)$"
)


def _recall_contrast(norm: str) -> str | None:
    """The answer after "but <the last 2 weeks>" when the whole reply is unclear, else None."""
    m = _RECALL_CONTRAST_RE.search(norm)
    if m:
        return _match_frequency(m["rest"])
    m = _THESE_WEEKS_CONTRAST_RE.search(norm)
    value = _match_frequency(m["rest"]) if m else None
    return None if value == NOT_AT_ALL and _FIRM_ZERO_ITEM.get() else value


# Round 11 (freq11b): a clear answer first, then a story around it ("Nearly every day. My
# husband thinks I'm exaggerating", "Most days, I've started dreading Sunday nights", "Nope,
# exams finished last month"). The story's asides are no second answer: someone else's view
# (after an answer above 0 only: beside a zero it is doubt), a time outside the window (a
# month, a season, "next week"), and a weekday named in passing (after an answer above 0;
# after "every day" one weekday only, as more would leave fewer than 12 days).
_STORY_OTHERS_RE = re.compile(rf"^(?:{_OTHERS_SAY})$")
_STORY_FAR_TIME_RE = re.compile(
    r"^(?:(?:in|from|until|till|to|through|during|over|around|at|last|before|after|about)"
    r" (?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|christmas|xmas|easter|new year|the new year|the holidays)"
    r"|(?:in|during|over|through) (?:the )?(?:winter|summer|spring|autumn|fall)(?: months| time)?"
    r"|(?:last|past|previous) (?:month|year|summer|winter|spring|autumn|fall|christmas)"
    r"|(?:\d+|a|an|a few|few|a couple of|couple of|several|many) (?:months?|years?) ago"
    r"|(?:the )?next (?:week|month|year))$"
)
_DATES_THE_ANSWER_RE = re.compile(r"\b(?:that|it|this|which) (?:was|is|were)(?: (?:all|only))? $")
# "Now? Not at all": an answer for the present only, the rest of the window left open.
_ANSWER_FOR_NOW_RE = re.compile(r"\b(?:now|lately|these days|at the moment|currently)\b")
_STORY_WEEKDAY_RE = re.compile(rf"^(?:on )?(?:the )?(?:{_WEEKDAY}|weekends?)$")
# Words in the story that limit, widen or doubt the answer ("most days, maybe more", "every
# day, except weekends", "a few days, or more"): then the story is no aside.
_STORY_LIMIT_RE = re.compile(
    r"\b(?:except|apart from|other than|besides|aside from|but not|not every|not all|if not"
    r"|at least|at most|more like|less like|(?:^|, )(?:actually|wait|well)|correction|i mean"
    r"|scratch"
    r"|rest of|the others?|otherwise|then|until|till|since|now|anymore|these days"
    # "my wife says more": someone else's view that moves the count.
    r"|(?:says?|said|thinks?|thought|reckons?)(?: (?:its|it is|it was|that|it))?"
    r" (?:more|less|fewer|worse|different|not)"
    r"|(?:maybe|perhaps|possibly|probably|or) (?:\w+ )?(?:more|less|fewer|not|every|all|most"
    r"|half|twice|once|\d+|a few|a couple|none|never|no))\b"
)


def _story_aside(norm: str, story_start: int, hit: Hit, answer: str) -> bool:
    """A phrase of the story after a clear `answer` that is no second answer (see above)."""
    text = norm[hit.start : hit.end]
    if _STORY_FAR_TIME_RE.match(text):
        # "every day, in March", "..., that was 3 years ago" date the answer itself.
        dated = hit.start == story_start or _DATES_THE_ANSWER_RE.search(norm[: hit.start])
        return not dated
    if answer == NOT_AT_ALL:
        return False
    if _STORY_OTHERS_RE.match(text):
        return True
    if not _STORY_WEEKDAY_RE.match(text):
        return False
    return answer != NEARLY_EVERY_DAY or "weekend" not in text


def _answer_then_story(norm: str) -> str | None:
    """The answer in the first clause(s) when the story after it holds only asides."""
    hits = sorted(phrase_hits(norm, _rules()), key=lambda h: h.start)
    if not hits:
        return None
    cut = norm.find(" , ", hits[0].end)  # the clause break after the first phrase read
    if cut < 0 or any(h.start < cut < h.end for h in hits):
        return None
    answer = _match_frequency(norm[:cut])
    story = norm[cut + 3 :]
    if answer is None or _STORY_LIMIT_RE.search(story) or _ANSWER_FOR_NOW_RE.search(norm[:cut]):
        return None
    if answer == NOT_AT_ALL and (HEDGE_RE.search(story) or _FIRM_ZERO_ITEM.get()):
        return None  # "none, I think": a hedged zero; item 9: see match_frequency
    asides = [h for h in hits if h.start > cut and h.value not in (answer, NEUTRAL)]
    if not asides or not all(_story_aside(norm, cut + 3, h, answer) for h in asides):
        return None
    return answer


_OPTION_ORDER = (NOT_AT_ALL, SEVERAL_DAYS, MORE_THAN_HALF, NEARLY_EVERY_DAY)
# "well", "actually", "in fact", "or rather", "more like": the second answer refines the first.
_WELL_RE = re.compile(
    r"^(?P<first>.+?) , (?:well|actually|in fact|or rather|more like|make (?:that|it))(?: ,)?"
    r" (?P<second>.+)$"
)


def _refined(norm: str, reading: Reading) -> str | None:
    """ "most days, well, nearly all of them actually", "every day, well, most days if I'm
    honest": a patient who names one option and then, after "well", its neighbour is refining
    the answer; the second is read. Options further apart ("never, well every day actually")
    contradict each other and stay asked again."""
    m = _WELL_RE.match(norm)
    if m is None or len(reading.values) != 2:
        return None
    first, second = _match_frequency(m["first"]), _match_frequency(m["second"])
    if first is None or second is None or HEDGE_RE.search(norm):
        return None  # "not at all, well maybe a couple of days": a hedged refinement
    apart = abs(_OPTION_ORDER.index(first) - _OPTION_ORDER.index(second))
    return second if apart == 1 else None


# A reply that is itself a question ("is that including weekends?", "do you mean at work?"):
# it opens with a question word and ends with "?". Answer it, then ask again.
_QUESTION_BACK_RE = re.compile(
    r"^(?:is|does|do|are|should|can|could|what|how|which|why|who|would|will|did|was)\b[^?]*\?\W*$",
    re.I,
)


# Round 11 (freq11b): a reply that opens by asking what counts ("Does the weekend count?
# Because ...") is a question back, whatever the story after it says.
_OPENS_WITH_WHAT_COUNTS_RE = re.compile(
    r"^(?:does|do|is|are|should|would|will|can)\b[^?]{0,60}\b(?:count|counts|counted|include"
    r"|included|including|matter|apply)\b[^?]*\?",
    re.I,
)
# Round 11 (freq11b): a hedged zero opener, then a count that may have been ("I don't think
# so, I mean there might have been a day", "not that I can remember... maybe once"): the
# patient is between 0 and a few days (writer policy: asked again).
_HEDGED_ZERO_THEN_MAYBE_RE = re.compile(
    r"^(?:(?:no|nah|nope|um|erm|well|hmm) (?:, )?)?(?:i do not think so|not that i (?:can"
    r" |could )?(?:remember|recall|think of|know of)|not that (?:i have|ive|i) noticed)"
    # Round 13 (freq13b): with commas between ("not that I can remember. Well, maybe ...").
    r"(?: ,)? (?:i mean (?:, )?)?(?:\w+ (?:, )?){0,3}?(?:maybe|might|may|possibly|perhaps|could)\b"
)


def _bare_number_frequency(number: int) -> str | None:
    """A reply that is only a number, read without the form: "2" may be 2 days (several days)
    or the option scored 2 (more than half), "3" 3 days or the option scored 3; only 0 and 1
    mean the same option both ways. The form, which prints the scores, still reads "2" as
    the score (match_option, scale numbers "score")."""
    return FREQUENCY_BY_SCORE.get(number) if number in (0, 1) else None


# "I don't think so, no, never" (policy, session 4): a soft opener followed by a firm, unhedged
# zero is not at all; the firm words decide. A bare "no" after it ("I don't think so, no")
# stays a hedged zero, and so does "not really" anywhere (a hedged zero is not reassurance).
_HEDGE_OPENER_RE = re.compile(
    rf"^(?:(?:no|nah|nope|um|uh|erm|well|hmm) (?:, )?)?{_DOUBTED_ANSWER}(?: ,)? (?P<rest>.+)$"
)
_FIRM_ZERO_RE = re.compile(
    phrase(r"never|not at all|not (?:even )?once|none at all|none|never once|never ever"
            r"|not (?:even )?(?:a|1)(?: single)? (?:day|time|night)|(?:definitely|absolutely"
            r"|certainly) not")
)  # fmt: skip


def _firm_zero_after_hedge_opener(text: str, norm: str) -> bool:
    m = _HEDGE_OPENER_RE.match(norm)
    if m is None:
        return False
    rest = m.group("rest")
    if is_hedged(text, rest) or not _FIRM_ZERO_RE.search(rest):
        return False
    reading = _read_frequency(rest)
    return not reading.vague and decide(reading, NOT_AT_ALL, hedged=False) == NOT_AT_ALL


def frequency_reply_is_vague(text: str) -> bool:
    """True when a two-week frequency reply is unclear because it is a vague quantifier
    ("sometimes", "often", "rarely") with no count: the re-ask then says why."""
    if too_long_or_empty(text) or bare_number(text) is not None:
        return False
    reading = _read_frequency(frequency_norm(text))
    return bool(reading.vague) and not reading.unclear and match_frequency(text) is None


# Typos in the words that carry a two-week answer ("sevral days", "nearly evry day"): a word
# that is not itself one of these or a protected real word, and is one edit (a letter added,
# dropped, changed or two swapped) from exactly one of them, is read as that word. Words of 4
# letters or fewer are only corrected for a swap ("dyas"), as one changed letter there
# usually makes another real word; a few short misspellings are listed.
_TYPO_TARGETS = (
    "several", "nearly", "every", "everyday", "almost", "always", "never", "constantly",
    "occasionally", "couple", "fortnight", "practically", "majority", "usually", "sometimes",
    "daily", "single", "weekends", "without", "often", "rarely", "mostly", "nights", "times",
    "days", "more", "most", "half", "once", "than", "week", "weeks", "none", "time",
    # Firm words people often misspell ("definately not", "nothin like that").
    "definitely", "absolutely", "nothing",
)  # fmt: skip
_TYPO_PROTECTED = frozenset(
    {"ever", "very", "yearly", "neatly", "dearly", "fever", "lever", "sever", "newer", "dairy",
     "dally", "singe", "jingle", "tingle", "mingle", "single", "couples", "coupled", "tines",
     "tomes", "mines", "limes", "lights", "sights", "rights", "fights", "tights", "nighty",
     "mostly", "ofter", "soften", "after", "weeks", "weekend", "weekday", "weekdays",
     "during", "evening", "evenings", "severe", "severely", "timed", "timer", "dimes",
     "almond", "hardly", "barely", "really", "rarer", "early", "nearby", "event", "events",
     "weekly", "daisy", "knights", "noone", "noting", "moist", "ounce",
     "thank", "moore", "mores", "morel", "nonce", "thane", "tweek", "hosts", "timey"}
)  # fmt: skip
_TYPO_WORDS = {"evry": "every", "evry1": "every", "al": "all", "haf": "half", "nite": "night",
               "nites": "nights", "alot": "a lot", "everyda": "everyday", "thn": "than",
               "teh": "the",
               # The option labels typed without spaces.
               "notatall": "not at all", "severaldays": "several days",
               "morethanhalf": "more than half", "nearlyeveryday": "nearly every day",
               "neva": "never", "nvr": "never", "sevral": "several", "mor": "more",
               # Chat spellings of the denials and counts: a vowel or letter dropped.
               "nop": "nope", "nup": "nope", "nupe": "nope", "naa": "nah", "nahh": "nah",
               "noo": "no", "nooo": "no",
               "naw": "nah", "naww": "nah", "nawh": "nah", "naah": "nah",
               "fw": "few", "sevrl": "several", "mst": "most", "dys": "days",
               "defo": "definitely", "def": "definitely",
               # Two words typed as one.
               "afew": "a few", "acouple": "a couple", "atall": "at all",
               "mostdays": "most days", "everynight": "every night",
               "rly": "really", "rlly": "really", "sev": "several",
               "wks": "weeks", "wk": "week",
               # Round 11 (freq11a): chat spellings of "are", "yeah", "probably".
               "r": "are", "yea": "yeah", "yeh": "yeah", "prob": "probably",
               # Round 12 (freq12a): "a cpl days".
               "cpl": "couple",
               # Round 13 (freq13a): the label words typed as one ("morethan half"), and
               # common misspellings two edits away ("ocassionally", "never happend").
               "morethan": "more than", "lessthan": "less than", "notat": "not at",
               "ocassionally": "occasionally", "ocassionaly": "occasionally",
               "ocasionaly": "occasionally", "happend": "happened",
               "happenned": "happened"}  # fmt: skip
# Every word the two-week lexicon itself uses is a real word, never "corrected".
# Round 13 (freq13a): "fwe days" (no English word is "few" with two letters swapped).
_SHORT_SWAP_TARGETS = frozenset({"not", "all", "day", "few"})
_LEXICON_WORDS = frozenset(
    w for pattern, _ in _FREQUENCY_SPECS for w in re.findall(r"(?<![\\?])[a-z]{2,}", pattern)
)
_THEN_FOR_THAN_RE = re.compile(r"\b(more|less|fewer|other) then\b")


def _edits_apart(a: str, b: str) -> int:
    """0, 1, or 2 for "two or more" edits apart (a swap of neighbours is one edit)."""
    return edit_distance(a, b, 1)


@lru_cache(maxsize=4096)
def _fix_word(word: str) -> str:
    if word in _TYPO_WORDS:
        return _TYPO_WORDS[word]
    known = word in _TYPO_TARGETS or word in _TYPO_PROTECTED or word in _LEXICON_WORDS
    if known or not word.isalpha():
        return word
    if len(word) == 3:
        # Three letters: only two neighbours swapped into one of these ("nto", "dya", "lal");
        # a changed letter there makes too many other words.
        swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(2)}
        found = swaps & _SHORT_SWAP_TARGETS
        return found.pop() if len(found) == 1 else word
    if len(word) < 4:
        return word
    slip = _slip(word)
    if slip:
        return slip
    near = [
        t
        for t in _TYPO_TARGETS
        if _edits_apart(word, t) == 1
        and (len(t) >= 5 or sorted(t) == sorted(word) or _one_letter_added(word, t))
    ]
    return near[0] if len(near) == 1 else word


def _one_letter_added(word: str, target: str) -> bool:
    """ "moast", "dayas": one stray letter in a short target. Safe where a changed letter is
    not: few real words are a short target plus one letter, and those are protected."""
    return len(word) == len(target) + 1 and any(
        word[:i] + word[i + 1 :] == target for i in range(len(word))
    )


def _slip(word: str) -> str | None:
    """A key held too long ("mostt", "dayys") or chat spelling of a plural ("dayz",
    "nightz"): the target word it comes from, if exactly one. These slips make a longer word,
    so short targets are safe here, unlike a changed letter ("mist" is not "most")."""
    options = {word[:i] + word[i + 1 :] for i in range(len(word) - 1) if word[i] == word[i + 1]}
    if word.endswith("z"):
        options.add(word[:-1] + "s")
    # Round 11 (freq11a): "dayyy" (normalised to "dayy") is "day" too.
    found = options & (set(_TYPO_TARGETS) | {"day"})
    return found.pop() if len(found) == 1 else None


def _fix_typos(norm: str) -> str:
    # Words first, so "mor then half" becomes "more then half" and then "more than half".
    norm = " ".join(_fix_word(w) for w in norm.split(" "))
    return _THEN_FOR_THAN_RE.sub(r"\1 than", norm)


_ALL_BUT_WEEKENDS_RE = re.compile(
    r"(?<!not )\b(?:(?:every|each) (?:day|night|morning|evening)|everyday|all week)"
    r" (?:but|except|apart from|other than) (?:on |at )?(?:the )?weekends?"
    # Round 13 (freq13c): a "when ..." clause that only says why ("..., when I'm not at work").
    r"(?: , when (?:im|i am|i have|ive|i|its|it is|theres|there is)\b[^,]*)?$"
)
# "every day but only a couple of days" limits the count, it names no exception: not read.
_ALL_BUT_RE = re.compile(
    r"(?<!not )\b(all|every day|everyday|each day) (but(?! (?:only|just|not|maybe|really)\b)"
    r"|except)\b"
)
_ALL_BUT_BARE_RE = re.compile(r"\b(?:but|except)\b.*\b[3-9](?: (?:or|to) \d{1,2})?$")
_ALL_BUT_MANY_RE = re.compile(
    r"\b(but|except)\b.*\b(weekends?|half|most|several|many|a week|\d{2,}|[3-9] days?"
    r"|three|four|five|six|seven"
    # Round 11 (freq11a): two weekdays left out every week ("except Mondays and Tuesdays")
    # are 4 of the 14 days, no small exception.
    rf"|{_WEEKDAY}(?: ,)? (?:and|or|&) {_WEEKDAY})\b"
)
