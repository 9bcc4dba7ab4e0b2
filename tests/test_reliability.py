"""Bad input through the whole command line: every bad item is reported (file, line, why)
and skipped, the good ones land, the exit code says whether anything failed, --strict stops
at the first one; a document the extractor fails on (or that kills its worker) costs only
itself; names full of quotes, backslashes and Cypher keywords round-trip end to end."""
from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.pipeline import IngestError, ingest
from diplograph.store.sqlite import Ledger

runner = CliRunner()

PEOPLE = [("Marta Lindqvist", "Sweden"), ("Kofi Mensah", "Ghana"), ("Hiroshi Tanaka", "Japan"),
          ("Lucia Castillo", "Peru"), ("Omar Haddad", "Jordan"), ("Anna Kowalski", "Poland"),
          ("Diego Morales", "Chile"), ("Ingrid Larsen", "Norway"), ("Farid Rahman", "Bangladesh")]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TOPICS = ["fishing rights", "grain exports", "a border crossing", "energy prices"]


def article(i: int) -> dict:
    """A short news-like article, different for every i (written for these tests)."""
    (p1, c1), (p2, c2) = PEOPLE[i % len(PEOPLE)], PEOPLE[(i * 7 + 3) % len(PEOPLE)]
    if p1 == p2:
        (p2, c2) = PEOPLE[(i + 1) % len(PEOPLE)]
    day, topic = DAYS[i % len(DAYS)], TOPICS[(i // 3) % len(TOPICS)]
    text = (f"Foreign Minister {p1} of {c1} met {p2} in the capital on {day} to discuss {topic}. "
            f"{c1} urged {c2} to reopen talks on {topic}, officials said in report {i}.")
    return {"id": f"art-{i:04d}", "published": f"2023-0{1 + i % 9}-1{i % 10}", "text": text}


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def cli(store: Path, *args: str):
    return runner.invoke(app, ["ingest", *args, "--store", str(store), "--quiet"])


def stored_ids(store: Path) -> set[str]:
    with Ledger(store, readonly=True) as ledger:
        return {d.id for d in ledger.documents()}


# -- one bad item beside one good article, through the CLI ---------------------------------

GOOD = "Foreign Minister Marta Lindqvist met Kofi Mensah in Accra on Monday to discuss trade.\n"


def _binary(d: Path) -> tuple[list[str], str]:
    f = d / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return [str(f)], f"skipped {f}: binary file"


def _latin1(d: Path) -> tuple[list[str], str]:
    f = d / "latin1.txt"
    data = "Le ministre a rencontré son homologue.".encode("latin-1")
    f.write_bytes(data)
    return [str(f)], f"skipped {f}: not UTF-8 text (byte 0xe9 at offset {data.index(0xe9)})"


def _mixed_jsonl(d: Path) -> tuple[list[str], str]:
    f = d / "mixed.jsonl"
    good = json.dumps({"id": "other", "text": "Kofi Mensah visited Lima on Friday."})
    bad = json.dumps({"text": "Il a rencontré Kofi Mensah."}, ensure_ascii=False).encode("latin-1")
    f.write_bytes(good.encode() + b"\n" + bad + b"\n")
    at = len(good) + 1 + bad.index(0xe9)  # offsets count from the start of the file
    return [str(f)], f"skipped {f}:2: not UTF-8 text (byte 0xe9 at offset {at})"


def _empty(d: Path) -> tuple[list[str], str]:
    f = d / "empty.txt"
    f.write_text("  \n\n", encoding="utf-8")
    return [str(f)], f"skipped {f}: empty file"


def _malformed_line(d: Path) -> tuple[list[str], str]:
    f = d / "feed.jsonl"
    f.write_text(json.dumps({"id": "other", "text": "Kofi Mensah visited Lima on Friday."})
                 + '\n{"text": "unterminated}\n'
                 + json.dumps({"id": "third", "text": "Peru urged Ghana to act."}) + "\n",
                 encoding="utf-8")
    return [str(f)], f"skipped {f}:2: malformed JSON: Unterminated string starting at (column 10)"


def _csv_without_text(d: Path) -> tuple[list[str], str]:
    f = d / "table.csv"
    f.write_text("id,headline\n1,Ministers meet\n", encoding="utf-8")
    return [str(f)], f"skipped {f}:1: no text column (columns: id, headline)"


def _unknown_format(d: Path) -> tuple[list[str], str]:
    f = d / "report.pdf"
    f.write_bytes(b"%PDF-1.4 not really")
    return [str(f)], f"skipped {f}: unknown format '.pdf'; give --format text|jsonl|csv|html"


def _missing(d: Path) -> tuple[list[str], str]:
    return [str(d / "nowhere.txt")], f"skipped {d / 'nowhere.txt'}: no such file or directory"


def _huge_file(d: Path) -> tuple[list[str], str]:
    f = d / "dump.txt"
    with f.open("w", encoding="utf-8") as out:  # 20 MiB
        out.write(("The minister met the envoy. " * 37450 + "\n") * 20)
    size = f.stat().st_size
    return [str(f)], (f"skipped {f}: file too large for one article ({size:,} bytes; articles "
                      f"are limited to 100,000 characters)")


def _huge_record(d: Path) -> tuple[list[str], str]:
    f = d / "dump.jsonl"
    text = "The minister met the envoy. " * 750_000  # 21 million characters on one line
    write_jsonl(f, [{"id": "a", "text": "Kofi Mensah visited Lima on Friday."}, {"text": text}])
    return [str(f)], (f"skipped {f}:2: article too long ({len(text):,} characters, the limit is "
                      f"100,000); split it into articles or raise --max-chars")


GOOD_BESIDE = {"_mixed_jsonl": 1, "_malformed_line": 2, "_huge_record": 1}
BAD_INPUTS = {
    "binary file": _binary, "wrong encoding": _latin1, "mixed encodings in JSONL": _mixed_jsonl,
    "empty file": _empty, "malformed JSONL line among good ones": _malformed_line,
    "CSV without a text column": _csv_without_text, "unknown format": _unknown_format,
    "non-existent path": _missing, "20 MB text file": _huge_file, "20 MB JSONL record": _huge_record,
}


@pytest.mark.model
@pytest.mark.parametrize("make", BAD_INPUTS.values(), ids=list(BAD_INPUTS))
def test_a_bad_item_is_reported_and_skipped_and_the_good_ones_land(tmp_path, make):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad_paths, expected = make(tmp_path)
    store = tmp_path / "s.db"
    result = cli(store, str(good), *bad_paths)
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [expected]
    landed = 1 + len(stored_ids(store) & {"other", "third", "a"})  # good records beside bad ones
    assert landed == 1 + GOOD_BESIDE.get(make.__name__, 0)
    assert result.stdout.startswith(f"{landed} new, 0 already stored, 1 failed; the store holds "
                                    f"{landed} documents")
    assert len(stored_ids(store)) == landed


@pytest.mark.model
def test_the_exit_code_is_0_when_nothing_failed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = cli(tmp_path / "s.db", str(good))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


@pytest.mark.model
def test_max_chars_is_the_article_size_limit(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    refused = cli(tmp_path / "a.db", str(good), "--max-chars", "40")
    assert refused.exit_code == 1
    assert refused.stderr.strip() == (f"skipped {good}: article too long ({len(GOOD):,} "
                                      "characters, the limit is 40); split it into articles or "
                                      "raise --max-chars")
    assert cli(tmp_path / "b.db", str(good), "--max-chars", str(len(GOOD))).exit_code == 0


@pytest.mark.model
def test_a_folder_of_10000_files(tmp_path):
    """10,000 files: five distinct articles saved many times over (the same text is one
    document), files of kinds not read in a folder, and five empty ones."""
    folder = tmp_path / "scrape"
    texts = [article(i)["text"] for i in range(5)]
    for n in range(9990):
        sub = folder / f"day{n // 1000:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        spacing = " " * (n % 3)  # whitespace does not change a document's identity
        (sub / f"page{n:05d}.txt").write_text(texts[n % 5] + spacing, encoding="utf-8")
    for n in range(5):
        (folder / f"image{n}.png").write_bytes(b"\x89PNG")
        (folder / f"empty{n}.txt").write_text("", encoding="utf-8")
    store = tmp_path / "s.db"
    result = cli(store, str(folder))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"skipped {folder / f'empty{n}.txt'}: empty file"
                                          for n in range(5)]
    assert result.stdout.startswith("5 new, 9985 already stored, 5 failed; the store holds "
                                    "5 documents")


def test_strict_stops_at_the_first_error_and_stores_nothing(tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", [article(0), article(1)])
    with feed.open("a", encoding="utf-8") as f:
        f.write("{broken\n")
    missing = tmp_path / "nowhere.txt"
    store = tmp_path / "s.db"
    result = cli(store, str(feed), str(missing), "--strict")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip() == (
        f"Error: {feed}:3: malformed JSON: Expecting property name enclosed in double quotes "
        f"(column 2) (stopped at the first error, --strict; nothing was stored)")
    assert not store.exists()
    with pytest.raises(IngestError) as caught:
        ingest([feed, missing], store=store, strict=True)
    assert caught.value.failure.line == 3 and caught.value.report.new == 0


# -- the extractor failing on one document ------------------------------------------------

def _poisoned(monkeypatch, action):
    """Make the real extractor fail on articles that say POISON (fault injection: no real
    article is known to break it, and one day one will)."""
    import diplograph.extract as extract

    real = extract._assemble

    def assemble(sdoc, document):
        if "POISON" in document.text:
            action()
        return real(sdoc, document)

    monkeypatch.setattr(extract, "_assemble", assemble)


def _raise():
    raise RuntimeError("the rules tripped over something")


@pytest.mark.model
@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_the_extractor_fails_on_is_reported_and_the_rest_land(
        tmp_path, monkeypatch, workers):
    _poisoned(monkeypatch, _raise)
    records = [article(i) for i in range(40)]
    records[21] = {**records[21], "text": records[21]["text"] + " POISON"}
    feed = write_jsonl(tmp_path / "feed.jsonl", records)
    report = ingest([feed], store=tmp_path / "s.db", workers=workers)
    assert report.new == 39 and not report.ok
    [failure] = report.failed
    assert failure.source == f"{feed}:22"
    assert failure.reason == ("document art-0021: extraction failed: RuntimeError: the rules "
                              "tripped over something")
    assert stored_ids(tmp_path / "s.db") == {r["id"] for r in records} - {"art-0021"}
    assert report.actors > 0 and report.events > 0


@pytest.mark.model
def test_a_document_that_kills_its_worker_costs_only_itself(tmp_path, monkeypatch):
    _poisoned(monkeypatch, lambda: os.kill(os.getpid(), signal.SIGKILL))
    records = [article(i) for i in range(80)]  # 5 tasks of 16, all in flight at once
    for n in (40, 70):
        records[n] = {**records[n], "text": records[n]["text"] + " POISON"}
    feed = write_jsonl(tmp_path / "feed.jsonl", records)
    report = ingest([feed], store=tmp_path / "s.db", workers=2)
    assert [(f.source, f.reason) for f in report.failed] == [
        (f"{feed}:{n + 1}", f"document art-{n:04d}: extraction failed: the extraction process "
                            "died (killed, or out of memory)") for n in (40, 70)]
    assert stored_ids(tmp_path / "s.db") == {r["id"] for r in records} - {"art-0040", "art-0070"}
    assert report.new == 78 and report.events > 0
    with Ledger(tmp_path / "s.db", readonly=True) as ledger:
        assert not ledger.needs_resolution()


# -- names that look like Cypher ----------------------------------------------------------

NASTY = ['O\'Brien "the \\ Hammer"', "Sam Match-Delete", "DETACH DELETE n //", "Return Set",
         'x" OR 1=1 OR a.name = "']


@pytest.mark.model
def test_names_with_quotes_backslashes_and_cypher_keywords_round_trip(tmp_path):
    """Names from articles and from the command line are values, never query text."""
    text = ("Foreign Minister Dara O'Brien met Ambassador Sam Match-Delete in Dublin on "
            "Monday. O'Brien urged \"Return\" Set to stop; MATCH (n) DETACH DELETE n // and "
            "x\" OR 1=1 were written on a placard\\banner.")
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"id": "d1", "published": "2023-05-02",
                                                  "text": text}])
    store = tmp_path / "s.db"
    assert cli(store, str(feed)).exit_code == 0
    with Ledger(store, readonly=True) as ledger:
        names = {a.name for a in ledger.actors()}
        assert "Dara O'Brien" in names
        before = ledger.stats()
    for name in [*NASTY, "Dara O'Brien"]:
        got = runner.invoke(app, ["query", "MATCH (a) WHERE a.name = $name RETURN a.name",
                                  "--param", f"name={name}", "--format", "json",
                                  "--store", str(store)])
        assert got.exit_code == 0, got.output
        rows = json.loads(got.stdout)
        assert rows == ([{"a.name": name}] if name in names else []), name
    shown = runner.invoke(app, ["show", "O'Brien", "--store", str(store)])
    assert shown.exit_code == 0 and "Dara O'Brien" in shown.stdout
    with Ledger(store, readonly=True) as ledger:
        assert ledger.stats() == before  # nothing a name said was run


@pytest.mark.model
def test_strict_stops_at_a_document_the_extractor_fails_on(tmp_path, monkeypatch):
    _poisoned(monkeypatch, _raise)
    records = [article(i) for i in range(40)]
    records[21] = {**records[21], "text": records[21]["text"] + " POISON"}
    feed = write_jsonl(tmp_path / "feed.jsonl", records)
    store = tmp_path / "s.db"
    result = cli(store, str(feed), "--strict", "--workers", "1")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: {feed}:22: document art-0021: extraction failed: RuntimeError: the rules "
        f"tripped over something (stopped at the first error, --strict; 21 new documents "
        f"before it are stored)")
    # what came before it is stored and resolved; nothing after it was extracted
    assert stored_ids(store) == {f"art-{i:04d}" for i in range(21)}
    with Ledger(store, readonly=True) as ledger:
        assert not ledger.needs_resolution() and ledger.stats()["actors"] > 0
