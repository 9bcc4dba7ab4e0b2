"""The ingest pipeline as a library: the same graph for any number of workers, resolution
only when the store is behind, the report's counts."""
from __future__ import annotations

import pytest

from diplograph.export.json import to_export
from diplograph.pipeline import default_workers, ensure_resolved, ingest, reresolve
from diplograph.store.sqlite import Ledger
from test_reliability import article, write_jsonl


def export_of(store) -> dict:
    with Ledger(store, readonly=True) as ledger:
        return to_export(ledger.actors(), ledger.events(), ledger.documents())


def test_default_workers_is_every_core():
    assert default_workers() >= 1


@pytest.mark.model
def test_any_number_of_workers_gives_the_same_graph(tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", [article(i) for i in range(50)])  # 4 tasks
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    r1 = ingest([feed], store=one, workers=1)
    r2 = ingest([feed], store=two, workers=2)
    assert r1 == r2 and r1.new == 50 and r1.events > 0
    assert export_of(one) == export_of(two)


@pytest.mark.model
def test_resolution_runs_only_when_the_store_is_behind(tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", [article(i) for i in range(3)])
    store = tmp_path / "s.db"
    first = ingest([feed], store=store)
    assert first.resolved and first.new == 3
    again = ingest([feed], store=store)
    assert not again.resolved and again.skipped == 3 and again.new == 0
    assert (again.actors, again.events) == (first.actors, first.events)
    with Ledger(store) as ledger:
        assert ensure_resolved(ledger) is None
        forced = reresolve(ledger)  # the alias command's way: always
        assert len(forced.actors) == first.actors


def test_an_empty_run_on_a_new_store_leaves_an_empty_resolved_store(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    report = ingest([empty], store=tmp_path / "s.db")
    assert not report.ok and report.new == 0 and report.documents == 0
    with Ledger(tmp_path / "s.db", readonly=True) as ledger:
        assert not ledger.needs_resolution()
