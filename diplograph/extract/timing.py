"""When an interaction happened: the date expression of its clause, resolved against the
article's publication date with the clause's tense; list items "<headline> — <date>" date
what follows them."""
from __future__ import annotations

import datetime as dt
import functools
import re

from spacy.tokens import Doc, Span, Token

from diplograph.extract.docinfo import entities, entities_between, sent_of, sentence_no, sentences

__all__ = ["counted_back", "plain_day", "relative_shift", "relative_step", "step_from", "agreement_made", "tense_of", "section_dates", "date_for", "discourse_date", "set_at_another_time", "is_duration"]

try:  # the readers helper owns diplograph.dates.resolve_date
    from diplograph.dates import resolve_date as _resolve_uncached
except ImportError:  # pragma: no cover - only while the module is being written
    _resolve_date = None
else:
    # a pure function of its arguments (never the clock), asked again for every event of a
    # sentence and every date of an article's news; DateValue is frozen
    _resolve_date = functools.lru_cache(maxsize=4096)(_resolve_uncached)

_PLAN_LEMMAS = {"expect", "plan", "schedule", "set", "due", "slate", "intend", "prepare", "arrange"}
_DASHES = {"\u2014", "\u2013", "-", "--"}
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_DURATION_RE = re.compile(r"\b(hours?|minutes?|days?-long|day|weeks|years|months)\b", re.I)


_DAY_PART_RE = re.compile(r"^(earlier|later|early|late)\s+(?=(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)\b)", re.I)


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
_MONTH_OF_YEAR_RE = re.compile(r"^(?:in\s+|early\s+|late\s+|mid-?)?(" + "|".join(_MONTH_NAMES)
                               + r")(?:\s+of)?\s+(last|this|next)\s+year$", re.I)


def plain_day(expression: str) -> str:
    """'Earlier Monday' -> 'Monday': a part of a day is that day."""
    return _DAY_PART_RE.sub("", expression.strip())


_plain = plain_day


def _month_of_year(expression: str, published: str | None) -> str | None:
    """'May last year', 'in March of next year' -> 'YYYY-MM' from the publication year."""
    m = _MONTH_OF_YEAR_RE.match(expression.strip())
    if not m or not published or not re.match(r"\d{4}", published):
        return None
    year = int(published[:4]) + {"last": -1, "this": 0, "next": 1}[m.group(2).lower()]
    return f"{year:04d}-{_MONTH_NAMES.index(m.group(1).lower()) + 1:02d}"


_RELATIVE_DAY = re.compile(
    r"^(?:(?:earlier|later|early|late)\s+)?(?:on\s+|in\s+)?(that|the same|the next|the following|the previous|the)\s+"
    r"(?:day|morning|afternoon|evening|night)$"
    r"|^(a|one|two|three|four|five|six|seven|\d+)\s+days?\s+(later|earlier|before|after)$"
    r"|^the\s+day\s+(before|after)$", re.I)
_SAME_DAY_STEP = re.compile(r"^(?:(?:a few|several|some|a couple of|an|one|two|three|four|five|six|\d+)\s+)?"
                            r"(?:hours?|minutes?)\s+(?:later|earlier)$", re.I)
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def relative_shift(expression: str) -> int | None:
    """Days from the day told before: 'later that day' 0, 'the next day' 1, 'a day earlier'
    -1, 'two days later' 2, 'the day before' -1; None when not such an expression."""
    if _SAME_DAY_STEP.match(expression.strip()):
        return 0  # "hours later", "minutes earlier": the day told before
    m = _RELATIVE_DAY.match(expression.strip())
    if m is None:
        return None
    if m.group(1):
        which = m.group(1).lower()
        return 1 if which in ("the next", "the following") else -1 if which == "the previous" else 0
    if m.group(2):
        word = m.group(2).lower()
        n = _SMALL_NUMBERS.get(word) or int(word)
        return n if m.group(3).lower() in ("later", "after") else -n
    return 1 if m.group(4).lower() == "after" else -1


_RELATIVE_STEP = re.compile(
    r"^(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)|(?:a\s+)?(few|several|some))?"
    r"\s*(days?|weeks?|months?|years?)\s+(later|earlier|after|before|on)$", re.I)
_MORE_NUMBERS = {"an": 1, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# how far a vague count reaches, in days: "days later" is within ten days, "weeks later" six weeks
_VAGUE_DAYS = {"day": (1, 10), "week": (7, 42)}


def relative_step(expression: str) -> tuple[int, int, str] | None:
    """How far an expression counted from a date told before reaches, as (least, most,
    unit), the unit being what it is precise to: 'two days later' (2, 2, 'day'), 'three weeks
    later' (21, 21, 'day'), 'days later' (1, 10, 'day'), 'a month earlier' (-1, -1, 'month'),
    'two years on' (2, 2, 'year'); None when it is no such expression ('months later' says
    too little to date anything)."""
    shift = relative_shift(expression)
    if shift is not None:
        return shift, shift, "day"
    m = _RELATIVE_STEP.match(expression.strip())
    if m is None:
        return None
    number, vague, unit, way = m.group(1), m.group(2), m.group(3).lower().rstrip("s"), m.group(4).lower()
    sign = -1 if way in ("earlier", "before") else 1
    if number is None:  # "days later", "a few weeks later"
        if unit not in _VAGUE_DAYS or not (vague or m.group(3).lower().endswith("s")):
            return None
        lo, hi = _VAGUE_DAYS[unit]
        return (lo, hi, "day") if sign > 0 else (-hi, -lo, "day")
    word = number.lower()
    n = _SMALL_NUMBERS.get(word) or _MORE_NUMBERS.get(word) or (int(word) if word.isdigit() else 0)
    if not n:
        return None
    if unit == "week":
        return sign * 7 * n, sign * 7 * n, "day"
    return sign * n, sign * n, unit


def step_from(anchor: str, step: tuple[int, int, str]) -> str | None:
    """The date `step` (from relative_step) reaches from `anchor` ('YYYY-MM-DD', 'YYYY-MM'
    or 'YYYY'), as precise as both allow; None when the anchor is too coarse for the step."""
    lo, hi, unit = step
    if "/" in anchor:
        return None
    if unit == "day":
        if len(anchor) != 10:
            return None
        day = dt.date.fromisoformat(anchor)
        a, b = day + dt.timedelta(days=lo), day + dt.timedelta(days=hi)
        return a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}"
    if unit == "month":
        if len(anchor) < 7:
            return None
        months = int(anchor[:4]) * 12 + int(anchor[5:7]) - 1 + lo
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{int(anchor[:4]) + lo:04d}"


