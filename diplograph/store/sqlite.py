"""The embedded store: a SQLite ledger file, the system of record.

It keeps the raw documents and their extractions (so resolution can be re-run over
everything after each ingest), the user's corrections, and the canonical layer a
resolution produced (actors, events, evidence, redirects). Each canonical record is also
kept as the JSON of the full record, so `actors()` / `events()` give back exactly what was
written; the columns beside the JSON are there for lookups and for people reading the
file with the sqlite3 shell.

The file uses WAL (readers never block the writer) and every change runs in one
`BEGIN IMMEDIATE` transaction, so a crash or kill mid-write leaves the previous state.
Several processes may share a ledger: writers queue on SQLite's lock (busy timeout).

Every change to what resolution reads (extractions, corrections) bumps a counter in `meta`,
and `write` records the counter it resolved: `needs_resolution()` then tells whether the
canonical layer is behind, e.g. after a kill between the last extraction batch and the
resolution, so the next ingest heals it even when it brings no new document.
"""
from __future__ import annotations

import dataclasses
import functools
import gc
import json
import sqlite3
import time
import types
import typing
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence
from urllib.parse import quote

from diplograph.records import (
    ENTITY_TYPES,
    SYMMETRIC_TYPES,
    Actor,
    DocExtraction,
    Document,
    Event,
    Redirect,
)
from diplograph.store.base import GraphStore, QueryResult, Resolution, StoreError

if TYPE_CHECKING:
    import networkx as nx

    from diplograph.graph import EventHead

    from diplograph.resolve import Correction

