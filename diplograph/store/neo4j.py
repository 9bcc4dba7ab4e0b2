"""The Neo4j store: the canonical layer in a Neo4j database, over Bolt.

Graph shape (as `diplograph.graph` builds it for the embedded store): one node per actor,
labelled by its type (Person, Country, Organization, Place); `Event` nodes joined to their
actors by SOURCE / TARGET / PARTICIPANT and to `Document` nodes by REPORTED_IN; each event
projected onto actor-to-actor relationships named by its PLOVER type
(`(a)-[:CONSULT {event_id, date, mode, ...}]->(b)`); `(Person)-[:REPRESENTS {title}]->(Country)`;
and `Redirect` nodes recording merged actor ids. Dates are Cypher dates: a day-precision date is
`date()`; a month, year or range keeps its string, and every dated event also has
`date_start` / `date_end` as Cypher dates (sort and filter on those).

Writes are batched `UNWIND $rows MERGE ...` keyed on the deterministic ids, one transaction per
batch, so loads are idempotent and several loaders converge. Two ways to write:

- `push(resolution, writer=...)` (what `diplograph push` and `ingest --neo4j` do) adds to what
  the database holds: lists (aliases, documents, evidence, details) are unioned with what other
  writers put there, and only what *this writer* asserted before and no longer holds is taken
  away (every node records its writers). Merged actors are applied: the old node's
  relationships move to the survivor and the old node goes. Rows unchanged since this writer's
  last push are not sent again.
- `write(resolution)` (the GraphStore contract) makes the database hold exactly `resolution`.

The `neo4j` driver is imported only when a store connects, so commands that never touch Neo4j
never load it. The password is kept out of every message, repr and log line.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence
from urllib.parse import urlsplit, urlunsplit

from diplograph.records import (
    ENTITY_TYPES,
    PLOVER_TYPES,
    SYMMETRIC_TYPES,
    Actor,
    Document,
    Event,
    Evidence,
    Redirect,
)
from diplograph.store.base import GraphStore, QueryResult, Resolution, StoreError

if TYPE_CHECKING:
    from diplograph.store.sqlite import Ledger

__all__ = [
    "Neo4jConfig", "Neo4jStore", "PushReport", "SCHEMA", "DEFAULT_URI", "DEFAULT_USER",
    "resolution_of", "ledger_writer_id", "split_statements",
]

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USER = "neo4j"
DEFAULT_BATCH = 1000
ACTOR_LABELS = ENTITY_TYPES  # Person, Country, Organization, Place
ROLES = ("SOURCE", "TARGET", "PARTICIPANT")
EXACT = "*exact*"
_BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")  # the writer name `write` uses: its state replaces everyone's

# Uniqueness constraints on the deterministic ids (what MERGE is keyed on) and lookup indexes;
# cypher/schema.cypher holds the same statements for people who set a database up by hand.
SCHEMA = tuple(
    [f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
     for label in (*ACTOR_LABELS, "Event", "Document", "Redirect")]
    + [f"CREATE INDEX {label.lower()}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)"
       for label in ACTOR_LABELS]
    + ["CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type)",
       "CREATE INDEX event_date_start IF NOT EXISTS FOR (n:Event) ON (n.date_start)"])


# -- configuration -------------------------------------------------------------------------

@dataclass(frozen=True)
class Neo4jConfig:
    """Where the server is and who connects. `password` never appears in repr or messages."""

    uri: str = DEFAULT_URI
    username: str | None = DEFAULT_USER
    password: str | None = field(default=None, repr=False)
    database: str | None = None  # None: the server's default database

    @classmethod
    def from_env(cls, uri: str | None = None, username: str | None = None,
                 password: str | None = None, database: str | None = None,
                 env: dict[str, str] | None = None) -> "Neo4jConfig":
        """Options win, then NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE."""
        env = os.environ if env is None else env
        return cls(uri=uri or env.get("NEO4J_URI") or DEFAULT_URI,
                   username=username or env.get("NEO4J_USERNAME") or DEFAULT_USER,
                   password=password if password is not None else env.get("NEO4J_PASSWORD"),
                   database=database or env.get("NEO4J_DATABASE") or None)

    @property
    def server(self) -> str:
        """The URI for messages: no password, no user info."""
        try:
            parts = urlsplit(self.uri)
            host = parts.hostname or ""
            if parts.port:
                host = f"{host}:{parts.port}"
            return urlunsplit((parts.scheme, host, parts.path, "", ""))
        except ValueError:
            return "(an unreadable URI)"

    @property
    def where(self) -> str:
        """The server and database for messages."""
        return f"{self.server} (database {self.database!r})" if self.database else self.server


@dataclass(frozen=True)
class PushReport:
    """What one push or write sent and removed."""

    actors: int = 0
    events: int = 0
    documents: int = 0
    redirects: int = 0
    unchanged: int = 0  # rows not sent because this writer had already pushed them as they are
    removed: int = 0  # nodes deleted: stale ones of this writer, or merged-away actors
    merged: int = 0  # redirects applied to an old actor node that was there
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return self.actors + self.events + self.documents + self.redirects


def resolution_of(ledger: "Ledger") -> Resolution:
    """The canonical layer a ledger holds, ready to push (document text is left out)."""
    return Resolution(actors=tuple(ledger.actors()), events=tuple(ledger.events()),
                      redirects=tuple(ledger.redirect_records()),
                      documents=tuple(ledger.documents()))


def ledger_writer_id(path: str | Path) -> str:
    """A name for one ledger as a writer to a shared database: stable while the file stays
    where it is (a copy elsewhere is another writer). Read without opening the ledger for
    writing."""
    path = Path(path).resolve()
    created = ""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'created_at'").fetchone()
            created = row[0] if row else ""
        finally:
            con.close()
    except sqlite3.Error:
        pass
    digest = hashlib.sha256(f"{created}|{path}".encode("utf-8")).hexdigest()[:16]
    return f"ledger:{digest}"


# -- the store -----------------------------------------------------------------------------

class Neo4jStore(GraphStore):
    """The canonical layer in Neo4j (or any server speaking Bolt and Cypher).

    Nothing happens until the first call that needs the server; `verify()` connects and checks
    the database at once. Every driver error becomes a StoreError with one plain line.
    """

    name = "neo4j"

    def __init__(self, config: Neo4jConfig | None = None, *, batch_size: int = DEFAULT_BATCH,
                 writer: str = EXACT):
        if batch_size < 1:
            raise ValueError(f"batch size must be at least 1, not {batch_size}")
        self.config = config or Neo4jConfig.from_env()
        self.batch_size = batch_size
        self.writer = writer
        self._driver = None
        self._schema_done = False

    def __repr__(self) -> str:
        return f"Neo4jStore({self.config.where!r})"

    # ------------------------------------------------------------------ connection
    def _connect(self):
        if self._driver is None:
            with self._errors("connect to"):
                import neo4j  # lazily: start-up time of every other command

                cfg = self.config
                scheme = cfg.uri.split("://", 1)[0].lower() if "://" in cfg.uri else ""
                if scheme not in _BOLT_SCHEMES:
                    raise StoreError(f"{cfg.server!r} is not a Neo4j address: write "
                                     f"bolt://HOST:7687 or neo4j://HOST:7687 (or +s / +ssc "
                                     f"for TLS)")
                auth = None
                if cfg.password is not None or cfg.username:
                    auth = neo4j.basic_auth(cfg.username or DEFAULT_USER, cfg.password or "")
                try:
                    driver = neo4j.GraphDatabase.driver(
                        cfg.uri, auth=auth, connection_timeout=15.0,
                        max_transaction_retry_time=30.0)
                except (ValueError, neo4j.exceptions.ConfigurationError) as exc:
                    message = self._hide_password(str(exc))
                    raise StoreError(f"{cfg.server!r} is not a Neo4j address "
                                     f"(bolt://HOST:7687 or neo4j://HOST:7687): {message}") from None
                # one plain round trip first: an unreachable server, a wrong password or a
                # missing database fails here at once, not after transaction retries
                try:
                    with driver.session(database=cfg.database) as s:
                        s.run("RETURN 1").consume()
                except BaseException:
                    driver.close()
                    raise
                self._driver = driver
        return self._driver

    @contextmanager
    def _session(self, write: bool = True) -> Iterator[Any]:
        import neo4j

        driver = self._connect()
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        with self._errors("session"):
            with driver.session(database=self.config.database, default_access_mode=mode) as s:
                yield s

    def verify(self) -> str:
        """Connect, log in and open the database; returns what the server says it is."""
        driver = self._connect()
        with self._errors("ask"):
            return str(driver.get_server_info().agent)

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        """Driver errors -> StoreError: one line, naming the server, never the password."""
        try:
            yield
        except StoreError:
            raise
        except _WritesInReadMode as exc:
            raise StoreError(str(exc)) from None
        except Exception as exc:  # noqa: BLE001 - narrowed below, the driver's classes are lazy
            mod = type(exc).__module__ or ""
            if not mod.startswith("neo4j"):
                raise
            raise StoreError(self._explain(exc, doing)) from None

    def _explain(self, exc: Exception, doing: str) -> str:
        """One line for a driver error; `doing` names the step for unexpected ones."""
        from neo4j import exceptions as nx_errors

        where = self.config.where
        code = getattr(exc, "code", "") or ""
        message = " ".join(str(getattr(exc, "message", None) or exc).split())
        message = self._hide_password(message)
        if isinstance(exc, nx_errors.AuthError) or code.endswith("Unauthorized"):
            return (f"Neo4j at {self.config.server} refused the login of user {self.config.username!r}: wrong "
                    f"user name or password (NEO4J_USERNAME / NEO4J_PASSWORD)")
        if code.endswith("DatabaseNotFound"):
            return f"Neo4j at {self.config.server} has no database {self.config.database!r}"
        if isinstance(exc, (nx_errors.ServiceUnavailable, nx_errors.SessionExpired)):
            return f"cannot reach Neo4j at {self.config.server}: {message or 'no answer'}"
        if code.endswith("AccessMode") or "read access mode" in message.lower():
            return _WritesInReadMode.MESSAGE
        if isinstance(exc, nx_errors.CypherSyntaxError) or ".Syntax" in code:
            return f"Neo4j at {where} cannot read the query: {message}"
        if isinstance(exc, nx_errors.ClientError):
            return f"Neo4j at {where} refused the query: {message}"
        return f"Neo4j at {where} failed ({doing}): {message}"

    def _hide_password(self, text: str) -> str:
        secret = self.config.password
        return text.replace(secret, "***") if secret and len(secret) >= 3 else text

    def close(self) -> None:
        driver, self._driver = self._driver, None
        if driver is not None:
            try:
                driver.close()
            except Exception:  # noqa: BLE001 - closing a dead connection: nothing to report
                pass

    # ------------------------------------------------------------------ schema
    def ensure_schema(self) -> None:
        """Create the constraints and indexes (IF NOT EXISTS: harmless when they exist)."""
        if self._schema_done:
            return
        with self._session() as s:
            for statement in SCHEMA:
                s.run(statement).consume()
        self._schema_done = True

    # ------------------------------------------------------------------ writing
    def write(self, resolution: Resolution) -> None:
        """Make the database hold exactly `resolution` (the GraphStore contract): everything
        else diplograph put there, whoever wrote it, is removed."""
        self.sync(resolution, writer=EXACT, exact=True)

    def push(self, resolution: Resolution, *, writer: str | None = None,
             progress: Callable[[str, int], None] | None = None) -> PushReport:
        """Add `resolution` to what the database holds, as `writer` (see the module doc)."""
        return self.sync(resolution, writer=writer or self.writer, exact=False,
                         progress=progress)

    def sync(self, resolution: Resolution, *, writer: str, exact: bool,
             progress: Callable[[str, int], None] | None = None) -> PushReport:
        _check_unique(resolution)
        started = time.perf_counter()
        self.ensure_schema()
        job = _Sync(self, resolution, writer, exact, progress)
        with self._errors("write to"):
            job.run()
        return PushReport(actors=job.sent["actors"], events=job.sent["events"],
                          documents=job.sent["documents"], redirects=job.sent["redirects"],
                          unchanged=job.unchanged, removed=job.removed, merged=job.merged,
                          seconds=round(time.perf_counter() - started, 3))

    def _write_batches(self, query: str, rows: Sequence[dict], **params: Any) -> None:
        """`UNWIND $rows ...` in transactions of `batch_size` rows (retried on transient
        errors such as a deadlock with another writer)."""
        for i in range(0, len(rows), self.batch_size):
            chunk = list(rows[i:i + self.batch_size])
            self._write_tx(lambda tx, c=chunk: tx.run(query, rows=c, **params).consume())

    def _write_tx(self, work: Callable[[Any], Any]) -> Any:
        with self._session() as s:
            return s.execute_write(work)

    def _read(self, query: str, **params: Any) -> list[Any]:
        """Rows of a read query, as lists of plain values."""
        def work(tx):
            return [list(r.values()) for r in tx.run(query, **params)]

        with self._session(write=False) as s:
            return s.execute_read(work)

    # ------------------------------------------------------------------ reading
    def actors(self) -> list[Actor]:
        out = []
        for label in ACTOR_LABELS:
            for (props,) in self._read(f"MATCH (n:{label}) RETURN properties(n)"):
                out.append(_actor(label, props))
        return sorted(out, key=lambda a: a.id)

    def events(self) -> list[Event]:
        return sorted((_event(p) for (p,) in self._read("MATCH (e:Event) RETURN properties(e)")),
                      key=lambda e: e.id)

    def documents(self) -> list[Document]:
        """Document metadata; the text stays in the ledger (`text` is "")."""
        return sorted((_document(p) for (p,) in
                       self._read("MATCH (d:Document) RETURN properties(d)")),
                      key=lambda d: d.id)

    def redirect_records(self) -> list[Redirect]:
        rows = self._read("MATCH (r:Redirect) RETURN r.id, r.new_id, r.reason")
        return sorted((Redirect(o, n, r or "") for o, n, r in rows), key=lambda r: r.old_id)

    def redirects(self) -> dict[str, str]:
        return {r.old_id: r.new_id for r in self.redirect_records()}

    def stats(self) -> dict[str, int]:
        """The ledger's counts, for what Neo4j holds (no extractions or corrections here)."""
        one = lambda q: (self._read(q) or [[0]])[0][0] or 0  # noqa: E731
        out: dict[str, int] = {"documents": one("MATCH (d:Document) RETURN count(d)")}
        by_type = {t: one(f"MATCH (n:{t}) RETURN count(n)") for t in ACTOR_LABELS}
        out["actors"] = sum(by_type.values())
        out.update({f"actors_{t}": n for t, n in by_type.items()})
        out["events"] = one("MATCH (e:Event) RETURN count(e)")
        for t, n in sorted(self._read("MATCH (e:Event) RETURN e.type, count(e)")):
            out[f"events_{t}"] = n
        out["evidence"] = one("MATCH (e:Event) RETURN sum(size(e.evidence))")
        out["redirects"] = one("MATCH (r:Redirect) RETURN count(r)")
        return out

    def has_gds(self) -> bool:
        """Whether the server has Graph Data Science: its procedures, not only gds.version()
        (ArcadeDB answers gds.version() but has no gds.graph.project)."""
        try:
            rows = self._read("SHOW PROCEDURES YIELD name WHERE name = 'gds.graph.project' "
                              "RETURN count(*)")
        except StoreError:
            return False
        return bool(rows and rows[0][0])

    # ------------------------------------------------------------------ queries
    def query(self, cypher: str, params: dict[str, Any] | None = None, *,
              write: bool = False) -> QueryResult:
        """Run Cypher (several statements separated by `;` run in turn; the last one's rows
        come back). Read-only unless `write`: the session is in READ mode and a statement
        that would change anything is rolled back with an error, also on servers that do
        not enforce the access mode."""
        statements = split_statements(cypher)
        if not statements:
            raise StoreError("the query is empty")
        params = dict(params or {})
        result = QueryResult(columns=())
        for statement in statements:
            used = {k: v for k, v in params.items() if re.search(rf"\${re.escape(k)}\b", statement)}
            result = self._query_one(statement, used, write)
        return result

    def _query_one(self, statement: str, params: dict[str, Any], write: bool) -> QueryResult:
        def work(tx):
            res = tx.run(statement, params)
            keys = tuple(res.keys())
            rows = tuple(tuple(plain(v) for v in r.values()) for r in res)
            counters = res.consume().counters
            if not write and (counters.contains_updates or counters.contains_system_updates):
                raise _WritesInReadMode(_WritesInReadMode.MESSAGE)  # rolls the transaction back
            return QueryResult(columns=keys, rows=rows)

        with self._errors("query"):
            with self._session(write=write) as s:
                if not write:
                    return s.execute_read(work)
                # auto-commit: schema commands and CALL { } IN TRANSACTIONS need it
                res = s.run(statement, params)
                keys = tuple(res.keys())
                return QueryResult(columns=keys,
                                   rows=tuple(tuple(plain(v) for v in r.values()) for r in res))


