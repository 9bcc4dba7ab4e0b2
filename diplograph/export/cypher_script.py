"""A Cypher script that recreates the graph in any Cypher database (Neo4j, Memgraph, ArcadeDB,
...): `cypher-shell -f graph.cypher`, `diplograph query --neo4j --write --file graph.cypher`.

The graph has the shape `diplograph push` gives Neo4j (see `diplograph.store.neo4j`): actor
nodes labelled by type, Event, Document and Redirect nodes, SOURCE / TARGET / PARTICIPANT,
REPORTED_IN, REPRESENTS, and the events projected onto actor-to-actor relationships named by
their PLOVER type. Statements are `UNWIND [literal rows] AS row MERGE ... SET ...` keyed on the
diplograph ids, so running the script twice changes nothing. Dates are ISO strings (every
Cypher database has strings; not all have dates), which sort and compare correctly.

Values are written as literals, never spliced: a string is single-quoted with backslash,
quote, control and separator characters escaped (\\\\, \\', \\n, \\uXXXX ...), and `;` is
written as \\u003B so that even a client that naively splits a script at semicolons cannot
cut a string open. Labels and relationship types come from fixed vocabularies and are checked.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Iterator

from diplograph.dates import interval
from diplograph.graph import event_dyads
from diplograph.records import ENTITY_TYPES, SYMMETRIC_TYPES, Actor, Document, Event, Redirect

__all__ = ["cypher_literal", "cypher_statements", "write_cypher", "SCHEMA"]

_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_BATCH = 200
# Neo4j 5 syntax (also read by ArcadeDB); other databases: pass schema=False
SCHEMA = tuple(
    f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
    for label in (*ENTITY_TYPES, "Event", "Document", "Redirect"))
_ESCAPES = {"\\": "\\\\", "'": "\\'", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}


def cypher_literal(value: Any) -> str:
    """`value` (None, bool, int, float, str, list/tuple, dict with name keys) as a Cypher
    literal."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} has no Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return "'" + "".join(_escape(c) for c in value) + "'"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_name(k)}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write a {type(value).__name__} ({value!r}) as a Cypher literal")


def _escape(c: str) -> str:
    if c in _ESCAPES:
        return _ESCAPES[c]
    code = ord(c)
    # control characters, ';' (see the module doc), line/paragraph separators, and lone
    # surrogates (which no encoder would write) as \\uXXXX
    if code < 0x20 or c == ";" or 0x7F <= code < 0xA0 or code in (0x2028, 0x2029) \
            or 0xD800 <= code <= 0xDFFF:
        return f"\\u{code:04X}"
    return c


def _name(name: str) -> str:
    """A property key, label or relationship type: only plain names, checked."""
    if not _NAME.match(name):
        raise ValueError(f"{name!r} cannot be a Cypher name here")
    return name


