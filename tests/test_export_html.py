"""The HTML export as text: offline, escaped, and carrying the evidence.

The page's data block is parsed as JSON here; tests/test_browser_html.py opens the page in a
real Chromium.
"""
from __future__ import annotations

import json
import re

import pytest

from diplograph.export.html import LAYOUT_THRESHOLD, NODE_STYLE, html_page, page_data, write_html
from diplograph.export.layout import force_layout
from diplograph.graph import build_graph
from diplograph.records import Actor, Event, Evidence
from small_world import ACTORS, DOCUMENTS, EVENTS, graph

EVIL_NAME = '<script>alert(1)</script><img src=x onerror="alert(2)"> <a href="javascript:alert(3)">'
EVIL_SENTENCE = '</script><script>alert(4)</script> href="https://example.org/x" onerror=alert(5)'


def data_of(page: str) -> dict:
    match = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', page,
                      re.S)
    assert match, "the page has no data block"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def evil_page():
    evil = Actor("person:evil", EVIL_NAME, "Person", aliases=(EVIL_SENTENCE,), titles=(EVIL_NAME,))
    doc = DOCUMENTS[0]
    event = Event("ev-evil", "THREATEN", ("person:evil",), ("country:USA",),
                  evidence=(Evidence(doc.id, 0, 10, EVIL_SENTENCE),))
    g = build_graph(ACTORS + (evil,), EVENTS + (event,), DOCUMENTS)
    return html_page(g, title=EVIL_NAME)


def test_page_makes_no_network_request(evil_page):
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", evil_page, re.I)
    assert "@import" not in evil_page and "url(http" not in evil_page
    assert "default-src 'none'" in evil_page  # and the browser is told to refuse any
    assert "vis.Network" in evil_page and "<script src" not in evil_page
    assert "<link" not in evil_page and "<iframe" not in evil_page


def test_article_text_never_becomes_markup(evil_page):
    for raw in ("<script>alert(", "<img", "</script><script>", 'href="javascript', "<a href"):
        assert raw not in evil_page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in evil_page  # the escaped heading
    assert "innerHTML" not in evil_page.split("<script>", 2)[-1]  # not in the page script
    data = data_of(evil_page)
    evil = next(n for n in data["nodes"] if n["id"] == "person:evil")
    assert evil["label"] == EVIL_NAME and evil["title"] == EVIL_NAME  # the text survives, as data
    edge = next(e for e in data["edges"] if e["from"] == "person:evil")
    [event] = [data["events"][i] for i in edge["events"]]
    assert event["evidence"] == [[0, EVIL_SENTENCE]]


def test_nodes_are_styled_by_type_and_sized_by_counterparts():
    data = data_of(html_page(graph()))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert "place:beijing" not in nodes
    qin, usa = nodes["person:qin-gang"], nodes["country:USA"]
    assert (qin["type"], usa["type"]) == ("Person", "Country")
    assert qin["size"] > nodes["person:wang-yi"]["size"]
    assert (qin["label"], qin["title"], qin["country"], qin["aliases"], qin["degree"]) == \
        ("Qin Gang", "Foreign Minister", "China", ["Qin"], 2)
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes.values())
    page = html_page(graph())
    for colour, shape in NODE_STYLE.values():
        assert colour in page and f'"shape":"{shape}"' in page


def test_edges_carry_type_mode_date_status_and_evidence_with_titles():
    data = data_of(html_page(graph()))
    edges = {e["id"]: e for e in data["edges"]}
    meet = edges["person:antony-blinken|person:qin-gang|CONSULT"]
    assert (meet["type"], meet["directed"], meet["dashed"], meet["conflict"]) == \
        ("CONSULT", False, False, False)
    assert meet["articles"] == 2  # reported in d1 and d3: the edge's width
    [event] = [data["events"][i] for i in meet["events"]]
    assert {k: event[k] for k in ("type", "mode", "date", "status", "lo", "hi", "location")} == {
        "type": "CONSULT", "mode": "meet", "date": "2023-06-18", "status": "occurred",
        "lo": "2023-06-18", "hi": "2023-06-18", "location": "Beijing"}
    quotes = [(data["docs"][d]["title"], text) for d, text in event["evidence"]]
    assert quotes == [("Talks in Beijing", "Antony Blinken met Qin Gang in Beijing on Sunday."),
                      ("Lavrov in Beijing", "Blinken and Qin Gang had talked in Beijing in June.")]
    accuse = edges["country:CHN|country:USA|ACCUSE"]
    assert accuse["directed"] and accuse["conflict"]
    month = data["events"][accuse["events"][0]]
    assert (month["lo"], month["hi"]) == ("2023-06-01", "2023-06-30")
    assert data["types"] == ["CONSULT", "REQUEST", "ACCUSE"]  # PLOVER order, only those present
    assert data["dates"] == ["2023-06-01", "2023-07-11"]


