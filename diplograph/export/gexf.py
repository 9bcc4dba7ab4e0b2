"""GEXF for Gephi: the same selection and attributes as the GraphML export, plus what Gephi
reads natively.

- Time: a dated edge spans its date (`start`/`end`, the first and last day of "2023-06" or of
  a range), so Gephi's timeline can play the graph through time; undated edges are always
  there.
- Looks: nodes carry the HTML page's colours by actor type and a size by degree; edges are
  green (cooperation) or red (conflict) and weighted by how many articles report them.

GEXF reserves an edge's `type` (directed or not), so the PLOVER type travels as `relation`
and as the edge label.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from diplograph.dates import interval
from diplograph.export.graphml import flat_graph

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["write_gexf"]


def write_gexf(graph: "nx.MultiDiGraph", out: str | Path, **select: Any) -> Path:
    import networkx as nx

    from diplograph.analysis import CONFLICT
    from diplograph.export.html import CONFLICT_COLOUR, COOPERATION_COLOUR, NODE_STYLE

    flat = flat_graph(graph, **select)
    for _, _, data in flat.edges(data=True):
        for reserved in ("start", "end", "id", "weight"):
            if reserved in data:
                data[f"{reserved}_"] = data.pop(reserved)
        relation = data.pop("type", None)
        if relation is not None:
            data["relation"] = relation
        span = interval(data.get("date"))
        if span:
            data["start"], data["end"] = span[0].isoformat(), span[1].isoformat()
        if relation and "event_id" in data:  # a projected PLOVER relationship
            data["viz"] = {"color": _rgb(CONFLICT_COLOUR if relation in CONFLICT
                                         else COOPERATION_COLOUR)}
        if "reports" in data:
            data["weight"] = float(max(1, data["reports"]))
    undirected = flat.to_undirected(as_view=True)
    for n, data in flat.nodes(data=True):
        for reserved in ("start", "end", "pid", "viz"):
            if reserved in data:
                data[f"{reserved}_"] = data.pop(reserved)
        if data.get("type") in NODE_STYLE:
            degree = len(set(undirected.neighbors(n)) - {n})
            data["viz"] = {"color": _rgb(NODE_STYLE[data["type"]][0]),
                           "size": round(8 + 4 * degree ** 0.5, 1)}
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_gexf(flat, path)
    return path


def _rgb(colour: str) -> dict[str, int]:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16)}
