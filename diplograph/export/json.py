"""The `diplograph-export/1` JSON format that ../shared/eval/score.py reads.

entities: every actor (and place) with id, name, type, aliases (+ country, title);
interactions: every event read from text, with source/target (for a symmetric event, its two
sides), participants, date, location, status, confidence and evidence [{doc, text, start,
end}] whose offsets slice the document text; documents: [{id, published, title}].
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from diplograph.records import Actor, Document, Event

__all__ = ["FORMAT", "to_export", "write_json"]

FORMAT = "diplograph-export/1"


def to_export(actors: Iterable[Actor], events: Iterable[Event],
              documents: Iterable[Document]) -> dict[str, Any]:
    actors = sorted(actors, key=lambda a: a.id)
    known = {a.id for a in actors}
    entities = []
    for a in actors:
        entity: dict[str, Any] = {"id": a.id, "name": a.name, "type": a.type,
                                  "aliases": [x for x in a.aliases if x != a.name]}
        if a.country:
            entity["country"] = a.country
        if a.titles:
            entity["title"] = a.titles[0]
        entities.append(entity)

    interactions = []
    for e in sorted(events, key=lambda e: e.id):
        if not e.evidence:  # only what was read from text belongs here
            continue
        source = [x for x in e.source if x in known]
        target = [x for x in e.target if x in known]
        participants = [x for x in e.participants if x in known]
        if not participants:
            continue
        interactions.append({
            "id": e.id, "type": e.type, "mode": e.mode, "source": source, "target": target,
            "participants": participants, "date": e.date,
            "location": e.location if e.location in known else None,
            "status": e.status, "confidence": e.confidence,
            "evidence": [{"doc": ev.doc_id, "text": ev.text, "start": ev.start, "end": ev.end}
                         for ev in e.evidence],
            # facts the reports give differently, side by side with the document that says so
            "details": [{"field": f, "value": v, "doc": d} for f, v, d in e.details],
        })

    docs = [{"id": d.id, "published": d.published, "title": d.title}
            for d in sorted(documents, key=lambda d: d.id)]
    return {"format": FORMAT, "entities": entities, "interactions": interactions,
            "documents": docs}


def write_json(export: dict[str, Any], out: str | Path) -> Path:
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(export, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
