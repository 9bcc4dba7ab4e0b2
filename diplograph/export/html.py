"""An interactive HTML page of the actor graph that works offline and is safe to open.

The page inlines vis-network (the library pyvis draws with, read from the pyvis package) and
nothing else: pyvis's own template pulls Bootstrap and tom-select from a CDN, and switches its
tooltips to innerHTML when a title holds "href", so the page uses a template of its own, with
a Content-Security-Policy that forbids every network request.

What it shows: actors coloured and shaped by type and sized by degree centrality (how many
counterparts they have); one edge per PLOVER relationship type between two actors (all its
events together), green for cooperation and red for conflict, as wide as the number of
articles reporting it, dashed when none of its events is known to have happened. Hovering
shows a card (an actor's name, type, title, country, aliases and degree; a relationship's
events with type, mode, date, status and evidence sentences with their article titles);
clicking shows everything in the side panel. Filters in the page narrow the graph by event
type and by date range; the Python options narrow what goes into the page.

Large graphs: edges are straight (parallel ones bend a little), positions come from
`diplograph.export.layout` so the browser starts from a sensible layout, and beyond
`LAYOUT_THRESHOLD` actors the browser runs no physics at all (see benchmarks/bench_html.py
for the measurements behind it).

Safety: article text reaches the page only as JSON inside a non-executed
<script type="application/json"> block, with <, > and & written as \\u escapes, and is put on
screen with textContent (vis-network draws labels on a canvas), never parsed as HTML. The
heading is HTML-escaped.
"""
from __future__ import annotations

import html
import json
import math
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from diplograph.analysis import CONFLICT, neighbourhood
from diplograph.dates import interval
from diplograph.export.layout import force_layout
from diplograph.records import PLOVER_TYPES, SYMMETRIC_TYPES

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["NODE_STYLE", "LAYOUT_THRESHOLD", "page_data", "html_page", "write_html"]

NODE_STYLE = {  # type -> (colour, vis-network shape)
    "Person": ("#4c6ef5", "dot"),
    "Country": ("#f59f00", "square"),
    "Organization": ("#12b886", "diamond"),
    "Place": ("#868e96", "triangle"),
}
COOPERATION_COLOUR = "#2f9e44"
CONFLICT_COLOUR = "#e03131"
# Above this many actors the browser does no physics: positions are computed in Python and
# the page is interactive as soon as it is drawn. Below it, vis-network refines the Python
# layout for a bounded number of steps, which looks better but takes ~1 s per 1,000 actors.
LAYOUT_THRESHOLD = 500
_STABILISATION_STEPS = 150
_EVIDENCE_PER_EVENT = 5  # in the page; "+N more reports" says how many were left out
_ALIASES = 10


