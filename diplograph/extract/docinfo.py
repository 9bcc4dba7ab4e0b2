"""Per-document caches of what the rules ask for again and again: the sentence list, each
token's sentence number and the named-entity spans. spaCy rebuilds these on every access
(doc.sents, doc.ents walk the whole document), which made long articles quadratic."""
from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["sentences", "sentence_no", "sent_of", "entities", "entities_between"]

_KEY = "diplograph_docinfo"


def _info(doc: Doc) -> dict:
    info = doc.user_data.get(_KEY)
    if info is None:
        sents = list(doc.sents)
        number = [0] * len(doc)
        for n, s in enumerate(sents):
            for i in range(s.start, s.end):
                number[i] = n
        info = {"sents": sents, "number": number, "ents": tuple(doc.ents)}
        doc.user_data[_KEY] = info
    return info


def sentences(doc: Doc) -> list[Span]:
    return _info(doc)["sents"]


def sentence_no(doc: Doc, i: int) -> int:
    """The number of the sentence token i is in."""
    return _info(doc)["number"][i]


def entities(doc: Doc) -> tuple[Span, ...]:
    return _info(doc)["ents"]


def entities_between(doc: Doc, start: int, end: int) -> list[Span]:
    """Named entities inside tokens [start, end)."""
    return [e for e in _info(doc)["ents"] if start <= e.start and e.end <= end]


def sent_of(t) -> Span:
    """The sentence of a token (Token.sent walks the whole document each time)."""
    return _info(t.doc)["sents"][_info(t.doc)["number"][t.i]]
