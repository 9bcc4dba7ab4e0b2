"""The Neo4j store against a real Bolt server (see tests/bolt_server.py): graph shape, pushes
that are idempotent and converge across writers, merges applied in the database, read-only
queries, and one-line errors. Tests marked `neo4j` need the server; the rest need nothing.

Where ArcadeDB (the server CI runs) and Neo4j differ, these tests follow Neo4j and the
difference is noted where it matters.
"""
from __future__ import annotations

import dataclasses
import socket

import pytest

from bolt_server import neo4j_config, wipe
from diplograph.records import Actor, Event, Redirect
from diplograph.store.base import Resolution, StoreError
from diplograph.store.neo4j import (
    SCHEMA,
    Neo4jConfig,
    Neo4jStore,
    split_statements,
)
from small_world import ACTORS, DOCUMENTS, EVENTS, evidence
from conftest import REPO

WORLD = Resolution(ACTORS, EVENTS, (), DOCUMENTS)


@pytest.fixture
def store(bolt_server):
    s = Neo4jStore(neo4j_config(bolt_server))
    wipe(s)
    yield s
    s.close()


def count(store: Neo4jStore, query: str, **params) -> int:
    return store.query(query, params).rows[0][0]


def snapshot(store: Neo4jStore) -> dict:
    """What the database holds, order-free (evidence as a set per event)."""
    rels = store.query("MATCH ()-[r]->() RETURN type(r), count(r)").rows
    return {"actors": {a.id: dataclasses.replace(a, aliases=tuple(sorted(a.aliases)),
                                                 documents=tuple(sorted(a.documents)))
                       for a in store.actors()},
            "events": {e.id: (e.type, e.date, frozenset(e.evidence), frozenset(e.details))
                       for e in store.events()},
            "documents": store.documents(), "relationships": dict(rels),
            "redirects": store.redirects()}


# -- no server needed -----------------------------------------------------------------------

def test_configuration_from_options_then_environment_and_the_password_never_shown():
    env = {"NEO4J_URI": "neo4j://db.example:7687", "NEO4J_USERNAME": "analyst",
           "NEO4J_PASSWORD": "s3cret-pass", "NEO4J_DATABASE": "news"}
    cfg = Neo4jConfig.from_env(env=env)
    assert (cfg.uri, cfg.username, cfg.password, cfg.database) == \
        ("neo4j://db.example:7687", "analyst", "s3cret-pass", "news")
    assert Neo4jConfig.from_env(uri="bolt://other:7687", database="x", env=env).uri == \
        "bolt://other:7687"
    assert Neo4jConfig.from_env(env={}).uri == "bolt://localhost:7687"
    assert "s3cret" not in repr(cfg) and "s3cret" not in repr(Neo4jStore(cfg))
    with_user = Neo4jConfig(uri="bolt://bob:hunter22@db.example:7687", password="hunter22")
    assert with_user.where == "bolt://db.example:7687"


def test_statements_split_at_top_level_semicolons_only():
    text = "// a comment; still a comment\nRETURN 'a;b' AS x;\n/* c; */ RETURN \"d;\" AS y ;\n"
    assert split_statements(text) == ["RETURN 'a;b' AS x", 'RETURN "d;" AS y']
    schema = (REPO / "cypher" / "schema.cypher").read_text(encoding="utf-8")
    assert tuple(split_statements(schema)) == SCHEMA  # the file is what push creates


def test_a_ledger_is_one_writer_while_it_stays_where_it_is(tmp_path):
    from diplograph.store.neo4j import ledger_writer_id
    from diplograph.store.sqlite import Ledger

    for name in ("a.db", "b.db"):
        Ledger(tmp_path / name).close()
    first = ledger_writer_id(tmp_path / "a.db")
    assert first == ledger_writer_id(tmp_path / "a.db") and first.startswith("ledger:")
    assert first != ledger_writer_id(tmp_path / "b.db")


