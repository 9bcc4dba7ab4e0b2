"""Reading articles: text and Markdown files, HTML pages, JSONL/JSON/CSV records, folders and
stdin, each turned into `Document`s.

A bad item (a missing or binary file, a malformed JSONL line, a record without text) is
yielded in place as a `ReadError` and reading goes on: one broken file never stops a batch.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence, TextIO

from diplograph.dates import day_of
from diplograph.records import Document

__all__ = [
    "ReadError",
    "FORMATS",
    "EXTENSIONS",
    "document_id",
    "normalise_published",
    "read_paths",
    "MAX_ARTICLE_CHARS",
]

FORMATS = ("auto", "text", "jsonl", "json", "csv", "html")
EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}

# Record fields, with the other names scrapers and datasets commonly give them.
_FIELDS = {
    "text": ("text", "content", "body", "article"),
    "id": ("id",),
    "title": ("title", "headline"),
    "published": ("published", "date", "published_at", "publish_date", "pubdate", "datetime"),
    "url": ("url", "link"),
    "source": ("source",),
}
# The longest article read, in characters (~16,000 words: longer than any news report).
# Extraction time and memory grow faster than the length (a 400,000-character text takes
# minutes and 1.5 GB), so a longer "article" -- usually a dump of many -- is refused with
# this reason rather than run for an hour; split it into articles, or raise the limit.
MAX_ARTICLE_CHARS = 100_000
_BYTES_PER_CHAR = 4  # UTF-8's widest: a file over limit * 4 bytes is over the limit unread
_HTML_BLOAT = 50  # a page's markup, scripts and styles around its article text
_SNIFF = 8192  # bytes looked at for NUL bytes (binary files) and the format of stdin
_TITLE_MAX = 200


@dataclass(frozen=True)
class ReadError:
    """An input item that could not be read; it is reported and skipped."""

    source: str  # the path, or "-" for stdin
    line: int | None  # 1-based line of a JSONL/CSV record (or of a JSON syntax error)
    reason: str  # one line saying what is wrong

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.reason}"


def document_id(text: str) -> str:
    """"doc-" + 16 hex digits of the SHA-256 of the normalised text (NFC, case-folded,
    whitespace collapsed), so the same article read twice gets the same id."""
    norm = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).casefold()).strip()
    return "doc-" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def normalise_published(value: Any) -> str | None:
    """A date or datetime in any reasonable notation -> "YYYY-MM-DD"; None when the value is
    missing, unreadable or lacks a day, month or year."""
    day = day_of(value) if isinstance(value, str) else None
    return day.isoformat() if day else None


@dataclass(frozen=True)
class _Options:
    published: str | None  # the date of articles that carry none
    max_chars: int  # longer articles are refused


def read_paths(paths: Sequence[str | Path], fmt: str = "auto", published: str | None = None,
               stdin: TextIO | None = None, *,
               max_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Document | ReadError]:
    """Read every path in order: files, folders (recursively, sorted, hidden entries skipped)
    and "-" for stdin. Yields a Document per article and a ReadError per bad item.

    `fmt` (auto|text|jsonl|json|csv|html) overrides the file extensions; inside a folder an
    explicit format reads every file, "auto" only files with a known extension.
    `published` is the date given to articles that carry none of their own.
    An article longer than `max_chars` characters is a ReadError (see MAX_ARTICLE_CHARS).
    Raises ValueError for a bad `fmt`, `published` or `max_chars` (a mistake in the call,
    not the data).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    default = None
    if published is not None:
        default = normalise_published(published)
        if default is None:
            raise ValueError(f"published date {published!r} is not a date (expected e.g. 2023-06-18)")
    if not isinstance(max_chars, int) or max_chars < 1:
        raise ValueError(f"max_chars {max_chars!r} is not a positive number of characters")
    return _read_all(list(paths), fmt, _Options(default, max_chars), stdin)


