"""The daily job: read -> clean -> extract -> resolve -> store.

`ingest()` is what `diplograph ingest` runs and what a notebook calls. Extraction is a pure
per-document step, committed to the ledger in batches (a crash keeps every finished batch);
resolution then re-derives the canonical layer from every stored extraction, so the graph
does not depend on the order articles arrived in.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence, TextIO

from diplograph.records import Document

if TYPE_CHECKING:
    from diplograph.readers import ReadError
    from diplograph.store.base import Resolution
    from diplograph.store.sqlite import Ledger

__all__ = ["IngestReport", "ingest", "reresolve", "store_path", "DEFAULT_STORE"]

DEFAULT_STORE = "diplograph.db"
BATCH = 64  # documents extracted and committed together


@dataclass(frozen=True)
class IngestReport:
    new: int = 0
    skipped: int = 0  # already in the store (same id), or repeated within this batch
    failed: tuple["ReadError", ...] = field(default_factory=tuple)
    documents: int = 0  # in the store after the run
    actors: int = 0
    events: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def store_path(store: str | os.PathLike | None = None) -> Path:
    """--store wins, then $DIPLOGRAPH_STORE, then ./diplograph.db."""
    return Path(store or os.environ.get("DIPLOGRAPH_STORE") or DEFAULT_STORE)


def reresolve(ledger: "Ledger") -> "Resolution":
    """Re-derive the canonical layer from every stored extraction and user correction."""
    from diplograph.resolve import resolve

    # Under the write lock, so a concurrent ingest cannot be overwritten by a stale
    # resolution; without article text, which resolution never reads.
    with ledger.transaction():
        resolution = resolve(ledger.iter_extractions(text=False), ledger.corrections(),
                             ledger.actor_ids_ever())
        ledger.write(resolution)
    return resolution


def ingest(paths: Sequence[str | os.PathLike], store: str | os.PathLike | None = None, *,
           fmt: str = "auto", published: str | None = None, workers: int | None = None,
           quiet: bool = True, stdin: TextIO | None = None) -> IngestReport:
    from diplograph.readers import ReadError, read_paths
    from diplograph.store.sqlite import Ledger

    failed: list[ReadError] = []
    docs: list[Document] = []
    for item in read_paths(list(paths), fmt=fmt, published=published, stdin=stdin):
        (failed if isinstance(item, ReadError) else docs).append(item)

    with Ledger(store_path(store)) as ledger:
        fresh = _new_documents(docs, ledger)
        skipped = len(docs) - len(fresh)
        if fresh:
            _extract_into(ledger, fresh, workers=workers, quiet=quiet)
        if fresh or not ledger.actors():
            reresolve(ledger)
        stats = ledger.stats()
    return IngestReport(new=len(fresh), skipped=skipped, failed=tuple(failed),
                        documents=stats.get("documents", 0), actors=stats.get("actors", 0),
                        events=stats.get("events", 0))


def _new_documents(docs: Iterable[Document], ledger: "Ledger") -> list[Document]:
    unique: dict[str, Document] = {}
    for d in docs:
        unique.setdefault(d.id, d)
    known = ledger.known_ids(unique)
    return [d for i, d in unique.items() if i not in known]


def _extract_into(ledger: "Ledger", docs: list[Document], *, workers: int | None,
                  quiet: bool) -> None:
    from diplograph.extract import extract_many, load_pipeline

    nlp = load_pipeline()
    n_process = max(1, workers or 1)
    progress = None if quiet else _progress(len(docs))
    try:
        for start in range(0, len(docs), BATCH):
            batch = docs[start:start + BATCH]
            extractions = list(extract_many(batch, nlp=nlp, n_process=n_process))
            ledger.add_documents(list(zip(batch, extractions)))
            if progress is not None:
                progress[0].advance(progress[1], len(batch))
    finally:
        if progress is not None:
            progress[0].stop()


def _progress(total: int):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    # stderr, so that `--format json` output on stdout stays clean
    bar = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                   TimeRemainingColumn(), transient=True, console=Console(stderr=True))
    task = bar.add_task("extract", total=total)
    bar.start()
    return bar, task
