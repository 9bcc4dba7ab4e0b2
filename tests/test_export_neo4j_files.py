"""The CSV (neo4j-admin import) and Cypher script exports: complete, consistent, and safe
whatever the articles hold. The Cypher script is also run on a real Bolt server (ArcadeDB, or
Neo4j with DIPLOGRAPH_TEST_NEO4J_URI) and read back through the Neo4j store."""
from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.export.csv import FILES, import_command, read_csv, write_csv
from diplograph.export.cypher_script import cypher_literal, cypher_statements, write_cypher
from diplograph.graph import EVENT_LINKS, build_graph
from diplograph.records import Actor, Document, Event, Evidence, Redirect
from diplograph.store.base import Resolution
from diplograph.store.sqlite import Ledger
from small_world import ACTORS, DOCUMENTS, EVENTS

HOSTILE = ("x'; MATCH (n) DETACH DELETE n; //\" \\' \\u0027 a, b \"quoted\"\n"
           "next line\ttab ; `tick` /* c */ \u2028 é 😀 </script>")


def hostile_world():
    evil = Actor("person:evil", "Evil " + HOSTILE, "Person", aliases=(HOSTILE, "E; vil"),
                 country="USA", titles=(HOSTILE,), documents=("evil-doc",), reasons=(HOSTILE,))
    doc = Document("evil-doc", "", title=HOSTILE, published="2023-08-01", url="https://x/';")
    event = Event("ev-evil", "THREATEN", ("person:evil",), ("country:USA",), date="2023-08",
                  precision="month", confidence=0.4,
                  evidence=(Evidence("evil-doc", 0, len(HOSTILE), HOSTILE, rule="verb:warn"),),
                  details=(("duration", HOSTILE, "evil-doc"),))
    redirect = Redirect("person:old-evil", "person:evil", reason=HOSTILE)
    return ACTORS + (evil,), EVENTS + (event,), DOCUMENTS + (doc,), (redirect,)


# -- CSV ----------------------------------------------------------------------------------

def test_csv_files_hold_the_whole_graph(tmp_path):
    actors, events, documents, redirects = hostile_world()
    files = read_csv(write_csv(actors, events, documents, tmp_path / "csv", redirects=redirects))
    assert set(files) == set(FILES)
    assert len(files["actors.csv"]) == len(actors) and len(files["events.csv"]) == len(events)
    assert len(files["documents.csv"]) == len(documents) and len(files["redirects.csv"]) == 1
    # the relationships are those of the graph view
    g = build_graph(actors, events, documents)
    view = Counter(d["type"] for _, _, d in g.edges(data=True))
    written = Counter(r["TYPE"] for name in ("relations.csv", "roles.csv", "reported_in.csv",
                                             "represents.csv") for r in files[name])
    assert written == view
    assert set(view) - EVENT_LINKS  # projected PLOVER relationships are among them


