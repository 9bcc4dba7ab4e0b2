"""Questions about the graph: paths, rankings, timelines, actor profiles.

Pure functions over the NetworkX view (`diplograph.graph.build_graph`); no NLP. Paths and
rankings walk the projected actor-to-actor PLOVER relationships (`actor_graph`); timelines and
profiles read the Event nodes, whose evidence says where each fact was read.

Each function also takes the embedded ledger (`diplograph.store.sqlite.Ledger`) in place of
the graph and then reads only what the question needs from its tables: the actors and the
event columns for paths and rankings, the events of one actor for timelines and profiles.
The answers are the same as on the graph view (tests/test_analysis_ledger.py compares them);
on 120,000 events a timeline or profile then takes half a second and a path or ranking a few
(the algorithm's own time aside), where building the whole graph took a quarter of a minute.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, NamedTuple

from diplograph.dates import compatible, interval
from diplograph.graph import actor_graph, event_dyads, keeps_relation, relation_attrs
from diplograph.records import ACTOR_TYPES, PLOVER_TYPES, SYMMETRIC_TYPES, Actor, Event, Evidence

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "MEASURES", "Hop", "NoPath", "shortest_path", "Score", "Ranking", "centrality",
    "TimelineEntry", "timeline", "ActorProfile", "describe_actor", "neighbourhood",
    "document_title", "format_stats", "COOPERATION", "CONFLICT",
]

MEASURES = ("degree", "betweenness", "pagerank", "eigenvector")
# PLOVER's cooperation and conflict halves (as CAMEO's quad classes split them)
COOPERATION = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                         "REQUEST"})
CONFLICT = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                      "ASSAULT"})
_ROLES = ("SOURCE", "TARGET", "PARTICIPANT")


class NoPath(LookupError):
    """Two actors are not connected (within the hops, period and types asked for)."""


# -- paths --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Hop:
    """One step of a path: from one actor to the next through one event.

    `forward` is False when the walk goes against the event's direction (the path reaches
    the source of an ACCUSE from its target); symmetric events are always forward. `more`
    counts the other events that join the same two actors.
    """

    from_id: str
    from_name: str
    to_id: str
    to_name: str
    type: str
    event_id: str
    date: str | None = None
    mode: str | None = None
    status: str = "occurred"
    forward: bool = True
    evidence: tuple[Evidence, ...] = ()
    more: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.from_id, "from_name": self.from_name, "to": self.to_id,
                "to_name": self.to_name, "type": self.type, "event": self.event_id,
                "date": self.date, "mode": self.mode, "status": self.status,
                "forward": self.forward, "more": self.more,
                "evidence": [_evidence_dict(e) for e in self.evidence]}


def shortest_path(graph: "nx.MultiDiGraph", a_id: str, b_id: str, max_hops: int = 6,
                  since: str | None = None, until: str | None = None,
                  types: Iterable[str] | None = None) -> list[Hop]:
    """The shortest chain of events joining two actors, walked in either direction.

    Among equally short chains the one whose events are reported most wins, so the answer is
    the best-attested chain, and the same on every run.
    """
    import networkx as nx

    ledger = _ledger(graph)
    if ledger is not None:
        graph = _actor_nodes(ledger)
    if a_id == b_id:
        raise ValueError(f"a path needs two different actors; both are {_name(graph, a_id)!r}")
    _check(since, until, types)
    simple, best, counts = _collapse(*_relations(ledger or graph, graph, since, until, types))
    where = _filters(since, until, types)
    for actor in (a_id, b_id):
        if actor not in simple or simple.degree(actor) == 0:
            raise NoPath(f"{_name(graph, actor)!r} has no relationships{where}, so no path "
                         f"joins {_name(graph, a_id)!r} and {_name(graph, b_id)!r}")
    try:
        nodes = nx.shortest_path(simple, a_id, b_id, weight="cost")
    except nx.NetworkXNoPath:
        raise NoPath(f"no path joins {_name(graph, a_id)!r} and {_name(graph, b_id)!r}"
                     f"{where}") from None
    if len(nodes) - 1 > max_hops:
        raise NoPath(f"no path of {max_hops} hops or fewer joins {_name(graph, a_id)!r} and "
                     f"{_name(graph, b_id)!r}{where} (the shortest has {len(nodes) - 1})")
    steps = [best[frozenset((u, v))] for u, v in zip(nodes, nodes[1:])]
    if ledger is not None:
        found = {e.id: e.evidence for e in ledger.get_events(d["event_id"] for _, _, d in steps)}
        evidence = lambda event_id: found.get(event_id, ())  # noqa: E731
    else:
        evidence = lambda event_id: tuple(  # noqa: E731
            graph.nodes.get(event_id, {}).get("evidence", ()))
    hops = []
    for (u, v), (src, dst, data) in zip(zip(nodes, nodes[1:]), steps):
        symmetric = data["type"] in SYMMETRIC_TYPES
        hops.append(Hop(
            from_id=u, from_name=_name(graph, u), to_id=v, to_name=_name(graph, v),
            type=data["type"], event_id=data["event_id"], date=data.get("date") or None,
            mode=data.get("mode") or None, status=data.get("status", "occurred"),
            forward=symmetric or (src, dst) == (u, v),
            evidence=tuple(evidence(data["event_id"])),
            more=counts[frozenset((u, v))] - 1))
    return hops


def _relations(source: Any, graph: "nx.MultiDiGraph", since: str | None, until: str | None,
               types: Iterable[str] | None) -> tuple[list[str], list[tuple[str, str, dict]]]:
    """The actors (ids) and the projected relationships (a, b, attributes) between them that
    paths and rankings walk, with the period and types applied: from the graph view through
    `actor_graph`, or, for a ledger, straight from its event columns (`graph` then holds the
    actor nodes), the same relationships without building a graph of them."""
    if _ledger(source) is None:
        h = actor_graph(graph, since=since, until=until, types=types)
        return list(h.nodes), list(h.edges(data=True))
    keep = keeps_relation(since, until, types)
    actors = [n for n, d in graph.nodes(data=True) if d.get("type") in ACTOR_TYPES]
    known = set(actors)
    edges = []
    for e in source.event_heads():
        data = None
        src, dst = e.source, e.target
        if len(src) == 1 and len(dst) == 1:  # most events: one actor on each side
            dyads = ((src[0], dst[0]),) if src[0] != dst[0] else ()
        else:
            dyads = event_dyads(e)
        for a, b in dyads:
            if a in known and b in known:
                if data is None:  # one dict for all pairs of an event: it is only read
                    data = relation_attrs(e)
                    if not keep(data):
                        break
                edges.append((a, b, data))
    return actors, edges


def _collapse(actors: Iterable[str], edges: Iterable[tuple[str, str, dict]],
              strongest: bool = True):
    """The undirected simple graph over `actors` and the relationships `edges`: one edge per
    actor pair, with the number of events (`weight`), a path cost that prefers well-reported
    events, and the best event. With `strongest=False` (rankings, which read weights only)
    the pairs' first relationships stand in for their best events and there is no cost."""
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(sorted(actors))
    # per actor pair: [its first relationship in (a, b, event) order, its events, the best
    # relationship's strength and (a, b, order, attributes)]; the best is the strongest,
    # and of equally strong ones (one event joining the pair both ways) the first in order
    pairs: dict[tuple[str, str], list] = {}
    for a, b, data in edges:
        order = (a, b, data["event_id"])
        strength = _strength(data) if strongest else ()
        key = (a, b) if a < b else (b, a)
        seen = pairs.get(key)
        if seen is None:
            pairs[key] = [order, {order[2]}, strength, (a, b, order, data)]
            continue
        if order < seen[0]:
            seen[0] = order
            if not strongest:
                seen[3] = (a, b, order, data)
        seen[1].add(order[2])
        if strength > seen[2] or (strongest and strength == seen[2] and order < seen[3][2]):
            seen[2], seen[3] = strength, (a, b, order, data)
    # pairs enter the graph in the order of their first relationship, as walking all the
    # relationships sorted would add them (it decides the order of adjacencies, and so how
    # ties among paths fall)
    best: dict[frozenset, tuple[str, str, dict]] = {}
    counts: dict[frozenset, int] = {}
    for seen in sorted(pairs.values(), key=lambda p: p[0]):
        a, b, _, data = seen[3]
        pair = frozenset((a, b))
        best[pair] = (a, b, data)
        counts[pair] = len(seen[1])
    for pair, (a, b, data) in best.items():
        if not strongest:
            simple.add_edge(a, b, weight=counts[pair])
            continue
        # one hop always costs more than any saving from evidence: hop count comes first
        cost = 1 + 0.01 / (1 + data.get("reports", 1) + counts[pair])
        simple.add_edge(a, b, weight=counts[pair], cost=cost)
    return simple, best, counts


