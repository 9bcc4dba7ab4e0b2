"""GraphML and GEXF exports load back in NetworkX with their attributes."""
from __future__ import annotations

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