def tense_of(verb: Token | None, status: str = "occurred") -> str:
    if status == "planned":
        return "future"
    if verb is None:
        return "past"
    t = verb
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in t.children):
            return "future"
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in t.children):
            return "past"  # future in the past: "decided that X would visit in February"
        if t.tag_ in ("VBD",) or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in t.children):
            return "past"
        if t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children):
            return "past"
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in t.children):
            return "present"  # "is expected to", "are set to"
        if t.dep_ == "xcomp" and t.tag_ == "VB" and t.head.lemma_ in _PLAN_LEMMAS:
            return "future"  # "is expected to travel on Friday"
        if t.dep_ in ("xcomp", "conj", "ccomp", "advcl", "pcomp") and t.head is not t:
            t = t.head
            continue
        break
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    return "past"


def is_duration(text: str) -> bool:
    """'three hours', 'a day', 'several days' measure time; they do not date anything ('the
    following day', 'the day before' do)."""
    if relative_shift(text) is not None:
        return False
    if _DURATION_RE.search(text) and not re.search(r"\b(last|next|this|ago|earlier|later|recent|past)\b", text, re.I):
        # ("the early hours of Wednesday" names its day)
        return not re.search(r"\d{4}|January|February|March|April|May|June|July|August|September|October|"
                             r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday", text)
    return False


def _date_ents(sent: Span) -> tuple[Span, ...]:
    """The dates of a sentence (asked again for each of its events: kept on the doc)."""
    cache = sent.doc.user_data.setdefault(_DATE_ENTS_KEY, {})
    found = cache.get((sent.start, sent.end))
    if found is None:
        found = tuple(
            e for e in map(_before_relation, map(_without_subject, entities_between(sent.doc, sent.start, sent.end)))
            if e.label_ in ("DATE", "TIME") and (not is_duration(e.text) or _event_reference(e) is not None)
            or e.label_ == "EVENT" and "world war" in e.text.lower()  # a period everyone knows
            # "the Easter weekend" (tagged a place), "New Year's Eve" (an event): holidays are days
            or e.label_ in ("EVENT", "LOC", "FAC", "ORG") and _HOLIDAY_WORDS.search(e.text))
        # "the 2015 Declaration of Principles", tagged as a whole: its year is a date all the same
        found += tuple(Span(sent.doc, t.i, t.i + 1, label="DATE") for e in entities_between(sent.doc, sent.start, sent.end)
                       if e.label_ in ("EVENT", "LAW") and "world war" not in e.text.lower()
                       for t in e if _YEAR.match(t.text))
        found = tuple(_with_day_before(e) for e in found)
        found += _untagged_holidays(sent, found)
        found += tuple(Span(sent.doc, t.i, t.i + 1, label="DATE") for t in sent
                       if _NUMERIC_DATE.match(t.text) and t.ent_type_ not in ("DATE", "TIME"))
        found = cache[sent.start, sent.end] = tuple(sorted(found + _unnamed_days(sent), key=lambda e: e.start))
    return found


_HOLIDAY_WORDS = re.compile(r"\b(easter|christmas|good friday|holy week|boxing day|new year's (day|eve)|"
                            r"thanksgiving)\b", re.I)
# "12.05.2023", "12/05/2023": the model tags these as numbers
_NUMERIC_DATE = re.compile(r"^\d{1,2}[./]\d{1,2}[./](1[89]|20)\d\d$")


def _untagged_holidays(sent: Span, found: tuple[Span, ...]) -> tuple[Span, ...]:
    """Holidays the model left untagged ("on Good Friday" at the end of a paragraph)."""
    taken = {i for e in found for i in range(e.start, e.end)}
    out = []
    for m in _HOLIDAY_WORDS.finditer(sent.text):
        span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), label="DATE",
                                  alignment_mode="expand")
        if span is None or taken & set(range(span.start, span.end)) or not span[0].is_title:
            continue
        end = span.end
        while end < sent.end and sent.doc[end].lower_ in ("day", "eve", "sunday", "monday", "weekend"):
            end += 1
        out.append(Span(sent.doc, span.start, end, label="DATE"))
    return tuple(out)


def _with_day_before(e: Span) -> Span:
    """'Friday, 12 May 2023', tagged 'Friday' + '12' (a number) + 'May 2023': the day of
    the month before a month's name belongs to it."""
    doc = e.doc
    i = e.start
    if e[0].lower_ == "friday" and i > 0 and doc[i - 1].text == "Good":
        return Span(doc, i - 1, e.end, label=e.label_)  # "on Good Friday": the holiday, not this week's
    if e[0].lower_ not in _MONTH_NAMES or i == 0 or doc[i - 1].ent_type_ == "DATE" \
            or not doc[i - 1].text.isdigit() or not 1 <= int(doc[i - 1].text) <= 31:
        return e
    return Span(doc, i - 1, e.end, label=e.label_)


def _before_relation(e: Span) -> Span:
    """'on Tuesday after months of negotiations', tagged 'Tuesday after months': the day is
    the date; what follows 'after' (or a comma and a participle) measures something else."""
    for t in e[1:]:
        if (t.lower_ in ("after", "before", "since", "until", "following") or t.text == "," and t.i + 1 < e.end
                and e.doc[t.i + 1].tag_ == "VBG") and _ABSOLUTE_OR_DAY.search(e.doc[e.start:t.i].text):
            # ("Friday, ending months of talks": the clause after the comma is no part of it)
            return Span(e.doc, e.start, t.i, label=e.label_)
    return e


