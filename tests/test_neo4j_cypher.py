"""The named queries in cypher/ and the path / central / timeline answers, on both stores:
the small hand-built world in the embedded graph and in a Bolt server must give the same
answers. Queries whose header says "Neo4j only" run on the server alone (the embedded engine
refuses them by name).

Differences between the stores that the comparison irons out: the embedded graph writes a
missing mode or date as "" where Cypher has null, and puts undated events first where Neo4j
(sorting on date_start) puts them last.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from bolt_server import neo4j_config, wipe
from diplograph import analysis
from diplograph.query import CypherUnsupported, run_cypher
from diplograph.store.base import Resolution
from diplograph.store.neo4j import Neo4jStore, split_statements
from small_world import ACTORS, DOCUMENTS, EVENTS, graph

CYPHER = Path(__file__).resolve().parent.parent / "cypher"
G = graph()
PARAMS = {
    "meetings_between": [{"a": "Antony Blinken", "b": "Qin Gang"},
                         {"a": "Qin Gang", "b": "Antony Blinken"},
                         {"a": "China", "b": "United States"}],
    "ego_network": [{"name": "Qin Gang"}, {"name": "United States"}],
    "dyad_timeline": [{"a": "United States", "b": "China"},
                      {"a": "Russia", "b": "United States"}],
}
QUERIES = sorted(CYPHER.glob("*.cypher"))


def neo4j_only(path: Path) -> bool:
    return path.read_text(encoding="utf-8").startswith("// Neo4j only")


@pytest.fixture(scope="module")
def world(bolt_server):
    store = Neo4jStore(neo4j_config(bolt_server))
    wipe(store)
    store.write(Resolution(ACTORS, EVENTS, (), DOCUMENTS))
    yield store
    store.close()


def same(rows) -> list[list]:
    """Rows compared across stores: null and "" alike."""
    return [["" if v is None else v for v in row] for row in rows]


@pytest.mark.parametrize("path", [p for p in QUERIES if neo4j_only(p)], ids=lambda p: p.stem)
def test_neo4j_only_queries_are_refused_by_the_embedded_engine_by_name(path):
    with pytest.raises(CypherUnsupported, match="--neo4j|read-only"):
        run_cypher(G, path.read_text(encoding="utf-8"))


@pytest.mark.neo4j
@pytest.mark.parametrize("path", [p for p in QUERIES if not neo4j_only(p)], ids=lambda p: p.stem)
def test_each_portable_query_answers_the_same_on_both_stores(world, path):
    text = path.read_text(encoding="utf-8")
    for params in PARAMS.get(path.stem, [{}]):
        embedded = same(run_cypher(G, text, params).rows)
        server = same(world.query(text, params).rows)
        if "ORDER BY e.date" in text:  # undated events: first embedded, last on Neo4j
            key = lambda row: (row[0] == "", row)  # noqa: E731
            embedded, server = sorted(embedded, key=key), sorted(server, key=key)
        assert server == embedded, (path.stem, params)
        if path.stem in ("meetings_between", "ego_network", "top_consulted", "brokers"):
            assert server or params.get("a") == "China", (path.stem, params)  # not vacuous


@pytest.mark.neo4j
def test_a_month_and_a_day_sort_by_their_start_on_both_stores(world):
    """On Neo4j a day is a Cypher date and a month a string; ORDER BY e.date alone would put
    every month after every day there."""
    from diplograph.records import Event
    from small_world import evidence

    later = Event("ev-later", "ACCUSE", ("country:CHN",), ("country:USA",), date="2023-06-05",
                  precision="day", evidence=(evidence("d1", "China accused the United States "
                                                             "of meddling in its affairs."),))
    world.push(Resolution(ACTORS, (later,), (), DOCUMENTS[:1]), writer="extra")
    try:
        text = (CYPHER / "dyad_timeline.cypher").read_text(encoding="utf-8")
        params = {"a": "United States", "b": "China"}
        expected = [r[-1] for r in run_cypher(graph_with(later), text, params).rows]
        assert expected == ["ev-accuse", "ev-later"]
        assert [r[-1] for r in world.query(text, params).rows] == expected
    finally:
        world.push(Resolution(), writer="extra")  # takes back only what it added
    assert "ev-later" not in {e.id for e in world.events()}


def graph_with(*events):
    from diplograph.graph import build_graph

    return build_graph(ACTORS, EVENTS + events, DOCUMENTS)


@pytest.mark.neo4j
def test_cooperation_versus_conflict_by_dyad(world):
    rows = world.query((CYPHER / "cooperation_conflict.cypher").read_text(encoding="utf-8")).rows
    by_pair = {(a, b): (coop, conflict, balance) for a, b, coop, conflict, balance in rows}
    assert by_pair[("China", "United States")] == (0, 1, -1)
    assert by_pair[("Antony Blinken", "Qin Gang")] == (1, 0, 1)
    assert by_pair[("Russia", "United States")] == (1, 0, 1)  # a request is cooperative
    assert len(rows) == 6  # one row per dyad, whichever direction its events went


@pytest.mark.neo4j
def test_the_schema_file_runs_as_a_write(world):
    statements = split_statements((CYPHER / "schema.cypher").read_text(encoding="utf-8"))
    assert all(s.startswith("CREATE ") and "IF NOT EXISTS" in s for s in statements)
    world.query(";\n".join(statements), write=True)


# -- path, central, timeline ------------------------------------------------------------------

@pytest.mark.neo4j
@pytest.mark.parametrize("a, b, options", [
    ("person:antony-blinken", "person:wang-yi", {}),
    ("country:CHN", "country:RUS", {}),
    ("person:antony-blinken", "person:sergei-lavrov", {"since": "2023-06", "types": ["CONSULT"]}),
])
def test_paths_agree(world, a, b, options):
    from diplograph.store.neo4j_analysis import shortest_path

    hops, engine = shortest_path(world, a, b, **options)
    assert hops == analysis.shortest_path(G, a, b, **options)
    assert engine.startswith("Cypher allShortestPaths")


@pytest.mark.neo4j
def test_no_path_is_said_the_same_way(world):
    from diplograph.store.neo4j_analysis import shortest_path

    with pytest.raises(analysis.NoPath, match="'Antony Blinken' and 'Wang Yi'"):
        shortest_path(world, "person:antony-blinken", "person:wang-yi", types=["ACCUSE"])
    with pytest.raises(analysis.NoPath, match="no path of 1 hops or fewer"):
        shortest_path(world, "person:antony-blinken", "person:wang-yi", max_hops=1)


@pytest.mark.neo4j
@pytest.mark.parametrize("measure", analysis.MEASURES)
def test_rankings_agree(world, measure):
    from diplograph.store.neo4j_analysis import centrality

    ranking, engine = centrality(world, measure, top=None)
    assert list(ranking) == list(analysis.centrality(G, measure, top=None))
    # ArcadeDB has no Graph Data Science; with it (a real Neo4j + GDS) the scores differ in
    # scale, so only the order is compared there
    if engine.startswith("Graph Data Science"):
        return
    assert "NetworkX" in engine and "no Graph Data Science" in engine
    filtered, _ = centrality(world, measure, since="2023-07", actor_type="Person")
    assert list(filtered) == list(analysis.centrality(G, measure, since="2023-07",
                                                      actor_type="Person"))


@pytest.mark.neo4j
@pytest.mark.parametrize("a, b, options", [
    ("person:qin-gang", None, {}),
    ("country:USA", "country:CHN", {}),
    ("country:USA", None, {}),
    ("person:qin-gang", None, {"since": "2023-07"}),
    ("country:USA", None, {"types": ["REQUEST"]}),
])
def test_timelines_agree(world, a, b, options):
    from diplograph.store.neo4j_analysis import timeline

    entries, engine = timeline(world, a, b, **options)
    assert entries == analysis.timeline(G, a, b, **options)
    assert entries and engine.startswith("Cypher")
