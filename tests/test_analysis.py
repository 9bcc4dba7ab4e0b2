"""Paths, rankings, timelines and profiles on the small hand-built world.

Its relationship graph is a chain Wang Wenbin -> Blinken - Qin Gang - Lavrov - Wang Yi and,
apart from it, China -> United States <- Russia.
"""
from __future__ import annotations

import pytest

from diplograph.analysis import (
    MEASURES, NoPath, centrality, describe_actor, format_stats, neighbourhood, shortest_path,
    timeline,
)
from small_world import ACTORS, graph

G = graph()
BY_ID = {a.id: a for a in ACTORS}
BLINKEN, QIN, LAVROV = "person:antony-blinken", "person:qin-gang", "person:sergei-lavrov"
WANG_YI, WANG_WENBIN = "person:wang-yi", "person:wang-wenbin"


def test_shortest_path_walks_events_with_their_evidence():
    hops = shortest_path(G, BLINKEN, LAVROV)
    assert [(h.from_name, h.type, h.mode, h.to_name) for h in hops] == [
        ("Antony Blinken", "CONSULT", "meet", "Qin Gang"),
        ("Qin Gang", "CONSULT", "call", "Sergei Lavrov")]
    first = hops[0]
    assert first.event_id == "ev-meet" and first.date == "2023-06-18"
    assert [e.doc_id for e in first.evidence] == ["d1", "d3"]
    assert first.to_dict()["evidence"][0] == {
        "doc": "d1", "text": "Antony Blinken met Qin Gang in Beijing on Sunday.", "start": 0,
        "end": 49}


def test_path_against_an_events_direction_says_so():
    [hop] = shortest_path(G, BLINKEN, WANG_WENBIN)
    assert (hop.from_id, hop.to_id, hop.type, hop.forward) == (BLINKEN, WANG_WENBIN, "ACCUSE", False)
    [hop] = shortest_path(G, WANG_WENBIN, BLINKEN)
    assert hop.forward is True


def test_max_hops_since_and_types_limit_the_path():
    assert len(shortest_path(G, WANG_WENBIN, WANG_YI)) == 4
    with pytest.raises(NoPath, match=r"no path of 3 hops or fewer .* \(the shortest has 4\)"):
        shortest_path(G, WANG_WENBIN, WANG_YI, max_hops=3)
    with pytest.raises(NoPath, match="no path joins 'Antony Blinken' and 'Sergei Lavrov' since 2023-07"):
        shortest_path(G, BLINKEN, LAVROV, since="2023-07")
    assert [h.type for h in shortest_path(G, BLINKEN, WANG_YI, types=["consult"])] == ["CONSULT"] * 3
    with pytest.raises(NoPath, match="'Wang Wenbin' has no relationships of type CONSULT"):
        shortest_path(G, WANG_WENBIN, WANG_YI, types=["CONSULT"])


def test_unconnected_actors_and_bad_arguments():
    with pytest.raises(NoPath, match="no path joins 'Antony Blinken' and 'China'"):
        shortest_path(G, BLINKEN, "country:CHN")
    with pytest.raises(ValueError, match="two different actors"):
        shortest_path(G, BLINKEN, BLINKEN)
    with pytest.raises(ValueError, match="cannot read the date 'soon'"):
        shortest_path(G, BLINKEN, LAVROV, since="soon")
    with pytest.raises(ValueError, match="unknown event type MEET"):
        shortest_path(G, BLINKEN, LAVROV, types=["MEET"])


def test_degree_counts_counterparts():
    ranking = centrality(G, "degree", top=None)
    assert [(s.name, s.score) for s in ranking] == [
        ("Antony Blinken", 2), ("Qin Gang", 2), ("Sergei Lavrov", 2), ("United States", 2),
        ("China", 1), ("Russia", 1), ("Wang Wenbin", 1), ("Wang Yi", 1)]
    assert ranking.note == ""


def test_betweenness_finds_the_middle_of_the_chain():
    ranking = centrality(G, "betweenness", top=3)
    assert [s.id for s in ranking] == [QIN, BLINKEN, LAVROV]
    assert ranking[0].score == pytest.approx(4 * 2 / (7 * 6), abs=1e-6)