def _without_subject(e: Span) -> Span:
    """'On Monday, May said ...', tagged 'Monday, May': the clause's subject ends no date."""
    end = e.end
    while end > e.start + 1 and (e.doc[end - 1].dep_ in ("nsubj", "nsubjpass") or e.doc[end - 1].is_punct):
        end -= 1
    if end == e.end:
        return e
    return Span(e.doc, e.start, end, label=e.label_)


def _unnamed_days(sent: Span) -> tuple[Span, ...]:
    """'the following day', 'the day before', 'a fortnight ago', 'on the 3rd' the model did
    not mark as a date."""
    out = []
    for t in sent:
        if t.lower_ == "fortnight" and not t.ent_type_ or (
                t.ent_type_ == "ORDINAL" and t.dep_ == "pobj" and t.head.lower_ == "on"
                and t.i > sent.start and sent.doc[t.i - 1].lower_ == "the" and _DAY_ORDINAL.match(t.text)):
            start = t.left_edge.i
            end = t.i + 2 if t.i + 1 < sent.end and sent.doc[t.i + 1].lower_ == "ago" else t.i + 1
            # (only a phrase that reads as a date at all: any day of writing will do to tell)
            if start >= sent.start and _resolve_date is not None \
                    and _resolve_date(sent.doc[start:end].text, "2000-01-31", "past") is not None:
                out.append(Span(sent.doc, start, end, label="DATE"))
            continue
        if t.lower_ in ("hours", "minutes") and t.ent_type_ in ("", "TIME") and t.i + 1 < sent.end \
                and sent.doc[t.i + 1].lower_ in ("later", "earlier"):
            # "Hours later", "two hours later" (the model tags no date, or a duration)
            start = max(sent.start, min(x.i for x in t.subtree if x.i <= t.i))
            if relative_shift(sent.doc[start:t.i + 2].text) == 0:
                out.append(Span(sent.doc, start, t.i + 2, label="DATE"))
            continue
        if t.lower_ in ("day", "days", "week", "weeks") and not t.ent_type_ and t.i > sent.start \
                and any(c.dep_ == "prep" and c.lower_ in ("after", "before") and any(
                    o.dep_ == "pobj" and o.pos_ == "NOUN" for o in c.children) for c in t.children):
            # "A day after the assault, ...": a count from an event, the model tagging no date
            span = Span(sent.doc, t.left_edge.i, t.i + 1, label="DATE")
            if t.left_edge.i >= sent.start and _event_reference(span) is not None:
                out.append(span)
                continue
        if t.lower_ not in ("day", "morning", "afternoon", "evening", "night") or t.ent_type_:
            continue
        start = t.left_edge.i
        end = t.i + 1
        if end < sent.end and sent.doc[end].lower_ in ("before", "after") and sent.doc[end].dep_ == "advmod":
            end += 1
        span = sent.doc[start:end]
        if start >= sent.start and not any(x.ent_type_ for x in span) and relative_shift(span.text) is not None:
            out.append(Span(sent.doc, start, end, label="DATE"))
    return tuple(out)


_DAY_ORDINAL = re.compile(r"^(?:[12]?\d|3[01])(?:st|nd|rd|th)$", re.I)
_DATE_ENTS_KEY = "diplograph_date_ents"


def _line_end(doc: Doc, i: int) -> bool:
    """Does token i end a line?"""
    t = doc[i]
    return "\n" in t.whitespace_ or i + 1 >= len(doc) or (doc[i + 1].is_space and "\n" in doc[i + 1].text)


def section_dates(doc: Doc) -> dict[int, Span]:
    """Sentence start token -> the date of the list item it belongs to.

    A line "<words> — <date>" is a list item header: its date applies to the header and to
    the next line (the item's body)."""
    out: dict[int, Span] = {}
    sents = sentences(doc)
    for e in entities(doc):
        if e.label_ != "DATE":
            continue
        end = e.end
        while end > e.start and doc[end - 1].is_space:
            end -= 1  # the model may take the line break into the date
        if end == e.start:
            continue
        e = Span(doc, e.start, end, label="DATE")
        if e.start == 0 or not _line_end(doc, e.end - 1):
            continue
        if doc[e.start - 1].text not in _DASHES:
            continue
        # the header line starts after the previous line break
        start = e.start - 1
        while start > 0 and not _line_end(doc, start - 1):
            start -= 1
        # the body is the next non-empty line
        j = e.end
        while j < len(doc) and doc[j].is_space:
            j += 1
        end = j
        while end < len(doc) and not _line_end(doc, end):
            end += 1
        if end < len(doc) and doc[end].is_space:
            end = end  # the line break itself
        for s in sents:
            if start <= s.start <= end:
                out.setdefault(s.start, e)
    return out


_NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "compound", "appos", "poss", "attr", "npadvmod"}
# a clause opened by these happens at another time than the clause it hangs on: a date on
# the governing verb does not date it ("agreed on Friday ... after Russia invaded")
_OTHER_TIME = {"after", "before", "since", "until", "till", "once", "following"}
# ... and one opened by these happens at the same time: its date dates the governing verb
# ("vowed to ... when Xi met Blinken on Monday", "met X as planned on Thursday")
_SAME_TIME = {"when", "as", "while"}
# the occasion a thing happened at: "praised X during talks on Thursday"
_OCCASION = {"during", "at", "on", "in"}


def _transparent(x: Token) -> bool:
    """Does a date below x also date the clause x hangs on?"""
    if x.dep_ in ("aux", "auxpass"):
        return True  # "X had on Thursday called ...": the parse hangs the date on the auxiliary
    if x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SAME_TIME for c in x.children):
        return True
    if x.dep_ == "advcl" and x.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in x.children):
        return True  # "..., saying in a meeting with X that ...": a participle shares its verb's time
    if (x.dep_ == "acl" and x.tag_ == "VBN" or x.dep_ == "relcl" and x.lemma_ in ("last", "take", "run", "go", "end")) \
            and x.head.dep_ == "pobj" and x.head.pos_ == "NOUN" and _transparent(x.head):
        # "At their summit, held in Abuja on July 30, the leaders ...", "briefed X in a call that
        # lasted an hour on Saturday": the occasion's day
        return True
    return x.dep_ == "pobj" and x.head.lower_ in _OCCASION and x.pos_ in ("NOUN", "PROPN")