def _strength(data: dict) -> tuple:
    return (data.get("status") == "occurred", data.get("reports", 0),
            data.get("confidence", 0.0), data.get("date", ""), data.get("event_id", ""))


# -- rankings -----------------------------------------------------------------------------

class Score(NamedTuple):
    id: str
    name: str
    type: str
    score: float


class Ranking(list):
    """A list of Score, best first, with a `note` when the measure had to fall back."""

    def __init__(self, scores: Iterable[Score] = (), measure: str = "", note: str = ""):
        super().__init__(scores)
        self.measure = measure
        self.note = note


def centrality(graph: "nx.MultiDiGraph", measure: str = "degree", actor_type: str | None = None,
               top: int | None = 10, since: str | None = None, until: str | None = None,
               types: Iterable[str] | None = None) -> Ranking:
    """Rank actors on the projected actor graph (multi-edges collapsed, weighted by the
    number of events between two actors; actors with no relationship are left out).

    degree: how many distinct counterparts; betweenness: share of shortest paths through the
    actor (a broker); pagerank: weighted PageRank; eigenvector: weighted eigenvector
    centrality, on the largest connected part when the graph falls apart.
    """
    import networkx as nx

    measure = measure.lower()
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; choose one of {', '.join(MEASURES)}")
    if actor_type is not None and actor_type not in ACTOR_TYPES:
        raise ValueError(f"unknown actor type {actor_type!r}; choose one of "
                         f"{', '.join(ACTOR_TYPES)}")
    _check(since, until, types)
    ledger = _ledger(graph)
    if ledger is not None:
        graph = _actor_nodes(ledger)
    simple, _, _ = _collapse(*_relations(ledger or graph, graph, since, until, types),
                             strongest=False)
    simple.remove_nodes_from([n for n in list(simple) if simple.degree(n) == 0])
    note = ""
    if simple.number_of_edges() == 0:
        return Ranking([], measure, f"no relationships{_filters(since, until, types)}")
    if measure == "degree":
        scores: dict[str, float] = {n: simple.degree(n) for n in simple}
    elif measure == "betweenness":
        scores = nx.betweenness_centrality(simple, normalized=True)
    elif measure == "pagerank":
        scores = _pagerank(simple)
    else:
        scores, note = _eigenvector(simple)
    ranked = [Score(n, _name(graph, n), graph.nodes[n].get("type", ""), _round(s))
              for n, s in scores.items()
              if actor_type is None or graph.nodes[n].get("type") == actor_type]
    ranked.sort(key=lambda s: (-s.score, s.name, s.id))
    return Ranking(ranked[:top] if top else ranked, measure, note)