def test_pagerank_sums_to_one_and_type_filter():
    full = centrality(G, "pagerank", top=None)
    assert sum(s.score for s in full) == pytest.approx(1.0, abs=1e-4)
    assert [s.score for s in full] == sorted((s.score for s in full), reverse=True)
    countries = centrality(G, "pagerank", actor_type="Country", top=None)
    assert [s.name for s in countries] == ["United States", "China", "Russia"]


def test_eigenvector_on_a_disconnected_graph_falls_back_and_says_so():
    ranking = centrality(G, "eigenvector", top=None)
    assert "2 unconnected parts" in ranking.note and "largest (5 actors)" in ranking.note
    scores = {s.id: s.score for s in ranking}
    assert scores[QIN] == max(scores.values())
    assert scores["country:USA"] == 0


@pytest.mark.parametrize("measure", MEASURES)
def test_every_measure_survives_tiny_and_empty_graphs(measure):
    pair = centrality(G, measure, since="2023-07-10", until="2023-07-10")
    assert {s.id for s in pair} == {WANG_YI, LAVROV}
    empty = centrality(G, measure, since="2030")
    assert list(empty) == [] and "no relationships since 2030" in empty.note


def test_unknown_measure_and_type():
    with pytest.raises(ValueError, match="unknown measure 'fame'"):
        centrality(G, "fame")
    with pytest.raises(ValueError, match="unknown actor type 'Place'"):
        centrality(G, actor_type="Place")


def test_timeline_sorts_by_date_with_undated_last():
    usa = timeline(G, "country:USA")
    assert [(e.event_id, e.date) for e in usa] == [("ev-accuse", "2023-06"), ("ev-urge", None)]
    assert usa[0].source == (("country:CHN", "China"),)
    assert usa[0].target == (("country:USA", "United States"),)
    assert [e.event_id for e in timeline(G, "country:USA", since="2023")] == ["ev-accuse"]


def test_timeline_of_two_actors_and_its_documents():
    [entry] = timeline(G, QIN, BLINKEN)
    assert entry.event_id == "ev-meet" and entry.location == ("place:beijing", "Beijing")
    assert {i for i, _ in entry.participants} == {QIN, BLINKEN}
    assert ("d1", "Talks in Beijing", "2023-06-19") in entry.documents
    assert [e.event_id for e in timeline(G, QIN)] == ["ev-meet", "ev-call"]
    assert timeline(G, QIN, "country:RUS") == []
    assert [e.event_id for e in timeline(G, QIN, types=["consult"], until="2023-06-30")] == ["ev-meet"]


def test_describe_actor():
    profile = describe_actor(G, BY_ID[BLINKEN])
    assert profile.represents == ("country:USA", "United States")
    assert profile.by_type == (("ACCUSE", 1), ("CONSULT", 1))
    assert [n for _, n, _ in profile.counterparts] == ["Qin Gang", "Wang Wenbin"]
    assert [e.event_id for e in profile.events] == ["ev-meet", "ev-criticise"]
    data = profile.to_dict()
    assert data["reasons"] == ["same name in d1 and d3", "surname 'Blinken' in d3"]
    assert data["titles"] == ["Secretary of State"] and data["documents"] == 2
    china = describe_actor(G, BY_ID["country:CHN"])
    assert [n for _, n, _ in china.people] == ["Qin Gang", "Wang Wenbin", "Wang Yi"]


def test_describe_actor_takes_a_store_too(tmp_path):
    from diplograph.store.base import Resolution
    from diplograph.store.sqlite import Ledger
    from small_world import DOCUMENTS, EVENTS

    with Ledger(tmp_path / "s.db") as ledger:
        ledger.write(Resolution(ACTORS, EVENTS, (), DOCUMENTS))
        profile = describe_actor(ledger, BY_ID[QIN])
    assert [e.event_id for e in profile.events] == ["ev-meet", "ev-call"]


def test_neighbourhood():
    assert set(neighbourhood(G, BLINKEN, hops=1)) == {BLINKEN, QIN, WANG_WENBIN}
    assert set(neighbourhood(G, BLINKEN, hops=2)) == {BLINKEN, QIN, WANG_WENBIN, LAVROV}
    assert "place:beijing" not in neighbourhood(G)
    with pytest.raises(NoPath):
        neighbourhood(G, "place:beijing")


def test_format_stats():
    assert format_stats({"documents": 3, "actors": 1200}) == "documents         3\nactors        1,200"
    assert format_stats({}) == "the store is empty"
