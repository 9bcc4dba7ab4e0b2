"""The daily job: read -> clean -> extract -> resolve -> store.

`ingest()` is what `diplograph ingest` runs and what a notebook calls. Extraction is a pure
per-document step, run on every core and committed to the ledger in batches (a crash or
kill keeps every finished batch); resolution then brings the canonical layer up to date
with every stored extraction (`incremental`: it redoes only what the new documents touch,
and gives exactly what re-deriving everything gives), so the graph does not depend on the
order articles arrived in, on how many workers ran, or on where an earlier run was
interrupted.

A bad input item (unreadable file, malformed record, over-long article, a document the
extractor fails on) is reported in `IngestReport.failed` and skipped; the rest lands.
With `strict=True` the first one stops the run instead (`IngestError`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence, TextIO

from diplograph.records import Document

if TYPE_CHECKING:
    from diplograph.incremental import ResolveRun
    from diplograph.readers import ReadError
    from diplograph.records import DocExtraction
    from diplograph.store.base import Resolution
    from diplograph.store.sqlite import Ledger

__all__ = ["IngestReport", "IngestError", "ingest", "reresolve", "ensure_resolved",
           "default_workers", "store_path", "DEFAULT_STORE", "WRITER_WAIT_S"]

DEFAULT_STORE = "diplograph.db"
BATCH = 64  # documents extracted and committed together
_TASK = 16  # documents one worker process extracts per task
# An ingest waits this long for another process's write (its resolution of a large store
# can take minutes) before giving up: two ingests into one store queue, they do not fail.
WRITER_WAIT_S = 3600.0


@dataclass(frozen=True)
class IngestReport:
    new: int = 0
    skipped: int = 0  # already in the store (same id), or repeated within this batch
    failed: tuple["ReadError", ...] = field(default_factory=tuple)
    documents: int = 0  # in the store after the run
    actors: int = 0
    events: int = 0
    resolved: bool = False  # did this run re-resolve the store?

    @property
    def ok(self) -> bool:
        return not self.failed


class IngestError(Exception):
    """`strict=True` met a bad item: `failure` says which and why; `report` is what the
    run did before stopping (documents committed before it stay stored and resolved)."""

    def __init__(self, failure: "ReadError", report: IngestReport):
        super().__init__(f"stopped at the first error (--strict): {failure}")
        self.failure = failure
        self.report = report


def store_path(store: str | os.PathLike | None = None) -> Path:
    """--store wins, then $DIPLOGRAPH_STORE, then ./diplograph.db."""
    return Path(store or os.environ.get("DIPLOGRAPH_STORE") or DEFAULT_STORE)


def default_workers() -> int:
    """Every core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


def reresolve(ledger: "Ledger", *, full: bool = False) -> "Resolution":
    """Re-derive the canonical layer from every stored extraction and user correction, even
    when nothing changed (what the alias command runs), and return it. Incremental when the
    ledger's resolution cache allows, which gives the same layer; `full=True` recomputes
    everything from the extractions (the reference an incremental pass must equal)."""
    from diplograph.incremental import resolve_ledger
    from diplograph.store.base import Resolution

    # Under the write lock, so a concurrent ingest cannot be overwritten by a stale
    # resolution; without article text, which resolution never reads.
    with ledger.transaction():
        run = resolve_ledger(ledger, full=full)
        if run.resolution is not None:
            return run.resolution
        # the events an incremental pass kept are in the ledger, not in memory
        return Resolution(actors=tuple(ledger.actors()), events=tuple(ledger.events()),
                          redirects=tuple(ledger.redirect_records()),
                          documents=tuple(ledger.documents()))


def ensure_resolved(ledger: "Ledger") -> "ResolveRun | None":
    """Re-resolve only when extractions or corrections changed since the last resolution
    (checked under the write lock: another process may just have done it), redoing only
    what the changes touch when the ledger's resolution cache allows (the result is the
    same as `reresolve`'s). Returns what the resolution did, or None when the store was
    up to date."""
    from diplograph.incremental import resolve_ledger

    with ledger.transaction():
        if not ledger.needs_resolution():
            return None
        return resolve_ledger(ledger)