class _WritesInReadMode(Exception):
    MESSAGE = ("the query would change the Neo4j database and queries are read-only; "
               "add --write to allow it")


# -- one push --------------------------------------------------------------------------------

class _Sync:
    """The steps of one push or write, in an order that never needs an id that is not there:
    documents, actors, redirects (moving merged actors' relationships), events with their
    relationships, affiliations, then what is no longer asserted."""

    def __init__(self, store: Neo4jStore, res: Resolution, writer: str, exact: bool,
                 progress: Callable[[str, int], None] | None):
        self.store, self.res, self.writer, self.exact = store, res, writer, exact
        self.progress = progress or (lambda what, n: None)
        self.label_of = {a.id: a.type for a in res.actors}
        self.sent: dict[str, int] = defaultdict(int)
        self.unchanged = self.removed = self.merged = 0

    def run(self) -> None:
        self._documents()
        self._actors()
        self._redirects()
        self._events()
        self._represents()
        self._prune()

    # --- helpers
    def _fresh(self, label: str, rows: list[dict]) -> list[dict]:
        """The rows to send: all of them for an exact write; for a push, those this writer
        has not already pushed as they are."""
        for row in rows:
            row["sync"] = _fingerprint(row)
        if self.exact or not rows:
            return rows
        have = {i: (h, mine) for i, h, mine in self.store._read(
            f"MATCH (n:{label}) WHERE $w IN n.writers RETURN n.id, n.sync, true",
            w=self.writer)}
        fresh = [r for r in rows if have.get(r["id"], (None,))[0] != r["sync"]]
        self.unchanged += len(rows) - len(fresh)
        return fresh

    def _set(self, var: str, fields: dict[str, str]) -> str:
        """The SET clause for a node's fields; kinds: value, list (unioned on push), max."""
        parts = []
        for name, kind in fields.items():
            own = f"{var}.{name}"
            if self.exact or kind == "value":
                parts.append(f"{own} = row.{name}")
            elif kind == "list":
                parts.append(f"{own} = coalesce({own}, []) + "
                             f"[x IN row.{name} WHERE NOT x IN coalesce({own}, [])]")
            elif kind == "max":
                parts.append(f"{own} = CASE WHEN {own} > row.{name} THEN {own} "
                             f"ELSE row.{name} END")
        if self.exact:
            parts.append(f"{var}.writers = [$w]")
        else:
            parts.append(f"{var}.writers = coalesce({var}.writers, []) + "
                         f"[x IN [$w] WHERE NOT x IN coalesce({var}.writers, [])]")
        parts.append(f"{var}.sync = row.sync")
        return "SET " + ", ".join(parts)

    def _merge_nodes(self, label: str, rows: list[dict], fields: dict[str, str],
                     after: str = "") -> None:
        query = f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) {self._set('n', fields)}"
        self.store._write_batches(query + after, rows, w=self.writer)

    # --- steps
    def _documents(self) -> None:
        rows = self._fresh("Document", [_document_row(d) for d in self.res.documents])
        self._merge_nodes("Document", rows, _DOCUMENT_FIELDS)
        self.sent["documents"] += len(rows)
        self.progress("documents", len(rows))

    def _actors(self) -> None:
        by_label: dict[str, list[dict]] = defaultdict(list)
        for a in self.res.actors:
            by_label[a.type].append(_actor_row(a))
        for label, rows in sorted(by_label.items()):
            _check_label(label)
            rows = self._fresh(label, rows)
            self._merge_nodes(label, rows, _ACTOR_FIELDS)
            self.sent["actors"] += len(rows)
            self.progress("actors", len(rows))

    def _redirects(self) -> None:
        rows = [{"id": r.old_id, "new_id": r.new_id, "reason": r.reason}
                for r in self.res.redirects]
        fresh = self._fresh("Redirect", rows)
        self._merge_nodes("Redirect", fresh, {"new_id": "value", "reason": "value"})
        self.sent["redirects"] += len(fresh)
        if not rows:
            return
        # the old actor nodes still there, whatever writer made them, and their survivors
        olds = [r["id"] for r in rows]
        found: list[tuple[str, str]] = []
        for label in ACTOR_LABELS:
            found += [(i, label) for (i,) in self.store._read(
                f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n.id", ids=olds)]
        target = {r.old_id: r.new_id for r in self.res.redirects}
        for old, old_label in found:
            new = target[old]
            new_label = self.label_of.get(new) or self._label_in_db(new)
            if new_label is None or old == new:
                continue  # the survivor is not there: nothing to move to yet
            self.store._write_tx(lambda tx, o=old, ol=old_label, n=new, nl=new_label:
                                 _move_actor(tx, o, ol, n, nl))
            self.merged += 1
            self.removed += 1

    def _label_in_db(self, actor_id: str) -> str | None:
        for label in ACTOR_LABELS:
            if self.store._read(f"MATCH (n:{label} {{id: $i}}) RETURN count(n)", i=actor_id)[0][0]:
                return label
        return None

    def _events(self) -> None:
        rows = self._fresh("Event", [_event_row(e) for e in self.res.events])
        events = {e.id: e for e in self.res.events}
        size = self.store.batch_size
        node_query = ("UNWIND $rows AS row MERGE (n:Event {id: row.id}) "
                      + self._set("n", _EVENT_FIELDS) + " SET n.reports = size(n.documents)")
        for i in range(0, len(rows), size):
            chunk = rows[i:i + size]
            batch = [events[r["id"]] for r in chunk]
            self.store._write_tx(lambda tx, c=chunk, b=batch: self._event_batch(tx, node_query, c, b))
            self.sent["events"] += len(chunk)
            self.progress("events", len(chunk))

    def _event_batch(self, tx, node_query: str, rows: list[dict], batch: list[Event]) -> None:
        """One transaction: the event nodes, then their relationships grouped by label (so
        each MATCH uses the id constraint's index)."""
        tx.run(node_query, rows=rows, w=self.writer).consume()
        roles: dict[tuple[str, str], list[dict]] = defaultdict(list)
        dyads: dict[str, list[dict]] = defaultdict(list)
        reports: list[dict] = []
        for e in batch:
            for actor, role in _roles(e):
                if actor in self.label_of:
                    roles[(role, self.label_of[actor])].append({"e": e.id, "a": actor})
            for doc in e.documents:
                reports.append({"e": e.id, "d": doc})
            for a, b in _dyads(e):
                if a in self.label_of and b in self.label_of:
                    dyads[e.type].append({"e": e.id, "a": a, "b": b})
        for (role, label), pairs in sorted(roles.items()):
            tx.run(f"UNWIND $rows AS p MATCH (e:Event {{id: p.e}}) MATCH (a:{label} {{id: p.a}}) "
                   f"MERGE (e)-[:{role}]->(a)", rows=pairs).consume()
        if reports:
            tx.run("UNWIND $rows AS p MATCH (e:Event {id: p.e}) MATCH (d:Document {id: p.d}) "
                   "MERGE (e)-[:REPORTED_IN]->(d)", rows=reports).consume()
        # the projected relationships reach their actors through the event's role links
        # just made (one query per PLOVER type, whatever the actors' labels)
        for rel, pairs in sorted(dyads.items()):
            _check_type(rel)
            first, second = (("PARTICIPANT", "PARTICIPANT") if rel in SYMMETRIC_TYPES
                             else ("SOURCE", "TARGET"))
            tx.run(f"UNWIND $rows AS p MATCH (e:Event {{id: p.e}})-[:{first}]->(a) "
                   f"WHERE a.id = p.a MATCH (e)-[:{second}]->(b) WHERE b.id = p.b "
                   f"MERGE (a)-[r:{rel} {{event_id: p.e}}]->(b) {_PROJECTED_SET}",
                   rows=pairs).consume()

    def _represents(self) -> None:
        """(Person)-[:REPRESENTS {title}]->(Country) for every person with a country, whether
        the country came from this writer or another; a changed country moves it."""
        rows = [{"id": a.id, "cid": f"country:{a.country}" if a.country else None,
                 "title": a.titles[0] if a.titles else ""}
                for a in self.res.actors if a.type == "Person"]
        self.store._write_batches(
            "UNWIND $rows AS row MATCH (p:Person {id: row.id})-[r:REPRESENTS]->(c) "
            "WHERE row.cid IS NULL OR c.id <> row.cid DELETE r", rows)
        self.store._write_batches(
            "UNWIND $rows AS row MATCH (p:Person {id: row.id}) MATCH (c:Country {id: row.cid}) "
            "MERGE (p)-[r:REPRESENTS]->(c) SET r.title = row.title",
            [r for r in rows if r["cid"]])

    def _prune(self) -> None:
        """Remove what is no longer asserted: for `write`, everything not in the resolution;
        for a push, this writer's claim on what it no longer holds (a node goes when no
        writer claims it any more)."""
        keep = {"Event": {e.id for e in self.res.events},
                "Document": {d.id for d in self.res.documents},
                "Redirect": {r.old_id for r in self.res.redirects}}
        for label in ACTOR_LABELS:
            keep[label] = {a.id for a in self.res.actors if a.type == label}
        for label in ("Event", *ACTOR_LABELS, "Document", "Redirect"):
            if self.exact:
                ids = [i for (i,) in self.store._read(f"MATCH (n:{label}) RETURN n.id")]
            else:
                ids = [i for (i,) in self.store._read(
                    f"MATCH (n:{label}) WHERE $w IN n.writers RETURN n.id", w=self.writer)]
            stale = sorted(set(ids) - keep[label])
            if not stale:
                continue
            if not self.exact:
                # drop this writer's claim; only the nodes nobody else claims go
                rows = [{"id": i} for i in stale]
                self.store._write_batches(
                    f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) "
                    f"SET n.writers = [x IN n.writers WHERE x <> $w]", rows, w=self.writer)
                stale = [i for (i,) in self.store._read(
                    f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) WHERE size(n.writers) = 0 "
                    f"RETURN n.id", ids=stale)]
            rows = [{"id": i} for i in stale]
            if label == "Event":  # its projected relationships carry its id, not a link
                self.store._write_batches(
                    "UNWIND $rows AS row MATCH (e:Event {id: row.id})-->(a)-[r]-() "
                    "WHERE r.event_id = row.id WITH DISTINCT r DELETE r", rows)
            self.store._write_batches(
                f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) DETACH DELETE n", rows)
            self.removed += len(stale)


