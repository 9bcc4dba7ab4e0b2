"""CSV files in the `neo4j-admin database import` header format, for a bulk load into Neo4j.

OUT is a directory. The graph has the shape `diplograph push` gives a Neo4j database (see
`diplograph.store.neo4j`): actor nodes labelled Person / Country / Organization / Place,
`Event` and `Document` nodes, `Redirect` nodes for merged actor ids; SOURCE / TARGET /
PARTICIPANT from events to actors, REPORTED_IN from events to documents, REPRESENTS from
people to their countries, and each event projected onto actor-to-actor relationships named
by its PLOVER type. Every node keeps its diplograph id in the `id` property; ids live in four
ID spaces (Actor, Event, Document, Redirect) so a document id can never clash with an actor's.

Values: `date_start` / `date_end` (and a document's `published`) are Cypher dates; an event's
`date` stays the string diplograph writes ("2023-06", "2023-05-10/2023-05-11", ...); an
event's evidence and details are lists of JSON strings (as the Neo4j store keeps them).
Arrays are separated by TAB (`--array-delimiter=TAB`): JSON never holds a raw tab and names
have theirs turned into spaces, so no value can split an array. Fields are quoted as RFC 4180
says; a title may run over several lines (`--multiline-fields=true`). `import.sh` in the
directory runs the import with exactly these options.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any, Iterable, Sequence

from diplograph.dates import interval
from diplograph.graph import event_dyads
from diplograph.records import ENTITY_TYPES, SYMMETRIC_TYPES, Actor, Document, Event, Redirect

__all__ = ["FILES", "ARRAY_DELIMITER", "write_csv", "import_command", "read_csv"]

ARRAY_DELIMITER = "\t"
FILES = {  # file -> (what it holds, nodes or relationships)
    "actors.csv": "nodes", "events.csv": "nodes", "documents.csv": "nodes",
    "redirects.csv": "nodes", "relations.csv": "relationships", "roles.csv": "relationships",
    "reported_in.csv": "relationships", "represents.csv": "relationships",
}
_HEADERS = {
    "actors.csv": ["id:ID(Actor)", ":LABEL", "name", "type", "country", "title", "mentions:int",
                   "aliases:string[]", "titles:string[]", "documents:string[]",
                   "reasons:string[]"],
    "events.csv": ["id:ID(Event)", ":LABEL", "type", "name", "mode", "date", "precision",
                   "date_start:date", "date_end:date", "location", "status", "confidence:double",
                   "reports:int", "source:string[]", "target:string[]", "documents:string[]",
                   "evidence:string[]", "details:string[]"],
    "documents.csv": ["id:ID(Document)", ":LABEL", "title", "published:date", "url", "source"],
    "redirects.csv": ["id:ID(Redirect)", ":LABEL", "new_id", "reason"],
    "relations.csv": [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "event_id", "date",
                      "date_start:date", "date_end:date", "mode", "status", "confidence:double",
                      "reports:int"],
    "roles.csv": [":START_ID(Event)", ":END_ID(Actor)", ":TYPE"],
    "reported_in.csv": [":START_ID(Event)", ":END_ID(Document)", ":TYPE"],
    "represents.csv": [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "title"],
}
_TYPE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def write_csv(actors: Iterable[Actor], events: Iterable[Event], documents: Iterable[Document],
              out: str | Path, redirects: Iterable[Redirect] = ()) -> Path:
    """Write the eight CSV files and `import.sh` into the directory `out` (made if needed);
    returns the directory. Relationships to actors or documents that are not written are
    left out, so the files always import without a missing-node error."""
    actors = sorted(actors, key=lambda a: a.id)
    events = sorted(events, key=lambda e: e.id)
    documents = sorted(documents, key=lambda d: d.id)
    known = {a.id for a in actors}
    doc_ids = {d.id for d in documents}
    for a in actors:
        if a.type not in ENTITY_TYPES:
            raise ValueError(f"actor {a.id!r} has the type {a.type!r}; labels are "
                             f"{', '.join(ENTITY_TYPES)}")
    for e in events:
        if not _TYPE_NAME.match(e.type):  # it becomes a relationship type
            raise ValueError(f"event {e.id!r} has the type {e.type!r}, which cannot be a "
                             "relationship type")

    rows: dict[str, list[list[Any]]] = {name: [] for name in _HEADERS}
    for a in actors:
        rows["actors.csv"].append([
            a.id, a.type, a.name, a.type, a.country, a.titles[0] if a.titles else None,
            a.mentions, _array(a.aliases), _array(a.titles), _array(a.documents),
            _array(a.reasons)])
        country = f"country:{a.country}" if a.country else None
        if a.type == "Person" and country in known and country != a.id:
            rows["represents.csv"].append([a.id, country, "REPRESENTS",
                                           a.titles[0] if a.titles else ""])
    for d in documents:
        rows["documents.csv"].append([d.id, "Document", d.title, _day(d.published), d.url,
                                      d.source])
    for r in sorted(redirects, key=lambda r: r.old_id):
        rows["redirects.csv"].append([r.old_id, "Redirect", r.new_id, r.reason])
    for e in events:
        span = interval(e.date)
        start, end = (span[0].isoformat(), span[1].isoformat()) if span else (None, None)
        docs = [d for d in e.documents if d in doc_ids]
        rows["events.csv"].append([
            e.id, "Event", e.type, f"{e.type} {e.date or ''}".strip(), e.mode, e.date,
            e.precision, start, end, e.location, e.status, float(e.confidence), len(e.documents),
            _array(e.source), _array(e.target), _array(e.documents),
            _array(_json(v.to_dict()) for v in e.evidence),
            _array(_json(list(d)) for d in e.details)])
        if e.type in SYMMETRIC_TYPES:
            roles = [(a, "PARTICIPANT") for a in e.participants]
        else:
            roles = [(a, "SOURCE") for a in e.source] + [(a, "TARGET") for a in e.target]
        rows["roles.csv"] += [[e.id, a, role] for a, role in roles if a in known]
        rows["reported_in.csv"] += [[e.id, d, "REPORTED_IN"] for d in docs]
        for a, b in event_dyads(e):
            if a in known and b in known:
                rows["relations.csv"].append([a, b, e.type, e.id, e.date, start, end, e.mode,
                                              e.status, float(e.confidence), len(e.documents)])

    directory = Path(out)
    if directory.exists() and not directory.is_dir():
        raise ValueError(f"{directory} is a file; the CSV export writes a directory")
    directory.mkdir(parents=True, exist_ok=True)
    for name, header in _HEADERS.items():
        # errors="replace": a lone surrogate (from a JSON article's "\ud800") becomes "?"
        with (directory / name).open("w", encoding="utf-8", errors="replace", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows[name])
    script = directory / "import.sh"
    script.write_text(
        "#!/bin/sh\n"
        "# Load these files into a new, empty Neo4j database (the server stopped), then start it\n"
        "# and run diplograph's cypher/schema.cypher for the id constraints and indexes.\n"
        "#   sh import.sh [DATABASE]      (NEO4J_ADMIN: the neo4j-admin to use)\n"
        'cd "$(dirname "$0")" || exit 1\n'
        f"{import_command('${1:-neo4j}', admin='${NEO4J_ADMIN:-neo4j-admin}')}\n",
        encoding="utf-8")
    script.chmod(0o755)
    return directory


def import_command(database: str = "neo4j", admin: str = "neo4j-admin") -> str:
    """The `neo4j-admin database import full` command line for the files, run in their
    directory (Neo4j 5)."""
    parts = [admin, "database", "import", "full", "--overwrite-destination=true",
             "--array-delimiter=TAB", "--multiline-fields=true", "--id-type=string"]
    parts += [f"--{kind}={name}" for name, kind in FILES.items()]
    return " ".join(parts) + f' "{database}"'


def _array(values: Iterable[Any]) -> str | None:
    """An array field: the values joined by TAB (a tab inside a value becomes a space); None
    (no property) for an empty list, as neo4j-admin cannot tell an empty array from a
    missing one."""
    items = [" ".join(str(v).split("\t")) for v in values]
    return ARRAY_DELIMITER.join(items) if items else None


def _json(value: Any) -> str:
    # ensure_ascii: control characters (the tab above all) come out escaped
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"))


def _day(text: str | None) -> str | None:
    try:
        return dt.date.fromisoformat(text).isoformat() if text and len(text) == 10 else None
    except ValueError:
        return None


def read_csv(directory: str | Path) -> dict[str, list[dict[str, Any]]]:
    """The files read back the way neo4j-admin reads them (typed values, TAB arrays, empty
    fields as missing): for tests and for checking an export before a long import."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name in FILES:
        with (Path(directory) / name).open(encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            header = next(reader)
            out[name] = [_typed(header, row) for row in reader]
    return out


def _typed(header: Sequence[str], row: Sequence[str]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for field, value in zip(header, row):
        key, _, kind = field.partition(":")
        key = key or kind.split("(")[0]  # ":LABEL", ":START_ID(Actor)" -> LABEL, START_ID
        if value == "":
            continue
        base = kind.split("(")[0]
        if base.endswith("[]"):
            record[key] = value.split(ARRAY_DELIMITER)
        elif base == "int":
            record[key] = int(value)
        elif base == "double":
            record[key] = float(value)
        elif base == "date":
            record[key] = dt.date.fromisoformat(value)
        else:
            record[key] = value
    return record
