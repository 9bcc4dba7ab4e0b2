"""Paths, rankings and timelines answered by a Neo4j server.

Each function returns the same records as its embedded twin in `diplograph.analysis`, and a
line saying which engine answered (what `--verbose` prints):

- path: Cypher `allShortestPaths` on the server finds every shortest chain; only the events on
  those chains come back, and the embedded rule picks the best-attested one among them;
- central: Graph Data Science when the server has it (a projection of the actor graph, one
  undirected relationship per actor pair weighted by its events), else the projected actor
  graph pulled into NetworkX;
- timeline: Cypher finds the events, which come back with their actors and documents.

A server that cannot run the Cypher form (an older Neo4j, another Bolt server) falls back to
the projected graph pulled into NetworkX, and the engine line says so.
"""
from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Iterable

from diplograph import analysis
from diplograph.analysis import Hop, NoPath, Ranking, Score, TimelineEntry
from diplograph.dates import interval
from diplograph.records import ACTOR_TYPES, PLOVER_TYPES
from diplograph.store.base import StoreError
from diplograph.store.neo4j import ACTOR_LABELS, Neo4jStore, plain

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["shortest_path", "centrality", "timeline", "pull_actor_graph", "subgraph"]

_PATH_LIMIT = 1000  # shortest chains considered at most (ties beyond are rare and equivalent)


def _filters(since: str | None, until: str | None, types: Iterable[str] | None,
             var: str = "r") -> tuple[str, dict]:
    """A Cypher condition on a projected relationship or event `var` for a period and types,
    with the same meaning as the embedded filters (a period keeps the dated events whose
    dates overlap it)."""
    analysis._check(since, until, types)
    parts, params = [], {}
    if types:
        parts.append(f"{var}.type IN $types" if var == "e" else f"type({var}) IN $types")
        params["types"] = sorted({t.upper() for t in types})
    if since:
        parts.append(f"{var}.date_end >= $since")
        params["since"] = interval(since)[0]
    if until:
        parts.append(f"{var}.date_start <= $until")
        params["until"] = interval(until)[1]
    return (" AND ".join(parts) or "true"), params


def _label(store: Neo4jStore, actor_id: str) -> str:
    for label in ACTOR_LABELS:
        if store._read(f"MATCH (n:{label} {{id: $i}}) RETURN count(n)", i=actor_id)[0][0]:
            return label
    raise LookupError(f"no actor {actor_id!r} in Neo4j at {store.config.where}; "
                      f"run 'diplograph push' to copy the ledger there")


def subgraph(store: Neo4jStore, event_ids: Iterable[str],
             actor_ids: Iterable[str] = ()) -> "nx.MultiDiGraph":
    """The graph view (as `diplograph.graph.build_graph` makes it) of some events, their
    actors and places, and the documents that report them."""
    from diplograph.graph import build_graph
    from diplograph.store.neo4j import _actor, _document, _event

    events = [_event(p) for (p,) in store._read(
        "UNWIND $ids AS i MATCH (e:Event {id: i}) RETURN properties(e)",
        ids=sorted(set(event_ids)))]
    wanted = set(actor_ids)
    for e in events:
        wanted.update(e.participants)
        if e.location:
            wanted.add(e.location)
    actors = []
    for label in ACTOR_LABELS:
        actors += [_actor(label, p) for (p,) in store._read(
            f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN properties(n)",
            ids=sorted(wanted))]
    docs = [_document(p) for (p,) in store._read(
        "UNWIND $ids AS i MATCH (d:Document {id: i}) RETURN properties(d)",
        ids=sorted({d for e in events for d in e.documents}))]
    return build_graph(sorted(actors, key=lambda a: a.id), sorted(events, key=lambda e: e.id),
                       sorted(docs, key=lambda d: d.id))