def test_csv_ids_resolve_within_their_id_spaces(tmp_path):
    files = read_csv(write_csv(*hostile_world()[:3], tmp_path / "csv"))
    actor_ids = {r["id"] for r in files["actors.csv"]}
    event_ids = {r["id"] for r in files["events.csv"]}
    doc_ids = {r["id"] for r in files["documents.csv"]}
    spaces = {"relations.csv": (actor_ids, actor_ids), "roles.csv": (event_ids, actor_ids),
              "reported_in.csv": (event_ids, doc_ids), "represents.csv": (actor_ids, actor_ids)}
    for name, (starts, ends) in spaces.items():
        for r in files[name]:
            assert r["START_ID"] in starts and r["END_ID"] in ends, (name, r)
    header = (tmp_path / "csv" / "roles.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == ":START_ID(Event),:END_ID(Actor),:TYPE"


def test_csv_values_survive_hostile_text(tmp_path):
    actors, events, documents, redirects = hostile_world()
    files = read_csv(write_csv(actors, events, documents, tmp_path / "csv", redirects=redirects))
    evil = next(r for r in files["actors.csv"] if r["id"] == "person:evil")
    assert evil["LABEL"] == "Person" and evil["name"] == "Evil " + HOSTILE
    assert evil["aliases"] == [HOSTILE.replace("\t", " "), "E; vil"]  # a tab cannot split it
    event = next(r for r in files["events.csv"] if r["id"] == "ev-evil")
    [evidence] = [json.loads(v) for v in event["evidence"]]
    assert evidence["text"] == HOSTILE and evidence["doc_id"] == "evil-doc"
    assert [json.loads(v) for v in event["details"]] == [["duration", HOSTILE, "evil-doc"]]
    assert (str(event["date_start"]), str(event["date_end"]), event["date"]) == \
        ("2023-08-01", "2023-08-31", "2023-08")
    assert event["confidence"] == 0.4 and event["reports"] == 1
    doc = next(r for r in files["documents.csv"] if r["id"] == "evil-doc")
    assert doc["title"] == HOSTILE and str(doc["published"]) == "2023-08-01"
    undated = next(r for r in files["events.csv"] if r["id"] == "ev-urge")
    assert "date" not in undated and "date_start" not in undated  # empty: no property


def test_csv_import_script_and_errors(tmp_path):
    out = write_csv(ACTORS, EVENTS, DOCUMENTS, tmp_path / "csv")
    script = (out / "import.sh").read_text(encoding="utf-8")
    assert import_command("${1:-neo4j}", admin="${NEO4J_ADMIN:-neo4j-admin}") in script
    command = import_command()
    assert command.startswith("neo4j-admin database import full ")
    for name, kind in FILES.items():
        assert f"--{kind}={name}" in command
    assert "--array-delimiter=TAB" in command and "--multiline-fields=true" in command
    (tmp_path / "file").write_text("x")
    with pytest.raises(ValueError, match="is a file"):
        write_csv(ACTORS, EVENTS, DOCUMENTS, tmp_path / "file")
    odd = Event("ev-odd", "MEET WITH", ("country:USA",), ("country:CHN",))
    with pytest.raises(ValueError, match="'MEET WITH'"):
        write_csv(ACTORS, [odd], DOCUMENTS, tmp_path / "odd")


# -- Cypher literals and script -----------------------------------------------------------

def unescape(literal: str) -> str:
    """openCypher's string-literal escapes, read back."""
    assert literal[0] == literal[-1] == "'"
    simple = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b",
              "f": "\f"}

    def one(m: re.Match) -> str:
        if m.group(1):
            return chr(int(m.group(1), 16))
        return simple[m.group(2)]

    body = literal[1:-1]
    tokens = re.findall(r"\\u[0-9A-Fa-f]{4}|\\[\\'\"nrtbf]|[^\\]", body, re.S)
    assert "".join(tokens) == body, literal  # no stray backslash
    assert "'" not in tokens, literal  # an unescaped quote would end the literal early
    return re.sub(r"\\(?:u([0-9A-Fa-f]{4})|(.))", one, body)


@given(st.text())
def test_every_string_is_one_literal_that_reads_back(text):
    literal = cypher_literal(text)
    assert unescape(literal) == text
    assert ";" not in literal and "\n" not in literal and "\r" not in literal


def test_literals_of_other_values():
    assert cypher_literal(None) == "null" and cypher_literal(True) == "true"
    assert cypher_literal(3) == "3" and cypher_literal(0.5) == "0.5"
    assert cypher_literal({"id": "a'b", "xs": [1, None]}) == "{id: 'a\\'b', xs: [1, null]}"
    with pytest.raises(ValueError, match="cannot be a Cypher name"):
        cypher_literal({"a b": 1})
    with pytest.raises(ValueError):
        cypher_literal(float("nan"))