def cypher_statements(actors: Iterable[Actor], events: Iterable[Event],
                      documents: Iterable[Document], redirects: Iterable[Redirect] = (),
                      schema: bool = True, batch: int = _BATCH) -> Iterator[str]:
    """The statements of the script, in an order in which every MATCH finds its node."""
    actors = sorted(actors, key=lambda a: a.id)
    events = sorted(events, key=lambda e: e.id)
    documents = sorted(documents, key=lambda d: d.id)
    label_of = {a.id: a.type for a in actors}
    doc_ids = {d.id for d in documents}
    for a in actors:
        if a.type not in ENTITY_TYPES:
            raise ValueError(f"actor {a.id!r} has the type {a.type!r}; labels are "
                             f"{', '.join(ENTITY_TYPES)}")
    if schema:
        yield from SCHEMA

    def nodes(label: str, rows: list[dict]) -> Iterator[str]:
        for chunk in _chunks(rows, batch):
            yield (f"UNWIND {cypher_literal(chunk)} AS row "
                   f"MERGE (n:{_name(label)} {{id: row.id}}) SET n += row")

    yield from nodes("Document", [{"id": d.id, "title": d.title, "published": d.published,
                                   "url": d.url, "source": d.source} for d in documents])
    by_label: dict[str, list[dict]] = defaultdict(list)
    for a in actors:
        by_label[a.type].append({
            "id": a.id, "name": a.name, "type": a.type, "country": a.country,
            "title": a.titles[0] if a.titles else None, "mentions": a.mentions,
            "aliases": list(a.aliases), "titles": list(a.titles),
            "documents": list(a.documents), "reasons": list(a.reasons)})
    for label in ENTITY_TYPES:
        yield from nodes(label, by_label.get(label, []))
    yield from nodes("Redirect", [{"id": r.old_id, "new_id": r.new_id, "reason": r.reason}
                                  for r in sorted(redirects, key=lambda r: r.old_id)])
    yield from nodes("Event", [_event_row(e) for e in events])

    represents = [{"p": a.id, "c": f"country:{a.country}", "title": a.titles[0] if a.titles else ""}
                  for a in actors if a.type == "Person" and a.country
                  and label_of.get(f"country:{a.country}") == "Country"
                  and f"country:{a.country}" != a.id]
    for chunk in _chunks(represents, batch):
        yield (f"UNWIND {cypher_literal(chunk)} AS row MATCH (p:Person {{id: row.p}}) "
               "MATCH (c:Country {id: row.c}) MERGE (p)-[r:REPRESENTS]->(c) SET r.title = row.title")

    roles: dict[tuple[str, str], list[dict]] = defaultdict(list)
    reports: list[dict] = []
    projected: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for e in events:
        if e.type in SYMMETRIC_TYPES:
            pairs = [(a, "PARTICIPANT") for a in e.participants]
        else:
            pairs = [(a, "SOURCE") for a in e.source] + [(a, "TARGET") for a in e.target]
        for actor, role in pairs:
            if actor in label_of:
                roles[(role, label_of[actor])].append({"e": e.id, "a": actor})
        reports += [{"e": e.id, "d": d} for d in e.documents if d in doc_ids]
        span = interval(e.date)
        props = {"event_id": e.id, "date": e.date,
                 "date_start": span[0].isoformat() if span else None,
                 "date_end": span[1].isoformat() if span else None, "mode": e.mode,
                 "status": e.status, "confidence": float(e.confidence),
                 "reports": len(e.documents)}
        for a, b in event_dyads(e):
            if a in label_of and b in label_of:
                projected[(e.type, label_of[a], label_of[b])].append({"a": a, "b": b, **props})
    for (role, label), rows in sorted(roles.items()):
        for chunk in _chunks(rows, batch):
            yield (f"UNWIND {cypher_literal(chunk)} AS row MATCH (e:Event {{id: row.e}}) "
                   f"MATCH (a:{_name(label)} {{id: row.a}}) MERGE (e)-[:{_name(role)}]->(a)")
    for chunk in _chunks(reports, batch):
        yield (f"UNWIND {cypher_literal(chunk)} AS row MATCH (e:Event {{id: row.e}}) "
               "MATCH (d:Document {id: row.d}) MERGE (e)-[:REPORTED_IN]->(d)")
    for (rel, la, lb), rows in sorted(projected.items()):
        for chunk in _chunks(rows, batch):
            yield (f"UNWIND {cypher_literal(chunk)} AS row MATCH (a:{_name(la)} {{id: row.a}}) "
                   f"MATCH (b:{_name(lb)} {{id: row.b}}) "
                   f"MERGE (a)-[r:{_name(rel)} {{event_id: row.event_id}}]->(b) "
                   "SET r.date = row.date, r.date_start = row.date_start, "
                   "r.date_end = row.date_end, r.mode = row.mode, r.status = row.status, "
                   "r.confidence = row.confidence, r.reports = row.reports")


def write_cypher(actors: Iterable[Actor], events: Iterable[Event], documents: Iterable[Document],
                 out: str | Path, redirects: Iterable[Redirect] = (), schema: bool = True) -> Path:
    """Write the script to `out`: a comment saying how to run it, then one statement per
    line, each ending in `;`."""
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write("// diplograph graph as Cypher: run it in any Cypher database, e.g.\n"
                "//   cypher-shell -f graph.cypher\n"
                "//   diplograph query --neo4j --write --file graph.cypher\n"
                "// Re-running changes nothing (MERGE on the diplograph ids). The first statements\n"
                "// create uniqueness constraints in Neo4j 5 syntax (leave them out for other\n"
                "// databases: diplograph export cypher OUT --no-schema).\n")
        for statement in cypher_statements(actors, events, documents, redirects, schema=schema):
            f.write(statement + ";\n")
    return path


def _event_row(e: Event) -> dict[str, Any]:
    import json

    span = interval(e.date)
    return {"id": e.id, "type": e.type, "name": f"{e.type} {e.date or ''}".strip(),
            "mode": e.mode, "date": e.date, "precision": e.precision,
            "date_start": span[0].isoformat() if span else None,
            "date_end": span[1].isoformat() if span else None,
            "location": e.location, "status": e.status, "confidence": float(e.confidence),
            "source": list(e.source), "target": list(e.target),
            "evidence": [json.dumps(v.to_dict(), ensure_ascii=False, separators=(",", ":"))
                         for v in e.evidence],
            "details": [json.dumps(list(d), ensure_ascii=False, separators=(",", ":"))
                        for d in e.details],
            "documents": list(e.documents), "reports": len(e.documents)}


def _chunks(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]
