"""The `diplograph-export/1` JSON format that ../shared/eval/score.py reads.

entities: every actor (and place) with id, name, type, aliases (+ country, title); a person's
aliases leave out lone words that do not name him alone (a surname two people share, a bare
title word), and a country's the lower-case words that stood for its government ("junta"),
which the store keeps;
interactions: every event read from text that happened, with source/target (for a symmetric
event, its two sides), participants, date, location, status, confidence and evidence [{doc,
text, start, end}] whose offsets slice the document text; unrealised: the same for meetings and
visits told as planned, and for any act told as cancelled or refused (read from text too, but not
interactions that took place: the annotation convention of ../shared/eval leaves them out);
documents: [{id, published, title}].

The file is `json.dumps(export, ensure_ascii=False, indent=1)` plus a newline, written a piece
at a time: `write_store_json` streams a whole ledger's events from its table, so exporting
100,000 events holds one event at a time, not all of them and the whole text.
"""
from __future__ import annotations

import json
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any, Iterable, Iterator

from diplograph.records import Actor, Document, Event

__all__ = ["FORMAT", "to_export", "write_json", "write_store_json"]

FORMAT = "diplograph-export/1"
OCCURRED = "occurred"


def to_export(actors: Iterable[Actor], events: Iterable[Event],
              documents: Iterable[Document]) -> dict[str, Any]:
    actors = sorted(actors, key=lambda a: a.id)
    known = {a.id for a in actors}
    interactions, unrealised = [], []
    for e in sorted(events, key=lambda e: e.id):
        item = _interaction(e.id, e.type, e.mode, e.source, e.target, e.date, e.location,
                            e.status, e.confidence,
                            [(ev.doc_id, ev.text, ev.start, ev.end) for ev in e.evidence],
                            e.details, known)
        if item is not None:
            (interactions if _realised(item) else unrealised).append(item)
    shared = _shared_surnames(actors)
    return {"format": FORMAT, "entities": [_entity(a, shared) for a in actors],
            "interactions": interactions, "unrealised": unrealised,
            "documents": _documents(documents)}


def write_json(export: dict[str, Any], out: str | Path) -> Path:
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for chunk in _dump(export, ""):
            fh.write(chunk)
        fh.write("\n")
    return path


def write_store_json(store: Any, out: str | Path) -> Path:
    """The export of everything in `store` (a ledger with `event_dicts`), written as
    `write_json(to_export(store.actors(), store.events(), store.documents()), out)` would
    write it, with the events streamed from the ledger instead of decoded all at once."""
    actors = sorted(store.actors(), key=lambda a: a.id)
    known = {a.id for a in actors}

    unrealised: list[dict[str, Any]] = []  # few: kept aside while the rest streams

    def interactions() -> Iterator[dict[str, Any]]:
        for e in store.event_dicts():
            item = _interaction(
                e["id"], e["type"], e.get("mode"), e["source"], e.get("target", ()),
                e.get("date"), e.get("location"), e.get("status", OCCURRED),
                e.get("confidence", 0.5),
                [(v["doc_id"], v["text"], v["start"], v["end"]) for v in e.get("evidence", ())],
                e.get("details", ()), known)
            if item is None:
                continue
            if _realised(item):
                yield item
            else:
                unrealised.append(item)

    shared = _shared_surnames(actors)
    export = {"format": FORMAT, "entities": [_entity(a, shared) for a in actors],
              "interactions": _Stream(interactions()), "unrealised": _Stream(iter(unrealised)),
              "documents": _documents(store.documents())}
    return write_json(export, out)


def _realised(item: dict[str, Any]) -> bool:
    """Did it take place? A meeting or visit only when held; other acts also when decided
    ("agreed to freeze the assets of X" is the sanction) unless called off or refused."""
    if item["type"] == "CONSULT":
        return item["status"] == OCCURRED
    return item["status"] not in ("cancelled", "refused")


def _shared_surnames(actors: list[Actor]) -> frozenset[str]:
    """Last words of names that two or more people bear ("Castro" of Fidel and Raúl Castro):
    as a lone alias such a word names neither of them."""
    bearers: dict[str, set[str]] = {}
    for a in actors:
        if a.type == "Person":
            for name in (a.name, *a.aliases):
                words = name.split()
                if words and words[-1][:1].isupper():
                    bearers.setdefault(words[-1].casefold(), set()).add(a.id)
    return frozenset(w for w, ids in bearers.items() if len(ids) > 1)