def test_script_statements_split_the_same_however_they_are_split(tmp_path):
    from diplograph.store.neo4j import split_statements

    actors, events, documents, redirects = hostile_world()
    statements = list(cypher_statements(actors, events, documents, redirects))
    path = write_cypher(actors, events, documents, tmp_path / "g.cypher", redirects=redirects)
    text = path.read_text(encoding="utf-8")
    assert split_statements(text) == statements
    naive = [s.strip() for s in re.sub(r"(?m)^//.*$", "", text).split(";") if s.strip()]
    assert naive == statements  # no semicolon inside any literal
    assert all("\n" not in s for s in statements)
    assert statements[0].startswith("CREATE CONSTRAINT")
    assert not list(cypher_statements(actors, events, documents, schema=False))[0].startswith(
        "CREATE CONSTRAINT")


@pytest.mark.neo4j
def test_script_recreates_the_graph_in_a_cypher_database(bolt_server, tmp_path):
    from bolt_server import neo4j_config, wipe
    from diplograph.store.neo4j import Neo4jStore

    actors, events, documents, redirects = hostile_world()
    script = write_cypher(actors, events, documents, tmp_path / "g.cypher",
                          redirects=redirects).read_text(encoding="utf-8")
    store = Neo4jStore(neo4j_config(bolt_server))
    try:
        wipe(store)
        for _ in range(2):  # the second run changes nothing
            store.query(script, write=True)
            assert store.actors() == sorted(actors, key=lambda a: a.id)
            assert store.events() == sorted(events, key=lambda e: e.id)
            assert [(d.id, d.title, d.published) for d in store.documents()] == \
                [(d.id, d.title, d.published) for d in sorted(documents, key=lambda d: d.id)]
            assert store.redirect_records() == list(redirects)
        rels = dict(store.query("MATCH ()-[r]->() RETURN type(r), count(*)").rows)
        g = build_graph(actors, events, documents)
        assert rels == dict(Counter(d["type"] for _, _, d in g.edges(data=True)))
        [(date, start)] = store.query(
            "MATCH (:Person {id: 'person:evil'})-[r:THREATEN]->(:Country) "
            "RETURN r.date, r.date_start").rows
        assert (date, start) == ("2023-08", "2023-08-01")
    finally:
        wipe(store)
        store.close()


# -- the command line ---------------------------------------------------------------------

def test_cli_writes_csv_and_cypher_with_a_selection(tmp_path):
    store = tmp_path / "world.db"
    with Ledger(store) as ledger:
        ledger.write(Resolution(ACTORS, EVENTS, (), DOCUMENTS))
    runner = CliRunner()

    def ok(*args):
        result = runner.invoke(app, [*args, "--store", str(store)])
        assert result.exit_code == 0, result.output
        return result.stdout

    assert ok("export", "csv", str(tmp_path / "all")) == f"wrote {tmp_path / 'all'}\n"
    assert len(read_csv(tmp_path / "all")["actors.csv"]) == len(ACTORS)
    ok("export", "csv", str(tmp_path / "qin"), "--focus", "Qin", "--hops", "1",
       "--types", "CONSULT")
    files = read_csv(tmp_path / "qin")
    assert sorted(r["id"] for r in files["events.csv"]) == ["ev-call", "ev-meet"]
    assert {r["id"] for r in files["documents.csv"]} == {"d1", "d2", "d3"}
    ok("export", "cypher", str(tmp_path / "g.cypher"), "--no-schema", "--since", "2023-07")
    text = (tmp_path / "g.cypher").read_text(encoding="utf-8")
    assert "CREATE CONSTRAINT" not in text and "'ev-host'" in text and "'ev-meet'" not in text
    bad = runner.invoke(app, ["export", "csv", str(store), "--store", str(store)])
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: ") and "is a file" in bad.stderr


def test_csv_writes_a_lone_surrogate_as_a_replacement(tmp_path):
    odd = Actor("person:odd", "Odd \ud800 name", "Person")
    files = read_csv(write_csv(ACTORS + (odd,), EVENTS, DOCUMENTS, tmp_path / "csv"))
    assert next(r for r in files["actors.csv"] if r["id"] == "person:odd")["name"] == "Odd ? name"