__all__ = ["Ledger", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1
_APPLICATION = "diplograph"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_TIMEOUT_S = 30.0
_CHUNK = 500  # host parameters per IN (...) query, well under SQLite's limit

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', published TEXT, url TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '', text TEXT NOT NULL, added_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS documents_published ON documents (published);
CREATE TABLE IF NOT EXISTS extractions (
    doc_id TEXT PRIMARY KEY, version TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS actors (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, country TEXT, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS actors_type ON actors (type);
CREATE TABLE IF NOT EXISTS actor_aliases (
    alias TEXT NOT NULL, actor_id TEXT NOT NULL, PRIMARY KEY (alias, actor_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS actor_aliases_actor ON actor_aliases (actor_id);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, mode TEXT, date TEXT, precision TEXT,
    status TEXT NOT NULL, confidence REAL NOT NULL, location TEXT, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_type_date ON events (type, date);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id TEXT NOT NULL, actor_id TEXT NOT NULL, role TEXT NOT NULL,
    PRIMARY KEY (event_id, actor_id, role)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_actors_actor ON event_actors (actor_id);
CREATE TABLE IF NOT EXISTS evidence (
    event_id TEXT NOT NULL, doc_id TEXT NOT NULL, start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL, text TEXT NOT NULL, trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL, rule TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS evidence_event ON evidence (event_id);
CREATE INDEX IF NOT EXISTS evidence_doc ON evidence (doc_id);
CREATE TABLE IF NOT EXISTS redirects (
    old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS corrections (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, name TEXT NOT NULL,
    target TEXT NOT NULL, added_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS actor_ids_ever (id TEXT PRIMARY KEY) WITHOUT ROWID;
"""


# The resolution cache (see "resolution cache" in Ledger): made on first use, by the
# resolver, so a ledger without it stays readable by any version.
_RESOLVE_CACHE_SCHEMA = """
CREATE TABLE IF NOT EXISTS resolve_docs (
    doc_id TEXT PRIMARY KEY, xrowid INTEGER NOT NULL, entities BLOB NOT NULL, sides BLOB NOT NULL,
    actors TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS resolve_contents (
    cid INTEGER PRIMARY KEY, content BLOB NOT NULL, claims BLOB, aliases INTEGER);
CREATE TABLE IF NOT EXISTS resolve_reports (
    doc_id TEXT NOT NULL, idx INTEGER NOT NULL, key TEXT, ev_doc TEXT, ev_start INTEGER NOT NULL,
    data BLOB NOT NULL, PRIMARY KEY (doc_id, idx));
CREATE INDEX IF NOT EXISTS resolve_reports_key ON resolve_reports (key);
CREATE TABLE IF NOT EXISTS resolve_pairs (pair TEXT NOT NULL, key TEXT NOT NULL, doc_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS resolve_pairs_pair ON resolve_pairs (pair);
CREATE INDEX IF NOT EXISTS resolve_pairs_doc ON resolve_pairs (doc_id);
CREATE TABLE IF NOT EXISTS resolve_event_keys (event_id TEXT PRIMARY KEY, key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS resolve_event_keys_key ON resolve_event_keys (key);
CREATE TABLE IF NOT EXISTS resolve_spans (key TEXT PRIMARY KEY, spans BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS resolve_spread (key TEXT PRIMARY KEY, decision BLOB NOT NULL);
"""
_RESOLVE_CACHE_TABLES = ("resolve_docs", "resolve_contents", "resolve_reports", "resolve_pairs",
                         "resolve_event_keys", "resolve_spans", "resolve_spread")



def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _dumps(record: Any) -> str:
    """A record (or a plain dict) as compact JSON: the same JSON `to_dict` gives."""
    if dataclasses.is_dataclass(record):
        record = _codec(type(record)).encode(record)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _loads(cls: type, blob: str):
    """The record of class `cls` stored as `blob`; equal to `cls.from_dict(json.loads(blob))`."""
    return _codec(cls).decode(json.loads(blob))


class _Codec:
    """to_dict / from_dict for one record class, planned once from its field annotations:
    the generic versions in records.py inspect every value and are the slowest part of
    reading 10,000 extractions."""

    def __init__(self, cls: type):
        self.cls = cls
        hints = typing.get_type_hints(cls)
        self.fields = [f.name for f in dataclasses.fields(cls)]
        self.decoders = {name: _decoder(hints[name]) for name in self.fields}
        self.encoders = {name: _encoder(hints[name]) for name in self.fields}
        self.known = frozenset(self.fields)
        # only the fields whose JSON form differs from the record's (lists, nested records)
        self.converting = tuple((name, d) for name, d in self.decoders.items()
                                if d is not _identity)

    def decode(self, data: dict[str, Any]):
        if not self.known.issuperset(data):  # keys of a newer record version are dropped
            data = {k: v for k, v in data.items() if k in self.known}
        for name, convert in self.converting:
            value = data.get(name)
            if value is not None:
                data[name] = convert(value)
        # through __init__, not __dict__.update: instances built that way share their
        # attribute keys, and 120,000 events then take 40 % less memory
        return self.cls(**data)

    def encode(self, record) -> dict[str, Any]:
        enc = self.encoders
        return {k: enc[k](getattr(record, k)) for k in self.fields}


@functools.lru_cache(maxsize=None)
def _codec(cls: type) -> _Codec:
    return _Codec(cls)


def _identity(value):
    return value


def _tuple_of_tuples(value):
    return tuple(map(tuple, value))


def _deep_tuple(value):
    return tuple(_deep_tuple(v) for v in value) if isinstance(value, list) else value


def _decoder(hint):
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if dataclasses.is_dataclass(hint):
        return _codec(hint).decode
    if origin is tuple:
        item = args[0] if args else Any
        if dataclasses.is_dataclass(item):
            decode = _codec(item).decode
            return lambda v: tuple(decode(x) if isinstance(x, dict) else x for x in v)
        if item is str:
            return tuple
        if typing.get_origin(item) is tuple and all(a is str for a in typing.get_args(item)):
            return _tuple_of_tuples  # e.g. details: (("date", "2023-06-18", "doc-1"), ...)
        return _deep_tuple
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _decoder(inner[0]) if len(inner) == 1 else _deep_tuple
    return _identity


def _encoder(hint):
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if dataclasses.is_dataclass(hint):
        return _codec(hint).encode
    if origin is tuple and args and dataclasses.is_dataclass(args[0]):
        encode = _codec(args[0]).encode
        return lambda v: [encode(x) for x in v]
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) == 1 and dataclasses.is_dataclass(inner[0]):
            encode = _codec(inner[0]).encode
            return lambda v: None if v is None else encode(v)
    return _identity  # json writes tuples as lists, as to_dict does


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class Ledger(GraphStore):
    """The SQLite ledger at `path` (created with its schema when new).

    `readonly=True` opens an existing ledger for reading only (queries, exports, stats);
    any write then raises StoreError. A writer waits up to `timeout` seconds for another
    process's transaction before giving up with a StoreError.
    """

    name = "embedded"

    def __init__(self, path: str | Path, *, readonly: bool = False,
                 timeout: float = _BUSY_TIMEOUT_S):
        self.path = Path(path)
        self.readonly = readonly
        self.timeout = timeout  # seconds a writer waits for another process's transaction
        self._depth = 0  # nesting of transaction()
        self._changes = 0  # own writes, to know when the cached graph is stale
        self._views: dict[str, tuple[tuple[int, int], Any]] = {}  # name -> (state, view)
        _check_file(self.path, readonly)
        try:
            if readonly:
                uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
                self._db = sqlite3.connect(uri, uri=True, timeout=timeout,
                                           isolation_level=None)
            else:
                self._db = sqlite3.connect(str(self.path), timeout=timeout,
                                           isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store '{self.path}': {exc}") from exc
        try:
            self._db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._patiently(self._prepare)
        except sqlite3.OperationalError as exc:
            self._db.close()
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError(f"'{self.path}' is busy ({exc}): another diplograph process is "
                                 f"writing to it; try again when it has finished") from exc
            raise StoreError(f"cannot open store '{self.path}': {exc}") from exc
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StoreError(f"'{self.path}' is not a diplograph store: {exc}") from exc
        except StoreError:
            self._db.close()
            raise

    # ------------------------------------------------------------------ set-up
    def _patiently(self, step: Callable[[], Any]) -> Any:
        """Run `step`, trying again while another process holds the lock, up to `timeout`
        seconds in all. SQLite's busy handler already waits, but not in every case: two
        processes creating one new store at once can be told 'database is locked' at once
        (a lock one of them must give up to avoid a deadlock, or the switch to WAL)."""
        deadline = time.monotonic() + self.timeout
        pause = 0.02
        while True:
            try:
                return step()
            except sqlite3.OperationalError as exc:
                busy = "locked" in str(exc) or "busy" in str(exc)
                if not busy or time.monotonic() + pause > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 1.0)

    def _prepare(self) -> None:
        tables = {r[0] for r in self._db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "meta" in tables:
            meta = dict(self._db.execute("SELECT key, value FROM meta"))
            if meta.get("application") != _APPLICATION:
                raise StoreError(f"'{self.path}' is not a diplograph store: its meta table "
                                 f"belongs to {meta.get('application') or 'another program'!r}")
            try:
                version = int(meta.get("schema_version", "0"))
            except ValueError:
                raise StoreError(f"'{self.path}' has an unreadable schema_version "
                                 f"{meta.get('schema_version')!r}") from None
            if version > SCHEMA_VERSION:
                raise StoreError(f"'{self.path}' was written by a newer diplograph (schema "
                                 f"version {version}, this one reads up to {SCHEMA_VERSION}); "
                                 f"upgrade diplograph to use it")
            if version < SCHEMA_VERSION and not self.readonly:
                self._create()  # version 1 is the first: nothing to migrate yet
        elif tables - {"sqlite_sequence"}:
            raise StoreError(f"'{self.path}' is not a diplograph store: it is a SQLite database "
                             f"of something else (tables: {', '.join(sorted(tables)[:5])})")
        elif self.readonly:
            raise StoreError(f"'{self.path}' is an empty file, not a diplograph store yet; "
                             f"'diplograph ingest' creates one")
        else:
            self._create()
        if not self.readonly:
            mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":  # e.g. a file system without shared memory
                self._db.execute("PRAGMA journal_mode = DELETE")
            self._db.execute("PRAGMA synchronous = NORMAL")

    # ------------------------------------------------------------------ resolution state
    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _bump(self) -> None:
        """Record that what resolution reads has changed (inside the writer transaction)."""
        self._db.execute(
            "INSERT INTO meta (key, value) VALUES ('changed_seq', '1') ON CONFLICT (key) DO "
            "UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)")

    def resolved_mark(self) -> int:
        """The last extraction (by its rowid, which only grows: extractions are added or
        replaced, never deleted) that the last written resolution saw; 0 when none was."""
        return int(self._meta("resolved_rowid") or 0)

    def needs_resolution(self) -> bool:
        """Have extractions or corrections changed since the last `write` of a resolution
        (or was none ever written)?"""
        return self._meta("resolved_seq") != (self._meta("changed_seq") or "0")

    def _create(self) -> None:
        with self.transaction():
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            self._db.executemany("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
                                 [("application", _APPLICATION), ("created_at", _now())])
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                             (str(SCHEMA_VERSION),))

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def transaction(self) -> Iterator["Ledger"]:
        """One writer transaction (BEGIN IMMEDIATE). Nested calls are savepoints inside the
        outer one: a failing inner step is undone on its own, the outer commit decides.
        Hold it across read -> resolve -> write so no other process's ingest lands in
        between and gets overwritten by a stale resolution."""
        if self.readonly:
            raise StoreError(f"'{self.path}' was opened read-only; open it for writing to change it")
        depth = self._depth
        if depth == 0:
            try:
                self._patiently(lambda: self._db.execute("BEGIN IMMEDIATE"))
            except sqlite3.OperationalError as exc:
                raise StoreError(f"'{self.path}' is busy ({exc}): another diplograph process is "
                                 f"writing to it; try again when it has finished") from exc
        else:
            self._db.execute(f"SAVEPOINT step{depth}")
        self._depth = depth + 1
        try:
            yield self
        except BaseException:
            self._depth = depth
            self._changes += 1  # a graph built inside the transaction is stale now
            if depth == 0:
                self._db.execute("ROLLBACK")
            else:
                self._db.execute(f"ROLLBACK TO step{depth}")
                self._db.execute(f"RELEASE step{depth}")
            raise
        self._depth = depth
        self._changes += 1
        if depth:
            self._db.execute(f"RELEASE step{depth}")
            return
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._db.execute("ROLLBACK")
            raise StoreError(f"cannot commit to '{self.path}': {exc}") from exc

    @contextmanager
    def _writing(self, what: str) -> Iterator[None]:
        try:
            with self.transaction():
                yield
        except (sqlite3.Error, TypeError, ValueError) as exc:
            # TypeError/ValueError: a record that cannot be stored (not JSON-able)
            raise StoreError(f"cannot {what} in '{self.path}': {exc}; nothing was changed") from exc

    # ------------------------------------------------------------------ documents
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """The ones among `ids` whose documents the ledger already holds."""
        wanted = sorted(set(ids))
        found: set[str] = set()
        for chunk in _chunks(wanted):
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self._db.execute(
                f"SELECT id FROM documents WHERE id IN ({marks})", chunk))
        return found

    def add_documents(self, pairs: Sequence[tuple[Document, DocExtraction]]) -> int:
        """Store new documents with their extractions in one transaction; documents the
        ledger already holds are skipped. Returns how many were added."""
        for doc, ext in pairs:
            if doc.id != ext.doc_id:
                raise StoreError(f"extraction for document {ext.doc_id!r} given with document "
                                 f"{doc.id!r}; nothing was added to '{self.path}'")
        added = 0
        now = _now()
        with self._writing("add documents"):
            for doc, ext in pairs:
                cur = self._db.execute(
                    "INSERT OR IGNORE INTO documents (id, title, published, url, source, text, added_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (doc.id, doc.title, doc.published, doc.url, doc.source, doc.text, now))
                if cur.rowcount == 1:
                    self._db.execute(
                        "INSERT OR REPLACE INTO extractions (doc_id, version, json) VALUES (?, ?, ?)",
                        (doc.id, ext.extractor_version, _dumps(ext)))
                    added += 1
            if added:
                self._bump()
        return added

    def update_extractions(self, extractions: Sequence[DocExtraction]) -> int:
        """Replace the extractions of documents the ledger holds (after the extractor
        changed); unknown documents are skipped. Returns how many were replaced."""
        replaced = 0
        with self._writing("update extractions"):
            for ext in extractions:
                # a new rowid, so the extraction counts as changed after `resolved_mark()`
                cur = self._db.execute(
                    "UPDATE extractions SET version = ?, json = ?, "
                    "rowid = (SELECT MAX(rowid) FROM extractions) + 1 WHERE doc_id = ?",
                    (ext.extractor_version, _dumps(ext), ext.doc_id))
                replaced += cur.rowcount
            if replaced:
                self._bump()
        return replaced

    def extractor_versions(self) -> dict[str, int]:
        """How many stored extractions each extractor version made."""
        return dict(self._db.execute(
            "SELECT version, COUNT(*) FROM extractions GROUP BY version ORDER BY version"))

    def iter_extractions(self, *, text: bool = True,
                         after: int = 0) -> Iterator[tuple[Document, DocExtraction]]:
        """Every document (with its text unless `text=False`) and its extraction, by id;
        with `after=resolved_mark()`, only those stored or replaced since the last
        resolution (what an incremental resolver has to add)."""
        text_col = "d.text" if text else "''"
        rows = self._db.execute(
            f"SELECT d.id, {text_col}, d.title, d.published, d.url, d.source, x.json "
            "FROM documents d JOIN extractions x ON x.doc_id = d.id WHERE x.rowid > ? "
            "ORDER BY d.id", (after,))
        for doc_id, body, title, published, url, source, blob in rows:
            yield self._extraction_row(doc_id, body, title, published, url, source, blob)

    def _extraction_row(self, doc_id: str, body: str, title: str, published: str | None, url: str,
                        source: str, blob: str) -> tuple[Document, DocExtraction]:
        doc = Document(id=doc_id, text=body, title=title, published=published, url=url, source=source)
        try:
            return doc, _loads(DocExtraction, blob)
        except (ValueError, TypeError) as exc:
            raise StoreError(f"'{self.path}': the stored extraction of document {doc_id!r} "
                             f"is unreadable: {exc}") from exc

    def get_document(self, doc_id: str) -> Document | None:
        row = self._db.execute(
            "SELECT id, text, title, published, url, source FROM documents WHERE id = ?",
            (doc_id,)).fetchone()
        if row is None:
            return None
        return Document(id=row[0], text=row[1], title=row[2], published=row[3], url=row[4],
                        source=row[5])

    def documents(self) -> list[Document]:
        """Every document's metadata, by id; `text` is "" here (see `get_document`), so
        building the graph never loads the articles."""
        return [Document(id=r[0], text="", title=r[1], published=r[2], url=r[3], source=r[4])
                for r in self._db.execute(
                    "SELECT id, title, published, url, source FROM documents ORDER BY id")]

    # ------------------------------------------------------------------ corrections
    def corrections(self) -> list["Correction"]:
        from diplograph.resolve import Correction

        return [Correction(kind=k, name=n, target=t) for k, n, t in self._db.execute(
            "SELECT kind, name, target FROM corrections ORDER BY seq")]

    def add_correction(self, c: "Correction") -> None:
        """Keep a user correction (applied by every later resolve); an identical one that
        is already the latest is not repeated."""
        with self._writing("add a correction"):
            last = self._db.execute(
                "SELECT kind, name, target FROM corrections ORDER BY seq DESC LIMIT 1").fetchone()
            if last != (c.kind, c.name, c.target):
                self._db.execute(
                    "INSERT INTO corrections (kind, name, target, added_at) VALUES (?, ?, ?, ?)",
                    (c.kind, c.name, c.target, _now()))
                self._bump()

    # ------------------------------------------------------------------ canonical layer
    def write(self, resolution: Resolution) -> None:
        """Make the canonical layer exactly `resolution`, in one transaction. Only the
        actors and events whose records changed are rewritten, so a re-resolve that
        changes little writes little. Documents in it that the ledger lacks are added
        (with the text they carry)."""
        for what, ids in (("actor", [a.id for a in resolution.actors]),
                          ("event", [e.id for e in resolution.events]),
                          ("redirect", [r.old_id for r in resolution.redirects])):
            if len(set(ids)) != len(ids):
                twice = sorted({i for i in ids if ids.count(i) > 1})[:3]
                raise StoreError(f"cannot write to '{self.path}': the resolution has the {what} "
                                 f"id {', '.join(map(repr, twice))} more than once; nothing was changed")
        now = _now()
        with self._writing("write the resolution"):
            self._write_actors(resolution.actors)
            self._write_events(resolution.events)
            self._db.execute("DELETE FROM redirects")
            self._db.executemany(
                "INSERT INTO redirects (old_id, new_id, reason) VALUES (?, ?, ?)",
                ((r.old_id, r.new_id, r.reason) for r in resolution.redirects))
            self._db.executemany(
                "INSERT OR IGNORE INTO documents (id, title, published, url, source, text, added_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                ((d.id, d.title, d.published, d.url, d.source, d.text, now)
                 for d in resolution.documents))
            self._mark_resolved(now)

    def _mark_resolved(self, now: str) -> None:
        """Record what the resolution just written covers. Right when it was computed inside
        the same transaction (pipeline.reresolve does), as no other writer can come between.
        The resolution cache (below) is stale from here until `write_resolve_cache`."""
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('resolved_at', ?)",
                         (now,))
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('resolved_seq', ?)",
                         (self._meta("changed_seq") or "0",))
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('resolved_rowid', "
                         "(SELECT CAST(COALESCE(MAX(rowid), 0) AS TEXT) FROM extractions))")
        self._db.execute("DELETE FROM meta WHERE key = 'resolve_cache_seq'")

    def _changed(self, table: str, blobs: dict[str, str]) -> list[str]:
        """Drop the rows of `table` that are gone or differ from `blobs`; return the ids
        to insert."""
        old = dict(self._db.execute(f"SELECT id, json FROM {table}"))
        stale = [i for i, blob in old.items() if blobs.get(i) != blob]
        self._db.executemany(f"DELETE FROM {table} WHERE id = ?", ((i,) for i in stale))
        return [i for i, blob in blobs.items() if old.get(i) != blob]

    def _write_actors(self, actors: Sequence[Actor]) -> None:
        from diplograph.resolve import normalise_name

        by_id = {a.id: a for a in actors}
        fresh = self._changed("actors", {a.id: _dumps(a) for a in actors})
        self._db.execute("DELETE FROM actor_aliases WHERE actor_id NOT IN (SELECT id FROM actors)")
        rows = [by_id[i] for i in fresh]
        self._db.executemany(
            "INSERT INTO actors (id, name, type, country, json) VALUES (?, ?, ?, ?, ?)",
            ((a.id, a.name, a.type, a.country, _dumps(a)) for a in rows))
        self._db.executemany(
            "INSERT OR IGNORE INTO actor_aliases (alias, actor_id) VALUES (?, ?)",
            ((alias, a.id) for a in rows
             for alias in sorted({normalise_name(n) for n in (a.name, *a.aliases)}) if alias))
        self._db.executemany("INSERT OR IGNORE INTO actor_ids_ever (id) VALUES (?)",
                             ((a.id,) for a in actors))

    def _write_events(self, events: Sequence[Event]) -> None:
        by_id = {e.id: e for e in events}
        blobs = {e.id: _dumps(e) for e in events}
        fresh = self._changed("events", blobs)
        for table in ("event_actors", "evidence"):
            self._db.execute(f"DELETE FROM {table} WHERE event_id NOT IN (SELECT id FROM events)")
        self._insert_events([by_id[i] for i in fresh], blobs)

    def _insert_events(self, rows: Sequence[Event], blobs: dict[str, str]) -> None:
        self._db.executemany(
            "INSERT INTO events (id, type, mode, date, precision, status, confidence, location,"
            " json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((e.id, e.type, e.mode, e.date, e.precision, e.status, e.confidence, e.location,
              blobs[e.id]) for e in rows))
        self._db.executemany(
            "INSERT OR IGNORE INTO event_actors (event_id, actor_id, role) VALUES (?, ?, ?)",
            ((e.id, actor, role) for e in rows for actor, role in _roles(e)))
        self._db.executemany(
            "INSERT INTO evidence (event_id, doc_id, start_char, end_char, text, trigger_start,"
            " trigger_end, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ((e.id, v.doc_id, v.start, v.end, v.text, v.trigger_start, v.trigger_end, v.rule)
             for e in rows for v in e.evidence))

    def actors(self) -> list[Actor]:
        return [_loads(Actor, r[0]) for r in self._db.execute("SELECT json FROM actors ORDER BY id")]

    def events(self) -> list[Event]:
        return [_loads(Event, r[0]) for r in self._db.execute("SELECT json FROM events ORDER BY id")]

    def get_actor(self, actor_id: str) -> Actor | None:
        """The actor with this id, following a redirect when it was merged away."""
        actor_id = self.redirects().get(actor_id, actor_id)
        row = self._db.execute("SELECT json FROM actors WHERE id = ?", (actor_id,)).fetchone()
        return _loads(Actor, row[0]) if row else None

    def actor_ids_named(self, name: str) -> list[str]:
        """Ids of the actors that have `name` (normalised) as their name or an alias."""
        from diplograph.resolve import normalise_name

        return [r[0] for r in self._db.execute(
            "SELECT actor_id FROM actor_aliases WHERE alias = ? ORDER BY actor_id",
            (normalise_name(name),))]

    def actor_ids_ever(self) -> set[str]:
        """Every actor id any resolution wrote: the ones a new resolution may redirect."""
        return {r[0] for r in self._db.execute("SELECT id FROM actor_ids_ever")}

    def redirects(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT old_id, new_id FROM redirects ORDER BY old_id"))

    def redirect_records(self) -> list[Redirect]:
        return [Redirect(old_id=o, new_id=n, reason=r) for o, n, r in self._db.execute(
            "SELECT old_id, new_id, reason FROM redirects ORDER BY old_id")]

    # ------------------------------------------------------------------ resolution cache
    # What the last resolution worked out per document and per event key, so the next one
    # can redo only what new documents touch (`diplograph.incremental`). Derived data: it
    # may be dropped at any time, and a resolution without it is a full one. Keys are
    # opaque text here.

    def prepare_resolve_cache(self) -> None:
        """Create the cache tables (in a writer transaction) if this ledger has none yet."""
        with self._writing("create the resolution cache"):
            for statement in _RESOLVE_CACHE_SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)

    def resolve_cache_problem(self, fingerprint: str) -> str | None:
        """Why the cache cannot serve an incremental resolution, or None when it can: it
        must come from the resolution the canonical layer holds, made by the same code."""
        if self._meta("resolved_seq") is None:
            return "the store was never resolved"
        if self._meta("resolve_cache_seq") != self._meta("resolved_seq"):
            return "the last resolution kept no cache"
        if self._meta("resolve_cache_fp") != fingerprint:
            return "the resolution code changed"
        return None

    def extraction_rowids(self) -> dict[str, int]:
        """Document id -> the rowid of its extraction (a new one when it was replaced)."""
        return dict(self._db.execute("SELECT doc_id, rowid FROM extractions"))

    def resolve_cache_docs(self) -> list[tuple[str, int, bytes, str]]:
        """(document id, extraction rowid, entities, actors) of every cached document."""
        return self._db.execute(
            "SELECT doc_id, xrowid, entities, actors FROM resolve_docs").fetchall()

    def cached_sides_of(self, doc_id: str) -> bytes | None:
        """The sides of the cached document's interactions."""
        row = self._db.execute("SELECT sides FROM resolve_docs WHERE doc_id = ?",
                               (doc_id,)).fetchone()
        return None if row is None else row[0]

    def cached_contents(self) -> list[tuple[bytes, bytes | None, int | None]]:
        """The cached entity contents, by content id (0, 1, ...): (content, and what
        resolution derives from it: office claims, alias forms)."""
        return self._db.execute(
            "SELECT content, claims, aliases FROM resolve_contents ORDER BY cid").fetchall()

    def extractions_of(self, doc_ids: Iterable[str]) -> Iterator[tuple[Document, DocExtraction]]:
        """The documents (without text) and extractions of `doc_ids`, by id."""
        wanted = sorted(set(doc_ids))
        rows = []
        for chunk in _chunks(wanted):
            marks = ",".join("?" * len(chunk))
            rows.extend(self._db.execute(
                "SELECT d.id, d.title, d.published, d.url, d.source, x.json FROM documents d "
                f"JOIN extractions x ON x.doc_id = d.id WHERE d.id IN ({marks})", chunk))
        for doc_id, title, published, url, source, blob in sorted(rows):
            yield self._extraction_row(doc_id, "", title, published, url, source, blob)

    def _select_in(self, sql: str, values: Iterable) -> list[tuple]:
        """Rows of `sql` (with one `IN ({})`) for every value, chunked."""
        values = sorted(set(values))
        out: list[tuple] = []
        for chunk in _chunks(values):
            out.extend(self._db.execute(sql.format(",".join("?" * len(chunk))), chunk))
        return out

    def cached_reports_of_docs(self, doc_ids: Iterable[str]
                               ) -> list[tuple[str, int, str | None, str | None, int, bytes]]:
        """(document, index, key, evidence document, evidence start, data) of every
        interaction of the documents."""
        return self._select_in("SELECT doc_id, idx, key, ev_doc, ev_start, data FROM "
                               "resolve_reports WHERE doc_id IN ({})", doc_ids)

    def cached_reports_of_keys(self, keys: Iterable[str]
                               ) -> list[tuple[str, int, str | None, str | None, int, bytes]]:
        """(document, index, key, evidence document, evidence start, data) of the keys'
        reports."""
        return self._select_in("SELECT doc_id, idx, key, ev_doc, ev_start, data FROM "
                               "resolve_reports WHERE key IN ({})", keys)

    def cached_keys_with_pairs(self, pairs: Iterable[str]) -> set[str]:
        """Keys of several actors that have one of `pairs` among their pair keys."""
        return {r[0] for r in self._select_in(
            "SELECT key FROM resolve_pairs WHERE pair IN ({})", pairs)}

    def cached_event_ids(self, keys: Iterable[str]) -> list[str]:
        """Ids of the stored events the keys made."""
        return sorted(r[0] for r in self._select_in(
            "SELECT event_id FROM resolve_event_keys WHERE key IN ({})", keys))

    def cached_blobs(self, table: str, keys: Iterable[str]) -> dict[str, bytes]:
        """Key -> blob of the cache table `table` (resolve_spans or resolve_spread)."""
        if table not in ("resolve_spans", "resolve_spread"):
            raise StoreError(f"{table!r} is not a resolution cache table of key blobs")
        column = "spans" if table == "resolve_spans" else "decision"
        return dict(self._select_in(f"SELECT key, {column} FROM {table} WHERE key IN ({{}})",
                                    keys))

    def event_sentences_of_keys(self, keys: Iterable[str]) -> set[tuple[str, int]]:
        """(document, start) of the evidence of the stored events the keys made."""
        return set(self._select_in(
            "SELECT v.doc_id, v.start_char FROM resolve_event_keys k JOIN evidence v "
            "ON v.event_id = k.event_id WHERE k.key IN ({})", keys))

    def event_keys_at(self, sentences: Iterable[tuple[str, int]], *, meetings: bool) -> set[str]:
        """Keys of the stored events (CONSULT ones, or all others) with evidence in one of
        `sentences`."""
        found: set[str] = set()
        op = "=" if meetings else "!="
        for doc_id, start in sorted(set(sentences)):
            found.update(r[0] for r in self._db.execute(
                "SELECT k.key FROM evidence v JOIN events e ON e.id = v.event_id "
                "JOIN resolve_event_keys k ON k.event_id = e.id "
                f"WHERE v.doc_id = ? AND v.start_char = ? AND e.type {op} 'CONSULT'",
                (doc_id, start)))
        return found

    def day_meetings_at(self, sentences: Iterable[tuple[str, int]]) -> list[Event]:
        """The stored day-dated CONSULT events with evidence in one of `sentences`."""
        blobs: dict[str, str] = {}
        for doc_id, start in sorted(set(sentences)):
            blobs.update(self._db.execute(
                "SELECT e.id, e.json FROM evidence v JOIN events e ON e.id = v.event_id "
                "WHERE v.doc_id = ? AND v.start_char = ? AND e.type = 'CONSULT' "
                "AND e.precision = 'day'", (doc_id, start)))
        return [_loads(Event, blobs[i]) for i in sorted(blobs)]

    def write_changes(self, actors: Sequence[Actor], redirects: Sequence[Redirect],
                      removed_events: Iterable[str], events: Sequence[Event]) -> int:
        """Make the canonical layer hold `actors` and `redirects` (all of them) and replace
        the events `removed_events` with `events` (the others stay): what an incremental
        resolution changed. Returns how many event rows were written."""
        ids = [e.id for e in events]
        if len(set(ids)) != len(ids):
            twice = sorted({i for i in ids if ids.count(i) > 1})[:3]
            raise StoreError(f"cannot write to '{self.path}': the resolution has the event id "
                             f"{', '.join(map(repr, twice))} more than once; nothing was changed")
        now = _now()
        with self._writing("write the resolution"):
            self._write_actors(actors)
            self._db.execute("DELETE FROM redirects")
            self._db.executemany(
                "INSERT INTO redirects (old_id, new_id, reason) VALUES (?, ?, ?)",
                ((r.old_id, r.new_id, r.reason) for r in redirects))
            blobs = {e.id: _dumps(e) for e in events}
            gone = set(removed_events) | set(blobs)
            old = dict(self._select_in("SELECT id, json FROM events WHERE id IN ({})", gone))
            stale = [(i,) for i in old if blobs.get(i) != old[i]]
            for table, column in (("events", "id"), ("event_actors", "event_id"),
                                  ("evidence", "event_id")):
                self._db.executemany(f"DELETE FROM {table} WHERE {column} = ?", stale)
            by_id = {e.id: e for e in events}
            rows = [by_id[i] for i in sorted(blobs) if old.get(i) != blobs[i]]
            self._insert_events(rows, blobs)
            self._mark_resolved(now)
        return len(rows)

    def write_resolve_cache(self, fingerprint: str, *, replace_all: bool,
                            docs: Iterable[tuple[str, int, bytes, bytes, str]] = (),
                            actors: Iterable[tuple[str, str]] = (),
                            contents: Iterable[tuple[int, bytes, bytes | None, int | None]] = (),
                            reports_of: Iterable[str] = (),
                            reports: Iterable[tuple[str, int, str | None, str | None, int, bytes]] = (),
                            pairs: Iterable[tuple[str, str, str]] = (),
                            keys_redone: Iterable[str] = (),
                            event_keys: Iterable[tuple[str, str]] = (),
                            spans: Iterable[tuple[str, bytes | None]] = (),
                            decisions: Iterable[tuple[str, bytes | None]] = ()) -> None:
        """Record what the resolution just written worked out (in the same transaction,
        after `write` / `write_changes`): `docs` (id, extraction rowid, entities, sides,
        actors) replace their rows; `actors` (id, actors) replace the actors of theirs;
        `contents` (content id, content, claims, aliases) are added; the reports and pair rows of the documents `reports_of` are
        replaced by `reports` (document, index, key, evidence document, evidence start,
        data) and
        `pairs` (pair key, key, document); the event rows of `keys_redone` by `event_keys`
        (event id, key); `spans` and `decisions` (key, blob, or None to forget the key)
        replace theirs. `replace_all` drops everything first (after a full resolution)."""
        with self._writing("write the resolution cache"):
            if replace_all:  # made again: its layout may be another version's
                for table in _RESOLVE_CACHE_TABLES:
                    self._db.execute(f"DROP TABLE IF EXISTS {table}")
                for statement in _RESOLVE_CACHE_SCHEMA.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
            else:
                drop = [(d,) for d in sorted(set(reports_of))]
                self._db.executemany("DELETE FROM resolve_reports WHERE doc_id = ?", drop)
                self._db.executemany("DELETE FROM resolve_pairs WHERE doc_id = ?", drop)
                self._db.executemany("DELETE FROM resolve_event_keys WHERE key = ?",
                                     ((k,) for k in sorted(set(keys_redone))))
            self._db.executemany("INSERT OR REPLACE INTO resolve_docs (doc_id, xrowid, entities, "
                                 "sides, actors) VALUES (?, ?, ?, ?, ?)", docs)
            self._db.executemany("UPDATE resolve_docs SET actors = ? WHERE doc_id = ?",
                                 ((text, doc_id) for doc_id, text in actors))
            self._db.executemany("INSERT INTO resolve_contents (cid, content, claims, aliases) "
                                 "VALUES (?, ?, ?, ?)", contents)
            self._db.executemany("INSERT INTO resolve_reports (doc_id, idx, key, ev_doc, ev_start,"
                                 " data) VALUES (?, ?, ?, ?, ?, ?)", reports)
            self._db.executemany("INSERT INTO resolve_pairs (pair, key, doc_id) VALUES (?, ?, ?)",
                                 pairs)
            self._db.executemany("INSERT OR REPLACE INTO resolve_event_keys (event_id, key) "
                                 "VALUES (?, ?)", event_keys)
            for table, column, rows in (("resolve_spans", "spans", spans),
                                        ("resolve_spread", "decision", decisions)):
                rows = list(rows)
                self._db.executemany(f"DELETE FROM {table} WHERE key = ?",
                                     ((k,) for k, blob in rows if blob is None))
                self._db.executemany(f"INSERT OR REPLACE INTO {table} (key, {column}) VALUES (?, ?)",
                                     ((k, blob) for k, blob in rows if blob is not None))
            for key, value in (("resolve_cache_fp", fingerprint),
                               ("resolve_cache_seq", self._meta("resolved_seq") or "0")):
                self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                 (key, value))

    # ------------------------------------------------------------------ graph and queries
    def graph(self) -> "nx.MultiDiGraph":
        """The graph view, built once and kept until the ledger changes (here or in another
        process). Shared: copy it before changing it."""
        def build():
            from diplograph.graph import build_graph

            return build_graph(self.actors(), self.events(), self.documents())

        return self._cached("graph", build)

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Cypher through grand-cypher; a query whose every node pattern is an actor (Person,
        Country, Organization, Place) runs on the actor view, which gives the same rows."""
        from diplograph.query import reads_only_actors, run_cypher

        graph = self.actor_view() if reads_only_actors(cypher) else self.graph()
        return run_cypher(graph, cypher, params)

    # ------------------------------------------------------------------ reads for queries
    # Questions about some actors or events are answered from the columns and the indexes
    # (event_actors_actor, evidence_event) rather than from the whole graph: building that
    # means decoding every event with its evidence, seconds and hundreds of MiB at 100,000
    # events, for answers that need a few hundred of them.

    def _cached(self, name: str, build):
        """`build()`, kept until the ledger changes (here or in another process)."""
        state = (self._db.execute("PRAGMA data_version").fetchone()[0], self._changes)
        held = self._views.get(name)
        if held is None or held[0] != state:
            self._views.pop(name, None)  # let the stale one go before building anew
            # a build makes millions of objects and hardly any garbage: with the collector
            # running, each of its passes walks everything built so far (a third of the time)
            collecting = gc.isenabled()
            gc.disable()
            try:
                held = self._views[name] = (state, build())
            finally:
                if collecting:
                    gc.enable()
        return held[1]

    def actor_view(self, relations: bool = True) -> "nx.MultiDiGraph":
        """The graph view restricted to actors and the relationships between them
        (`diplograph.graph.build_actor_view`): what actor-only Cypher reads, built from the
        event columns without decoding evidence; with `relations=False` the actor nodes and
        their REPRESENTS relationships only (names, types, affiliations). Cached like graph()."""
        def build():
            from diplograph.graph import build_actor_view

            return build_actor_view(self.actors(), self.event_heads() if relations else ())

        return self._cached("actor_view" if relations else "actor_nodes", build)

    def event_heads(self) -> list["EventHead"]:
        """Every event, by id, as `diplograph.graph.EventHead`: its type, actors, date, status,
        confidence and how many documents report it, without its evidence."""
        from diplograph.graph import EventHead

        rows = self._db.execute(
            "SELECT e.id, e.type, json_extract(e.json, '$.source', '$.target', '$.confidence'),"
            " e.mode, e.date, e.status, e.confidence,"
            " (SELECT COUNT(DISTINCT v.doc_id) FROM evidence v WHERE v.event_id = e.id)"
            " FROM events e ORDER BY e.id")
        heads = []
        for i, t, sides, mode, date, status, conf, reports in rows:
            source, target, whole = _sides(sides)
            # the column holds a REAL; the record has an int where its JSON has one
            heads.append(EventHead(i, t, source, target, mode, date, status,
                                   int(conf) if whole else conf, reports))
        return heads

    def get_events(self, ids: Iterable[str]) -> list[Event]:
        """The events with these ids (unknown ones are skipped), by id."""
        wanted = sorted(set(ids))
        found: list[Event] = []
        for chunk in _chunks(wanted):
            marks = ",".join("?" * len(chunk))
            found.extend(_loads(Event, r[0]) for r in self._db.execute(
                f"SELECT json FROM events WHERE id IN ({marks})", chunk))
        found.sort(key=lambda e: e.id)
        return found

    def event_dicts(self) -> Iterator[dict[str, Any]]:
        """Every event, by id, as the dict `Event.to_dict()` gives (its stored JSON), read
        one at a time: for streaming through all events without making records of them."""
        loads = json.loads
        for (blob,) in self._db.execute("SELECT json FROM events ORDER BY id"):
            yield loads(blob)

    def event_ids_with(self, actor_id: str) -> set[str]:
        """Ids of the events the actor takes part in (in any role)."""
        return {r[0] for r in self._db.execute(
            "SELECT event_id FROM event_actors WHERE actor_id = ?", (actor_id,))}

    def documents_by_id(self, ids: Iterable[str]) -> dict[str, Document]:
        """The metadata of the documents with these ids (`text` is ""), unknown ones left out."""
        wanted = sorted(set(ids))
        found: dict[str, Document] = {}
        for chunk in _chunks(wanted):
            marks = ",".join("?" * len(chunk))
            for r in self._db.execute("SELECT id, title, published, url, source FROM documents "
                                      f"WHERE id IN ({marks})", chunk):
                found[r[0]] = Document(id=r[0], text="", title=r[1], published=r[2], url=r[3],
                                       source=r[4])
        return found

    def stats(self) -> dict[str, int]:
        """Counts: documents, extractions, actors (and by type), events (and by type),
        evidence sentences, redirects, corrections."""
        one = lambda sql: self._db.execute(sql).fetchone()[0]  # noqa: E731
        out: dict[str, int] = {"documents": one("SELECT COUNT(*) FROM documents"),
                               "extractions": one("SELECT COUNT(*) FROM extractions"),
                               "actors": one("SELECT COUNT(*) FROM actors")}
        by_type = dict(self._db.execute("SELECT type, COUNT(*) FROM actors GROUP BY type"))
        for t in (*ENTITY_TYPES, *sorted(set(by_type) - set(ENTITY_TYPES))):
            out[f"actors_{t}"] = by_type.get(t, 0)
        out["events"] = one("SELECT COUNT(*) FROM events")
        for t, n in self._db.execute("SELECT type, COUNT(*) FROM events GROUP BY type ORDER BY type"):
            out[f"events_{t}"] = n
        out["evidence"] = one("SELECT COUNT(*) FROM evidence")
        out["redirects"] = one("SELECT COUNT(*) FROM redirects")
        out["corrections"] = one("SELECT COUNT(*) FROM corrections")
        return out

    def close(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            if self._depth:
                db.execute("ROLLBACK")
                self._depth = 0
            db.close()
            self._db = None  # type: ignore[assignment]
        self._views.clear()

    def __repr__(self) -> str:
        return f"Ledger({str(self.path)!r}{', readonly=True' if self.readonly else ''})"


def _sides(text: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """`[[source ids], [target ids], confidence]` as SQLite's json_extract writes it -> the
    two id tuples and whether the confidence is written as an integer. Without a backslash
    every quote delimits an id, so splitting on quotes reads it several times faster than
    json.loads does (it runs once per event)."""
    if "\\" in text or "null" in text:
        source, target, confidence = json.loads(text)
        return tuple(source or ()), tuple(target or ()), type(confidence) is int
    parts = text.split('"')
    ids = parts[1::2]
    skeleton = "\0".join(parts[0::2])  # the structure, one NUL for each id
    first = skeleton.index("]")
    second = skeleton.index("]", first + 1)
    n_source = skeleton.count("\0", 0, first)
    n_target = skeleton.count("\0", first, second)
    confidence = skeleton[skeleton.rindex(",") + 1:-1].lstrip("-")
    return (tuple(ids[:n_source]), tuple(ids[n_source:n_source + n_target]),
            confidence.isdigit())


def _roles(e: Event) -> list[tuple[str, str]]:
    if e.type in SYMMETRIC_TYPES:
        return [(a, "PARTICIPANT") for a in e.participants]
    return [(a, "SOURCE") for a in e.source] + [(a, "TARGET") for a in e.target]


def _check_file(path: Path, readonly: bool) -> None:
    """Refuse, before SQLite touches it, anything that is not a ledger or a place for one."""
    if path.is_dir():
        raise StoreError(f"'{path}' is not a diplograph store: it is a directory")
    if path.exists():
        try:
            with path.open("rb") as fh:
                head = fh.read(len(_SQLITE_MAGIC))
        except OSError as exc:
            raise StoreError(f"cannot read store '{path}': {exc.strerror or exc}") from exc
        if head and head != _SQLITE_MAGIC:
            raise StoreError(f"'{path}' is not a diplograph store: it is not a SQLite database "
                             f"file (left untouched)")
        return
    if readonly:
        raise StoreError(f"no diplograph store at '{path}'")
    if not path.parent.exists():
        raise StoreError(f"cannot create store '{path}': the folder '{path.parent}' does not exist")