def page_data(graph: "nx.MultiDiGraph", focus: str | None = None, hops: int = 2,
              since: str | None = None, until: str | None = None,
              types: Iterable[str] | None = None, physics: bool | None = None) -> dict[str, Any]:
    """What the page draws, as plain JSON-able data: nodes, edges (one per relationship type
    between two actors), the events they stand for, and the documents the evidence comes
    from. `physics` None decides by `LAYOUT_THRESHOLD`."""
    h = neighbourhood(graph, focus=focus, hops=hops, since=since, until=until, types=types)
    h.remove_nodes_from([n for n in list(h) if h.degree(n) == 0 and n != focus])
    undirected = h.to_undirected(as_view=True)
    degree = {n: len(set(undirected.neighbors(n)) - {n}) for n in h}
    name = lambda n: graph.nodes[n].get("name") or n  # noqa: E731

    groups: dict[tuple, list[str]] = defaultdict(list)
    for a, b, data in h.edges(data=True):
        rel = data["type"]
        pair = tuple(sorted((a, b))) if rel in SYMMETRIC_TYPES else (a, b)
        if data["event_id"] not in groups[(pair, rel)]:
            groups[(pair, rel)].append(data["event_id"])

    docs: list[dict[str, Any]] = []
    doc_index: dict[str, int] = {}
    events: list[dict[str, Any]] = []
    event_index: dict[str, int] = {}

    def add_event(event_id: str) -> int:
        if event_id in event_index:
            return event_index[event_id]
        data = graph.nodes[event_id]
        span = interval(data.get("date"))
        evidence = []
        for ev in list(data.get("evidence", ()))[:_EVIDENCE_PER_EVENT]:
            if ev.doc_id not in doc_index:
                doc = graph.nodes.get(ev.doc_id) or {}
                doc_index[ev.doc_id] = len(docs)
                docs.append({"id": ev.doc_id, "title": doc.get("title") or ev.doc_id,
                             "published": doc.get("published") or ""})
            evidence.append([doc_index[ev.doc_id], ev.text])
        location = data.get("location")
        event_index[event_id] = len(events)
        events.append({
            "id": event_id, "type": data.get("type"), "mode": data.get("mode") or "",
            "date": data.get("date") or "", "status": data.get("status") or "occurred",
            "lo": span[0].isoformat() if span else "", "hi": span[1].isoformat() if span else "",
            "location": name(location) if location and location in graph else "",
            "reports": data.get("reports", 0), "evidence": evidence,
            "more": max(0, len(data.get("evidence", ())) - _EVIDENCE_PER_EVENT),
        })
        return event_index[event_id]

    edges = []
    parallel: dict[tuple[str, str], int] = defaultdict(int)
    for ((a, b), rel), event_ids in sorted(groups.items()):
        ordered = sorted(event_ids, key=lambda e: (graph.nodes[e].get("date") or "9999", e))
        indices = [add_event(e) for e in ordered]
        articles = {ev.doc_id for e in event_ids for ev in graph.nodes[e].get("evidence", ())}
        statuses = {events[i]["status"] for i in indices}
        pair = tuple(sorted((a, b)))
        k = parallel[pair]
        parallel[pair] += 1
        # the k-th relationship between the same two actors bends away from the others,
        # alternately to each side (seen from the pair's first actor)
        bend = 0.0 if k == 0 else 0.25 * ((k + 1) // 2) * (1 if k % 2 else -1)
        if a != pair[0]:
            bend = -bend
        edges.append({
            "id": f"{a}|{b}|{rel}", "from": a, "to": b, "type": rel,
            "directed": rel not in SYMMETRIC_TYPES, "conflict": rel in CONFLICT,
            "events": indices, "articles": len(articles),
            "dashed": "occurred" not in statuses, "bend": bend,
        })

    actors = sorted(h, key=lambda n: (name(n), n))
    weights: dict[tuple[str, str], float] = defaultdict(float)
    for e in edges:
        weights[tuple(sorted((e["from"], e["to"])))] += 1.0
    static = len(actors) > LAYOUT_THRESHOLD if physics is None else not physics
    positions = force_layout(actors, [(a, b, w) for (a, b), w in weights.items()])
    nodes = []
    for n in actors:
        data = graph.nodes[n]
        country = data.get("country") or ""
        if country:
            country = graph.nodes.get(f"country:{country}", {}).get("name") or country
        x, y = positions[n]
        nodes.append({
            "id": n, "label": name(n), "type": data.get("type", ""),
            "title": data.get("title") or "", "country": country,
            "aliases": [a for a in data.get("aliases", ()) if a != name(n)][:_ALIASES],
            "degree": degree[n], "size": round(min(60.0, 8 + 4 * math.sqrt(degree[n])), 1),
            "font": round(min(40.0, 13 + 2 * math.sqrt(degree[n])), 1),
            "x": x, "y": y, "focus": n == focus,
        })

    present = {e["type"] for e in edges}
    spans = [(ev["lo"], ev["hi"]) for ev in events if ev["lo"]]
    summary = f"{len(nodes)} actors, {len(events)} events, {len(edges)} relationships"
    if focus is not None:
        summary += f", within {hops} hops of {name(focus)}"
    if since or until:
        summary += f", {since or '…'} to {until or '…'}"
    if types:
        summary += ", types " + ", ".join(sorted({t.upper() for t in types}))
    return {
        "summary": summary, "focus": focus, "physics": not static,
        "types": [t for t in PLOVER_TYPES if t in present],
        "conflict": sorted(CONFLICT),
        "dates": [min(s[0] for s in spans), max(s[1] for s in spans)] if spans else None,
        "nodes": nodes, "edges": edges, "events": events, "docs": docs,
    }


def html_page(graph: "nx.MultiDiGraph", focus: str | None = None, hops: int = 2,
              since: str | None = None, until: str | None = None,
              types: Iterable[str] | None = None, title: str = "diplograph",
              physics: bool | None = None) -> str:
    """The whole page as one string; see `page_data` for the options."""
    data = page_data(graph, focus=focus, hops=hops, since=since, until=until, types=types,
                     physics=physics)
    style = {"nodes": {t: {"color": c, "shape": s} for t, (c, s) in NODE_STYLE.items()},
             "cooperation": COOPERATION_COLOUR, "conflict": CONFLICT_COLOUR,
             "steps": _STABILISATION_STEPS}
    return _TEMPLATE.format(
        title=html.escape(title), summary=html.escape(data["summary"]),
        vis_css=_asset("vis-network.css"), vis_js=_asset("vis-network.min.js"),
        legend=_legend(), data=_script_json(data), style=_script_json(style), script=_SCRIPT)


def write_html(graph: "nx.MultiDiGraph", out: str | Path, **options: Any) -> Path:
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html_page(graph, **options), encoding="utf-8", errors="replace")
    return path