def _tells_of(x: Token, ends: set[int]) -> bool:
    """'talks hosted by Iraq and Oman in 2021': a participle describing the event's own noun
    dates it (not so one describing what the event acts on: 'lifted curbs imposed in 2019')."""
    return x.dep_ == "acl" and x.tag_ == "VBN" and x.head.i in ends and x.head.pos_ == "NOUN"


def _barrier(x: Token) -> bool:
    """Is x a clause set at another time than the one it hangs on?"""
    if x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME for c in x.children):
        return True
    return x.dep_ in ("pcomp", "pobj") and x.head.lower_ in _OTHER_TIME and x.pos_ == "VERB"


def _sequel(x: Token) -> bool:
    """A clause told as following its governing one closely, by the same story: 'said ...,
    before the two leaders held talks', 'told reporters after greeting X'. It is not
    backstory: when its governing clause is news, so is it."""
    if x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "before" for c in x.children):
        return True
    return (x.dep_ == "pcomp" and x.tag_ == "VBG" and x.head.lower_ in ("after", "before")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children))


def _dates_a_thing(date: Token, noun: Token, ends: set[int]) -> bool:
    """'the 1994 genocide', 'the 2015 nuclear deal': a year or day written into a noun
    phrase dates that thing, not a clause that mentions it; unless the thing is the event
    itself, the occasion it happened at ('at Tuesday's meeting') or the time it is set
    by ('after the 2009 election'). "In January Juba shut ...", parsed as if January
    named Juba, is the clause's date: no actor is dated."""
    doc = date.doc
    first = date.left_edge.i
    stranded = first > 0 and doc[first - 1].pos_ == "ADP" and not any(c.dep_ == "pobj" for c in doc[first - 1].children)
    return (date.head.i == noun.i and date.dep_ in ("nummod", "compound", "amod")
            and noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in ("PERSON", "GPE", "ORG", "NORP")
            and noun.i not in ends and not _transparent(noun) and not stranded
            # ("the 2015 Declaration signed by the three": the thing the event is done to)
            and not any(c.dep_ in ("acl", "relcl") and c.i in ends for c in noun.children)
            and not (noun.dep_ == "pobj" and noun.head.lower_ in ("after", "before", "following", "until")))


def set_at_another_time(t: Token) -> bool:
    """Is t in a clause set before or after the one it hangs on ("after Russia invaded")?"""
    return any(_barrier(x) and not _sequel(x) for x in [t, *t.ancestors])


def _aim_of_the_days_deed(x: Token, date: Token, others: set[int]) -> bool:
    """'initialled an agreement to normalise relations on Friday': a weekday the parse hangs
    on the aim of a deal (an infinitive that is no event of its own) is the day of the deed."""
    return x.dep_ == "acl" and x.i not in others and x.head.dep_ == "dobj" and bool(_WEEKDAY.fullmatch(date.text)) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)


def _path_cost(a: Token, b: Token, ends: set[int], others: set[int]) -> tuple[int, int, int]:
    """(clauses crossed on the date's side, steps up from the event, tree distance). A date hanging under another
    verb or another event's word belongs to that clause, not ours; a date on a verb that
    governs ours ("agreed on Monday to meet") is fine, unless our clause is set at another
    time ("after X invaded Y")."""
    pa = [a] + list(a.ancestors)
    pb = [b] + list(b.ancestors)
    ib = {t.i: n for n, t in enumerate(pb)}
    for n, t in enumerate(pa):
        if t.i in ib:
            own_side = pa[1:n]
            crossed = sum(1 for x in own_side if x.i not in ends and not _transparent(x) and not _tells_of(x, ends)
                          and not _aim_of_the_days_deed(x, a, others) and (
                x.i in others or x.pos_ in ("VERB", "AUX") and x.dep_ not in _NOMINAL_DEPS))
            if own_side and _dates_a_thing(a, own_side[0], ends):
                crossed += 1  # "survivors of the 1994 genocide voiced ...": the genocide's year
            if any(_barrier(x) for x in pb[:ib[t.i]]):
                return 99, 99, 99  # the date is on a clause above ours, which is set at another time
            return crossed, ib[t.i], n + ib[t.i]  # a date under the event itself beats one above it
    return 99, 99, 99


_REPORT_LEMMAS = frozenset({"say", "tell", "announce", "add", "state", "confirm", "report", "write", "warn"})


def _frames_sentence(e: Span, sent: Span, trigger: Token) -> bool:
    """'In August 2019, after X revoked ..., Pakistan expelled ...': a date set in front of the
    sentence and closed off by a comma sets the time of all that follows, whichever clause
    the parser hung it on."""
    lead = sent.start if not _fronting_prep(sent.doc[sent.start]) else sent.start + 1
    if e.start != lead or e.end >= sent.end or sent.doc[e.end].text != ",":
        return False
    return trigger.i > e.end and relative_shift(e.text) is None


def _fronting_prep(t: Token) -> bool:
    return t.dep_ == "prep" or t.lower_ in ("in", "on", "by", "during", "since")


def _with_coordinated(e: Span) -> Span:
    """'2021 and 2022', 'March and April': the date with the one joined to it by 'and'."""
    doc = e.doc
    if e.end + 1 < len(doc) and doc[e.end].lower_ == "and" and doc[e.end + 1].ent_type_ == "DATE" \
            and doc[e.end + 1].ent_iob_ == "B":
        end = e.end + 1
        while end < len(doc) and doc[end].ent_type_ == "DATE" and (end == e.end + 1 or doc[end].ent_iob_ == "I"):
            end += 1
        span = doc[e.start:end]
        span.label_ = "DATE"
        return span
    return e