def _read_all(paths: list[str | Path], fmt: str, opts: _Options,
              stdin: TextIO | None) -> Iterator[Document | ReadError]:
    for path in paths:
        if str(path) == "-":
            yield from _read_stdin(stdin, fmt, opts)
            continue
        path = Path(path)
        try:
            if path.is_dir():
                yield from _read_folder(path, fmt, opts)
            elif path.exists():
                yield from _read_file(path, fmt, opts)
            else:
                yield ReadError(str(path), None, "no such file or directory")
        except OSError as e:  # permission denied, a file vanishing mid-walk, ...
            yield ReadError(str(path), None, _os_reason(e))


# ------------------------------------------------------------------ files and folders

def _read_folder(folder: Path, fmt: str, opts: _Options) -> Iterator[Document | ReadError]:
    found = False
    for path in _walk(folder):
        if isinstance(path, ReadError):
            yield path
            continue
        if fmt == "auto" and path.suffix.lower() not in EXTENSIONS:
            continue  # inside a folder, files we do not read (images, PDFs) are not errors
        found = True
        try:
            yield from _read_file(path, fmt, opts)
        except OSError as e:
            yield ReadError(str(path), None, _os_reason(e))
    if not found:
        known = " ".join(sorted(EXTENSIONS))
        yield ReadError(str(folder), None, f"no readable files in folder (looked for {known})")


def _walk(folder: Path) -> Iterator[Path | ReadError]:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as e:
        yield ReadError(str(folder), None, _os_reason(e))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():  # a linked folder may loop back on itself
                yield from _walk(entry)
        elif entry.is_file():
            yield entry


def _read_file(path: Path, fmt: str, opts: _Options) -> Iterator[Document | ReadError]:
    src = str(path)
    kind = fmt if fmt != "auto" else EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        what = f"'{path.suffix}'" if path.suffix else "(no file extension)"
        yield ReadError(src, None, f"unknown format {what}; give --format text|jsonl|csv|html")
        return
    if kind == "jsonl":
        yield from _read_jsonl_file(path, opts)
        return
    if kind in ("text", "html"):  # one article per file: refuse a huge one unread
        size, most = path.stat().st_size, opts.max_chars * _BYTES_PER_CHAR
        if kind == "html":
            most *= _HTML_BLOAT
        if size > most:
            yield ReadError(src, None, f"file too large for one article ({size:,} bytes; "
                                       f"articles are limited to {opts.max_chars:,} characters)")
            return
    data = path.read_bytes()
    yield from _read_bytes(data, kind, src, opts)


def _read_bytes(data: bytes, kind: str, src: str,
                opts: _Options) -> Iterator[Document | ReadError]:
    problem = _binary_reason(data[:_SNIFF])
    if problem:
        yield ReadError(src, None, problem)
        return
    try:
        text = _decode(data)
    except UnicodeDecodeError as e:
        if kind == "html":  # a web page names its own charset; trafilatura honours it
            yield _from_html(data, src, opts)
            return
        yield ReadError(src, None, _decode_reason(e))
        return
    if not text.strip():
        yield ReadError(src, None, "empty file")
        return
    if kind == "text":
        yield _from_text(text, src, opts)
    elif kind == "html":
        yield _from_html(text, src, opts)
    elif kind == "csv":
        yield from _from_csv(text, src, opts)
    elif kind == "json":
        yield from _from_json(text, src, opts)
    else:  # jsonl held in memory (stdin)
        lines = enumerate(io.StringIO(text, newline=None), 1)
        yield from _from_lines(((n, line) for n, line in lines), src, opts)


def _read_jsonl_file(path: Path, opts: _Options) -> Iterator[Document | ReadError]:
    """JSONL line by line, never holding more than one line of the file in memory."""
    src = str(path)
    with path.open("rb") as f:
        head = f.read(_SNIFF)
        problem = _binary_reason(head)
        if problem:
            yield ReadError(src, None, problem)
            return
        if head.removeprefix(_BOM).lstrip().startswith(b"["):  # a JSON array after all
            f.seek(0)
            yield from _read_bytes(f.read(), "json", src, opts)
            return
        f.seek(0)
        yield from _from_lines(_decoded_lines(f, src), src, opts)


