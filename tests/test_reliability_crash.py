"""Crashes and concurrency, with real processes on real SQLite files: an ingest SIGKILLed at
any moment leaves a consistent ledger and a re-run ends with the graph an uninterrupted run
gives; two ingests into one store at once both finish, without duplicates; readers keep
working while a writer holds the lock."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diplograph.export.json import to_export
from diplograph.pipeline import BATCH, ingest
from diplograph.store.base import Resolution
from diplograph.store.sqlite import Ledger
from small_world import ACTORS, DOCUMENTS, EVENTS
from test_reliability import article, write_jsonl

REPO = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "diplograph.cli"]
N = 150  # three extraction batches


def export_of(store: Path) -> dict:
    with Ledger(store, readonly=True) as ledger:
        return to_export(ledger.actors(), ledger.events(), ledger.documents())


def start_ingest(store: Path, *paths: Path, workers: int = 1) -> subprocess.Popen:
    # a session of its own, so a kill reaches the extraction workers too
    return subprocess.Popen([*CLI, "ingest", *map(str, paths), "--store", str(store), "--quiet",
                             "--workers", str(workers)], cwd=REPO, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def documents_in(store: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=5)
        try:
            return db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:  # not created yet, or no schema yet
        return 0


def assert_consistent(store: Path) -> None:
    db = sqlite3.connect(str(store))
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # documents and their extractions are committed together, never one without the other
        assert db.execute("SELECT COUNT(*) FROM documents d LEFT JOIN extractions x "
                          "ON x.doc_id = d.id WHERE x.doc_id IS NULL").fetchone()[0] == 0
    finally:
        db.close()


@pytest.fixture(scope="module")
def feed(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("feed") / "feed.jsonl", [article(i) for i in range(N)])


@pytest.fixture(scope="module")
def reference(feed, tmp_path_factory) -> dict:
    """The graph of an uninterrupted ingest."""
    store = tmp_path_factory.mktemp("reference") / "s.db"
    report = ingest([feed], store=store, workers=1)
    assert report.ok and report.new == N
    return export_of(store)


@pytest.mark.model
def test_an_ingest_killed_at_any_moment_is_finished_by_the_next_run(feed, reference, tmp_path):
    store = tmp_path / "s.db"
    killed = 0
    # after the first batch, after the second, and as soon as every document is in (the
    # resolution then runs, or has just finished)
    for threshold in (BATCH, 2 * BATCH, N):
        proc = start_ingest(store, feed)
        while proc.poll() is None and documents_in(store) < threshold:
            time.sleep(0.02)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        killed += proc.returncode == -signal.SIGKILL
        assert_consistent(store)
        assert documents_in(store) >= min(threshold, N) or proc.returncode == 0
    assert killed >= 2, "the ingest finished before it could be killed"
    again = subprocess.run([*CLI, "ingest", str(feed), "--store", str(store), "--quiet"],
                           cwd=REPO, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(f"0 new, {N} already stored, 0 failed")
    assert export_of(store) == reference
    with Ledger(store, readonly=True) as ledger:
        assert not ledger.needs_resolution()


@pytest.mark.model
def test_a_kill_between_the_last_batch_and_the_resolution_is_healed(tmp_path):
    """The extractions are stored, the resolution never ran: a re-run that brings no new
    document must still resolve."""
    from diplograph.extract import extract_many
    from diplograph.readers import read_paths

    first = write_jsonl(tmp_path / "first.jsonl", [article(i) for i in range(20)])
    second = write_jsonl(tmp_path / "second.jsonl", [article(i) for i in range(20, 40)])
    whole = tmp_path / "whole.db"
    ingest([first], store=whole, workers=1)
    ingest([second], store=whole, workers=1)

    store = tmp_path / "s.db"
    ingest([first], store=store, workers=1)
    docs = list(read_paths([second]))
    with Ledger(store) as ledger:  # what a kill right after the last batch leaves
        ledger.add_documents(list(zip(docs, extract_many(docs))))
        assert ledger.needs_resolution()
    assert export_of(store) != export_of(whole)  # the canonical layer lags behind
    report = ingest([second], store=store, workers=1)
    assert report.new == 0 and report.skipped == 20 and report.resolved
    assert export_of(store) == export_of(whole)
    assert not ingest([second], store=store, workers=1).resolved  # up to date: no more work


@pytest.mark.model
def test_two_ingests_into_one_store_at_once(tmp_path):
    records = [article(i) for i in range(90)]
    a = write_jsonl(tmp_path / "a.jsonl", records[:60])
    b = write_jsonl(tmp_path / "b.jsonl", records[30:])  # 30 articles in both
    sequential = tmp_path / "sequential.db"
    ingest([write_jsonl(tmp_path / "all.jsonl", records)], store=sequential, workers=1)

    store = tmp_path / "s.db"
    procs = [start_ingest(store, a), start_ingest(store, b)]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
    assert_consistent(store)
    db = sqlite3.connect(str(store))
    assert db.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM documents").fetchone() == (90, 90)
    assert db.execute("SELECT COUNT(*) FROM extractions").fetchone()[0] == 90
    db.close()
    # every article was added by exactly one of them
    new = sum(int(out.split(" new,")[0]) for out, _ in outs)
    assert new == 90
    with Ledger(store, readonly=True) as ledger:
        assert not ledger.needs_resolution()
    assert export_of(store) == export_of(sequential)


def test_readers_keep_working_while_a_writer_holds_the_lock(tmp_path):
    store = tmp_path / "world.db"
    with Ledger(store) as ledger:
        ledger.write(Resolution(ACTORS, EVENTS, (), DOCUMENTS))
    with Ledger(store) as writer, writer.transaction():
        writer.write(Resolution())  # not committed yet: readers see the old world
        for args in (["stats", "--format", "json"],
                     ["query", "MATCH (a:Country) RETURN count(a) AS n", "--format", "json"]):
            seen = subprocess.run([*CLI, *args, "--store", str(store)], cwd=REPO,
                                  capture_output=True, text=True, timeout=60)
            assert seen.returncode == 0, seen.stderr
            assert seen.stdout.strip()
            if args[0] == "stats":
                assert json.loads(seen.stdout)["actors"] == len(ACTORS)
    with Ledger(store, readonly=True) as reader:
        assert reader.stats()["actors"] == 0  # the writer's commit is seen once it is made


_OPEN_AND_WRITE = """
import sys
from diplograph.store.sqlite import Ledger
with Ledger(sys.argv[1], timeout=60) as ledger:
    with ledger.transaction():
        pass
"""


def test_processes_creating_one_new_store_at_once_all_wait_their_turn(tmp_path):
    # SQLite answers 'database is locked' at once, without waiting, to one of several
    # processes creating a new file together (about 1 open in 160 before the ledger retried):
    # many rounds make the race likely to be met
    for round_ in range(12):
        store = tmp_path / f"s{round_}.db"
        procs = [subprocess.Popen([sys.executable, "-c", _OPEN_AND_WRITE, str(store)],
                                  stderr=subprocess.PIPE, text=True) for _ in range(4)]
        for p in procs:
            _, err = p.communicate(timeout=120)
            assert p.returncode == 0, err
        assert_consistent(store)
