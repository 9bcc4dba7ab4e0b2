"""The GraphStore contract, run against every store backend.

Each backend is a factory in STORES and every test below runs against each: the embedded
ledger, and the Neo4j store over Bolt (the `bolt_server` fixture: ArcadeDB started for the
session, or a real Neo4j when DIPLOGRAPH_TEST_NEO4J_URI is set; skipped without either).
"""
from __future__ import annotations

import dataclasses

import pytest

from diplograph.records import Actor, Document, Event, Evidence, Redirect
from diplograph.store.base import GraphStore, Resolution


def _embedded(request, tmp_path) -> GraphStore:
    from diplograph.store.sqlite import Ledger

    return Ledger(tmp_path / "contract.db")


def _neo4j(request, tmp_path) -> GraphStore:
    from bolt_server import neo4j_config, wipe
    from diplograph.store.neo4j import Neo4jStore

    store = Neo4jStore(neo4j_config(request.getfixturevalue("bolt_server")))
    wipe(store)
    return store


STORES = {
    "embedded": _embedded,
    "neo4j": _neo4j,
}


@pytest.fixture(params=[pytest.param(name, marks=[pytest.mark.neo4j] if name == "neo4j" else [])
                        for name in sorted(STORES)])
def store(request, tmp_path):
    s = STORES[request.param](request, tmp_path)
    yield s
    s.close()


WEIRD = 'O\'Neil "the \\ Hammer" \\\'s'  # quotes and backslashes of every kind


def sample_resolution() -> Resolution:
    text = "Talks began. Dana Reyes met Omar Haddad in Lisbon. O'Neil praised them."
    meet = "Dana Reyes met Omar Haddad in Lisbon."
    praise = "O'Neil praised them."
    m, p = text.index(meet), text.index(praise)
    actors = (
        Actor(id="person:dana-reyes", name="Dana Reyes", type="Person", aliases=("Reyes",), country="PRT",
              titles=("Envoy",), mentions=2, documents=("doc-1",), reasons=("alias: 'Reyes' surname of 'Dana Reyes' (doc doc-1)",)),
        Actor(id="person:omar-haddad", name="Omar Haddad", type="Person", country="JOR", mentions=1,
              documents=("doc-1",)),
        Actor(id="person:weird", name=WEIRD, type="Person", aliases=("back\\slash", 'dq"uote'), mentions=1,
              documents=("doc-1",)),
        Actor(id="country:PRT", name="Portugal", type="Country", country="PRT", documents=("doc-1",)),
        Actor(id="place:lisbon", name="Lisbon", type="Place", documents=("doc-1",)),
    )
    events = (
        Event(id="ev-0001", type="CONSULT", source=("person:dana-reyes",), target=("person:omar-haddad",),
              mode="meet", date="2023-05-02", precision="day", location="place:lisbon", confidence=0.75,
              evidence=(Evidence("doc-1", m, m + len(meet), meet, m + 11, m + 14, "rule-meet",
                                 (("duration", "2 hours"),)),),
              details=(("date", "2023-05-02", "doc-1"), ("date", "2023-05-03", "doc-2"))),
        Event(id="ev-0002", type="SUPPORT", source=("person:weird",),
              target=("person:dana-reyes", "person:omar-haddad"), status="occurred",
              evidence=(Evidence("doc-1", p, p + len(praise), praise),)),
    )
    documents = (Document(id="doc-1", text=text, title='A "quoted" title', published="2023-05-03",
                          url="https://example.org/1", source="one.txt"),)
    return Resolution(actors=actors, events=events,
                      redirects=(Redirect("person:reyes", "person:dana-reyes", "merged"),),
                      documents=documents)


def bare(docs):
    return [dataclasses.replace(d, text="") for d in docs]


def test_write_then_read_back_equal(store):
    res = sample_resolution()
    store.write(res)
    assert store.actors() == sorted(res.actors, key=lambda a: a.id)
    assert store.events() == sorted(res.events, key=lambda e: e.id)
    assert bare(store.documents()) == bare(res.documents)


def test_write_twice_is_idempotent(store):
    res = sample_resolution()
    store.write(res)
    first = (store.actors(), store.events(), bare(store.documents()), store.stats())
    store.write(res)
    assert (store.actors(), store.events(), bare(store.documents()), store.stats()) == first


def test_a_new_resolution_replaces_the_old_one(store):
    res = sample_resolution()
    store.write(res)
    smaller = dataclasses.replace(res, actors=res.actors[:2], events=res.events[:1], redirects=())
    store.write(smaller)
    assert [a.id for a in store.actors()] == ["person:dana-reyes", "person:omar-haddad"]
    assert [e.id for e in store.events()] == ["ev-0001"]
    assert store.stats()["redirects"] == 0


def test_stats(store):
    store.write(sample_resolution())
    stats = store.stats()
    assert stats["documents"] == 1
    assert stats["actors"] == 5
    assert (stats["actors_Person"], stats["actors_Country"], stats["actors_Place"]) == (3, 1, 1)
    assert stats["events"] == 2 and stats["events_CONSULT"] == 1 and stats["events_SUPPORT"] == 1
    assert stats["evidence"] == 2
    assert stats["redirects"] == 1


def test_names_with_quotes_and_backslashes_round_trip(store):
    store.write(sample_resolution())
    weird = [a for a in store.actors() if a.id == "person:weird"][0]
    assert weird.name == WEIRD and weird.aliases == ("back\\slash", 'dq"uote')
    assert store.documents()[0].title == 'A "quoted" title'
    found = store.query("MATCH (a:Person) WHERE a.name = $name RETURN a.id", {"name": WEIRD})
    assert [tuple(r) for r in found.rows] == [("person:weird",)]


def test_graph_view(store):
    store.write(sample_resolution())
    g = store.graph()
    assert g.nodes["person:weird"]["name"] == WEIRD
    assert g.has_edge("person:dana-reyes", "person:omar-haddad")
    assert g.has_edge("ev-0001", "doc-1")
