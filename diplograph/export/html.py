"""An interactive HTML page of the actor graph that works offline.

The page inlines vis-network (the library pyvis draws with, taken from the pyvis package) and
nothing else: pyvis's own template still pulls Bootstrap from a CDN, so the page uses a
minimal template of its own, and a Content-Security-Policy that forbids every network request.

Actors are coloured and shaped by type and sized by how many counterparts they have; an edge
is one PLOVER relationship type between two actors (all its events together), green for
cooperation and red for conflict, dashed when none of its events is known to have happened.
Tooltips and the details panel show every event with its date, mode, status and evidence
sentences with their article titles.

Safety: article text reaches the page only as JSON data inside a script, with <, > and &
written as \\u escapes, and is shown with innerText/textContent (vis-network shows string
tooltips with innerText), never parsed as HTML. The heading is HTML-escaped.
"""
from __future__ import annotations

import html
import json
import math
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from diplograph.analysis import CONFLICT, neighbourhood
from diplograph.records import SYMMETRIC_TYPES

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["html_page", "write_html", "NODE_STYLE"]

NODE_STYLE = {  # type -> (colour, vis-network shape)
    "Person": ("#4c6ef5", "dot"),
    "Country": ("#f59f00", "square"),
    "Organization": ("#12b886", "diamond"),
    "Place": ("#868e96", "triangle"),
}
_COOPERATION_COLOUR = "#2f9e44"
_CONFLICT_COLOUR = "#e03131"
_EVIDENCE_PER_EVENT = 3
_EVENTS_PER_EDGE = 12


def html_page(graph: "nx.MultiDiGraph", focus: str | None = None, hops: int = 2,
              since: str | None = None, until: str | None = None,
              types: Iterable[str] | None = None, title: str = "diplograph") -> str:
    h = neighbourhood(graph, focus=focus, hops=hops, since=since, until=until, types=types)
    h.remove_nodes_from([n for n in list(h) if h.degree(n) == 0 and n != focus])
    undirected = h.to_undirected(as_view=True)
    degree = {n: len(set(undirected.neighbors(n)) - {n}) for n in h}

    nodes = []
    for n in sorted(h, key=lambda n: (graph.nodes[n].get("name") or n)):
        data = graph.nodes[n]
        colour, shape = NODE_STYLE.get(data.get("type"), ("#adb5bd", "dot"))
        nodes.append({
            "id": n, "label": data.get("name") or n, "shape": shape,
            "color": colour, "size": round(10 + 6 * math.sqrt(degree[n]), 1),
            "borderWidth": 4 if n == focus else 1,
            "title": _node_text(graph, n, degree[n]),
        })

    groups: dict[tuple, list[tuple[str, str, dict]]] = defaultdict(list)
    for a, b, data in h.edges(data=True):
        rel = data["type"]
        pair = tuple(sorted((a, b))) if rel in SYMMETRIC_TYPES else (a, b)
        groups[(pair, rel)].append((a, b, data))
    edges = []
    for ((a, b), rel), members in sorted(groups.items()):
        statuses = {d.get("status", "occurred") for _, _, d in members}
        event_ids = list(dict.fromkeys(d["event_id"] for _, _, d in members))
        edges.append({
            "id": f"{a}|{b}|{rel}", "from": a, "to": b,
            "arrows": "" if rel in SYMMETRIC_TYPES else "to",
            "color": _CONFLICT_COLOUR if rel in CONFLICT else _COOPERATION_COLOUR,
            "dashes": "occurred" not in statuses,
            "width": round(1 + 2 * math.log2(len(event_ids)), 2),
            "title": _edge_text(graph, a, b, rel, event_ids),
        })

    n_events = len({d["event_id"] for members in groups.values() for *_, d in members})
    summary = f"{len(nodes)} actors, {n_events} events"
    if focus is not None:
        summary += f" within {hops} hops of {graph.nodes[focus].get('name') or focus}"
    if since or until:
        summary += f", {since or '…'} to {until or '…'}"
    if types:
        summary += ", types " + ", ".join(sorted({t.upper() for t in types}))
    return _TEMPLATE.format(
        title=html.escape(title), summary=html.escape(summary),
        vis_css=_asset("vis-network.css"), vis_js=_asset("vis-network.min.js"),
        legend=_legend(), data=_script_json({"nodes": nodes, "edges": edges}))


def write_html(graph: "nx.MultiDiGraph", out: str | Path, **options: Any) -> Path:
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html_page(graph, **options), encoding="utf-8")
    return path


def _node_text(graph: "nx.MultiDiGraph", n: str, degree: int) -> str:
    data = graph.nodes[n]
    lines = [data.get("name") or n, f"{data.get('type', '')} · {n}"]
    if data.get("title"):
        lines.append(f"Title: {data['title']}")
    if data.get("country"):
        country = graph.nodes.get(f"country:{data['country']}", {}).get("name")
        lines.append(f"Country: {country or data['country']}")
    aliases = [a for a in data.get("aliases", ()) if a != data.get("name")]
    if aliases:
        lines.append("Also: " + ", ".join(aliases[:10]) + (" …" if len(aliases) > 10 else ""))
    lines.append(f"Counterparts: {degree}")
    return "\n".join(lines)