def _round(score: float) -> float:
    return int(score) if float(score).is_integer() else round(float(score), 6)


def _pagerank(g: "nx.Graph", damping: float = 0.85, tol: float = 1e-10,
              max_iter: int = 200) -> dict[str, float]:
    """Weighted PageRank by power iteration (networkx's own needs scipy, which we lack)."""
    nodes = list(g)
    n = len(nodes)
    strength = {u: sum(d["weight"] for _, _, d in g.edges(u, data=True)) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = sum(rank[u] for u in nodes if strength[u] == 0)
        new = dict.fromkeys(nodes, (1 - damping) / n + damping * dangling / n)
        for u in nodes:
            if strength[u]:
                share = damping * rank[u] / strength[u]
                for _, v, d in g.edges(u, data=True):
                    new[v] += share * d["weight"]
        done = sum(abs(new[u] - rank[u]) for u in nodes) < n * tol
        rank = new
        if done:
            break
    return rank


def _eigenvector(g: "nx.Graph") -> tuple[dict[str, float], str]:
    import networkx as nx

    parts = sorted(nx.connected_components(g), key=lambda c: (-len(c), sorted(c)[0]))
    note = ""
    core = g
    if len(parts) > 1:
        # the leading eigenvector lives on one component; elsewhere it is zero or noise
        core = g.subgraph(parts[0])
        note = (f"the graph falls into {len(parts)} unconnected parts; eigenvector scores are "
                f"for the largest ({len(parts[0])} actors) and 0 elsewhere")
    scores = dict.fromkeys(g, 0.0)
    try:
        scores.update(nx.eigenvector_centrality(core, max_iter=1000, tol=1e-9, weight="weight"))
    except (nx.PowerIterationFailedConvergence, nx.NetworkXException):
        total = sum(core.degree(n, weight="weight") for n in core) or 1
        scores.update({n: core.degree(n, weight="weight") / total for n in core})
        note = "eigenvector centrality did not converge; scores are weighted degree shares"
    return scores, note


# -- timelines and profiles ---------------------------------------------------------------

@dataclass(frozen=True)
class TimelineEntry:
    """One event, with the names of its actors and where it was read.

    Directed types fill `source`/`target`; symmetric ones fill `participants`. Names are
    (id, name) pairs; `documents` are (id, title, published) triples.
    """

    event_id: str
    type: str
    date: str | None = None
    mode: str | None = None
    status: str = "occurred"
    confidence: float = 0.0
    source: tuple[tuple[str, str], ...] = ()
    target: tuple[tuple[str, str], ...] = ()
    participants: tuple[tuple[str, str], ...] = ()
    location: tuple[str, str] | None = None
    evidence: tuple[Evidence, ...] = ()
    documents: tuple[tuple[str, str, str], ...] = ()

    @property
    def actors(self) -> tuple[tuple[str, str], ...]:
        return tuple(dict.fromkeys(self.participants + self.source + self.target))

    def to_dict(self) -> dict[str, Any]:
        named = lambda pairs: [{"id": i, "name": n} for i, n in pairs]  # noqa: E731
        return {"event": self.event_id, "type": self.type, "date": self.date, "mode": self.mode,
                "status": self.status, "confidence": self.confidence,
                "source": named(self.source), "target": named(self.target),
                "participants": named(self.participants),
                "location": ({"id": self.location[0], "name": self.location[1]}
                             if self.location else None),
                "evidence": [_evidence_dict(e) for e in self.evidence],
                "documents": [{"id": i, "title": t, "published": p or None}
                              for i, t, p in self.documents]}


def timeline(graph: "nx.MultiDiGraph", a_id: str, b_id: str | None = None,
             since: str | None = None, until: str | None = None,
             types: Iterable[str] | None = None) -> list[TimelineEntry]:
    """Every event involving `a_id` (and `b_id`, when given), earliest first; undated events
    come last, and are left out when a period is asked for."""
    _check(since, until, types)
    wanted = {t.upper() for t in types} if types else None
    period = _period(since, until)
    ledger = _ledger(graph)
    if ledger is not None:
        return _ledger_timeline(ledger, a_id, b_id, wanted, period)
    entries = []
    for n, data in graph.nodes(data=True):
        if "Event" not in data.get("__labels__", ()):
            continue
        if wanted and data.get("type") not in wanted:
            continue
        if period and not (data.get("date") and compatible(data["date"], period)):
            continue
        entry = _entry(graph, n)
        ids = {i for i, _ in entry.actors}
        if a_id in ids and (b_id is None or b_id in ids):
            entries.append(entry)
    entries.sort(key=_chronological)
    return entries


def _ledger_timeline(ledger: Any, a_id: str, b_id: str | None, wanted: set[str] | None,
                     period: str | None) -> list[TimelineEntry]:
    """`timeline` from the ledger: the events of `a_id` (and `b_id`) through the event_actors
    index, each read as the graph view would show it."""
    ids = ledger.event_ids_with(a_id)
    if b_id is not None:
        ids &= ledger.event_ids_with(b_id)
    events = [e for e in ledger.get_events(ids)
              if (not wanted or e.type in wanted)
              and (not period or (e.date and compatible(e.date, period)))]
    nodes = _actor_nodes(ledger)
    documents = ledger.documents_by_id({d for e in events for d in e.documents})
    entries = []
    for e in events:
        entry = _event_entry(e, nodes, documents)
        ids = {i for i, _ in entry.actors}
        if a_id in ids and (b_id is None or b_id in ids):
            entries.append(entry)
    entries.sort(key=_chronological)
    return entries


def _event_entry(e: Event, nodes: "nx.MultiDiGraph", documents: dict) -> TimelineEntry:
    """What `_entry` reads off the graph view, from the event record: its role relationships
    (to actors only, each actor once with its roles in the order they were added, as the
    view's adjacency holds them) and the documents that report it."""
    if e.type in SYMMETRIC_TYPES:
        roles_of = (("PARTICIPANT", e.participants),)
    else:
        roles_of = (("SOURCE", e.source), ("TARGET", e.target))
    linked: dict[str, list[str]] = {}
    for role, ids in roles_of:
        for actor_id in ids:
            if actor_id in nodes:
                keys = linked.setdefault(actor_id, [])
                if role not in keys:
                    keys.append(role)
    roles: dict[str, list[tuple[str, str]]] = {r: [] for r in _ROLES}
    for actor_id, keys in linked.items():
        for key in keys:
            roles[key].append((actor_id, _name(nodes, actor_id)))
    docs = [(d, documents[d].title or "", documents[d].published or "")
            for d in e.documents if d in documents]
    location = e.location or None
    return TimelineEntry(
        event_id=e.id, type=e.type, date=e.date or None, mode=e.mode or None,
        status=e.status, confidence=e.confidence, source=tuple(roles["SOURCE"]),
        target=tuple(roles["TARGET"]), participants=tuple(roles["PARTICIPANT"]),
        location=(location, _name(nodes, location)) if location else None,
        evidence=tuple(e.evidence), documents=tuple(docs))


def _chronological(entry: TimelineEntry) -> tuple:
    span = interval(entry.date)
    if span is None:
        return (1, "", "", entry.type, entry.event_id)
    return (0, span[0].isoformat(), span[1].isoformat(), entry.type, entry.event_id)


def _entry(graph: "nx.MultiDiGraph", event_id: str) -> TimelineEntry:
    data = graph.nodes[event_id]
    roles: dict[str, list[tuple[str, str]]] = {r: [] for r in _ROLES}
    docs = []
    for _, other, key in graph.out_edges(event_id, keys=True):
        if key in roles:
            roles[key].append((other, _name(graph, other)))
        elif key == "REPORTED_IN":
            d = graph.nodes[other]
            docs.append((other, d.get("title") or "", d.get("published") or ""))
    location = data.get("location") or None
    return TimelineEntry(
        event_id=event_id, type=data.get("type", ""), date=data.get("date") or None,
        mode=data.get("mode") or None, status=data.get("status", "occurred"),
        confidence=data.get("confidence", 0.0), source=tuple(roles["SOURCE"]),
        target=tuple(roles["TARGET"]), participants=tuple(roles["PARTICIPANT"]),
        location=(location, _name(graph, location)) if location else None,
        evidence=tuple(data.get("evidence", ())), documents=tuple(docs))


@dataclass(frozen=True)
class ActorProfile:
    """What `diplograph show` prints about one actor."""

    actor: Actor
    events: tuple[TimelineEntry, ...] = ()
    by_type: tuple[tuple[str, int], ...] = ()  # PLOVER type -> events, most first
    counterparts: tuple[tuple[str, str, int], ...] = ()  # (id, name, events together)
    represents: tuple[str, str] | None = None  # a person's country (id, name)
    people: tuple[tuple[str, str, str], ...] = ()  # a country's people: (id, name, title)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        a = self.actor
        return {"id": a.id, "name": a.name, "type": a.type, "country": a.country,
                "titles": list(a.titles), "aliases": list(a.aliases), "mentions": a.mentions,
                "documents": len(a.documents), "reasons": list(a.reasons),
                "represents": ({"id": self.represents[0], "name": self.represents[1]}
                               if self.represents else None),
                "people": [{"id": i, "name": n, "title": t} for i, n, t in self.people],
                "events_by_type": dict(self.by_type),
                "counterparts": [{"id": i, "name": n, "events": c}
                                 for i, n, c in self.counterparts],
                "events": [e.to_dict() for e in self.events]}


def describe_actor(graph: "nx.MultiDiGraph | Any", actor: Actor) -> ActorProfile:
    """`graph` is the graph view, or a store (whose view is then used; the embedded ledger
    answers from its tables)."""
    ledger = _ledger(graph)
    if ledger is not None:
        events = timeline(ledger, actor.id)
        graph = _actor_nodes(ledger)
    elif callable(getattr(graph, "graph", None)):  # another GraphStore
        graph = graph.graph()
    if ledger is None:
        events = timeline(graph, actor.id) if actor.id in graph else []
    by_type = Counter(e.type for e in events)
    together: Counter = Counter()
    for e in events:
        for other, _ in e.actors:
            if other != actor.id:
                together[other] += 1
    represents = None
    people = []
    if actor.id in graph:
        for _, country, key in graph.out_edges(actor.id, keys=True):
            if key == "REPRESENTS":
                represents = (country, _name(graph, country))
        for person, _, key in graph.in_edges(actor.id, keys=True):
            if key == "REPRESENTS":
                people.append((person, _name(graph, person), graph.nodes[person].get("title", "")))
    return ActorProfile(
        actor=actor, events=tuple(events),
        by_type=tuple(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))),
        counterparts=tuple((i, _name(graph, i), c) for i, c in
                           sorted(together.items(), key=lambda kv: (-kv[1], _name(graph, kv[0])))),
        represents=represents, people=tuple(sorted(people, key=lambda p: p[1])))