def _decoded_lines(f: Iterable[bytes], src: str) -> Iterator[tuple[int, str | ReadError]]:
    offset = 0
    for number, raw in enumerate(f, 1):
        if number == 1 and raw.startswith(_BOM):
            raw, offset = raw[3:], 3
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield number, ReadError(src, number, _decode_reason(e, offset))
        offset += len(raw)


# ------------------------------------------------------------------ stdin

def _read_stdin(stdin: TextIO | None, fmt: str, opts: _Options) -> Iterator[Document | ReadError]:
    stream: Any = stdin if stdin is not None else sys.stdin
    if stream is None:  # no console at all (a GUI-launched interpreter)
        yield ReadError("-", None, "no standard input to read")
        return
    binary = getattr(stream, "buffer", None) if stdin is None else None
    try:
        if binary is not None:
            data = binary.read()
        else:
            data = stream.read()
    except UnicodeDecodeError as e:
        yield ReadError("-", None, _decode_reason(e))
        return
    if isinstance(data, str):
        if "\x00" in data[:_SNIFF]:
            yield ReadError("-", None, "binary file")
            return
        data = data.encode("utf-8", "surrogatepass")
    kind = fmt
    if kind == "auto":  # records when the first non-blank character opens a JSON object
        head = data[:_SNIFF].removeprefix(_BOM).lstrip()
        kind = "jsonl" if head.startswith(b"{") else "json" if head.startswith(b"[") else "text"
    yield from _read_bytes(data, kind, "-", opts)


# ------------------------------------------------------------------ formats

def _too_long(text: str, src: str, line: int | None, opts: _Options) -> ReadError | None:
    if len(text) <= opts.max_chars:
        return None
    return ReadError(src, line, f"article too long ({len(text):,} characters, the limit is "
                                f"{opts.max_chars:,}); split it into articles or raise --max-chars")


def _from_text(text: str, src: str, opts: _Options) -> Document | ReadError:
    return _too_long(text, src, None, opts) or Document(id=document_id(text), text=text, title=_title_of(text), published=opts.published,
                    source=src)


def _title_of(text: str) -> str:
    """The first non-empty line when it reads like a headline: short, no final period."""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        line = line.lstrip("#").strip()  # a Markdown heading
        if len(line) <= _TITLE_MAX and not line.endswith("."):
            return line
        return ""
    return ""


def _from_html(html: str | bytes, src: str, opts: _Options) -> Document | ReadError:
    import trafilatura  # slow to import; only HTML needs it

    try:
        found = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            # metadata only: a date mentioned in the body is not the publication date
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as e:  # noqa: BLE001 - a parser failure on one page must not stop a batch
        return ReadError(src, None, f"could not parse HTML: {type(e).__name__}: {e}".splitlines()[0])
    text = (getattr(found, "text", None) or "") if found is not None else ""
    if not text.strip():
        return ReadError(src, None, "no article text found in the HTML page")
    if too_long := _too_long(text, src, None, opts):
        return too_long
    date = normalise_published(getattr(found, "date", None))
    return Document(id=document_id(text), text=text, title=getattr(found, "title", None) or "",
                    published=date or opts.published, url=getattr(found, "url", None) or "",
                    source=src)


def _from_lines(lines: Iterable[tuple[int, str | ReadError]], src: str,
                opts: _Options) -> Iterator[Document | ReadError]:
    any_line = False
    for number, line in lines:
        if isinstance(line, ReadError):
            any_line = True
            yield line
            continue
        if not line.strip():
            continue
        any_line = True
        try:
            obj = json.loads(line.rstrip("\r\n"))  # an open string ends with its line
        except json.JSONDecodeError as e:
            yield ReadError(src, number, f"malformed JSON: {e.msg} (column {e.colno})")
            continue
        yield _from_record(obj, src, number, opts)
    if not any_line:
        yield ReadError(src, None, "empty file")


