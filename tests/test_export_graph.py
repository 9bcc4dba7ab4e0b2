"""GraphML and GEXF exports load back in NetworkX with their attributes."""
from __future__ import annotations

from xml.etree import ElementTree

import networkx as nx

from diplograph.export.gexf import write_gexf
from diplograph.export.graphml import flat_graph, write_graphml
from small_world import graph

G = graph()


def test_graphml_round_trip_keeps_types_dates_and_evidence(tmp_path):
    path = write_graphml(G, tmp_path / "g.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.is_directed()
    assert set(back) == {"country:USA", "country:CHN", "country:RUS", "person:antony-blinken",
                         "person:qin-gang", "person:sergei-lavrov", "person:wang-yi",
                         "person:wang-wenbin"}
    qin = back.nodes["person:qin-gang"]
    assert (qin["type"], qin["label"], qin["aliases"], qin["country"]) == \
        ("Person", "Qin Gang", "Qin", "CHN")
    meet = back.edges["person:antony-blinken", "person:qin-gang", "ev-meet"]
    assert (meet["type"], meet["date"], meet["mode"], meet["reports"]) == \
        ("CONSULT", "2023-06-18", "meet", 2)
    assert meet["evidence_count"] == 2
    assert meet["evidence"] == "Antony Blinken met Qin Gang in Beijing on Sunday."
    assert meet["evidence_docs"] == "d1; d3"
    assert isinstance(meet["confidence"], float)


def test_full_graph_keeps_events_documents_and_parallel_edges(tmp_path):
    back = nx.read_graphml(write_graphml(G, tmp_path / "full.graphml", full=True),
                           force_multigraph=True)
    assert back.number_of_nodes() == G.number_of_nodes()
    assert back.number_of_edges() == G.number_of_edges()
    event = back.nodes["ev-meet"]
    assert (event["labels"], event["type"], event["evidence_count"]) == ("Event", "CONSULT", 2)
    assert "Antony Blinken met Qin Gang" in event["evidence"]


def test_gexf_round_trip(tmp_path):
    back = nx.read_gexf(write_gexf(G, tmp_path / "g.gexf", focus="person:qin-gang", hops=1))
    assert set(back) == {"person:qin-gang", "person:antony-blinken", "person:sergei-lavrov"}
    assert back.nodes["person:qin-gang"]["label"] == "Qin Gang"
    assert back.nodes["person:qin-gang"]["type"] == "Person"
    [(_, _, data)] = [e for e in back.edges(data=True) if e[1] == "person:sergei-lavrov"]
    assert (data["relation"], data["label"], data["date"], data["mode"]) == \
        ("CONSULT", "CONSULT", "2023-07-01", "call")


def test_filters_select_edges(tmp_path):
    flat = flat_graph(G, since="2023-07", types=["CONSULT"])
    assert {d["event_id"] for _, _, d in flat.edges(data=True)} == {"ev-call", "ev-host"}
    back = nx.read_gexf(write_gexf(G, tmp_path / "f.gexf", full=True))
    assert back.number_of_edges() == G.number_of_edges()


def test_edges_carry_date_bounds_and_gephi_reads_time_colour_and_weight(tmp_path):
    back = nx.read_graphml(write_graphml(G, tmp_path / "g.graphml"), force_multigraph=True)
    accuse = back.edges["country:CHN", "country:USA", "ev-accuse"]
    assert (accuse["date"], accuse["date_start"], accuse["date_end"]) == \
        ("2023-06", "2023-06-01", "2023-06-30")
    assert back.edges["country:RUS", "country:USA", "ev-urge"]["date_start"] == ""

    path = write_gexf(G, tmp_path / "g.gexf")
    text = path.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text  # Gephi's timeline
    gexf = nx.read_gexf(path)
    [(_, _, accuse)] = [e for e in gexf.edges(data=True) if e[2].get("event_id") == "ev-accuse"]
    assert (accuse["start"], accuse["end"]) == ("2023-06-01", "2023-06-30")
    [(_, _, meet)] = [e for e in gexf.edges(data=True) if e[2].get("event_id") == "ev-meet"]
    assert meet["weight"] == 2.0  # two articles
    colours = {}  # NetworkX does not read an edge's colour back: the XML says it
    for edge in ElementTree.parse(path).iter("{http://www.gexf.net/1.2draft}edge"):
        colour = edge.find("{http://www.gexf.net/1.2draft/viz}color")
        colours[edge.get("label")] = (colour.get("r"), colour.get("g"), colour.get("b"))
    assert colours["ACCUSE"] == ("224", "49", "49") and colours["CONSULT"] == ("47", "158", "68")
    [(_, _, urge)] = [e for e in gexf.edges(data=True) if e[2].get("event_id") == "ev-urge"]
    assert "start" not in urge  # undated: always on the timeline
    qin = gexf.nodes["person:qin-gang"]
    assert qin["viz"]["color"] == {"r": 76, "g": 110, "b": 245, "a": 1.0}
    assert qin["viz"]["size"] > gexf.nodes["person:wang-yi"]["viz"]["size"]


def test_characters_xml_cannot_hold_do_not_spoil_the_file(tmp_path):
    from diplograph.graph import build_graph
    from diplograph.records import Actor, Event, Evidence
    from small_world import ACTORS, DOCUMENTS, EVENTS

    odd = "form\x0cfeed\x00nul <b>&amp; ]]> \ud800 end"
    actors = ACTORS + (Actor("person:odd", odd, "Person", aliases=(odd,)),)
    events = EVENTS + (Event("ev-odd", "THREATEN", ("person:odd",), ("country:USA",),
                             evidence=(Evidence("d1", 0, 3, odd),)),)
    g = build_graph(actors, events, DOCUMENTS)
    shown = "form\ufffdfeed\ufffdnul <b>&amp; ]]> \ufffd end"
    for full in (False, True):
        back = nx.read_graphml(write_graphml(g, tmp_path / "o.graphml", full=full),
                               force_multigraph=True)
        assert back.nodes["person:odd"]["name"] == shown
        gexf = nx.read_gexf(write_gexf(g, tmp_path / "o.gexf", full=full))
        assert gexf.nodes["person:odd"]["label"] == shown
    [(_, _, edge)] = [e for e in back.edges(data=True) if e[2].get("event_id") == "ev-odd"]
    assert edge["evidence"] == shown