# -- selections and small helpers ---------------------------------------------------------

def neighbourhood(graph: "nx.MultiDiGraph", focus: str | None = None, hops: int = 2,
                  since: str | None = None, until: str | None = None,
                  types: Iterable[str] | None = None) -> "nx.MultiDiGraph":
    """The actor graph (projected relationships only), cut down to the actors within `hops`
    of `focus` (walking either direction) when a focus is given."""
    import networkx as nx

    _check(since, until, types)
    h = actor_graph(graph, since=since, until=until, types=types)
    if focus is None:
        return h
    if focus not in h:
        raise NoPath(f"{_name(graph, focus)!r} is not an actor with relationships")
    near = nx.single_source_shortest_path_length(h.to_undirected(as_view=True), focus,
                                                 cutoff=hops)
    return h.subgraph(near).copy()


def document_title(graph: "nx.MultiDiGraph | Any", doc_id: str) -> str:
    """The title of a document (its id when it has none); `graph` may be the ledger."""
    if _ledger(graph) is not None:
        doc = graph.documents_by_id([doc_id]).get(doc_id)
        return (doc.title if doc else "") or doc_id
    data = graph.nodes.get(doc_id) or {}
    return data.get("title") or doc_id


def format_stats(stats: dict[str, int]) -> str:
    """`diplograph stats` as text: one 'name  value' line per figure, aligned."""
    if not stats:
        return "the store is empty"
    width = max(len(k) for k in stats)
    return "\n".join(f"{k.replace('_', ' '):<{width}}  {v:>8,}" if isinstance(v, int)
                     else f"{k.replace('_', ' '):<{width}}  {v}" for k, v in stats.items())