def ingest(paths: Sequence[str | os.PathLike], store: str | os.PathLike | None = None, *,
           fmt: str = "auto", published: str | None = None, workers: int | None = None,
           quiet: bool = True, stdin: TextIO | None = None, strict: bool = False,
           max_chars: int | None = None) -> IngestReport:
    """Read `paths`, extract what is new, store it and resolve the store.

    `workers` extraction processes (default: every core; the graph is the same for any
    number). `max_chars` is the longest article accepted (default
    `readers.MAX_ARTICLE_CHARS`). A run also heals a store left unresolved by an
    interrupted one, even when it brings no new document.
    """
    from diplograph.readers import MAX_ARTICLE_CHARS, ReadError, read_paths
    from diplograph.store.sqlite import Ledger

    failed: list[ReadError] = []
    docs: list[Document] = []
    for item in read_paths(list(paths), fmt=fmt, published=published, stdin=stdin,
                           max_chars=max_chars or MAX_ARTICLE_CHARS):
        if isinstance(item, ReadError):
            failed.append(item)
            if strict:
                break
        else:
            docs.append(item)
    if strict and failed:  # nothing read is stored: the batch is not what the user meant
        raise IngestError(failed[0], IngestReport(failed=tuple(failed)))

    with Ledger(store_path(store), timeout=WRITER_WAIT_S) as ledger:
        fresh = _new_documents(docs, ledger)
        added, raced, stop = 0, 0, None
        if fresh:
            added, raced, bad = _extract_into(ledger, fresh, workers=workers, quiet=quiet,
                                              stop_at_first=strict)
            failed.extend(bad)
            stop = bad[0] if strict and bad else None
        resolved = ensure_resolved(ledger) is not None
        stats = ledger.stats()
    # `raced`: stored meanwhile by another process ingesting the same articles
    report = IngestReport(new=added, skipped=len(docs) - len(fresh) + raced,
                          failed=tuple(failed), documents=stats.get("documents", 0),
                          actors=stats.get("actors", 0), events=stats.get("events", 0),
                          resolved=resolved)
    if stop is not None:
        raise IngestError(stop, report)
    return report


def _new_documents(docs: Iterable[Document], ledger: "Ledger") -> list[Document]:
    unique: dict[str, Document] = {}
    for d in docs:
        unique.setdefault(d.id, d)
    known = ledger.known_ids(unique)
    return [d for i, d in unique.items() if i not in known]


# ---------------------------------------------------------------------- extraction

