"""The graph view of the canonical layer, as DESIGN.md describes it.

Nodes: actors (labels Person / Country / Organization / Place), events (label Event) and
documents (label Document). Relationships: (event)-[:SOURCE|TARGET|PARTICIPANT]->(actor),
(event)-[:REPORTED_IN]->(document), (person)-[:REPRESENTS {title}]->(country), and each event
projected onto actor-to-actor relationships named by its PLOVER type
((a)-[:CONSULT {event_id, date, mode, status}]->(b)), which paths and centrality walk.

Labels and relationship types are kept in the `__labels__` attribute, the convention
grand-cypher reads.
"""
from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING, Iterable

from diplograph.dates import compatible, interval
from diplograph.records import ACTOR_TYPES, SYMMETRIC_TYPES, Actor, Document, Event

if TYPE_CHECKING:  # imported where graphs are built: `stats` and friends never need it
    import networkx as nx

__all__ = ["build_graph", "actor_graph", "event_dyads", "EVENT_LINKS"]

# relationship types that join events, documents and affiliations; everything else between
# two actors is a projected PLOVER relationship
EVENT_LINKS = frozenset({"SOURCE", "TARGET", "PARTICIPANT", "REPORTED_IN", "REPRESENTS"})


def event_dyads(event: Event) -> list[tuple[str, str]]:
    """The actor pairs an event joins: source x target, or every pair within a one-sided
    symmetric event. Directed events with no target have no dyads."""
    if event.target:
        return [(a, b) for a in event.source for b in event.target if a != b]
    if event.type in SYMMETRIC_TYPES:
        return [(a, b) for a, b in combinations(event.source, 2) if a != b]
    return []


def build_graph(actors: Iterable[Actor], events: Iterable[Event],
                documents: Iterable[Document] = ()) -> nx.MultiDiGraph:
    import networkx as nx

    g = nx.MultiDiGraph()
    for a in actors:
        g.add_node(a.id, __labels__={a.type}, id=a.id, name=a.name, type=a.type,
                   aliases=list(a.aliases), country=a.country or "",
                   title=a.titles[0] if a.titles else "", titles=list(a.titles),
                   mentions=a.mentions, documents=len(a.documents))
    for d in documents:
        g.add_node(d.id, __labels__={"Document"}, id=d.id, type="Document", name=d.title or d.id,
                   title=d.title, published=d.published or "", url=d.url)
    for a in actors:
        country = f"country:{a.country}" if a.country else None
        if a.type == "Person" and country in g and country != a.id:
            g.add_edge(a.id, country, key="REPRESENTS", __labels__={"REPRESENTS"},
                       type="REPRESENTS", title=a.titles[0] if a.titles else "")
    for e in events:
        docs = e.documents
        g.add_node(e.id, __labels__={"Event"}, id=e.id, type=e.type,
                   name=f"{e.type} {e.date or ''}".strip(), mode=e.mode or "",
                   date=e.date or "", precision=e.precision or "", status=e.status,
                   confidence=e.confidence, location=e.location or "",
                   reports=len(docs), evidence=list(e.evidence))
        if e.type in SYMMETRIC_TYPES:
            roles = (("PARTICIPANT", e.participants),)
        else:
            roles = (("SOURCE", e.source), ("TARGET", e.target))
        for role, ids in roles:
            for actor_id in ids:
                if actor_id in g:
                    g.add_edge(e.id, actor_id, key=role, __labels__={role}, type=role)
        for doc_id in docs:
            if doc_id in g:
                g.add_edge(e.id, doc_id, key="REPORTED_IN", __labels__={"REPORTED_IN"},
                           type="REPORTED_IN")
        for a, b in event_dyads(e):
            if a in g and b in g:
                g.add_edge(a, b, key=e.id, __labels__={e.type}, type=e.type, event_id=e.id,
                           mode=e.mode or "", date=e.date or "", status=e.status,
                           confidence=e.confidence, reports=len(docs))
    return g


def actor_graph(g: nx.MultiDiGraph, since: str | None = None, until: str | None = None,
                types: Iterable[str] | None = None,
                actor_types: Iterable[str] = ACTOR_TYPES) -> nx.MultiDiGraph:
    """The actors and their projected PLOVER relationships only, optionally restricted to
    events of some types and to a period (an undated event is kept only when no period is
    asked for). Returns a new graph; `g` is not changed."""
    wanted_types = {t.upper() for t in types} if types else None
    wanted_actors = set(actor_types)
    period = _period(since, until)
    import networkx as nx

    h = nx.MultiDiGraph()
    for n, data in g.nodes(data=True):
        if data.get("type") in wanted_actors:
            h.add_node(n, **data)
    for a, b, k, data in g.edges(keys=True, data=True):
        rel = data.get("type")
        if rel in EVENT_LINKS or a not in h or b not in h:
            continue
        if wanted_types and rel not in wanted_types:
            continue
        if period and not (data.get("date") and compatible(data["date"], period)):
            continue
        h.add_edge(a, b, key=k, **data)
    return h


def _period(since: str | None, until: str | None) -> str | None:
    """A date range string for `since`..`until` (either may be open)."""
    if not since and not until:
        return None
    start = interval(since)[0].isoformat() if since and interval(since) else "0001-01-01"
    end = interval(until)[1].isoformat() if until and interval(until) else "9999-12-31"
    return f"{start}/{end}"
