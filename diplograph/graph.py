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
from typing import TYPE_CHECKING, Any, Iterable, NamedTuple

from diplograph.dates import compatible, interval
from diplograph.records import ACTOR_TYPES, SYMMETRIC_TYPES, Actor, Document, Event

if TYPE_CHECKING:  # imported where graphs are built: `stats` and friends never need it
    import networkx as nx

__all__ = ["build_graph", "build_actor_view", "actor_graph", "event_dyads", "EventHead",
           "relations", "relation_attrs", "keeps_relation", "EVENT_LINKS"]

# relationship types that join events, documents and affiliations; everything else between
# two actors is a projected PLOVER relationship
EVENT_LINKS = frozenset({"SOURCE", "TARGET", "PARTICIPANT", "REPORTED_IN", "REPRESENTS"})


class EventHead(NamedTuple):
    """What the projected relationships of one event need: an Event without its evidence
    and details (`Ledger.event_heads` reads these from columns, decoding no evidence)."""

    id: str
    type: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    mode: str | None
    date: str | None
    status: str
    confidence: float
    reports: int  # distinct documents among its evidence


def event_dyads(event: Event | EventHead) -> list[tuple[str, str]]:
    """The actor pairs an event joins: source x target, or every pair within a one-sided
    symmetric event. Directed events with no target have no dyads."""
    if event.target:
        return [(a, b) for a in event.source for b in event.target if a != b]
    if event.type in SYMMETRIC_TYPES:
        return [(a, b) for a, b in combinations(event.source, 2) if a != b]
    return []


def relations(heads: Iterable[EventHead], actor_ids: Iterable[str]
              ) -> Iterable[tuple[str, str, str, dict[str, Any]]]:
    """The projected actor-to-actor relationships (a, b, event id, attributes) of `heads`, in
    the order `build_graph` adds them; pairs with an actor outside `actor_ids` are left out."""
    known = actor_ids if isinstance(actor_ids, (set, frozenset, dict)) else set(actor_ids)
    for e in heads:
        for a, b in event_dyads(e):
            if a in known and b in known:
                yield a, b, e.id, relation_attrs(e)


def relation_attrs(e: EventHead) -> dict[str, Any]:
    """The attributes of each projected relationship of the event `e`."""
    return _relation_attrs(e.id, e.type, e.mode, e.date, e.status, e.confidence, e.reports)


def _actor_attrs(a: Actor) -> dict[str, Any]:
    return dict(__labels__={a.type}, id=a.id, name=a.name, type=a.type,
                aliases=list(a.aliases), country=a.country or "",
                title=a.titles[0] if a.titles else "", titles=list(a.titles),
                mentions=a.mentions, documents=len(a.documents))


def _relation_attrs(event_id: str, type_: str, mode: str | None, date: str | None, status: str,
                    confidence: float, reports: int) -> dict[str, Any]:
    return dict(__labels__={type_}, type=type_, event_id=event_id, mode=mode or "",
                date=date or "", status=status, confidence=confidence, reports=reports)


def _representations(actors: Iterable[Actor], nodes) -> Iterable[tuple[str, str, dict]]:
    """(person, country, attributes) for each person whose country is an actor node."""
    for a in actors:
        country = f"country:{a.country}" if a.country else None
        if a.type == "Person" and country in nodes and country != a.id:
            yield a.id, country, dict(__labels__={"REPRESENTS"}, type="REPRESENTS",
                                      title=a.titles[0] if a.titles else "")


def build_actor_view(actors: Iterable[Actor], heads: Iterable[EventHead]) -> nx.MultiDiGraph:
    """The actor nodes of `build_graph` and every relationship between two of them (the
    projected PLOVER ones and REPRESENTS), without event and document nodes.

    Nodes, relationships, their attributes and their order are those of the whole graph
    restricted to actors, so whatever reads only actors and the relationships between them
    (paths, rankings, Cypher over actor labels) answers the same on either; building it needs
    no evidence and a tenth of the memory.
    """
    import networkx as nx

    actors = list(actors)
    g = nx.MultiDiGraph()
    for a in actors:
        g.add_node(a.id, **_actor_attrs(a))
    for person, country, attrs in _representations(actors, g):
        g.add_edge(person, country, key="REPRESENTS", **attrs)
    for a, b, key, attrs in relations(heads, set(g)):
        g.add_edge(a, b, key=key, **attrs)
    return g


def build_graph(actors: Iterable[Actor], events: Iterable[Event],
                documents: Iterable[Document] = ()) -> nx.MultiDiGraph:
    import networkx as nx

    actors = list(actors)
    g = nx.MultiDiGraph()
    for a in actors:
        g.add_node(a.id, **_actor_attrs(a))
    for d in documents:
        g.add_node(d.id, __labels__={"Document"}, id=d.id, type="Document", name=d.title or d.id,
                   title=d.title, published=d.published or "", url=d.url)
    for person, country, attrs in _representations(actors, g):
        g.add_edge(person, country, key="REPRESENTS", **attrs)
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
                g.add_edge(a, b, key=e.id, **_relation_attrs(
                    e.id, e.type, e.mode, e.date, e.status, e.confidence, len(docs)))
    return g


def actor_graph(g: nx.MultiDiGraph, since: str | None = None, until: str | None = None,
                types: Iterable[str] | None = None,
                actor_types: Iterable[str] = ACTOR_TYPES) -> nx.MultiDiGraph:
    """The actors and their projected PLOVER relationships only, optionally restricted to
    events of some types and to a period (an undated event is kept only when no period is
    asked for). Returns a new graph; `g` is not changed."""
    keep = keeps_relation(since, until, types)
    wanted_actors = set(actor_types)
    import networkx as nx

    h = nx.MultiDiGraph()
    for n, data in g.nodes(data=True):
        if data.get("type") in wanted_actors:
            h.add_node(n, **data)
    for a, b, k, data in g.edges(keys=True, data=True):
        if a in h and b in h and keep(data):
            h.add_edge(a, b, key=k, **data)
    return h


def keeps_relation(since: str | None = None, until: str | None = None,
                   types: Iterable[str] | None = None):
    """The test `actor_graph` puts each relationship's attributes to: a projected PLOVER
    relationship of one of `types` whose date falls in the period (an undated one only when
    no period is asked for)."""
    wanted_types = {t.upper() for t in types} if types else None
    period = _period(since, until)

    def keep(data: dict[str, Any]) -> bool:
        rel = data.get("type")
        if rel in EVENT_LINKS or (wanted_types and rel not in wanted_types):
            return False
        return not period or bool(data.get("date") and compatible(data["date"], period))

    return keep


def _period(since: str | None, until: str | None) -> str | None:
    """A date range string for `since`..`until` (either may be open)."""
    if not since and not until:
        return None
    start = interval(since)[0].isoformat() if since and interval(since) else "0001-01-01"
    end = interval(until)[1].isoformat() if until and interval(until) else "9999-12-31"
    return f"{start}/{end}"