def _move_actor(tx, old: str, old_label: str, new: str, new_label: str) -> None:
    """Apply one merge in the database: every relationship of the old actor node moves to
    the survivor (projected PLOVER ones, event roles, affiliations), events that name the old
    id name the new one, the survivor gains the old node's names and writers, and the old
    node goes. One transaction."""
    o = f"(o:{old_label} {{id: $old}})"
    n = f"(n:{new_label} {{id: $new}})"
    types = [t for (t,) in (r.values() for r in tx.run(
        f"MATCH {o}-[r]-() RETURN DISTINCT type(r)", old=old))]
    for rel in types:
        if rel in ROLES:
            tx.run(f"MATCH {o}<-[r:{rel}]-(e:Event) MATCH {n} MERGE (e)-[:{rel}]->(n) "
                   f"DELETE r", old=old, new=new).consume()
        elif rel == "REPRESENTS":
            tx.run(f"MATCH {o}-[r:REPRESENTS]->(c) MATCH {n} WHERE c <> n "
                   f"MERGE (n)-[r2:REPRESENTS]->(c) SET r2.title = r.title", old=old, new=new).consume()
            tx.run(f"MATCH {o}<-[r:REPRESENTS]-(p) MATCH {n} WHERE p <> n "
                   f"MERGE (p)-[r2:REPRESENTS]->(n) SET r2.title = r.title", old=old, new=new).consume()
        elif rel in PLOVER_TYPES:
            tx.run(f"MATCH {o}-[r:{rel}]->(x) MATCH {n} WHERE x <> n AND x <> o "
                   f"MERGE (n)-[r2:{rel} {{event_id: r.event_id}}]->(x) SET r2 += properties(r)",
                   old=old, new=new).consume()
            tx.run(f"MATCH {o}<-[r:{rel}]-(x) MATCH {n} WHERE x <> n AND x <> o "
                   f"MERGE (x)-[r2:{rel} {{event_id: r.event_id}}]->(n) SET r2 += properties(r)",
                   old=old, new=new).consume()
    tx.run("MATCH (e:Event) WHERE $old IN e.source OR $old IN e.target OR e.location = $old "
           "SET e.source = [x IN e.source | CASE WHEN x = $old THEN $new ELSE x END], "
           "e.target = [x IN e.target | CASE WHEN x = $old THEN $new ELSE x END], "
           "e.location = CASE WHEN e.location = $old THEN $new ELSE e.location END",
           old=old, new=new).consume()
    union = ", ".join(f"n.{f} = coalesce(n.{f}, []) + [x IN coalesce(o.{f}, []) "
                      f"WHERE NOT x IN coalesce(n.{f}, [])]"
                      for f in ("aliases", "documents", "reasons", "writers"))
    tx.run(f"MATCH {o} MATCH {n} SET {union}", old=old, new=new).consume()
    tx.run(f"MATCH {o} DETACH DELETE o", old=old).consume()