def _edge_text(graph: "nx.MultiDiGraph", a: str, b: str, rel: str, event_ids: list[str]) -> str:
    name = lambda n: graph.nodes[n].get("name") or n  # noqa: E731
    link = "—" if rel in SYMMETRIC_TYPES else "→"
    count = f"{len(event_ids)} events" if len(event_ids) > 1 else "1 event"
    lines = [f"{rel}: {name(a)} {link} {name(b)} ({count})"]
    events = sorted((graph.nodes[e] for e in event_ids if e in graph),
                    key=lambda d: (d.get("date") or "9999", d.get("id", "")))
    for event in events[:_EVENTS_PER_EDGE]:
        facts = [event.get("date") or "undated", event.get("type", rel)]
        if event.get("mode"):
            facts.append(event["mode"])
        facts.append(event.get("status", "occurred"))
        lines.append("")
        lines.append(" · ".join(facts))
        for ev in list(event.get("evidence", ()))[:_EVIDENCE_PER_EVENT]:
            doc = graph.nodes.get(ev.doc_id, {})
            source = doc.get("title") or ev.doc_id
            if doc.get("published"):
                source += f", {doc['published']}"
            lines.append(f"“{ev.text}” — {source}")
        extra = len(event.get("evidence", ())) - _EVIDENCE_PER_EVENT
        if extra > 0:
            lines.append(f"(+{extra} more reports)")
    if len(events) > _EVENTS_PER_EDGE:
        lines.append(f"\n(+{len(events) - _EVENTS_PER_EDGE} more events)")
    return "\n".join(lines)


def _legend() -> str:
    items = [f'<span class="key"><i style="background:{c}"></i>{html.escape(t)}</span>'
             for t, (c, _) in NODE_STYLE.items() if t != "Place"]
    items.append(f'<span class="key"><b style="background:{_COOPERATION_COLOUR}"></b>'
                 'cooperation</span>')
    items.append(f'<span class="key"><b style="background:{_CONFLICT_COLOUR}"></b>'
                 'conflict</span>')
    items.append('<span class="key">dashed: planned, cancelled or refused</span>')
    return "".join(items)


def _script_json(value: Any) -> str:
    """JSON that can sit inside <script> whatever the strings hold: no '<', '>' or '&' (so
    no '</script>' or '<!--'), and no line separators that old parsers choke on."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _asset(name: str) -> str:
    import pyvis

    path = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / name
    text = path.read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():  # would end the inline block
        raise RuntimeError(f"{path} cannot be inlined: it contains a closing tag")
    return text


_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{vis_css}</style>
<style>
body {{ margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #212529; }}
header {{ padding: 8px 16px; border-bottom: 1px solid #dee2e6; }}
header h1 {{ font-size: 18px; margin: 0 12px 0 0; display: inline; }}
#legend {{ display: inline; }}
.key {{ margin-right: 14px; white-space: nowrap; }}
.key i, .key b {{ display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }}
.key i {{ border-radius: 6px; }}
.key b {{ height: 3px; vertical-align: 3px; }}
main {{ display: flex; height: calc(100vh - 64px); }}
#graph {{ flex: 1; }}
#details {{ width: 30%; min-width: 240px; overflow: auto; padding: 8px 12px; border-left: 1px solid #dee2e6; white-space: pre-wrap; }}
div.vis-tooltip {{ max-width: 480px; white-space: pre-wrap; }}
</style>
<script>{vis_js}</script>
</head>
<body>
<header><h1>{title}</h1><span id="summary">{summary}</span><div id="legend">{legend}</div></header>
<main><div id="graph"></div><div id="details">Click an actor or a relationship to see its evidence here.</div></main>
<script>
"use strict";
var DATA = {data};
var nodes = new vis.DataSet(DATA.nodes);
var edges = new vis.DataSet(DATA.edges);
var network = new vis.Network(document.getElementById("graph"), {{nodes: nodes, edges: edges}}, {{
  nodes: {{font: {{size: 14}}}},
  edges: {{smooth: {{type: "dynamic"}}, arrows: {{to: {{scaleFactor: 0.6}}}}}},
  interaction: {{hover: true, tooltipDelay: 120, navigationButtons: false}},
  physics: {{solver: "forceAtlas2Based", stabilization: {{iterations: 300}}}}
}});
var details = document.getElementById("details");
network.on("click", function (params) {{
  var item = null;
  if (params.nodes.length) {{ item = nodes.get(params.nodes[0]); }}
  else if (params.edges.length) {{ item = edges.get(params.edges[0]); }}
  if (item) {{ details.textContent = item.title; }}
}});
</script>
</body>
</html>
"""
