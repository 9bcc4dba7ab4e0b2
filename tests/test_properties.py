"""Property-based tests (hypothesis): arbitrary Unicode and bytes never make the readers,
the cleaner, date resolution, name normalisation or the extractor raise, and every offset
they give slices the original text."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplograph.clean import boilerplate_spans, clean
from diplograph.dates import day_of, interval, resolve_date
from diplograph.names import normalise
from diplograph.readers import ReadError, document_id, read_paths
from diplograph.records import Document
from diplograph.resolve import normalise_name, person_name, slugify

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

# text that looks a little like news: words, names, dates, punctuation, odd Unicode
WORDS = st.sampled_from(["met", "Minister", "President", "Ana", "Lindqvist", "of", "Peru",
                         "on", "Monday", "June", "18", "2023", "the", "talks", ".", ",", "\n",
                         "'s", "U.S.", "Photo: AFP", "Share this", "\u00e9", "\u200b", "\U0001f600"])
NEWSY = st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=40).map(" ".join)
ANY_TEXT = st.one_of(st.text(), NEWSY)


# -- readers --------------------------------------------------------------------------------

@SETTINGS
@given(data=st.binary(max_size=400), ext=st.sampled_from([".txt", ".jsonl", ".json", ".csv", ".md"]))
def test_readers_never_raise_on_arbitrary_bytes(tmp_path, data, ext):
    f = tmp_path / f"input{ext}"
    f.write_bytes(data)
    for item in read_paths([f]):
        assert isinstance(item, (Document, ReadError))
        if isinstance(item, Document):
            assert item.text.strip() and item.id
        else:
            assert item.source == str(f) and item.reason


@SETTINGS
@given(texts=st.lists(ANY_TEXT, min_size=1, max_size=4), junk=st.text(max_size=30))
def test_every_jsonl_record_is_its_document_or_one_error_on_its_line(tmp_path, texts, junk):
    f = tmp_path / "feed.jsonl"
    junk = "#" + " ".join(junk.replace("\x00", "").splitlines())  # never JSON (a NUL: binary)
    lines = [json.dumps({"text": t}) for t in texts]
    f.write_text("\n".join([*lines[:1], junk, *lines[1:]]) + "\n", encoding="utf-8",
                 errors="surrogatepass")
    items = list(read_paths([f]))
    assert len(items) == len(texts) + 1
    expected = [texts[0], None, *texts[1:]]
    for line, (item, text) in enumerate(zip(items, expected), 1):
        if text is None:
            assert isinstance(item, ReadError) and item.line == line
            assert item.reason.startswith("malformed JSON")
        elif not text.strip():
            assert item == ReadError(str(f), line, "'text' is empty")
        else:
            assert item.text == text and item.id == document_id(text)


@SETTINGS
@given(text=ANY_TEXT)
def test_document_id_ignores_case_and_spacing(text):
    assert document_id(text) == document_id(" " + text.upper().lower() + "\n") or \
        text.upper().lower().casefold() != text.casefold()


# -- cleaning -------------------------------------------------------------------------------

@SETTINGS
@given(text=ANY_TEXT)
def test_cleaning_keeps_every_offset(text):
    cleaned = clean(text)
    assert len(cleaned) == len(text)
    assert [i for i, c in enumerate(cleaned) if c in "\r\n"] == \
        [i for i, c in enumerate(text) if c in "\r\n"]
    last = 0
    for start, end in boilerplate_spans(text):
        assert last <= start < end <= len(text)
        last = end


# -- dates ----------------------------------------------------------------------------------

PUBLISHED = st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2100, 12, 31)),
                      st.dates().map(str), st.text(max_size=12))


@SETTINGS
@given(expression=st.one_of(st.text(max_size=40), NEWSY), published=PUBLISHED,
       tense=st.sampled_from(["past", "present", "future", "other"]))
def test_date_resolution_never_raises(expression, published, tense):
    value = resolve_date(expression, published, tense)
    if value is not None:  # a resolved date is one the rest of the system can read
        span = interval(value.value)
        assert span is not None and span[0] <= span[1]
        assert value.precision in ("day", "month", "year", "range", "week")


@SETTINGS
@given(value=st.one_of(st.text(max_size=40), st.none()))
def test_day_of_and_interval_never_raise(value):
    day = day_of(value)
    assert day is None or isinstance(day, dt.date)
    span = interval(value)
    assert span is None or span[0] <= span[1]


# -- names ----------------------------------------------------------------------------------

@SETTINGS
@given(text=ANY_TEXT)
def test_name_normalisation_never_raises_and_is_stable(text):
    key = normalise_name(text)
    assert key == key.strip() and "  " not in key
    assert normalise_name(key) == key
    assert isinstance(normalise(text), str)
    assert isinstance(slugify(text), str)
    person = person_name(text)
    assert len(person) == 3 and all(isinstance(p, str) for p in person)


# -- the extractor, with the real model ------------------------------------------------------

@pytest.mark.model
@settings(max_examples=25, deadline=None)
@given(text=st.one_of(NEWSY, st.text(max_size=200)).filter(lambda t: t.strip()),
       published=st.one_of(st.none(), st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)).map(str)))
def test_the_extractor_never_raises_and_its_offsets_slice_the_text(text, published):
    from diplograph.extract import extract, load_pipeline

    doc = Document(id="d", text=text, published=published)
    ext = extract(doc, nlp=load_pipeline())
    assert ext.doc_id == "d"
    for ent in ext.entities:
        for m in ent.mentions:
            assert text[m.start:m.end] == m.text
    for inter in ext.interactions:
        ev = inter.evidence
        assert text[ev.start:ev.end] == ev.text
        assert ev.start <= ev.trigger_start < ev.trigger_end <= ev.end


@pytest.mark.model
def test_the_extractor_on_adversarial_texts():
    """Cases random search rarely reaches: lone surrogate-free oddities, control characters,
    very long tokens, right-to-left text, only punctuation."""
    from diplograph.extract import extract, load_pipeline

    nlp = load_pipeline()
    for text in ["\x00\x01\x02 met \x7f", "President " + "A" * 5000 + " met Ana Lindqvist.",
                 "\u202eMinister Ana Lindqvist met Peru\u202c on Monday.", "....!!!???",
                 "Ana\u00adLind\u00adqvist met Kofi\u200dMensah.", "\r\n\r\n\t.", "\ufeffPeru met Chile."]:
        ext = extract(Document(id="d", text=text), nlp=nlp)
        for ent in ext.entities:
            for m in ent.mentions:
                assert text[m.start:m.end] == m.text
        for inter in ext.interactions:
            assert text[inter.evidence.start:inter.evidence.end] == inter.evidence.text