def _legend() -> str:
    items = [f'<span class="key"><i class="{s}" style="background:{c}"></i>{html.escape(t)}</span>'
             for t, (c, s) in NODE_STYLE.items() if t != "Place"]
    items.append('<span class="key">size: counterparts</span>')
    items.append(f'<span class="key"><b style="background:{COOPERATION_COLOUR}"></b>'
                 'cooperation</span>')
    items.append(f'<span class="key"><b style="background:{CONFLICT_COLOUR}"></b>'
                 'conflict</span>')
    items.append('<span class="key">width: articles</span>')
    items.append('<span class="key"><b class="dashed"></b>planned, cancelled or refused</span>')
    return "".join(items)


def _script_json(value: Any) -> str:
    """JSON that can sit inside <script> whatever the strings hold: no '<', '>' or '&' (so
    no '</script>' or '<!--'), and no line separators that old parsers choke on."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # a lone surrogate (from a JSON article's "\ud800") cannot be written as UTF-8; as a
    # JSON escape it is the same string
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
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


# The page script. It reads DATA and STYLE from the JSON blocks and builds every piece of
# text with textContent; it never assigns innerHTML.
_SCRIPT = r"""
"use strict";
(function () {
  var DATA = JSON.parse(document.getElementById("graph-data").textContent);
  var STYLE = JSON.parse(document.getElementById("graph-style").textContent);
  var events = DATA.events, docs = DATA.docs;
  var container = document.getElementById("graph");
  var tip = document.getElementById("tooltip");
  var details = document.getElementById("details");
  var shown = document.getElementById("shown");
  var loading = document.getElementById("loading");
  var nodeInfo = {}, edgeInfo = {};
  var api = window.diplograph = {ready: false, data: DATA};

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  var nodeItems = DATA.nodes.map(function (n) {
    nodeInfo[n.id] = n;
    var s = STYLE.nodes[n.type] || {color: "#adb5bd", shape: "dot"};
    return {id: n.id, label: n.label, shape: s.shape, size: n.size, x: n.x, y: n.y,
            font: {size: n.font}, borderWidth: n.focus ? 4 : 1,
            color: {background: s.color, border: n.focus ? "#212529" : s.color,
                    highlight: {background: s.color, border: "#212529"},
                    hover: {background: s.color, border: "#212529"}}};
  });
  var edgeItems = DATA.edges.map(function (e) {
    edgeInfo[e.id] = e;
    var colour = e.conflict ? STYLE.conflict : STYLE.cooperation;
    var item = {id: e.id, from: e.from, to: e.to, dashes: e.dashed,
                width: Math.min(12, 1 + 2 * Math.log2(e.articles || 1)),
                arrows: e.directed ? "to" : "", color: {color: colour, highlight: colour, hover: colour, opacity: 0.8}};
    if (e.bend) {
      item.smooth = {enabled: true, type: e.bend > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(e.bend)};
    }
    return item;
  });

  // -- filters: event types and a date range; an actor is shown when one of its
  // relationships is (or when it is the focus)
  var allTypes = DATA.types;
  var state = {types: new Set(allTypes), since: "", until: ""};
  var visibleActors = null;
  function eventShown(ev) {
    if (!state.since && !state.until) { return true; }
    if (!ev.lo) { return false; }
    return (!state.until || ev.lo <= state.until) && (!state.since || ev.hi >= state.since);
  }
  function edgeShown(item) {
    var e = edgeInfo[item.id];
    if (!state.types.has(e.type)) { return false; }
    for (var i = 0; i < e.events.length; i++) {
      if (eventShown(events[e.events[i]])) { return true; }
    }
    return false;
  }
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  var nodesView = new vis.DataView(nodes, {filter: function (n) {
    return visibleActors === null || visibleActors.has(n.id);
  }});
  var edgesView = new vis.DataView(edges, {filter: edgeShown});

  function applyFilters() {
    var filtered = state.types.size !== allTypes.length || state.since || state.until;
    edgesView.refresh();
    if (filtered) {
      visibleActors = new Set();
      edgesView.forEach(function (e) { visibleActors.add(e.from); visibleActors.add(e.to); });
      if (DATA.focus) { visibleActors.add(DATA.focus); }
    } else {
      visibleActors = null;
    }
    nodesView.refresh();
    shown.textContent = "Showing " + edgesView.length + " of " + plural(edgeItems.length, "relationship") +
      " between " + plural(nodesView.length, "actor");
  }

  var typeBox = document.getElementById("types");
  allTypes.forEach(function (t) {
    var label = el("label", "type");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = t; box.name = "type";
    box.addEventListener("change", function () {
      if (box.checked) { state.types.add(t); } else { state.types.delete(t); }
      applyFilters();
    });
    var swatch = el("b");
    swatch.style.background = DATA.conflict.indexOf(t) >= 0 ? STYLE.conflict : STYLE.cooperation;
    label.appendChild(box); label.appendChild(swatch); label.appendChild(document.createTextNode(t));
    typeBox.appendChild(label);
  });
  function setAllTypes(on) {
    typeBox.querySelectorAll("input[name=type]").forEach(function (b) { b.checked = on; });
    state.types = new Set(on ? allTypes : []);
    applyFilters();
  }
  document.getElementById("all-types").addEventListener("click", function () { setAllTypes(true); });
  document.getElementById("no-types").addEventListener("click", function () { setAllTypes(false); });
  var since = document.getElementById("since"), until = document.getElementById("until");
  if (DATA.dates) {
    [since, until].forEach(function (input) { input.min = DATA.dates[0]; input.max = DATA.dates[1]; });
  }
  function readDates() { state.since = since.value; state.until = until.value; applyFilters(); }
  since.addEventListener("change", readDates); until.addEventListener("change", readDates);
  since.addEventListener("input", readDates); until.addEventListener("input", readDates);
  document.getElementById("reset").addEventListener("click", function () {
    since.value = ""; until.value = ""; setAllTypes(true); readDates();
  });

  // -- cards: the hover tooltip and the side panel show the same facts
  function nodeCard(id, full) {
    var n = nodeInfo[id], card = el("div", "card");
    card.appendChild(el("h2", null, n.label));
    card.appendChild(el("div", "meta", n.type + " · " + n.id));
    if (n.title) { card.appendChild(el("div", null, "Title: " + n.title)); }
    if (n.country) { card.appendChild(el("div", null, "Country: " + n.country)); }
    if (n.aliases.length) { card.appendChild(el("div", null, "Also: " + n.aliases.join(", "))); }
    card.appendChild(el("div", null, "Counterparts: " + n.degree));
    if (full) {
      var list = el("ul", "relations");
      var mine = edgesView.get({filter: function (item) { return item.from === id || item.to === id; }})
        .map(function (item) { return edgeInfo[item.id]; });
      mine.sort(function (x, y) { return y.articles - x.articles || y.events.length - x.events.length; });
      mine.forEach(function (e) {
        var li = el("li"), link = el("a", null, edgeHeading(e));
        link.href = "#"; link.addEventListener("click", function (ev) {
          ev.preventDefault(); network.selectEdges([e.id]); showDetails(edgeCard(e.id, true));
        });
        li.appendChild(link); list.appendChild(li);
      });
      card.appendChild(el("h3", null, "Relationships"));
      card.appendChild(list);
    }
    return card;
  }
  function edgeHeading(e) {
    var link = e.directed ? " → " : " — ";
    return e.type + ": " + nodeInfo[e.from].label + link + nodeInfo[e.to].label + " (" +
      plural(e.events.length, "event") + ", " + plural(e.articles, "article") + ")";
  }
  function edgeCard(id, full) {
    var e = edgeInfo[id], card = el("div", "card");
    card.appendChild(el("h2", null, edgeHeading(e)));
    var limit = full ? e.events.length : 3;
    e.events.slice(0, limit).forEach(function (index) {
      var ev = events[index], facts = [ev.date || "undated", ev.type];
      if (ev.mode) { facts.push(ev.mode); }
      facts.push(ev.status);
      if (ev.location) { facts.push("in " + ev.location); }
      var block = el("div", "event" + (eventShown(ev) ? "" : " hidden-event"));
      block.appendChild(el("div", "facts", facts.join(" · ")));
      var quotes = el("ul", "evidence");
      ev.evidence.slice(0, full ? ev.evidence.length : 2).forEach(function (pair) {
        var doc = docs[pair[0]], li = el("li");
        li.appendChild(el("q", null, pair[1]));
        li.appendChild(el("cite", null, doc.title + (doc.published ? ", " + doc.published : "")));
        quotes.appendChild(li);
      });
      var more = ev.more + ev.evidence.length - (full ? ev.evidence.length : Math.min(2, ev.evidence.length));
      if (more > 0) { quotes.appendChild(el("li", "more", "+" + plural(more, "more report"))); }
      block.appendChild(quotes);
      card.appendChild(block);
    });
    if (e.events.length > limit) {
      card.appendChild(el("div", "more", "+" + plural(e.events.length - limit, "more event") + " (click for all)"));
    }
    return card;
  }
  function showDetails(card) {
    details.replaceChildren(card);
  }
  function showTip(card, pointer) {
    tip.replaceChildren(card);
    tip.hidden = false;
    var box = container.getBoundingClientRect();
    var x = pointer.DOM.x + 14, y = pointer.DOM.y + 14;
    if (x + tip.offsetWidth > box.width) { x = Math.max(0, pointer.DOM.x - tip.offsetWidth - 14); }
    if (y + tip.offsetHeight > box.height) { y = Math.max(0, box.height - tip.offsetHeight); }
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; }

  // -- the network
  var large = !DATA.physics || nodeItems.length === 0;
  var network = new vis.Network(container, {nodes: nodesView, edges: edgesView}, {
    autoResize: true,
    layout: {improvedLayout: false},
    nodes: {borderWidth: 1, font: {strokeWidth: 3, strokeColor: "#ffffff"},
            scaling: {label: {enabled: true, drawThreshold: 7, maxVisible: 28}}},
    edges: {smooth: false, selectionWidth: 2, hoverWidth: 1, arrows: {to: {scaleFactor: 0.5}},
            arrowStrikethrough: false},
    interaction: {hover: true, tooltipDelay: 100, hideEdgesOnDrag: large, hideEdgesOnZoom: large,
                  navigationButtons: false, keyboard: false, multiselect: false},
    physics: large ? false : {
      solver: "forceAtlas2Based",
      forceAtlas2Based: {gravitationalConstant: -60, centralGravity: 0.008, springLength: 90,
                         springConstant: 0.06, avoidOverlap: 0.4},
      minVelocity: 1, stabilization: {enabled: true, iterations: STYLE.steps, updateInterval: 10, fit: true}
    }
  });
  api.network = network; api.nodes = nodesView; api.edges = edgesView;
  api.allNodes = nodes; api.allEdges = edges; api.applyFilters = applyFilters;

  network.on("hoverNode", function (p) { showTip(nodeCard(p.node, false), p.pointer); });
  network.on("hoverEdge", function (p) { showTip(edgeCard(p.edge, false), p.pointer); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  network.on("click", function (p) {
    hideTip();
    if (p.nodes.length) { showDetails(nodeCard(p.nodes[0], true)); }
    else if (p.edges.length) { showDetails(edgeCard(p.edges[0], true)); }
  });

  var names = document.getElementById("actor-names");
  DATA.nodes.forEach(function (n) { var o = el("option"); o.value = n.label; names.appendChild(o); });
  var byName = {};
  DATA.nodes.forEach(function (n) { byName[n.label.toLowerCase()] = n.id; });
  document.getElementById("find").addEventListener("change", function (ev) {
    var id = byName[ev.target.value.trim().toLowerCase()];
    if (id && nodesView.get(id)) {
      network.selectNodes([id]);
      network.focus(id, {scale: 1.2, animation: {duration: 400}});
      showDetails(nodeCard(id, true));
    }
  });

  function ready() {
    if (nodeItems.length) { loading.hidden = true; }
    else { loading.textContent = "No relationships to show: nothing matched the export's selection."; }
    network.once("afterDrawing", function () {
      api.ready = true;
      document.documentElement.setAttribute("data-ready", "true");  // for scripts driving the page
    });
    network.redraw();
  }
  if (large) {
    ready();
  } else {
    loading.textContent = "Laying out " + plural(nodeItems.length, "actor") + "…";
    network.on("stabilizationProgress", function (p) {
      loading.textContent = "Laying out " + plural(nodeItems.length, "actor") + "… " +
        Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: false});
      ready();
    });
  }
  applyFilters();
})();
"""

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{vis_css}</style>
<style>
* {{ box-sizing: border-box; }}
body {{ margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #212529; display: flex; flex-direction: column; height: 100vh; }}
header {{ padding: 8px 16px 4px; }}
header h1 {{ font-size: 18px; margin: 0 12px 0 0; display: inline; }}
#summary {{ color: #495057; }}
#legend {{ margin-top: 4px; color: #495057; font-size: 13px; }}
.key {{ margin-right: 14px; white-space: nowrap; }}
.key i, .type b, .key b {{ display: inline-block; width: 11px; height: 11px; margin-right: 4px; vertical-align: -1px; }}
.key i.dot {{ border-radius: 6px; }}
.key i.diamond {{ transform: rotate(45deg) scale(0.85); }}
.key b, .type b {{ height: 3px; width: 16px; vertical-align: 3px; }}
.key b.dashed {{ background: repeating-linear-gradient(90deg, #495057 0 4px, transparent 4px 7px); }}
#filters {{ padding: 4px 16px 6px; border-bottom: 1px solid #dee2e6; font-size: 13px; display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center; }}
#types {{ display: inline; }}
.type {{ margin-right: 8px; white-space: nowrap; }}
.type input {{ margin: 0 3px 0 0; vertical-align: -2px; }}
#filters button {{ font-size: 12px; }}
#shown {{ color: #495057; }}
main {{ display: flex; flex: 1; min-height: 0; }}
#stage {{ flex: 1; position: relative; }}
#graph {{ position: absolute; inset: 0; }}
#details {{ width: 30%; min-width: 240px; max-width: 480px; overflow: auto; padding: 8px 12px; border-left: 1px solid #dee2e6; color: #495057; }}
#tooltip {{ position: absolute; z-index: 10; max-width: 440px; padding: 8px 10px; background: #fff; border: 1px solid #ced4da; border-radius: 4px; box-shadow: 0 2px 8px rgba(0,0,0,.15); pointer-events: none; font-size: 13px; }}
#loading {{ position: absolute; z-index: 5; left: 12px; top: 8px; color: #495057; }}
.card h2 {{ font-size: 15px; margin: 0 0 4px; color: #212529; }}
.card h3 {{ font-size: 13px; margin: 10px 0 2px; }}
.card .meta, .card cite, .card .more {{ color: #868e96; }}
.card .facts {{ font-weight: 600; margin-top: 6px; color: #343a40; }}
.card ul {{ margin: 2px 0; padding-left: 18px; }}
.card q {{ display: block; color: #212529; }}
.card cite {{ display: block; font-style: normal; font-size: 12px; }}
.card .hidden-event {{ opacity: .5; }}
</style>
</head>
<body>
<header><h1>{title}</h1><span id="summary">{summary}</span><div id="legend">{legend}</div></header>
<nav id="filters">
<span id="types"></span>
<span><button type="button" id="all-types">all types</button> <button type="button" id="no-types">none</button></span>
<label>From <input type="date" id="since"></label>
<label>to <input type="date" id="until"></label>
<button type="button" id="reset">reset</button>
<label>Find <input id="find" list="actor-names" placeholder="actor name" size="18"></label>
<datalist id="actor-names"></datalist>
<span id="shown"></span>
</nav>
<main><div id="stage"><div id="graph"></div><div id="loading">Drawing…</div><div id="tooltip" hidden></div></div>
<aside id="details">Hover over an actor or a relationship for a summary; click it to see all its evidence here.</aside></main>
<script id="graph-data" type="application/json">{data}</script>
<script id="graph-style" type="application/json">{style}</script>
<script>{vis_js}</script>
<script>{script}</script>
</body>
</html>
"""
