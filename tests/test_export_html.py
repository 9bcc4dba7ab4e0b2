"""The HTML export: offline, escaped, and carrying the evidence.

No browser here: the page is checked as text, and its data block is parsed as JSON.
"""
from __future__ import annotations

import json
import re

import pytest

from diplograph.export.html import NODE_STYLE, html_page, write_html
from diplograph.graph import build_graph
from diplograph.records import Actor, Event, Evidence
from small_world import ACTORS, DOCUMENTS, EVENTS, graph

EVIL_NAME = '<script>alert(1)</script><img src=x onerror="alert(2)"> <a href="javascript:alert(3)">'
EVIL_SENTENCE = '</script><script>alert(4)</script> href="https://example.org/x" onerror=alert(5)'


def data_of(page: str) -> dict:
    match = re.search(r"var DATA = (\{.*?\});\n", page)
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


def test_article_text_never_becomes_markup(evil_page):
    for raw in ("<script>alert(", "<img", "</script><script>", 'href="javascript', "<a href"):
        assert raw not in evil_page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in evil_page  # the escaped heading
    assert "innerHTML" not in evil_page
    data = data_of(evil_page)
    evil = next(n for n in data["nodes"] if n["id"] == "person:evil")
    assert evil["label"] == EVIL_NAME  # the text itself survives, as data
    edge = next(e for e in data["edges"] if e["from"] == "person:evil")
    assert EVIL_SENTENCE in edge["title"]


def test_nodes_are_styled_by_type_and_sized_by_counterparts():
    data = data_of(html_page(graph()))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert "place:beijing" not in nodes
    qin, usa = nodes["person:qin-gang"], nodes["country:USA"]
    assert (qin["color"], qin["shape"]) == NODE_STYLE["Person"]
    assert (usa["color"], usa["shape"]) == NODE_STYLE["Country"]
    assert qin["size"] > nodes["person:wang-yi"]["size"]
    assert qin["title"].splitlines() == ["Qin Gang", "Person · person:qin-gang",
                                         "Title: Foreign Minister", "Country: China",
                                         "Also: Qin", "Counterparts: 2"]


def test_edges_carry_type_mode_date_status_and_evidence_with_titles():
    data = data_of(html_page(graph()))
    edges = {e["id"]: e for e in data["edges"]}
    meet = edges["person:antony-blinken|person:qin-gang|CONSULT"]
    assert meet["arrows"] == "" and meet["dashes"] is False
    lines = meet["title"].splitlines()
    assert lines[0] == "CONSULT: Antony Blinken — Qin Gang (1 event)"
    assert "2023-06-18 · CONSULT · meet · occurred" in lines
    assert ("“Antony Blinken met Qin Gang in Beijing on Sunday.” — Talks in Beijing, 2023-06-19"
            in lines)
    accuse = edges["country:CHN|country:USA|ACCUSE"]
    assert accuse["arrows"] == "to" and accuse["color"] != meet["color"]


def test_focus_hops_period_and_types(tmp_path):
    g = graph()
    focused = data_of(html_page(g, focus="person:antony-blinken", hops=1))
    assert {n["id"] for n in focused["nodes"]} == {"person:antony-blinken", "person:qin-gang",
                                                   "person:wang-wenbin"}
    assert next(n for n in focused["nodes"] if n["id"] == "person:antony-blinken")["borderWidth"] == 4
    july = data_of(html_page(g, since="2023-07", types=["CONSULT"]))
    assert {e["id"] for e in july["edges"]} == {
        "person:qin-gang|person:sergei-lavrov|CONSULT",
        "person:sergei-lavrov|person:wang-yi|CONSULT"}
    path = write_html(g, tmp_path / "deep" / "graph.html")
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