def test_parallel_relationships_bend_apart():
    extra = Event("ev-agree", "AGREE", ("person:antony-blinken",), ("person:qin-gang",),
                  date="2023-06-18", evidence=EVENTS[0].evidence[:1])
    back = Event("ev-back", "ACCUSE", ("person:antony-blinken",), ("person:wang-wenbin",),
                 date="2023-07-12", evidence=EVENTS[5].evidence)
    data = page_data(build_graph(ACTORS, EVENTS + (extra, back), DOCUMENTS))
    bends = sorted(e["bend"] for e in data["edges"]
                   if {e["from"], e["to"]} == {"person:antony-blinken", "person:qin-gang"})
    assert bends[0] != bends[1] and 0.0 in bends
    both_ways = [e for e in data["edges"]
                 if {e["from"], e["to"]} == {"person:antony-blinken", "person:wang-wenbin"}]
    assert len(both_ways) == 2 and both_ways[0]["bend"] != both_ways[1]["bend"]


def test_focus_hops_period_and_types(tmp_path):
    g = graph()
    focused = data_of(html_page(g, focus="person:antony-blinken", hops=1))
    assert {n["id"] for n in focused["nodes"]} == {"person:antony-blinken", "person:qin-gang",
                                                   "person:wang-wenbin"}
    assert [n["id"] for n in focused["nodes"] if n["focus"]] == ["person:antony-blinken"]
    assert focused["focus"] == "person:antony-blinken"
    july = data_of(html_page(g, since="2023-07", types=["CONSULT"]))
    assert {e["id"] for e in july["edges"]} == {
        "person:qin-gang|person:sergei-lavrov|CONSULT",
        "person:sergei-lavrov|person:wang-yi|CONSULT"}
    assert "2023-07 to …" in july["summary"] and "types CONSULT" in july["summary"]
    path = write_html(g, tmp_path / "deep" / "graph.html")
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_physics_only_up_to_the_threshold():
    assert page_data(graph())["physics"] is True
    assert page_data(graph(), physics=False)["physics"] is False
    # a hub and LAYOUT_THRESHOLD spokes: one actor too many for physics in the browser
    hub = Actor("country:USA", "United States", "Country")
    spokes = [Actor(f"person:p{i}", f"Person {i}", "Person") for i in range(LAYOUT_THRESHOLD)]
    ev = EVENTS[0].evidence[:1]
    events = [Event(f"ev{i}", "CONSULT", (a.id,), (hub.id,), evidence=ev)
              for i, a in enumerate(spokes)]
    big = page_data(build_graph([hub, *spokes], events, DOCUMENTS))
    assert len(big["nodes"]) == LAYOUT_THRESHOLD + 1 and big["physics"] is False
    assert page_data(build_graph([hub, *spokes[1:]], events[1:], DOCUMENTS))["physics"] is True


def test_layout_keeps_linked_actors_closer_than_strangers():
    # two cliques of ten joined by one edge, and a lone pair
    nodes = [f"a{i}" for i in range(10)] + [f"b{i}" for i in range(10)] + ["x", "y"]
    edges = [(f"a{i}", f"a{j}", 1.0) for i in range(10) for j in range(i + 1, 10)]
    edges += [(f"b{i}", f"b{j}", 1.0) for i in range(10) for j in range(i + 1, 10)]
    edges += [("a0", "b0", 1.0), ("x", "y", 1.0)]
    pos = force_layout(nodes, edges)
    assert pos == force_layout(nodes, edges)  # deterministic

    def dist(u, v):
        return ((pos[u][0] - pos[v][0]) ** 2 + (pos[u][1] - pos[v][1]) ** 2) ** 0.5

    within = max(dist(f"a{i}", f"a{j}") for i in range(10) for j in range(10))
    across = min(dist(f"a{i}", f"b{j}") for i in range(10) for j in range(10))
    assert within < across
    assert min(dist(u, v) for u in nodes for v in nodes if u < v) > 1.0  # no two on one spot
    assert force_layout([]) == {} and force_layout(["solo"]) == {"solo": (0.0, 0.0)}


def test_a_lone_surrogate_from_a_json_article_is_written(tmp_path):
    odd = Actor("person:odd", "Odd \ud800 name", "Person")
    event = Event("ev-odd", "THREATEN", ("person:odd",), ("country:USA",),
                  evidence=(Evidence("d1", 0, 3, "text \udfff"),))
    g = build_graph(ACTORS + (odd,), EVENTS + (event,), DOCUMENTS)
    page = write_html(g, tmp_path / "odd.html", title="Odd \ud800").read_text(encoding="utf-8")
    data = data_of(page)
    assert next(n for n in data["nodes"] if n["id"] == "person:odd")["label"] == "Odd \ud800 name"
    assert ["text \udfff"] == [t for e in data["events"] for _, t in e["evidence"]
                               if t.startswith("text")]
