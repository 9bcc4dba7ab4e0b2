"""Per-document caches of what the rules ask for again and again: the sentence list, each
token's sentence number, the named-entity spans, the tokens and their lower-case forms.
spaCy rebuilds these on every access (doc.sents, doc.ents walk the whole document, which
made long articles quadratic; doc[i] makes a new Token object each time, and Token.lower_
looks its string up each time)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["sentences", "sentence_no", "sent_of", "entities", "entities_between", "tokens", "lowers",
           "DATELINE_KEY"]

_KEY = "diplograph_docinfo"
# the ISO code of the country a wire story was filed from (set by the extractor; None if unknown)
DATELINE_KEY = "diplograph_dateline"


def _info(doc: Doc) -> dict:
    info = doc.user_data.get(_KEY)
    if info is None:
        sents = list(doc.sents)
        number = [0] * len(doc)
        for n, s in enumerate(sents):
            for i in range(s.start, s.end):
                number[i] = n
        toks = list(doc)
        info = {"sents": sents, "number": number, "ents": tuple(doc.ents), "tokens": toks,
                "lowers": [t.lower_ for t in toks]}
        doc.user_data[_KEY] = info
    return info


def tokens(doc: Doc) -> list[Token]:
    """The document's tokens, made once: toks[i] is doc[i] without building a new Token."""
    return _info(doc)["tokens"]


def lowers(doc: Doc) -> list[str]:
    """Each token's lower-case form (Token.lower_), by token index."""
    return _info(doc)["lowers"]


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
    info = _info(t.doc)
    return info["sents"][info["number"][t.i]]