def _in_when_clause(t: Token, trigger: Token) -> bool:
    """Is `t` inside a 'when', 'while' or 'as' clause hung on the trigger's verb?"""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else next(
        (x for x in trigger.ancestors if x.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    for x in [t, *t.ancestors]:
        when = any(c.dep_ == "advmod" and c.lower_ == "when" or c.dep_ == "mark" and c.lower_ in ("when", "while")
                   for c in x.children)
        if x.dep_ == "advcl" and x.head.i == verb.i:
            return when
        if x.dep_ == "relcl" and when and not x.head.ent_type_ == "DATE" and x.head.lemma_ not in _TIME_NOUNS \
                and verb in x.head.ancestors and not any(
                    a.pos_ in ("VERB", "AUX") for a in x.head.ancestors if verb in a.ancestors):
            return True  # "met X and Y, General Z, when he visited ...": the parse hangs it on Z
    return False


_STAY_LEMMAS = frozenset({"be", "visit", "stay", "tour"})  # a stay (an arrival only begins one)


def _in_doers_stay(e: Span, trigger: Token) -> bool:
    """Is date `e` inside a relative clause telling where the doer of the trigger's verb was
    ('who was in Washington last week', 'who visited Moscow on Sunday')?"""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else next(
        (x for x in trigger.ancestors if x.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        # "X, who visited Managua last week, meeting Y, ...": the parse hangs the participle on
        # X's phrase (or on its first word: "Organization of American States chief X")
        doers += [x for x in verb.head.subtree if x.i < verb.i and x.pos_ in ("PROPN", "NOUN")]
    for subj in doers:
        for rel in (c for c in subj.children if c.dep_ == "relcl" and c.lemma_ in _STAY_LEMMAS):
            placed = rel.lemma_ != "be" or any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in rel.children)
            if placed and rel.left_edge.i <= e.start and e.end - 1 <= rel.right_edge.i:
                return True
    return False


_TIME_NOUNS = frozenset({"day", "time", "year", "month", "week", "moment", "period", "era", "night", "morning",
                         "evening", "hour", "decade", "age"})


def _with_year_told(e: Span) -> Span:
    """'October' + 'of the following year': one date, the month of a year told before."""
    doc = e.doc
    if len(e) != 1 or e[0].lower_ not in _MONTH_NAMES:
        return e
    tail = " ".join(t.lower_ for t in doc[e.end:e.end + 4])
    for words in ("of that year", "of the same year", "of that same year", "of the following year",
                  "of the previous year"):
        if tail.startswith(words):
            span = doc[e.start:e.end + len(words.split())]
            span.label_ = "DATE"
            return span
    return e


def _clause_verb(t: Token) -> Token | None:
    """The verb whose clause a word belongs to. "X said on Friday it would impose sanctions":
    a date written between the reporting verb and the reported clause's subject is the
    report's, whatever the parse says."""
    for x in [t, *t.ancestors]:
        if x.pos_ in ("VERB", "AUX"):
            head = x.head
            if x.dep_ == "ccomp" and head.lemma_ in _REPORT_LEMMAS and head.i < t.i:
                subj = next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and t.i < subj.left_edge.i:
                    return head
            return x
    return None


def _since(e: Span) -> bool:
    """'the worst fighting since 2008', 'the first visit since 2019': the start of a span the
    event closes, never the event's own date."""
    doc = e.doc
    return e.start > 0 and doc[e.start - 1].lower_ == "since" or e.root.dep_ == "pobj" and e.root.head.lower_ == "since"


def _perfect(trigger: Token) -> bool:
    """'has been fighting', 'have crossed': a state or run of acts that began at its 'since'."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def date_for(trigger: Token, anchor: Token | None, published: str | None, tense: str,
             sections: dict[int, Span], other_triggers: set[int]) -> tuple[str | None, str | None]:
    """(resolved date, expression as written) for the event at `trigger`."""
    sent = sent_of(trigger)
    ends = {trigger.i} | ({anchor.i} if anchor is not None else set())
    ranked = []
    told = sent_of(anchor) if anchor is not None else sent
    # ('"A struck twice this week," X said' told over two sentences: the dates of the words
    # said, then those of the saying)
    for e in (_date_ents(told) if told.start != sent.start else ()) + _date_ents(sent):
        if _since(e) and not _perfect(trigger) and not e.root.is_ancestor(trigger):
            continue  # (but "has been fighting since 2013", "since Sunday, when he arrived": that day)
        ref = _event_reference(e)
        if ref is not None and ref[1].pos_ in ("VERB", "AUX"):
            # "X summoned the envoy two days after jets struck Gaza on Monday": the count is
            # the main clause's date (the parse hangs it in the 'after' clause), not the strike's
            if ref[1].i in ends:
                continue
            if ref[1].head.i in ends:
                ranked.append(((0, 0, 0), -1, e))
                continue
        cost = min(_path_cost(e.root, trigger, ends, other_triggers),
                   _path_cost(e.root, anchor, ends, other_triggers) if anchor is not None else (99, 99, 99))
        if cost[0] == 0:
            ranked.append((cost, e.start, e))
        elif _frames_sentence(e, sent, trigger):
            ranked.append(((1, 0, 0), e.start, e))  # after any date of the event's own clause
    if not any(r[0][0] == 0 for r in ranked):
        # "Tillerson met Suu Kyi when he visited Naypyitaw last week": with no date of its
        # own, the event is at the time of the 'when' clause set on it
        ranked += [((1, 0, 1), e.start, e) for e in _date_ents(sent) if _in_when_clause(e.root, trigger)]
        # "X, who was in Washington last week, held talks with Y": the stay the doer is
        # described on is the time of what he did there
        ranked += [((1, 0, 2), e.start, e) for e in _date_ents(sent) if _in_doers_stay(e, trigger)]
    ranked.sort(key=lambda r: (r[0], r[1]))
    if _resolve_date is None:
        return None, ranked[0][2].text if ranked else None
    first_text = None
    for _, _, e in ranked:
        e = _with_coordinated(e)  # "in 2021 and 2022": one range, though the model makes two dates
        e = _with_year_told(e)  # "in October of the following year", the model's date ending at "October"
        after = e.doc[e.end] if e.end < len(e.doc) else None
        if after is not None and after.lower_ in ("before", "after") and after.dep_ == "advmod" \
                and after.head.i == e.root.i:
            e = e.doc[e.start:e.end + 1]  # "the day after": the model leaves the adverb out
        first_text = first_text or e.text
        month = _month_of_year(e.text, published)
        if month is not None:
            return month, e.text
        here = _tense_at(e, trigger, anchor, tense)
        period = _same_period(e, published, past=here == "past")
        if period is not None:
            return period, e.text
        value = _resolve_date(_plain(e.text), published, here)
        if value is not None:
            return getattr(value, "value", value), e.text
        around = _around_event(e, published)
        if around is not None:
            return around, e.text
        ref = _event_reference(e)
        if ref is not None and first_text == e.text:
            # "ten days after the Doha meeting", that meeting told without the noun: the
            # whole phrase, for the caller to count from the meeting told last
            first_text = e.doc[e.start:ref[1].right_edge.i + 1].text
        shift = relative_shift(e.text)
        if shift is not None:
            # "on Sunday rejected the deal signed a day earlier": counted from the other
            # date of the sentence; without one, from the day told before (the caller)
            day = _sentence_day(sent, e, published, tense)
            return (day + dt.timedelta(days=shift)).isoformat() if day else None, e.text
    if sent.start in sections:
        sec = sections[sent.start]
        value = _resolve_date(sec.text, published, tense)
        if value is not None:
            return value.value, sec.text
        return None, first_text or sec.text
    return None, first_text


_ABSOLUTE_OR_DAY = re.compile(r"\d|january|february|march|april|may|june|july|august|september|october|november|"
                              r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday", re.I)
_SAME_PERIOD = re.compile(r"^(?:(?:in|during|later|earlier|later in|earlier in)\s+)?(that|that same|the same|the following|the next|"
                          r"the previous|the preceding)\s+(week|month|year|" + "|".join(_MONTH_NAMES) + r")$", re.I)
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_MONTH_OF_THAT_YEAR = re.compile(r"^(?:in\s+|early\s+|late\s+|mid-?)?(" + "|".join(_MONTH_NAMES)
                                 + r")\s+of\s+(that|that same|the same|the following|the previous)\s+year$", re.I)
_PERIOD_STEP = {"that": 0, "that same": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1,
                "the preceding": -1}
_ABSOLUTE = re.compile(r"\d|january|february|march|april|may|june|july|august|september|october|november|"
                       r"december", re.I)


def _same_period(e: Span, published: str | None, past: bool = True) -> str | None:
    """'that month', 'later that year', 'that February': the month or year of the last date
    written before it, within the three sentences before ('after his inauguration on August 7. The two
    governments restored relations that month'). 'The next week' counts from it only in a past
    clause ('attacked on March 3 ... the next week X met Y'); in a future one it is the week ahead."""
    doc = e.doc
    text = e.text.strip()
    if e.start > 0 and doc[e.start - 1].lower_ == "that":  # the model leaves "That" out of "That February"
        text = "that " + text
    m = _SAME_PERIOD.match(text)
    month_of = _MONTH_OF_THAT_YEAR.match(text) if m is None else None
    if m is None and month_of is None:
        return None
    if month_of is not None:  # "in December of that year": that month of the year told before
        step, unit = _PERIOD_STEP[re.sub(r"\s+", " ", month_of.group(2).lower())], "year"
    else:
        which = re.sub(r"\s+", " ", m.group(1).lower())
        if which == "the next" and not past:
            return None
        step = _PERIOD_STEP[which]
        unit = m.group(2).lower()
    if step and unit in _MONTH_NAMES:
        return None  # "the following February": not a period counted from a date
    n = sentence_no(doc, e.start)
    first = sentences(doc)[max(0, n - 3)].start
    for d in reversed([d for d in entities_between(doc, first, e.start) if d.label_ == "DATE"]):
        if not (_ABSOLUTE.search(d.text) or _WEEKDAY.search(d.text)):  # ("on Thursday": a day too)
            continue
        value = _resolve_date(_plain(d.text), published, "past")
        if value is None or value.precision not in ("day", "month", "year") or "/" in value.value:
            continue
        if unit == "year" and month_of is not None:
            return f"{int(value.value[:4]) + step:04d}-{_MONTH_NAMES.index(month_of.group(1).lower()) + 1:02d}"
        if unit == "year":  # "that year", "the following year"
            return str(int(value.value[:4]) + step)
        if unit in _MONTH_NAMES:  # "That February": February of the year told before
            return f"{value.value[:4]}-{_MONTH_NAMES.index(unit) + 1:02d}"
        if unit == "week":  # "later that week", "the following week": Monday to Sunday
            if value.precision != "day":
                return None
            monday = dt.date.fromisoformat(value.value) - dt.timedelta(days=dt.date.fromisoformat(value.value).weekday())
            monday += dt.timedelta(weeks=step)
            return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
        if value.precision == "year":
            return None
        months = int(value.value[:4]) * 12 + int(value.value[5:7]) - 1 + step  # "the following month"
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return None


def _event_reference(e: Span):
    """(after|before, the event's noun, days) for 'the day after the bombing', 'two days
    before the vote'; else None."""
    root = e.root
    days_per = {"day": 1, "days": 1, "week": 7, "weeks": 7}.get(root.lower_)
    if days_per is None:
        return None
    if root.lower_ in ("day", "week"):  # "a week after", "the day after"; not "last week"
        count = 1 if e[0].lower_ in ("a", "an", "one") or e[0].lower_ == "the" and root.lower_ == "day" else None
    else:
        count = _count_word(e[0].lower_)
    n = count * days_per if count is not None else None
    head = root.head
    if root.dep_ == "npadvmod" and head.pos_ in ("VERB", "AUX") and (
            mark := next((c for c in head.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)):
        # "two days after Algeria cut ties": counted from the deed the clause tells
        return (mark, head, n) if n is not None else None
    prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("after", "before")), None)
    if prep is None and root.dep_ == "npadvmod" and root.head.lower_ in ("after", "before"):
        prep = root.head
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ != "NOUN":
        return None
    return (prep, obj, n) if n is not None else None


# the verbs that tell the deed a noun names again ("shelled ... the attack", "cut ties ... the rupture")
_TOLD_AS_VERB: dict[str, tuple[str, ...]] = {
    "attack": ("attack", "shell", "strike", "bomb", "raid", "fire", "hit", "storm", "invade", "assault", "ambush"),
    "assault": ("attack", "assault", "storm", "raid", "strike", "shell", "bomb"),
    "strike": ("strike", "bomb", "hit", "attack", "shell"), "raid": ("raid", "storm", "attack"),
    "bombing": ("bomb", "attack", "strike"), "shelling": ("shell", "attack"), "shooting": ("shoot", "fire", "kill"),
    "invasion": ("invade",), "incursion": ("cross", "enter", "invade"), "killing": ("kill", "murder", "shoot"),
    "rupture": ("cut", "sever", "break"), "break": ("cut", "sever", "break"), "expulsion": ("expel",),
    "vote": ("vote",), "election": ("elect", "vote"), "landing": ("land",), "signing": ("sign",),
    "announcement": ("announce",), "arrest": ("arrest", "detain"), "coup": ("seize", "overthrow", "topple", "oust"),
    "crash": ("crash",), "sinking": ("sink",), "collision": ("collide",), "visit": ("visit",),
    "meeting": ("meet",), "talks": ("meet", "talk"), "call": ("call", "phone", "speak"),
    "decision": ("decide", "rule"), "ruling": ("rule",), "verdict": ("rule", "convict", "sentence"),
}


def _around_event(e: Span, published: str | None) -> str | None:
    """'The day after the bombing', 'two days before the vote': counted from the day the
    article gave that event when it told it before ('a bombing on Feb. 14 killed ...')."""
    ref = _event_reference(e)
    if ref is None:
        return None
    prep, obj, n = ref
    doc = e.doc
    shift = dt.timedelta(days=n if prep.lower_ == "after" else -n)

    def counted(day) -> str | None:
        return (day + shift).isoformat() if day is not None else None
    if obj.pos_ in ("VERB", "AUX"):
        # the clause's own date ("a week after the bloc declared the vote void on Friday"),
        # else the day the same deed was told with before ("signed a pact on Monday ... a
        # day after they signed it")
        own = [d for d in _dates_in_clause(obj) if d.start != e.start]
        if own:
            return counted(_day_named(own[0], published))
        told = next((t for t in reversed(doc[:obj.left_edge.i])
                     if t.pos_ == "VERB" and t.lemma_.lower() == obj.lemma_.lower()), None)
        before = _dates_in_clause(told) if told is not None else []
        # (the nearest telling naming no day: do not reach further back)
        return counted(_day_named(before[0], published)) if before else None
    told_by = _TOLD_AS_VERB.get(obj.lemma_.lower(), ())
    for t in reversed(doc[:e.start]):
        as_verb = t.pos_ == "VERB" and t.lemma_.lower() in told_by
        if not as_verb and (t.lemma_ != obj.lemma_ and t.lemma_.lower() not in told_by or t.pos_ != "NOUN"
                            or t.dep_ == "compound"):  # (not "assault rifles")
            continue
        # "North Korea shelled the island on Tuesday. Two days after the attack, ...": the
        # deed told first as a verb, dated in its own clause
        for d in entities_between(doc, t.left_edge.i, t.right_edge.i + 1):
            if d.label_ != "DATE" or relative_shift(d.text) is not None:
                continue
            if as_verb and (v := _clause_verb(d.root)) is not None and v.i != t.i:
                continue  # a date of another clause inside the verb's
            day = _day_named(d, published)
            if day is not None:
                return counted(day)
        if not as_verb and (v := _clause_verb(t)) is not None and v.i != t.i:
            # "were killed in an attack on parliament on Dec. 13. A day after the assault":
            # the noun told in a clause the date is on
            own = _dates_in_clause(v)
            day = _day_named(own[0], published) if own else None
            if day is not None:
                return counted(day)
        if not as_verb and t.lemma_ != obj.lemma_:
            continue  # (another word for it, "the attack was claimed by ...", may name no day)
        return None  # the nearest mention names no day: do not reach further back
    return None


def _dates_in_clause(verb: Token) -> list[Span]:
    """The absolute dates written in a verb's own clause (not in a clause inside it)."""
    return [d for d in entities_between(verb.doc, verb.left_edge.i, verb.right_edge.i + 1)
            if d.label_ == "DATE" and relative_shift(d.text) is None
            and (v := _clause_verb(d.root)) is not None and v.i == verb.i]


def _day_named(d: Span, published: str | None):
    """The day a date names, when it names one (a datetime.date), else None."""
    from diplograph.dates import day_of

    value = _resolve_date(_plain(d.text), published, "past")
    return day_of(value.value) if value is not None and value.precision == "day" else None


def _sentence_day(sent: Span, but: Span, published: str | None, tense: str):
    """The one day another date of the sentence names, if it names one."""
    from diplograph.dates import day_of

    days = set()
    for e in _date_ents(sent):
        if e.start == but.start or relative_shift(e.text) is not None:
            continue
        value = _resolve_date(_plain(e.text), published, tense_of(_clause_verb(e.root)))
        if value is not None and getattr(value, "precision", None) == "day":
            days.add(day_of(value.value))
    return days.pop() if len(days) == 1 else None


def _tense_at(e: Span, trigger: Token, anchor: Token | None, tense: str) -> str:
    """The tense that decides which Tuesday a date means is that of the clause the date is
    written in: "On Tuesday, X said that France had agreed to deliver ..." is a past
    Tuesday however future the delivery."""
    verb = _clause_verb(e.root)
    if verb is None:
        return tense
    own = {trigger.i} | ({anchor.i} if anchor is not None else set())
    own |= {x.i for t in (trigger, anchor) if t is not None for x in t.ancestors if x.pos_ not in ("VERB", "AUX")}
    if verb.i in own or verb.i == trigger.i or anchor is not None and verb.i == anchor.i:
        return tense
    if verb.lemma_ in _PLAN_LEMMAS:
        return tense  # "is expected on Monday to meet": the date is the planned event's
    if verb in trigger.ancestors or anchor is not None and verb in anchor.ancestors:
        return tense_of(verb)
    return tense


def discourse_date(trigger: Token, published: str | None, tense: str, back: int = 2):
    """The last date written in the one or two sentences before, within the same
    paragraph: background sentences often carry their date forward ("On February 4 the
    balloon was shot down. Beijing protested ...")."""
    doc = trigger.doc
    sents = sentences(doc)
    idx = sentence_no(doc, trigger.i)
    if _resolve_date is None:
        return None, None
    for n in range(idx - 1, max(-1, idx - 1 - back), -1):
        s = sents[n]
        if "\n" in doc[s.end - 1].whitespace_ or doc[s.end - 1].is_space or doc[s.end - 1].text.endswith("\n"):
            break  # a paragraph ended there
        # only a frame-setting date carries over: one that opens its sentence
        # ("On February 4, ..."), not one buried in a clause of its own
        # (a capitalised "On" inside a sentence opens one the splitter missed: a heading
        # run into the text, "The balloon crisis On February 3, the ...")
        ents = [e for e in _date_ents(s) if e.start - s.start <= 2 or e.start - 1 > s.start
                and doc[e.start - 1].text in ("On", "In") and not doc[e.start - 2].is_punct]
        for e in reversed(ents):
            if not any(ch.isdigit() for ch in e.text) and not any(
                    w in e.text for w in ("January", "February", "March", "April", "May", "June", "July",
                                          "August", "September", "October", "November", "December")):
                continue  # only absolute dates carry over
            value = _resolve_date(e.text, published, tense)
            if value is not None:
                return value.value, e.text
    return None, None


_COUNT_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
                "months": "month", "year": "year", "years": "year"}


def _count_word(word: str) -> int | None:
    """'two', 'an', '12' -> the number; other words -> None."""
    return _SMALL_NUMBERS.get(word) or _MORE_NUMBERS.get(word) or (int(word) if word.isdigit() else None)


def counted_back(trigger: Token, anchor: Token | None, published: str | None):
    """'The rupture comes two weeks after Mogadishu expelled Kenya's ambassador', 'Georgia
    cut ties on Friday, three days after Moscow recognised the regions': a deed told in an
    'N days (weeks, months, years) after' clause is that long before the main clause's time,
    its own date or, told in the present, the day of writing. (None, None) when the main
    clause has no time of its own: an undated past is not guessed."""
    from diplograph.dates import day_of

    verb = anchor if anchor is not None and anchor.pos_ in ("VERB", "AUX") else trigger if trigger.pos_ in (
        "VERB", "AUX") else next((x for x in trigger.ancestors if x.pos_ in ("VERB", "AUX")), None)
    clause = verb
    while clause is not None and clause.dep_ == "conj":  # "after X visited Riyadh and met ..."
        clause = clause.head
    if clause is None or clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "after" for c in clause.children):
        return None, None
    # (no count: "agreed on Oct. 10 after Lavrov hosted ...", the day before or the day itself)
    count = next((c for c in clause.children if c.dep_ == "npadvmod" and c.lower_ in _COUNT_UNITS), None)
    if count is not None:
        unit = _COUNT_UNITS[count.lower_]
        n = next((k for c in count.children if c.dep_ in ("nummod", "det", "quantmod")
                  for k in [_count_word(c.lower_)] if k is not None), None)
        if n is None:
            return None, None  # "days after": no count to go back by
    if _resolve_date is None:
        return None, None
    main = clause.head
    sent = sent_of(trigger)
    lo, hi = clause.left_edge.i, clause.right_edge.i
    when = None
    dates = [e for e in _date_ents(sent) if count is None or not (count.left_edge.i <= e.root.i <= count.i)]
    if any(lo <= e.start <= hi and not is_duration(e.text) and _resolve_date(_plain(e.text), published, "past")
           is not None for e in dates):
        return None, None  # the deed's clause dates it itself
    for e in dates:
        if is_duration(e.text) or _event_reference(e) is not None:
            continue
        value = _resolve_date(_plain(e.text), published, tense_of(main))
        if value is not None and value.precision == "day":
            when = day_of(value.value)
            break
    if when is None and main.tag_ in ("VBZ", "VBP") and count is not None:
        when = day_of(published)  # "the rupture comes two weeks after ...": written today
    if when is None:
        return None, None
    if count is None:
        return f"{(when - dt.timedelta(days=1)).isoformat()}/{when.isoformat()}", None
    text = sent.doc[count.left_edge.i:count.i + 1].text + " after"
    if unit == "day":
        return (when - dt.timedelta(days=n)).isoformat(), text
    if unit == "week":
        day = when - dt.timedelta(weeks=n)
        return f"{(day - dt.timedelta(days=3)).isoformat()}/{(day + dt.timedelta(days=3)).isoformat()}", text
    months = n if unit == "month" else 12 * n
    y, m = divmod(when.year * 12 + when.month - 1 - months, 12)
    return (f"{y:04d}-{m + 1:02d}" if unit == "month" else f"{y:04d}"), text


_PACT_NOUNS = {"deal", "truce", "agreement", "accord", "ceasefire", "pact", "treaty", "armistice"}
_MAKING = {"announce", "sign", "agree", "reach", "seal", "strike", "conclude", "broker", "clinch"}


def agreement_made(trigger: Token, published: str | None):
    """A pact the sentence tells in force ('as the truce held through its first day', 'the
    deal calls for ...') was made on another day: the day the article gives its making
    ('under the deal announced on Wednesday'), else (None, None)."""
    if trigger.lower_ not in _PACT_NOUNS and trigger.lemma_ not in _PACT_NOUNS:
        return None, None
    head = trigger.head
    if trigger.dep_ not in ("nsubj", "nsubjpass") or head.lemma_ in _MAKING:
        return None, None
    doc = trigger.doc
    for t in doc:
        if t.lemma_ not in _PACT_NOUNS or t.i == trigger.i:
            continue
        for v in t.children:
            if v.dep_ in ("acl", "relcl") and v.lemma_ in _MAKING:
                for e in entities_between(doc, v.left_edge.i, v.right_edge.i + 1):
                    # the model may run the date on: "Wednesday after weeks (of mediation)"
                    text = re.split(r"\s+(?:after|before|following)\s+", e.text)[0]
                    if e.label_ in ("DATE", "TIME") and not is_duration(text):
                        value = _resolve_date(_plain(text), published, "past") if _resolve_date else None
                        if value is not None and value.precision == "day":
                            return value.value, e.text
    return None, None