def _identifies(alias: str, a: Actor, shared: frozenset[str]) -> bool:
    """Is `alias` a name for `a` in the export (not its display name, not a surname another
    person shares, not a bare title word such as "head" or "speaker", not a lower-case word
    that stood for a country's government)?"""
    if alias == a.name:
        return False
    if a.type == "Person" and len(alias.split()) == 1:
        return alias[:1].isupper() and alias.casefold() not in shared
    if a.type == "Country" and alias == alias.lower():
        return False  # "junta", "coup leader": what stood for its government, not a name of it
    return True


def _entity(a: Actor, shared: frozenset[str] = frozenset()) -> dict[str, Any]:
    entity: dict[str, Any] = {"id": a.id, "name": a.name, "type": a.type,
                              "aliases": [x for x in a.aliases if _identifies(x, a, shared)]}
    if a.country:
        entity["country"] = a.country
    if a.titles:
        entity["title"] = a.titles[0]
    return entity


def _interaction(event_id: str, type_: str, mode: str | None, source: Iterable[str],
                 target: Iterable[str], date: str | None, location: str | None, status: str,
                 confidence: float, evidence: list[tuple[str, str, int, int]],
                 details: Iterable[Iterable[str]], known: set[str]) -> dict[str, Any] | None:
    """One event as an interaction; None when it does not belong in the export."""
    if not evidence:  # only what was read from text belongs here
        return None
    source = [x for x in source if x in known]
    target = [x for x in target if x in known]
    participants = list(dict.fromkeys((*source, *target)))
    if not participants:
        return None
    return {
        "id": event_id, "type": type_, "mode": mode, "source": source, "target": target,
        "participants": participants, "date": date,
        "location": location if location in known else None,
        "status": status, "confidence": confidence,
        "evidence": [{"doc": doc, "text": text, "start": start, "end": end}
                     for doc, text, start, end in evidence],
        # facts the reports give differently, side by side with the document that says so
        "details": [{"field": f, "value": v, "doc": d} for f, v, d in details],
    }


def _documents(documents: Iterable[Document]) -> list[dict[str, Any]]:
    return [{"id": d.id, "published": d.published, "title": d.title}
            for d in sorted(documents, key=lambda d: d.id)]


class _Stream:
    """A list's place in the export, filled from an iterator as it is written."""

    def __init__(self, items: Iterator[Any]):
        self.items = items


def _dump(value: Any, indent: str) -> Iterator[str]:
    """`json.dumps(value, ensure_ascii=False, indent=1)` in pieces (one per item of the top
    level), `indent` being the current indentation; a `_Stream` is written as a list."""
    if isinstance(value, dict) and value:
        inner = indent + " "
        yield "{"
        for n, (key, item) in enumerate(value.items()):
            yield f"{',' if n else ''}\n{inner}{encode_basestring(str(key))}: "
            if isinstance(item, (dict, list, _Stream)) and indent == "":
                yield from _dump(item, inner)
            else:
                yield _text(item, inner)
        yield f"\n{indent}}}"
    elif isinstance(value, (list, _Stream)):
        items = value.items if isinstance(value, _Stream) else iter(value)
        inner = indent + " "
        first = True
        for item in items:
            yield f"{'[' if first else ','}\n{inner}{_text(item, inner)}"
            first = False
        yield "[]" if first else f"\n{indent}]"
    else:
        yield _text(value, indent)


def _text(value: Any, indent: str) -> str:
    """One value as `json.dumps(..., ensure_ascii=False, indent=1)` writes it at `indent`."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return json.dumps(value)  # repr, or NaN / Infinity as json writes them
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = indent + " "
        return ("[\n" + inner + (",\n" + inner).join([_text(x, inner) for x in value])
                + "\n" + indent + "]")
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + " "
        return ("{\n" + inner + (",\n" + inner).join(
            [encode_basestring(str(k)) + ": " + _text(x, inner) for k, x in value.items()])
                + "\n" + indent + "}")
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