# -- rows and records -------------------------------------------------------------------------

_ACTOR_FIELDS = {"name": "value", "type": "value", "country": "value", "title": "value",
                 "mentions": "max", "aliases": "list", "titles": "list", "documents": "list",
                 "reasons": "list"}
_DOCUMENT_FIELDS = {"title": "value", "published": "value", "url": "value", "source": "value"}
_EVENT_FIELDS = {"type": "value", "name": "value", "mode": "value", "date": "value",
                 "precision": "value", "date_start": "value", "date_end": "value",
                 "location": "value", "status": "value", "source": "value", "target": "value",
                 "confidence": "max", "evidence": "list", "details": "list", "documents": "list"}
_PROJECTED_SET = ("SET r.date = e.date, r.date_start = e.date_start, r.date_end = e.date_end, "
                  "r.mode = e.mode, r.status = e.status, r.confidence = e.confidence, "
                  "r.reports = e.reports")
_SAFE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def _check_label(label: str) -> None:
    if label not in ACTOR_LABELS:
        raise StoreError(f"cannot write an actor of type {label!r} to Neo4j; actor types are "
                         f"{', '.join(ACTOR_LABELS)}")


def _check_type(rel: str) -> None:
    if not _SAFE_NAME.match(rel):  # it becomes a relationship type in the query text
        raise StoreError(f"cannot write an event of type {rel!r} to Neo4j; PLOVER types are "
                         f"{', '.join(PLOVER_TYPES)}")