def _ledger(source: Any) -> Any:
    """`source` when it is a store that answers from its tables (the embedded ledger), else
    None (a graph view, or another store)."""
    return source if callable(getattr(source, "event_heads", None)) else None


def _actor_nodes(ledger: Any) -> "nx.MultiDiGraph":
    """The actor nodes (and REPRESENTS relationships) of the ledger's graph view: what
    names, types and affiliations are read from when answering from the ledger."""
    return ledger.actor_view(relations=False)


def _name(graph: "nx.MultiDiGraph", node: str) -> str:
    data = graph.nodes.get(node) if node in graph else None
    return (data or {}).get("name") or node


def _evidence_dict(e: Evidence) -> dict[str, Any]:
    return {"doc": e.doc_id, "text": e.text, "start": e.start, "end": e.end}


def _period(since: str | None, until: str | None) -> str | None:
    if not since and not until:
        return None
    for value in (since, until):
        if value and interval(value) is None:
            raise ValueError(f"cannot read the date {value!r}; write YYYY, YYYY-MM or YYYY-MM-DD")
    start = interval(since)[0].isoformat() if since else "0001-01-01"
    end = interval(until)[1].isoformat() if until else "9999-12-31"
    return f"{start}/{end}"


def _check(since: str | None, until: str | None, types: Iterable[str] | None) -> None:
    """Reject an unreadable date or an unknown PLOVER type, naming it."""
    _period(since, until)
    unknown = sorted({t.upper() for t in types or ()} - set(PLOVER_TYPES))
    if unknown:
        raise ValueError(f"unknown event type {', '.join(unknown)}; PLOVER types are "
                         f"{', '.join(PLOVER_TYPES)}")


def _filters(since: str | None, until: str | None, types: Iterable[str] | None) -> str:
    parts = []
    if since:
        parts.append(f"since {since}")
    if until:
        parts.append(f"until {until}")
    if types:
        parts.append("of type " + ",".join(sorted({t.upper() for t in types})))
    return (" " + " ".join(parts)) if parts else ""