def test_the_driver_is_not_imported_until_a_store_connects():
    import subprocess
    import sys

    code = ("import sys\nfrom diplograph.store.neo4j import Neo4jStore, Neo4jConfig\n"
            "s = Neo4jStore(Neo4jConfig())\nprint('neo4j' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


# -- shape ----------------------------------------------------------------------------------

@pytest.mark.neo4j
def test_graph_shape_labels_relationships_and_cypher_dates(store):
    store.write(WORLD)
    labels = {label: count(store, f"MATCH (n:{label}) RETURN count(n)")
              for label in ("Person", "Country", "Organization", "Place", "Event", "Document")}
    assert labels == {"Person": 5, "Country": 3, "Organization": 0, "Place": 1, "Event": 6,
                      "Document": 3}
    rels = dict(store.query("MATCH ()-[r]->() RETURN type(r), count(r)").rows)
    # 3 CONSULT events x 2 participants; 3 directed events; ev-meet is reported twice
    assert rels == {"PARTICIPANT": 6, "SOURCE": 3, "TARGET": 3, "REPORTED_IN": 7,
                    "CONSULT": 3, "ACCUSE": 2, "REQUEST": 1, "REPRESENTS": 5}
    assert store.query("MATCH (:Person {id: 'person:qin-gang'})-[r:REPRESENTS]->(c:Country) "
                       "RETURN c.id, r.title").rows == (("country:CHN", "Foreign Minister"),)
    assert store.query(
        "MATCH (a:Person)-[r:CONSULT {event_id: 'ev-meet'}]->(b:Person) "
        "RETURN a.id, b.id, r.mode, r.date = date('2023-06-18'), r.reports").rows == \
        (("person:antony-blinken", "person:qin-gang", "meet", True, 2),)
    # a day is a Cypher date; a month keeps its string and gets start/end dates
    assert store.query(
        "MATCH (e:Event {id: 'ev-meet'}) RETURN e.date = date('2023-06-18'), "
        "e.date_start = date('2023-06-18'), e.date_end = date('2023-06-18')").rows == \
        ((True, True, True),)
    assert store.query(
        "MATCH (e:Event {id: 'ev-accuse'}) RETURN e.date, e.date_start = date('2023-06-01'), "
        "e.date_end = date('2023-06-30')").rows == (("2023-06", True, True),)
    assert store.query("MATCH (e:Event {id: 'ev-urge'}) RETURN e.date IS NULL, "
                       "e.date_start IS NULL").rows == ((True, True),)
    assert store.query("MATCH (d:Document {id: 'd1'}) RETURN d.published = date('2023-06-19')"
                       ).rows == ((True,),)


@pytest.mark.neo4j
def test_constraints_and_indexes_are_created_once(store):
    store.ensure_schema()
    store.ensure_schema()
    names = {r[0] for r in store.query("SHOW CONSTRAINTS YIELD name RETURN name").rows}
    assert {"person_id", "event_id", "document_id", "redirect_id"} <= names
    store.query((REPO / "cypher" / "schema.cypher").read_text(encoding="utf-8"), write=True)
    assert {r[0] for r in store.query("SHOW CONSTRAINTS YIELD name RETURN name").rows} == names


@pytest.mark.neo4j
def test_query_values_come_back_as_plain_data(store):
    store.write(WORLD)
    (event, date), = store.query(
        "MATCH (e:Event {id: $id}) RETURN e, e.date_start", {"id": "ev-meet"}).rows
    assert date == "2023-06-18"
    assert event["date"] == "2023-06-18" and event["mode"] == "meet"
    assert [v["doc_id"] for v in event["evidence"]] == ["d1", "d3"]  # decoded, as embedded


# -- pushes ---------------------------------------------------------------------------------

@pytest.mark.neo4j
def test_pushing_twice_changes_nothing(store):
    first = store.push(WORLD, writer="ledger:one")
    before = snapshot(store)
    again = store.push(WORLD, writer="ledger:one")
    assert first.events == 6 and first.actors == 9 and first.documents == 3
    assert (again.actors, again.events, again.documents, again.removed) == (0, 0, 0, 0)
    assert again.unchanged == 9 + 6 + 3
    assert snapshot(store) == before
    assert store.events() == sorted(EVENTS, key=lambda e: e.id)  # one writer: exactly its data


def _split_world() -> tuple[Resolution, Resolution]:
    """Two ledgers over overlapping corpora: both hold the Blinken-Qin meeting, each from a
    different article; each also has an event of its own."""
    meet = next(e for e in EVENTS if e.id == "ev-meet")
    from_d1 = dataclasses.replace(meet, evidence=meet.evidence[:1])
    from_d3 = dataclasses.replace(meet, evidence=meet.evidence[1:], confidence=0.8)
    others = {e.id: e for e in EVENTS}
    a = Resolution(ACTORS, (from_d1, others["ev-accuse"]), (), DOCUMENTS[:1])
    b = Resolution(ACTORS, (from_d3, others["ev-call"]), (), DOCUMENTS[1:])
    return a, b


@pytest.mark.neo4j
def test_two_ledgers_pushing_overlapping_corpora_converge(store):
    a, b = _split_world()
    store.push(a, writer="ledger:a")
    store.push(b, writer="ledger:b")
    ab = snapshot(store)
    wipe(store)
    store.push(b, writer="ledger:b")
    store.push(a, writer="ledger:a")
    ba = snapshot(store)
    assert ab == ba
    assert set(ab["events"]) == {"ev-meet", "ev-accuse", "ev-call"}
    meet = next(e for e in store.events() if e.id == "ev-meet")
    assert {v.doc_id for v in meet.evidence} == {"d1", "d3"}  # evidence unioned
    assert meet.confidence == 0.9  # the best report
    assert count(store, "MATCH (e:Event {id: 'ev-meet'}) RETURN e.reports") == 2
    assert count(store, "MATCH ()-[r:CONSULT {event_id: 'ev-meet'}]->() RETURN r.reports") == 2
    assert count(store, "MATCH ()-[r:CONSULT {event_id: 'ev-meet'}]->() RETURN count(r)") == 1
    # and pushing either again changes nothing
    store.push(a, writer="ledger:a")
    assert snapshot(store) == ba


@pytest.mark.neo4j
def test_a_writer_takes_back_only_what_it_alone_asserted(store):
    a, b = _split_world()
    store.push(a, writer="ledger:a")
    store.push(b, writer="ledger:b")
    # ledger a re-resolves: the accusation and the meeting are gone from it
    smaller = dataclasses.replace(a, events=())
    report = store.push(smaller, writer="ledger:a")
    ids = {e.id for e in store.events()}
    assert ids == {"ev-meet", "ev-call"}  # b still holds the meeting
    assert report.removed == 1
    assert count(store, "MATCH ()-[r:ACCUSE {event_id: 'ev-accuse'}]->() RETURN count(r)") == 0
    assert store.query("MATCH (e:Event {id: 'ev-meet'}) RETURN e.writers").rows == \
        ((["ledger:b"],),)


@pytest.mark.neo4j
def test_write_is_exact_and_replaces_what_any_writer_pushed(store):
    a, b = _split_world()
    store.push(a, writer="ledger:a")
    store.push(b, writer="ledger:b")
    store.write(a)
    assert {e.id for e in store.events()} == {"ev-meet", "ev-accuse"}
    assert store.events() == sorted(a.events, key=lambda e: e.id)
    assert [d.id for d in store.documents()] == ["d1"]


def _with_old_qin() -> tuple[Resolution, Resolution]:
    """Before: 'Qin' was a person of its own (person:qin) who called Lavrov. After: resolution
    merged it into Qin Gang, so the call is Qin Gang's and person:qin redirects."""
    old = Actor("person:qin", "Qin", "Person", ("Qin", "FM Qin"), country="CHN",
                titles=("Foreign Minister",), mentions=1, documents=("d2",))
    call = next(e for e in EVENTS if e.id == "ev-call")
    old_call = dataclasses.replace(call, id="ev-old-call", source=("person:qin",))
    before = Resolution(ACTORS + (old,), tuple(e for e in EVENTS if e.id != "ev-call")
                        + (old_call,), (), DOCUMENTS)
    after = Resolution(ACTORS, EVENTS, (Redirect("person:qin", "person:qin-gang", "merged"),),
                       DOCUMENTS)
    return before, after


@pytest.mark.neo4j
def test_a_merge_moves_the_old_actors_relationships_even_those_of_other_writers(store):
    before, after = _with_old_qin()
    store.push(before, writer="ledger:a")
    # another ledger still knows person:qin, as the source of an accusation of the US
    text_event = Event("ev-b-accuse", "ACCUSE", ("person:qin",), ("country:USA",),
                       date="2023-07-03", precision="day",
                       evidence=(evidence("d2", "Russia urged the United States to stop."),))
    store.push(Resolution(ACTORS + before.actors[-1:], (text_event,), (), DOCUMENTS[1:2]),
               writer="ledger:b")
    report = store.push(after, writer="ledger:a")
    assert report.merged == 1
    assert count(store, "MATCH (n:Person {id: 'person:qin'}) RETURN count(n)") == 0
    assert store.redirects() == {"person:qin": "person:qin-gang"}
    assert {e.id for e in store.events()} == {e.id for e in EVENTS} | {"ev-b-accuse"}
    moved = next(e for e in store.events() if e.id == "ev-b-accuse")
    assert moved.source == ("person:qin-gang",)
    assert store.query(
        "MATCH (e:Event {id: 'ev-b-accuse'})-[:SOURCE]->(a) RETURN a.id").rows == \
        (("person:qin-gang",),)
    assert store.query(
        "MATCH (a)-[r:ACCUSE {event_id: 'ev-b-accuse'}]->(b) RETURN a.id, b.id").rows == \
        (("person:qin-gang", "country:USA"),)
    qin = next(a for a in store.actors() if a.id == "person:qin-gang")
    assert "FM Qin" in qin.aliases  # the survivor keeps the merged node's names
    assert "ledger:b" in store.query("MATCH (n:Person {id: 'person:qin-gang'}) "
                                     "RETURN n.writers").rows[0][0]


# -- queries and errors -----------------------------------------------------------------------

@pytest.mark.neo4j
def test_queries_are_read_only_unless_asked(store):
    # ArcadeDB does not enforce a READ session (Neo4j refuses the write itself); the store
    # rolls back any statement that changed something, so both behave as Neo4j does
    with pytest.raises(StoreError, match="add --write"):
        store.query("CREATE (x:Scratch {id: 'x'}) RETURN x.id")
    assert count(store, "MATCH (x:Scratch) RETURN count(x)") == 0
    store.query("CREATE (x:Scratch {id: 'x'}) RETURN x.id", write=True)
    assert count(store, "MATCH (x:Scratch) RETURN count(x)") == 1


@pytest.mark.neo4j
def test_a_bad_query_is_one_line_naming_the_server(store, bolt_server):
    with pytest.raises(StoreError) as err:
        store.query("MATCH (n RETURN n")
    message = str(err.value)
    assert "\n" not in message and bolt_server.uri in message


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_server_is_one_line():
    store = Neo4jStore(Neo4jConfig(uri=f"bolt://127.0.0.1:{_closed_port()}", password="pw-123"))
    with pytest.raises(StoreError, match=r"^cannot reach Neo4j at bolt://127\.0\.0\.1:\d+: "):
        store.verify()


def test_an_address_that_is_not_bolt_is_one_line():
    with pytest.raises(StoreError, match="is not a Neo4j address"):
        Neo4jStore(Neo4jConfig(uri="http://localhost:7474")).verify()


@pytest.mark.neo4j
def test_wrong_credentials_and_a_missing_database(bolt_server):
    cfg = neo4j_config(bolt_server)
    wrong = Neo4jStore(dataclasses.replace(cfg, password="not-the-password-42"))
    with pytest.raises(StoreError) as err:
        wrong.verify()
    assert str(err.value).startswith(f"Neo4j at {cfg.uri} refused the login of user 'root'")
    assert "not-the-password-42" not in str(err.value)
    missing = Neo4jStore(dataclasses.replace(cfg, database="no_such_db"))
    with pytest.raises(StoreError, match="has no database 'no_such_db'"):
        missing.verify()