def _check_unique(res: Resolution) -> None:
    for what, ids in (("actor", [a.id for a in res.actors]), ("event", [e.id for e in res.events]),
                      ("document", [d.id for d in res.documents]),
                      ("redirect", [r.old_id for r in res.redirects])):
        if len(set(ids)) != len(ids):
            seen: set[str] = set()
            twice = sorted({i for i in ids if i in seen or seen.add(i)})[:3]
            raise StoreError(f"cannot write to Neo4j: the resolution has the {what} id "
                             f"{', '.join(map(repr, twice))} more than once; nothing was sent")
    for a in res.actors:
        _check_label(a.type)
    for e in res.events:
        _check_type(e.type)


def _fingerprint(row: dict) -> str:
    blob = json.dumps({k: v for k, v in row.items() if k != "sync"}, sort_keys=True,
                      default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:24]


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text and len(text) == 10 else None
    except ValueError:
        return None


def _actor_row(a: Actor) -> dict:
    return {"id": a.id, "name": a.name, "type": a.type, "country": a.country,
            "title": a.titles[0] if a.titles else None, "mentions": a.mentions,
            "aliases": list(a.aliases), "titles": list(a.titles),
            "documents": list(a.documents), "reasons": list(a.reasons)}


def _document_row(d: Document) -> dict:
    return {"id": d.id, "title": d.title, "published": _day(d.published) or d.published,
            "url": d.url, "source": d.source}


