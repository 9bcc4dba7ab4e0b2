"""GEXF for Gephi: the same selection and attributes as the GraphML export.

GEXF reserves an edge's `type` (directed or not), so the PLOVER type travels as `relation`
and as the edge label.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from diplograph.export.graphml import flat_graph

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["write_gexf"]


def write_gexf(graph: "nx.MultiDiGraph", out: str | Path, **select: Any) -> Path:
    import networkx as nx

    flat = flat_graph(graph, **select)
    for _, _, data in flat.edges(data=True):
        if "type" in data:
            data["relation"] = data.pop("type")
        for reserved in ("start", "end", "id", "weight"):
            if reserved in data:
                data[f"{reserved}_"] = data.pop(reserved)
    for _, data in flat.nodes(data=True):
        for reserved in ("start", "end", "pid", "viz"):
            if reserved in data:
                data[f"{reserved}_"] = data.pop(reserved)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_gexf(flat, path)
    return path
