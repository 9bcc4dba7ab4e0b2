"""Reading every input format, and every way an input can be bad."""
from __future__ import annotations

import io
import json

import pytest

from diplograph.readers import ReadError, document_id, normalise_published, read_paths
from diplograph.records import Document

ARTICLE = ("Leaders meet in Geneva\n\n"
           "The foreign ministers of Norway and Chile met in Geneva on Tuesday to discuss "
           "fisheries and climate finance, officials said.\n")


def read(*paths, **kwargs):
    return list(read_paths([str(p) for p in paths], **kwargs))


def docs_and_errors(items):
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(docs) + len(errors) == len(items)
    return docs, errors


# ---------------------------------------------------------------- ids and dates

def test_document_id_is_stable_under_case_whitespace_and_unicode_form():
    a = document_id("Caf\u00e9 talks  in\nParis")
    assert a == document_id("CAFE\u0301 TALKS in Paris")  # NFC + casefold + whitespace
    assert a.startswith("doc-") and len(a) == 4 + 16
    assert a != document_id("Cafe talks in Paris")


@pytest.mark.parametrize("value,expected", [
    ("2023-06-18", "2023-06-18"),
    ("2023-06-18T07:28:00Z", "2023-06-18"),
    ("June 18, 2023", "2023-06-18"),
    ("Sun, 18 Jun 2023 07:28:00 +0000", "2023-06-18"),
    ("18 Jun 2023, 07:28 AM IST", "2023-06-18"),
    ("June 2023", None), ("soon", None), ("", None), (None, None), (20230618, None),
])
def test_normalise_published(value, expected):
    assert normalise_published(value) == expected


# ---------------------------------------------------------------- text files