def _event_row(e: Event) -> dict:
    from diplograph.dates import interval

    span = interval(e.date) if e.date else None
    day = _day(e.date) if e.precision in (None, "day") else None
    return {"id": e.id, "type": e.type, "name": f"{e.type} {e.date or ''}".strip(),
            "mode": e.mode, "date": day or e.date, "precision": e.precision,
            "date_start": span[0] if span else None, "date_end": span[1] if span else None,
            "location": e.location, "status": e.status, "confidence": e.confidence,
            "source": list(e.source), "target": list(e.target),
            "evidence": [_json(v.to_dict()) for v in e.evidence],
            "details": [_json(list(d)) for d in e.details],
            "documents": list(e.documents)}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _text(value: Any) -> str | None:
    """A stored date (Cypher date or string) as the ISO string the records use."""
    if value is None:
        return None
    iso = getattr(value, "iso_format", None)
    return iso() if callable(iso) else str(value)


def _actor(label: str, p: dict) -> Actor:
    return Actor(id=p["id"], name=p.get("name") or "", type=p.get("type") or label,
                 aliases=tuple(p.get("aliases") or ()), country=p.get("country"),
                 titles=tuple(p.get("titles") or ()), mentions=int(p.get("mentions") or 0),
                 documents=tuple(p.get("documents") or ()), reasons=tuple(p.get("reasons") or ()))


