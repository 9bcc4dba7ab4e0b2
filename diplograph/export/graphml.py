"""GraphML for yEd, Gephi, Cytoscape and NetworkX itself.

By default the actor graph: actors as nodes, one edge per event projected onto the actors it
joins, named by its PLOVER type, with its date (and `date_start` / `date_end`, the first and
last day it may fall on), mode, status, confidence, how many reports it has and its first
evidence sentence. `full=True` writes the whole view instead (Event and
Document nodes too). Lists become "; "-joined strings and missing values "" (GraphML knows
only scalars), so the file loads back with every attribute.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from diplograph.dates import interval

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["flat_graph", "write_graphml"]


def flat_graph(graph: "nx.MultiDiGraph", full: bool = False, focus: str | None = None,
               hops: int = 2, since: str | None = None, until: str | None = None,
               types: Iterable[str] | None = None) -> "nx.MultiDiGraph":
    """A copy of the graph (or of the selected actor graph) whose attributes are scalars."""
    import networkx as nx

    from diplograph.analysis import neighbourhood

    if full:
        chosen = graph
    else:
        chosen = neighbourhood(graph, focus=focus, hops=hops, since=since, until=until,
                               types=types)
    flat = nx.MultiDiGraph()
    for n, data in chosen.nodes(data=True):
        attrs = {k: _scalar(v) for k, v in data.items() if k != "__labels__"}
        attrs["labels"] = ";".join(sorted(data.get("__labels__", ())))
        attrs["label"] = _xml_text(str(data.get("name") or n))
        if "evidence" in data:
            attrs["evidence_count"] = len(data["evidence"])
        flat.add_node(_xml_text(n), **attrs)
    for a, b, k, data in chosen.edges(keys=True, data=True):
        attrs = {key: _scalar(v) for key, v in data.items() if key != "__labels__"}
        attrs["label"] = _xml_text(str(data.get("type", k)))
        if "date" in data:  # sortable and filterable bounds of "2023-06" or a range
            span = interval(data["date"])
            attrs["date_start"] = span[0].isoformat() if span else ""
            attrs["date_end"] = span[1].isoformat() if span else ""
        event = graph.nodes.get(data.get("event_id")) if data.get("event_id") in graph else None
        if event is not None:
            evidence = event.get("evidence", ())
            attrs["evidence_count"] = len(evidence)
            attrs["evidence"] = _xml_text(evidence[0].text) if evidence else ""
            attrs["evidence_docs"] = _xml_text("; ".join(dict.fromkeys(e.doc_id for e in evidence)))
        flat.add_edge(_xml_text(a), _xml_text(b), key=_xml_text(str(k)), **attrs)
    _homogenise(flat.nodes.values())
    _homogenise(d for _, _, d in flat.edges(data=True))
    return flat


def write_graphml(graph: "nx.MultiDiGraph", out: str | Path, **select: Any) -> Path:
    import networkx as nx

    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(flat_graph(graph, **select), path)
    return path


def _scalar(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return _xml_text(value)
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return "; ".join(str(_scalar(v)) for v in items)
    if hasattr(value, "text") and hasattr(value, "doc_id"):  # an Evidence record
        return _xml_text(value.text)
    if isinstance(value, dict):
        return _xml_text(json.dumps(value, ensure_ascii=False, sort_keys=True))
    return _xml_text(str(value))


# characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF):
# one in an article would make the whole file unreadable
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _homogenise(records: Iterable[dict[str, Any]]) -> None:
    """One type per attribute name, as GraphML and GEXF declare attributes once: an attribute
    that is a number here and text there becomes text everywhere."""
    records = list(records)
    kinds: dict[str, set[type]] = {}
    for r in records:
        for k, v in r.items():
            kinds.setdefault(k, set()).add(type(v))
    for k, seen in kinds.items():
        if seen <= {int, float} and len(seen) == 2:
            for r in records:
                if k in r:
                    r[k] = float(r[k])
        elif len(seen) > 1:
            for r in records:
                if k in r:
                    r[k] = str(r[k])
