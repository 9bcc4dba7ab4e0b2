"""The speed-ups of extraction must not change what it reads: the per-document caches, the
line-break component's array write, the phrase matchers built with the model's tokenizer and
the remembered gazetteer and date answers give what the direct calls give."""
from __future__ import annotations

import pytest

TEXT = ("FOREIGN MINISTERS MEET IN ROME\n"
        "ROME, March 3 -- Vice Premier Liu He held talks with Foreign Minister Anna Varga on Monday.\n"
        "The two sides agreed to meet again. Italy's counterpart said the talks were useful.")


def _reference_marks(doc) -> list:
    """What the line-break rule decides, token by token, read off an unmarked document."""
    marks = [t.is_sent_start for t in doc]
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            marks[i + 1] = True
        elif token.is_alpha and not nxt.is_space and not nxt.is_punct and nxt.is_sent_start is None:
            marks[i + 1] = False
    return marks


def test_line_breaks_marks_what_the_rule_says():
    import spacy

    from diplograph.extract.pipeline import line_breaks

    blank = spacy.blank("en")
    for text in (TEXT, "Talks\n\nended", "One", "", "Leaders meet in Rome\nThe talks began"):
        expected = _reference_marks(blank(text))
        doc = line_breaks(blank(text))
        assert [t.is_sent_start for t in doc] == expected, text
    doc = line_breaks(blank("Vice Premier Liu He held talks"))
    assert [t.is_sent_start for t in doc][1:] == [False] * 5  # words of one line stay together


@pytest.mark.model
def test_token_caches_are_the_documents_tokens(nlp):
    from diplograph.extract.docinfo import lowers, sent_of, sentences, tokens

    doc = nlp(TEXT)
    toks = tokens(doc)
    assert [t.i for t in toks] == list(range(len(doc)))
    assert [t.text for t in toks] == [t.text for t in doc]
    assert lowers(doc) == [t.lower_ for t in doc]
    assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]
    assert all(sent_of(t).start == t.sent.start for t in doc)
    assert tokens(doc) is toks  # made once per document


@pytest.mark.model
def test_phrase_patterns_tokenized_as_by_a_blank_tokenizer(nlp):
    """The matchers are built with the model's own tokenizer: it must split every gazetteer
    phrase as the blank English tokenizer did."""
    from spacy.lang.en import English

    from diplograph.extract.mentions import _phrase_tokenizer
    from diplograph.gazetteer import get_gazetteer

    assert _phrase_tokenizer(nlp.vocab) is nlp.tokenizer
    gaz = get_gazetteer()
    forms = [f for rows in gaz.country_forms().values() for f, _ in rows]
    forms += [f for f, _ in gaz.organization_forms()] + list(gaz.title_forms())
    forms += [f for body in gaz.bodies for f in body.forms]
    blank = English().tokenizer
    differ = [f for f in forms if [t.text for t in blank(f)] != [t.text for t in nlp.tokenizer(f)]]
    assert not differ, differ[:5]


def test_gazetteer_answers_are_remembered_per_gazetteer():
    from diplograph.extract.mentions import gaz_lookup
    from diplograph.gazetteer import get_gazetteer

    class Counting:
        def __init__(self):
            self.calls = 0

        def is_media(self, text):
            self.calls += 1
            return text == "Reuters"

    stub = Counting()
    assert gaz_lookup(stub, "is_media", "Reuters") is True
    assert gaz_lookup(stub, "is_media", "Reuters") is True
    assert gaz_lookup(stub, "is_media", "Kenya") is False
    assert stub.calls == 2
    assert gaz_lookup(Counting(), "is_media", "Reuters") is True  # another gazetteer asks again
    gaz = get_gazetteer()
    for text in ("Foreign Minister", "French", "Chinese foreign minister", "Tel Aviv", "Nobody"):
        assert gaz_lookup(gaz, "title", text) == gaz.title(text)
        assert gaz_lookup(gaz, "find_country", text) == gaz.find_country(text)


def test_remembered_dates_equal_the_resolver():
    from diplograph.dates import resolve_date
    from diplograph.extract.timing import _resolve_date

    for expression, tense in (("Monday", "past"), ("Monday", "future"), ("last week", "past"),
                              ("June 18 and 19", "past"), ("three hours", "past")):
        assert _resolve_date(expression, "2024-06-20", tense) == resolve_date(expression, "2024-06-20", tense)