def _event(p: dict) -> Event:
    return Event(
        id=p["id"], type=p.get("type") or "", source=tuple(p.get("source") or ()),
        target=tuple(p.get("target") or ()), mode=p.get("mode"), date=_text(p.get("date")),
        precision=p.get("precision"), location=p.get("location"),
        status=p.get("status") or "occurred", confidence=float(p.get("confidence") or 0.0),
        evidence=tuple(Evidence.from_dict(json.loads(v)) for v in p.get("evidence") or ()),
        details=tuple(tuple(json.loads(v)) for v in p.get("details") or ()))


def _document(p: dict) -> Document:
    return Document(id=p["id"], text="", title=p.get("title") or "",
                    published=_text(p.get("published")), url=p.get("url") or "",
                    source=p.get("source") or "")


def _roles(e: Event) -> list[tuple[str, str]]:
    if e.type in SYMMETRIC_TYPES:
        return [(a, "PARTICIPANT") for a in e.participants]
    return [(a, "SOURCE") for a in e.source] + [(a, "TARGET") for a in e.target]


def _dyads(e: Event) -> list[tuple[str, str]]:
    from diplograph.graph import event_dyads

    return event_dyads(e)


def plain(value: Any) -> Any:
    """A driver value as plain JSON-able data: dates as ISO strings, nodes and relationships
    as their properties (an event's evidence decoded back to records' dicts), paths as lists."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    iso = getattr(value, "iso_format", None)
    if callable(iso):
        return iso()
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    nodes = getattr(value, "nodes", None)
    if nodes is not None and hasattr(value, "relationships"):  # a Path
        return [plain(n) for n in nodes]
    if hasattr(value, "items") and hasattr(value, "element_id"):  # a Node or Relationship
        props = {k: plain(v) for k, v in value.items()}
        if "Event" in getattr(value, "labels", ()):
            for key in ("evidence", "details"):
                if isinstance(props.get(key), list):
                    props[key] = [_decoded(v) for v in props[key]]
        return props
    if hasattr(value, "months") and hasattr(value, "seconds"):  # a Duration
        return str(value)
    return str(value)


def _decoded(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def split_statements(cypher: str) -> list[str]:
    """Cypher text split at top-level `;` (not inside strings, backticks or comments), with
    comment-only pieces dropped."""
    out, buf, i, quote = [], [], 0, ""
    text = cypher
    while i < len(text):
        c = text[i]
        if quote:
            buf.append(c)
            if c == "\\" and quote != "`" and i + 1 < len(text):
                buf.append(text[i + 1])
                i += 1
            elif c == quote:
                quote = ""
        elif c in "'\"`":
            quote = c
            buf.append(c)
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = len(text) if end < 0 else end + 2
            continue
        elif c == ";":
            out.append("".join(buf))
            buf = []
        else:
            buf.append(c)
        i += 1
    out.append("".join(buf))
    return [s.strip() for s in out if s.strip()]