def pull_actor_graph(store: Neo4jStore, since: str | None = None, until: str | None = None,
                     types: Iterable[str] | None = None) -> "nx.MultiDiGraph":
    """The actors and their projected PLOVER relationships, pulled into NetworkX with the
    attributes `diplograph.graph` gives them (filtered on the server when asked)."""
    import networkx as nx

    where, params = _filters(since, until, types)
    rels = "|".join(PLOVER_TYPES)
    g = nx.MultiDiGraph()
    for label in ACTOR_LABELS:
        for i, name in store._read(f"MATCH (n:{label}) RETURN n.id, n.name"):
            g.add_node(i, __labels__={label}, id=i, name=name or i, type=label)
    rows = store._read(
        f"MATCH (a)-[r:{rels}]->(b) WHERE r.event_id IS NOT NULL AND {where} "
        "RETURN a.id, b.id, type(r), r.event_id, r.date, r.mode, r.status, r.confidence, "
        "r.reports", **params)
    for a, b, rel, event_id, date, mode, status, confidence, reports in rows:
        if a in g and b in g:
            g.add_edge(a, b, key=event_id, __labels__={rel}, type=rel, event_id=event_id,
                       date=plain(date) or "", mode=mode or "", status=status or "occurred",
                       confidence=confidence or 0.0, reports=reports or 0)
    return g


# -- path -----------------------------------------------------------------------------------

def shortest_path(store: Neo4jStore, a_id: str, b_id: str, max_hops: int = 6,
                  since: str | None = None, until: str | None = None,
                  types: Iterable[str] | None = None) -> tuple[list[Hop], str]:
    if a_id == b_id:
        raise ValueError(f"a path needs two different actors; both are {a_id!r}")
    where, params = _filters(since, until, types, var="r")
    la, lb = _label(store, a_id), _label(store, b_id)
    rels = "|".join(PLOVER_TYPES)
    query = (f"MATCH (a:{la} {{id: $a}}), (b:{lb} {{id: $b}}) "
             f"MATCH p = allShortestPaths((a)-[:{rels}*..{int(max_hops)}]-(b)) "
             f"WHERE all(r IN relationships(p) WHERE {where}) "
             f"AND none(n IN nodes(p) WHERE n:Place) "
             f"RETURN [r IN relationships(p) | r.event_id] LIMIT {_PATH_LIMIT}")
    try:
        rows = store._read(query, a=a_id, b=b_id, **params)
    except StoreError as exc:
        g = store.graph()
        return (analysis.shortest_path(g, a_id, b_id, max_hops=max_hops, since=since,
                                       until=until, types=types),
                f"NetworkX on the whole graph pulled from Neo4j (Cypher shortestPath failed: "
                f"{exc})")
    events = {e for (ids,) in rows for e in ids}
    g = subgraph(store, events, (a_id, b_id))
    if not events:
        name = lambda i: g.nodes[i].get("name", i) if i in g else i  # noqa: E731
        raise NoPath(f"no path of {max_hops} hops or fewer joins {name(a_id)!r} and "
                     f"{name(b_id)!r}{analysis._filters(since, until, types)}")
    hops = analysis.shortest_path(g, a_id, b_id, max_hops=max_hops, since=since, until=until,
                                  types=types)
    return hops, (f"Cypher allShortestPaths on the server ({len(rows)} shortest chain"
                  f"{'s' if len(rows) != 1 else ''}, {len(events)} events pulled)")


# -- centrality -----------------------------------------------------------------------------

_GDS_CALLS = {
    "degree": "gds.degree.stream($g)",
    "betweenness": "gds.betweenness.stream($g)",
    "pagerank": "gds.pageRank.stream($g, {relationshipWeightProperty: 'weight', "
                "dampingFactor: 0.85})",
    "eigenvector": "gds.eigenvector.stream($g, {relationshipWeightProperty: 'weight'})",
}