def test_text_file_keeps_whole_content_and_takes_headline_as_title(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    [doc] = read(f, published="June 20, 2023")
    assert doc.text == ARTICLE.replace("\n", "\r\n")  # unchanged, line endings included
    assert doc.title == "Leaders meet in Geneva"
    assert doc.published == "2023-06-20"
    assert doc.source == str(f)
    assert doc.id == document_id(doc.text)


def test_title_is_empty_when_first_line_is_a_sentence(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("The ministers met in Geneva on Tuesday.\nThey agreed to talk again.\n",
                 encoding="utf-8")
    [doc] = read(f)
    assert doc.title == ""
    g = tmp_path / "b.md"
    g.write_text("# Ministers meet\n\nThey met.\n", encoding="utf-8")
    assert read(g)[0].title == "Ministers meet"


def test_utf8_bom_is_dropped_and_same_text_gives_same_id(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    b.write_text(ARTICLE, encoding="utf-8")
    da, db = read(a, b)
    assert da.text == ARTICLE and da.id == db.id


# ---------------------------------------------------------------- records

def test_jsonl_reads_fields_and_reports_a_malformed_line_among_good_ones(tmp_path):
    f = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "n1", "title": "T1", "published": "2023-03-10T08:00:00Z",
                    "url": "https://example.org/1", "source": "Wire", "text": "Text one."}),
        "",
        '{"id": "n2", "text": "unterminated',
        json.dumps({"text": "Text three.", "published": "someday"}),
        json.dumps({"id": "n4", "title": "no text here"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": 5, "text": "   "}),
        json.dumps({"id": 6, "content": "Text six.", "date": "March 9, 2023"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = docs_and_errors(read(f, published="2023-01-01"))
    assert [d.text for d in docs] == ["Text one.", "Text three.", "Text six."]
    one, three, six = docs
    assert (one.id, one.title, one.published, one.url, one.source) == (
        "n1", "T1", "2023-03-10", "https://example.org/1", "Wire")
    # no id -> hash of the text; an unreadable date counts as none -> the default
    assert three.id == document_id("Text three.") and three.published == "2023-01-01"
    assert three.source == f"{f}:4"
    assert (six.id, six.published) == ("6", "2023-03-09")
    assert [(e.line, e.reason.split(":")[0]) for e in errors] == [
        (3, "malformed JSON"), (5, "no 'text' field"), (6, "expected a JSON object, got a list"),
        (7, "'text' is empty")]
    assert all(e.source == str(f) for e in errors)


def test_jsonl_bad_utf8_line_is_reported_with_its_offset(tmp_path):
    f = tmp_path / "x.jsonl"
    good = json.dumps({"text": "Fine."}).encode() + b"\n"
    f.write_bytes(good + b'{"text": "caf\xe9"}\n' + good)
    docs, errors = docs_and_errors(read(f))
    assert len(docs) == 2
    [e] = errors
    assert e.line == 2
    assert e.reason == f"not UTF-8 text (byte 0xe9 at offset {len(good) + 13})"


def test_json_list_single_object_and_wrapped_list(tmp_path):
    a = tmp_path / "a.json"
    a.write_text(json.dumps([{"id": "x", "text": "One."}, {"title": "none"}, {"text": "Two."}]),
                 encoding="utf-8")
    docs, errors = docs_and_errors(read(a))
    assert [d.id for d in docs] == ["x", document_id("Two.")]
    assert [e.reason for e in errors] == ["item 2: no 'text' field"]
    b = tmp_path / "b.json"
    b.write_text(json.dumps({"text": "Alone.", "published": "2022-02-24"}), encoding="utf-8")
    assert read(b)[0].published == "2022-02-24"
    c = tmp_path / "c.json"
    c.write_text(json.dumps({"articles": [{"text": "Wrapped."}]}), encoding="utf-8")
    assert read(c)[0].text == "Wrapped."


def test_malformed_json_file_names_the_line(tmp_path):
    f = tmp_path / "bad.json"
    f.write_text('[\n  {"text": "ok"},\n  {"text": oops}\n]', encoding="utf-8")
    [e] = read(f)
    assert isinstance(e, ReadError) and e.line == 3 and e.reason.startswith("malformed JSON")


def test_csv_with_quoted_multiline_text_and_line_numbers(tmp_path):
    f = tmp_path / "news.csv"
    f.write_text('id,Title,published,text\n'
                 'c1,First,2023-05-19,"Leaders met.\nThey talked."\n'
                 'c2,Second,,\n'
                 ',Third,19 May 2023,Another text.\n', encoding="utf-8")
    docs, errors = docs_and_errors(read(f))
    assert [(d.id, d.title, d.published) for d in docs] == [
        ("c1", "First", "2023-05-19"), (document_id("Another text."), "Third", "2023-05-19")]
    assert docs[0].text == "Leaders met.\nThey talked."
    assert docs[1].source == f"{f}:5"
    assert [(e.line, e.reason) for e in errors] == [(4, "'text' is empty")]


def test_csv_without_text_column_is_one_error(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text("id,headline\n1,a\n2,b\n", encoding="utf-8")
    [e] = read(f)
    assert e.reason == "no text column (columns: id, headline)"


def test_csv_text_larger_than_default_field_limit(tmp_path):
    f = tmp_path / "big.csv"
    big = "word " * 40000  # 200,000 characters: over csv's 131,072 and the article limit
    f.write_text(f'text\n"{big}"\n', encoding="utf-8")
    [doc] = read(f, max_chars=len(big))
    assert doc.text == big
    [refused] = read(f)
    assert refused == ReadError(str(f), 2, "article too long (200,000 characters, the limit "
                                "is 100,000); split it into articles or raise --max-chars")


# ---------------------------------------------------------------- HTML

PAGE = """<html><head><title>Ministers meet in Oslo | Example</title>
<meta property="article:published_time" content="2023-04-05T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Ministers meet in Oslo</h1>
<p>The foreign ministers of Finland and Canada met in Oslo on Tuesday to discuss Arctic
security and energy supplies, officials from both governments said.</p>
<p>The two ministers agreed to hold regular consultations and pledged further support to
Ukraine over the coming months.</p></article><footer>Copyright 2023 Example</footer></body></html>"""


def test_html_main_text_title_and_date(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    [doc] = read(f, published="2020-01-01")
    assert "Finland and Canada met in Oslo" in doc.text
    assert "Copyright" not in doc.text and "Sport" not in doc.text
    assert doc.title == "Ministers meet in Oslo"
    assert doc.published == "2023-04-05"  # the page's own date beats the default


def test_html_without_date_takes_default_and_empty_page_is_an_error(tmp_path):
    f = tmp_path / "page.htm"
    f.write_text(PAGE.replace('<meta property="article:published_time" '
                              'content="2023-04-05T10:00:00Z">', ""), encoding="utf-8")
    [doc] = read(f, published="2023-04-06")
    assert doc.published == "2023-04-06"
    g = tmp_path / "blank.html"
    g.write_text("<html><head><title>Only a title</title></head><body><img src=a.png></body></html>",
                 encoding="utf-8")
    [e] = read(g)
    assert isinstance(e, ReadError) and "no article text" in e.reason


def test_html_in_its_declared_charset(tmp_path):
    f = tmp_path / "latin.html"
    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">').replace(
        "Oslo on Tuesday", "Oslo on Tuesday at the Caf\u00e9 Nord")
    f.write_bytes(page.encode("cp1252"))
    [doc] = read(f)
    assert "Caf\u00e9 Nord" in doc.text


# ---------------------------------------------------------------- stdin

def test_stdin_text_and_jsonl_are_told_apart():
    [doc] = read("-", stdin=io.StringIO(ARTICLE))
    assert doc.text == ARTICLE and doc.source == "-" and doc.title == "Leaders meet in Geneva"
    records = "\n\n" + json.dumps({"id": "s1", "text": "One."}) + "\n" + json.dumps({"text": "Two."})
    docs = read("-", stdin=io.StringIO(records))
    assert [d.id for d in docs] == ["s1", document_id("Two.")]


def test_stdin_with_explicit_format():
    text = '{"looks": "like json"} but is an article about talks.'
    [doc] = read("-", fmt="text", stdin=io.StringIO(text))
    assert doc.text == text
    [doc] = read("-", fmt="csv", stdin=io.StringIO("text,id\nHello there.,k\n"))
    assert doc.id == "k"


def test_stdin_missing(monkeypatch):
    monkeypatch.setattr("sys.stdin", None)
    [e] = read("-")
    assert e.reason == "no standard input to read"


def test_stdin_bytes_are_checked_like_files(monkeypatch):
    class Console:
        buffer = io.BytesIO(b"Caf\xe9 talks")

    monkeypatch.setattr("sys.stdin", Console())
    [e] = read("-")
    assert e.reason == "not UTF-8 text (byte 0xe9 at offset 3)"


def test_stdin_empty_and_binary():
    [e] = read("-", stdin=io.StringIO("  \n"))
    assert (e.source, e.reason) == ("-", "empty file")
    [e] = read("-", stdin=io.StringIO("a\x00b"))
    assert e.reason == "binary file"


# ---------------------------------------------------------------- folders and errors

def test_folder_is_recursive_sorted_and_skips_hidden_and_unknown(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second article.", encoding="utf-8")
    (tmp_path / "a.md").write_text("First article.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": "Third article."}), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("Hidden too.", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00")
    docs = read(tmp_path)
    assert [d.text for d in docs] == ["First article.", "Second article.", "Third article."]


def test_folder_with_explicit_format_reads_every_file(tmp_path):
    (tmp_path / "one.article").write_text("An article.", encoding="utf-8")
    (tmp_path / "two").write_text("Another.", encoding="utf-8")
    assert [d.text for d in read(tmp_path, fmt="text")] == ["An article.", "Another."]


def test_folder_with_nothing_readable_says_so(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7")
    [e] = read(tmp_path)
    assert "no readable files" in e.reason and ".txt" in e.reason


def test_bad_files_are_reported_and_the_rest_still_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A real article.", encoding="utf-8")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\u00e9".encode("latin-1"))
    bom_latin = tmp_path / "bom.txt"
    bom_latin.write_bytes(b"\xef\xbb\xbfOK \xff")
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes("Hello".encode("utf-16"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.md"
    blank.write_text(" \n\t\n", encoding="utf-8")
    jempty = tmp_path / "e.jsonl"
    jempty.write_text("\n\n", encoding="utf-8")
    jbinary = tmp_path / "b.jsonl"
    jbinary.write_bytes(b'{"text": "x"}\n\x00\x01')
    odd = tmp_path / "notes.xyz"
    odd.write_text("Some notes.", encoding="utf-8")
    bare = tmp_path / "README"
    bare.write_text("Some notes.", encoding="utf-8")
    missing = tmp_path / "nope.txt"
    items = read(binary, latin, bom_latin, utf16, empty, blank, jempty, jbinary, odd, bare,
                 missing, good)
    docs, errors = docs_and_errors(items)
    assert [d.text for d in docs] == ["A real article."]
    assert [(e.source, e.line, e.reason) for e in errors] == [
        (str(binary), None, "binary file"),
        (str(latin), None, "not UTF-8 text (byte 0xe9 at offset 3)"),
        (str(bom_latin), None, "not UTF-8 text (byte 0xff at offset 6)"),
        (str(utf16), None, "not UTF-8 text (UTF-16; save it as UTF-8)"),
        (str(empty), None, "empty file"),
        (str(blank), None, "empty file"),
        (str(jempty), None, "empty file"),
        (str(jbinary), None, "binary file"),
        (str(odd), None, "unknown format '.xyz'; give --format text|jsonl|csv|html"),
        (str(bare), None, "unknown format (no file extension); give --format text|jsonl|csv|html"),
        (str(missing), None, "no such file or directory"),
    ]
    assert str(errors[1]) == f"{latin}: not UTF-8 text (byte 0xe9 at offset 3)"


def test_format_override_beats_the_extension(tmp_path):
    f = tmp_path / "feed.txt"
    f.write_text(json.dumps({"id": "r", "text": "Record."}) + "\n", encoding="utf-8")
    assert read(f, fmt="jsonl")[0].id == "r"
    assert read(f)[0].text.startswith("{")  # as text, the whole line is the article


def test_bad_arguments_raise_at_call_time():
    with pytest.raises(ValueError, match="'pdf'"):
        read_paths(["x"], fmt="pdf")
    with pytest.raises(ValueError, match="'someday'"):
        read_paths(["x"], published="someday")


def test_jsonl_is_streamed_not_loaded(tmp_path):
    f = tmp_path / "many.jsonl"
    with f.open("w", encoding="utf-8") as out:
        for n in range(2000):
            out.write(json.dumps({"id": f"r{n}", "text": f"Article number {n}."}) + "\n")
    items = read_paths([f])
    first = next(items)
    assert first.id == "r0"
    f.write_text("", encoding="utf-8")  # truncating under a reader holding only its place
    rest = list(items)
    assert len(rest) < 1999
