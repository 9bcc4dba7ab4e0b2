"""The named queries in cypher/: each says what it answers, and each that is not marked
Neo4j-only runs on the embedded engine with the answer it promises."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplograph.query import CypherUnsupported, run_cypher
from small_world import graph

CYPHER = Path(__file__).resolve().parent.parent / "cypher"
G = graph()


def run(query: str, **params):
    text = (CYPHER / f"{query}.cypher").read_text(encoding="utf-8")
    return [list(r) for r in run_cypher(G, text, params).rows]


@pytest.mark.parametrize("path", sorted(CYPHER.glob("*.cypher")), ids=lambda p: p.stem)
def test_every_query_starts_with_a_header_saying_what_it_answers(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("// ") and len(lines[0]) > 30
    declared = {line.split("@param", 1)[1].split(":")[0].strip()
                for line in lines if "@param" in line}
    used = set(re.findall(r"\$(\w+)", path.read_text(encoding="utf-8")))
    assert declared <= used


def test_meetings_between():
    assert run("meetings_between", a="Antony Blinken", b="Qin Gang") == \
        [["2023-06-18", "meet", "occurred", "place:beijing", 2, "ev-meet"]]
    assert run("meetings_between", a="Qin Gang", b="Antony Blinken")[0][-1] == "ev-meet"
    assert run("meetings_between", a="China", b="United States") == []


def test_ego_network():
    assert run("ego_network", name="Qin Gang") == [
        ["Antony Blinken", "Person", "CONSULT", "2023-06-18", "meet", "occurred", "ev-meet"],
        ["Sergei Lavrov", "Person", "CONSULT", "2023-07-01", "call", "occurred", "ev-call"]]
    assert [r[0] for r in run("ego_network", name="United States")] == ["China", "Russia"]


def test_dyad_timeline_shows_who_did_what():
    assert run("dyad_timeline", a="United States", b="China") == \
        [["2023-06", "ACCUSE", "", "TARGET", "SOURCE", "occurred", 1, "ev-accuse"]]
    assert [r[1] for r in run("dyad_timeline", a="Antony Blinken", b="Qin Gang")] == ["CONSULT"]


def test_top_consulted():
    top = run("top_consulted")
    assert top[:2] == [["Qin Gang", "Person", 2], ["Sergei Lavrov", "Person", 2]] or \
        top[:2] == [["Sergei Lavrov", "Person", 2], ["Qin Gang", "Person", 2]]
    assert len(top) == 4


def test_brokers():
    brokers = {name: n for name, _, n in run("brokers")}
    # Qin Gang joins Blinken and Lavrov; Lavrov joins Qin and Wang Yi; Blinken joins Qin and
    # Wang Wenbin; the United States joins China and Russia (each pair counted both ways)
    assert brokers == {"Qin Gang": 2, "Sergei Lavrov": 2, "Antony Blinken": 2, "United States": 2}


def test_schema_is_neo4j_only():
    text = (CYPHER / "schema.cypher").read_text(encoding="utf-8")
    assert text.startswith("// Neo4j only")
    with pytest.raises(CypherUnsupported, match="read-only"):
        run_cypher(G, text)