def centrality(store: Neo4jStore, measure: str = "degree", actor_type: str | None = None,
               top: int | None = 10, since: str | None = None, until: str | None = None,
               types: Iterable[str] | None = None, use_gds: bool | None = None
               ) -> tuple[Ranking, str]:
    """Rank actors. `use_gds=None` uses Graph Data Science when the server has it."""
    measure = measure.lower()
    if measure not in analysis.MEASURES:
        raise ValueError(f"unknown measure {measure!r}; choose one of "
                         f"{', '.join(analysis.MEASURES)}")
    if actor_type is not None and actor_type not in ACTOR_TYPES:
        raise ValueError(f"unknown actor type {actor_type!r}; choose one of "
                         f"{', '.join(ACTOR_TYPES)}")
    analysis._check(since, until, types)
    why = "the server has no Graph Data Science"
    if use_gds is not False and store.has_gds():
        try:
            return _gds_centrality(store, measure, actor_type, top, since, until, types)
        except StoreError as exc:
            why = f"Graph Data Science failed: {exc}"
    g = pull_actor_graph(store, since, until, types)
    ranking = analysis.centrality(g, measure, actor_type=actor_type, top=top, since=since,
                                  until=until, types=types)
    return ranking, (f"NetworkX on the projected actor graph pulled from Neo4j "
                     f"({g.number_of_nodes()} actors, {g.number_of_edges()} relationships; {why})")


def _gds_centrality(store: Neo4jStore, measure: str, actor_type: str | None, top: int | None,
                    since: str | None, until: str | None, types: Iterable[str] | None
                    ) -> tuple[Ranking, str]:
    where, params = _filters(since, until, types, var="r")
    rels = "|".join(PLOVER_TYPES)
    actor = " OR ".join(f"{{v}}:{t}" for t in ACTOR_TYPES)
    name = f"diplograph-{uuid.uuid4().hex[:12]}"
    project = (
        f"MATCH (a)-[r:{rels}]-(b) WHERE r.event_id IS NOT NULL AND {where} "
        f"AND ({actor.format(v='a')}) AND ({actor.format(v='b')}) "
        "AND elementId(a) < elementId(b) "
        "WITH a, b, count(DISTINCT r.event_id) AS events "
        "WITH gds.graph.project($g, a, b, {relationshipProperties: {weight: toFloat(events)}}, "
        "{undirectedRelationshipTypes: ['*']}) AS graph "
        "RETURN graph.nodeCount")
    stream = (f"CALL {_GDS_CALLS[measure]} YIELD nodeId, score "
              "WITH gds.util.asNode(nodeId) AS n, score "
              "RETURN n.id, n.name, labels(n), score")
    with store._errors("run Graph Data Science on"):
        with store._session() as s:
            nodes = s.run(project, g=name, **params).single()
            try:
                rows = [r.values() for r in s.run(stream, g=name)] if nodes and nodes[0] else []
            finally:
                s.run("CALL gds.graph.drop($g, false) YIELD graphName RETURN graphName",
                      g=name).consume()
    scores = [Score(i, n or i, next((lb for lb in labels if lb in ACTOR_TYPES), ""),
                    analysis._round(s))
              for i, n, labels, s in rows
              if actor_type is None or actor_type in labels]
    scores.sort(key=lambda s: (-s.score, s.name, s.id))
    note = "" if scores or rows else f"no relationships{analysis._filters(since, until, types)}"
    return (Ranking(scores[:top] if top else scores, measure, note),
            f"Graph Data Science on the server ({measure}; scores on GDS's scale)")


# -- timeline -------------------------------------------------------------------------------

def timeline(store: Neo4jStore, a_id: str, b_id: str | None = None, since: str | None = None,
             until: str | None = None, types: Iterable[str] | None = None
             ) -> tuple[list[TimelineEntry], str]:
    where, params = _filters(since, until, types, var="e")
    la = _label(store, a_id)
    query = f"MATCH (e:Event)-[:SOURCE|TARGET|PARTICIPANT]->(a:{la} {{id: $a}}) "
    if b_id is not None:
        lb = _label(store, b_id)
        query += f"MATCH (e)-[:SOURCE|TARGET|PARTICIPANT]->(b:{lb} {{id: $b}}) "
        params["b"] = b_id
    query += f"WHERE {where} RETURN DISTINCT e.id"
    ids = [i for (i,) in store._read(query, a=a_id, **params)]
    g = subgraph(store, ids, [a_id] + ([b_id] if b_id else []))
    entries = analysis.timeline(g, a_id, b_id, since=since, until=until, types=types)
    return entries, f"Cypher on the server ({len(ids)} events pulled)"