def _extract_into(ledger: "Ledger", docs: list[Document], *, workers: int | None,
                  quiet: bool, stop_at_first: bool = False) -> tuple[int, int, list["ReadError"]]:
    """Extract `docs` and commit them to the ledger BATCH at a time, in input order.
    Returns how many were added, how many another process had stored meanwhile, and the
    documents the extractor failed on."""
    from diplograph.extract import load_pipeline
    from diplograph.extract.mentions import prepare

    # before forking: the workers inherit the loaded model, gazetteer and phrase matchers
    prepare(load_pipeline())
    n_workers = min(max(1, workers or default_workers()), -(-len(docs) // _TASK))
    # the pool forks before the progress bar starts its thread
    results = _Parallel(docs, n_workers) if n_workers > 1 else _serial(docs)
    progress = None if quiet else _progress(len(docs))
    added, extracted, failed = 0, 0, []
    pending: list[tuple[Document, "DocExtraction"]] = []
    try:
        for doc, outcome in results:
            if isinstance(outcome, str):
                failed.append(_extraction_failure(doc, outcome))
                if stop_at_first:
                    break
            else:
                pending.append((doc, outcome))
                extracted += 1
            if len(pending) >= BATCH:
                added += ledger.add_documents(pending)
                pending = []
            if progress is not None:
                progress[0].advance(progress[1], 1)
        if pending:
            added += ledger.add_documents(pending)
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # stops the workers when the loop ended early
        if progress is not None:
            progress[0].stop()
    return added, extracted - added, failed


_Outcome = tuple[Document, "DocExtraction | str"]  # an extraction, or why it failed


def _serial(docs: list[Document]) -> Iterator[_Outcome]:
    for start in range(0, len(docs), _TASK):
        yield from _extract_task(docs[start:start + _TASK])


class _Parallel:
    """Every step of extraction (spaCy and the rules after it) in `n_workers` processes,
    results in input order. Forked where possible, so the workers share the model loaded
    here instead of loading it again.

    A worker that dies (killed, out of memory) breaks the pool and every task in flight;
    those documents are then extracted again one at a time, each in a worker of its own,
    so only the one that kills its worker is reported, and a new pool takes the rest."""

    _RESTARTS = 3  # pool breaks before the rest is given up (something is wrong overall)
    _DIED = "the extraction process died (killed, or out of memory)"

    def __init__(self, docs: list[Document], n_workers: int):
        import multiprocessing

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        self.context = multiprocessing.get_context(method)
        self.n_workers = n_workers
        self.tasks = [docs[i:i + _TASK] for i in range(0, len(docs), _TASK)]
        self.window = n_workers * 3  # finished results wait in memory only a few tasks deep
        self.futures: dict[int, object] = {}
        self.restarts = 0
        self.pool = None
        self._start(0)

    def _new_pool(self, n_workers: int):
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(n_workers, mp_context=self.context,
                                   initializer=_worker_init, initargs=(os.getpid(),))

    def _start(self, first: int) -> None:
        self.pool = self._new_pool(self.n_workers)
        self.futures = {n: self.pool.submit(_extract_task_ids, self.tasks[n])
                        for n in range(first, min(first + self.window, len(self.tasks)))}

    def __iter__(self) -> Iterator[_Outcome]:
        from concurrent.futures.process import BrokenProcessPool

        n = 0
        while n < len(self.tasks):
            future = self.futures.pop(n)
            try:
                outcomes = future.result()  # type: ignore[attr-defined]
            except BrokenProcessPool:
                lost = sorted([n, *self.futures])
                finished = {m: f.result() for m, f in self.futures.items()  # type: ignore[attr-defined]
                            if f.done() and not f.cancelled() and f.exception() is None}
                self.pool.shutdown(wait=True, cancel_futures=True)  # type: ignore[union-attr]
                self.restarts += 1
                for m in lost:
                    if m in finished:
                        yield from zip(self.tasks[m], finished[m])
                    else:
                        yield from self._one_by_one(self.tasks[m])
                n = lost[-1] + 1
                if self.restarts > self._RESTARTS:
                    for m in range(n, len(self.tasks)):
                        yield from ((doc, self._DIED) for doc in self.tasks[m])
                    self.pool = None
                    return
                self._start(n)
                continue
            ahead = n + self.window
            if ahead < len(self.tasks):
                self.futures[ahead] = self.pool.submit(  # type: ignore[union-attr]
                    _extract_task_ids, self.tasks[ahead])
            yield from zip(self.tasks[n], outcomes)
            n += 1

    def _one_by_one(self, docs: list[Document]) -> Iterator[_Outcome]:
        """Each document alone in a one-worker pool: a death names its document."""
        from concurrent.futures.process import BrokenProcessPool

        pool = self._new_pool(1)
        try:
            for doc in docs:
                try:
                    [outcome] = pool.submit(_extract_task_ids, [doc]).result()
                except BrokenProcessPool:
                    pool.shutdown(wait=True, cancel_futures=True)
                    pool = self._new_pool(1)
                    outcome = self._DIED
                yield doc, outcome
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _worker_init(parent: int) -> None:
    """A worker ends with the ingest that started it, even when that one is SIGKILLed
    (a forked worker never sees its queue close: it holds both ends)."""
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the queue's end usually suffices
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _extract_task_ids(docs: list[Document]) -> list["DocExtraction | str"]:
    """In a worker: the outcomes only (the parent holds the documents)."""
    return [outcome for _doc, outcome in _extract_task(docs)]


def _extract_task(docs: list[Document]) -> list[_Outcome]:
    """Extract a few documents together (nlp.pipe batches them); when that raises, again
    one by one, so the one the extractor fails on is reported and the others still land."""
    from diplograph.extract import extract, extract_many, load_pipeline

    nlp = load_pipeline()
    try:
        return list(zip(docs, extract_many(docs, nlp=nlp, batch_size=len(docs))))
    except Exception:  # noqa: BLE001 - isolated below, document by document
        pass
    outcomes: list[_Outcome] = []
    for doc in docs:
        try:
            outcomes.append((doc, extract(doc, nlp=nlp)))
        except Exception as e:  # noqa: BLE001 - one document's failure must not stop a batch
            outcomes.append((doc, f"{type(e).__name__}: {e}".splitlines()[0][:300]))
    return outcomes


def _extraction_failure(doc: Document, why: str) -> "ReadError":
    from diplograph.readers import ReadError

    return ReadError(doc.source or doc.id, None, f"document {doc.id}: extraction failed: {why}")


def _progress(total: int):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    # stderr, so that `--format json` output on stdout stays clean
    bar = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                   TimeRemainingColumn(), transient=True, console=Console(stderr=True))
    task = bar.add_task("extract", total=total)
    bar.start()
    return bar, task