def _from_json(text: str, src: str, opts: _Options) -> Iterator[Document | ReadError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        yield ReadError(src, e.lineno, f"malformed JSON: {e.msg} (column {e.colno})")
        return
    if isinstance(data, dict) and not _field(data, "text"):
        # {"articles": [...]}: a list of records under one key
        lists = [v for v in data.values() if isinstance(v, list)]
        if len(lists) == 1:
            data = lists[0]
    if isinstance(data, dict):
        yield _from_record(data, src, None, opts)
        return
    if not isinstance(data, list):
        yield ReadError(src, None, f"expected a JSON object or a list of objects, got {_kind(data)}")
        return
    if not data:
        yield ReadError(src, None, "no records (an empty list)")
    for index, item in enumerate(data, 1):
        result = _from_record(item, src, None, opts)
        if isinstance(result, ReadError):
            result = ReadError(src, None, f"item {index}: {result.reason}")
        yield result


def _from_csv(text: str, src: str, opts: _Options) -> Iterator[Document | ReadError]:
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))  # articles exceed 128 KB
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as e:
        yield ReadError(src, 1, f"unreadable CSV header: {e}" if isinstance(e, csv.Error)
                        else "empty file")
        return
    columns = [c.strip().casefold() for c in header]
    if not _field(dict.fromkeys(columns, "x"), "text"):
        shown = ", ".join(c for c in columns if c) or "none"
        yield ReadError(src, 1, f"no text column (columns: {shown})")
        return
    rows = 0
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:  # the reader cannot resynchronise after this
            yield ReadError(src, start, f"malformed CSV: {e}")
            return
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        yield _from_record(dict(zip(columns, row)), src, start, opts)
    if not rows:
        yield ReadError(src, None, "no records (a header only)")


def _from_record(obj: Any, src: str, line: int | None,
                 opts: _Options) -> Document | ReadError:
    if not isinstance(obj, dict):
        return ReadError(src, line, f"expected a JSON object, got {_kind(obj)}")
    text = _field(obj, "text")
    if text is None:
        return ReadError(src, line, "no 'text' field")
    if not isinstance(text, str):
        return ReadError(src, line, f"'text' is not a string (got {_kind(text)})")
    if not text.strip():
        return ReadError(src, line, "'text' is empty")
    if too_long := _too_long(text, src, line, opts):
        return too_long
    given_id = _field(obj, "id")
    has_id = isinstance(given_id, (str, int)) and not isinstance(given_id, bool)
    doc_id = str(given_id).strip() if has_id else ""
    where = src if line is None else f"{src}:{line}"
    return Document(
        id=doc_id or document_id(text),
        text=text,
        title=_string(_field(obj, "title")),
        # the record's own date wins; an unreadable one counts as none
        published=normalise_published(_field(obj, "published")) or opts.published,
        url=_string(_field(obj, "url")),
        source=_string(_field(obj, "source")) or where,
    )


# ------------------------------------------------------------------ helpers

def _field(obj: dict, name: str) -> Any:
    for key in _FIELDS[name]:
        if obj.get(key) is not None:
            return obj[key]
    return None


def _string(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false",
            type(None): "null", int: "a number", float: "a number"}.get(type(value), type(value).__name__)


def _binary_reason(head: bytes) -> str | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "not UTF-8 text (UTF-16; save it as UTF-8)"
    if b"\x00" in head:
        return "binary file"
    return None


_BOM = b"\xef\xbb\xbf"


def _decode(data: bytes) -> str:
    """UTF-8 with or without a byte order mark; errors report offsets into `data`."""
    if data.startswith(_BOM):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as e:
            raise UnicodeDecodeError("utf-8", data, e.start + 3, e.end + 3, e.reason) from None
    return data.decode("utf-8")


def _decode_reason(e: UnicodeDecodeError, offset: int = 0) -> str:
    data = e.object
    bad = data[e.start] if isinstance(data, (bytes, bytearray)) and e.start < len(data) else 0
    return f"not UTF-8 text (byte 0x{bad:02x} at offset {offset + e.start})"


def _os_reason(e: OSError) -> str:
    return (e.strerror or str(e)).lower()
