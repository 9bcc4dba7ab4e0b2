"""Incremental resolution gives exactly the full resolution.

After each ingest only what the new documents touch is resolved again (`incremental`);
whatever the splits and orders documents arrive in, and with user corrections between
ingests, the stored graph must equal a full re-resolution of the same store, and the
export must equal the one of a store that took everything in one go.
"""
from __future__ import annotations

import json
import marshal
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from diplograph import incremental
from diplograph.cli import app
from diplograph.pipeline import ensure_resolved, reresolve
from diplograph.resolve import Correction, resolve
from diplograph.store.sqlite import Ledger
from test_resolve import Doc

REPO = Path(__file__).resolve().parent.parent
CORPORA = ["data/sample/articles.jsonl", "data/dev/wire/articles.jsonl"]


def export_json(store: Path) -> dict:
    """`diplograph export json`, parsed."""
    out = store.with_suffix(".json")
    done = CliRunner().invoke(app, ["export", "json", str(out), "--store", str(store)])
    assert done.exit_code == 0, done.output
    return json.loads(out.read_text(encoding="utf-8"))


def assert_same_as_full(store: Path) -> None:
    """The stored canonical layer is what a full resolution of the store gives."""
    with Ledger(store, readonly=True) as ledger:
        full = resolve(ledger.iter_extractions(text=False), ledger.corrections(),
                       ledger.actor_ids_ever())
        assert ledger.actors() == sorted(full.actors, key=lambda a: a.id)
        assert ledger.events() == sorted(full.events, key=lambda e: e.id)
        assert ledger.redirect_records() == sorted(full.redirects, key=lambda r: r.old_id)


def ingest_in_batches(store: Path, batches, corrections_after=None) -> list:
    """Store each batch and resolve (what `ingest` does after extracting); returns the
    runs. `corrections_after(i, ledger)` may add corrections after batch i."""
    runs = []
    with Ledger(store) as ledger:
        for i, batch in enumerate(batches):
            if batch:
                ledger.add_documents(batch)
            if corrections_after is not None:
                corrections_after(i, ledger)
            runs.append(ensure_resolved(ledger))
    return runs


def in_one_go(store: Path, pairs, corrections=()) -> dict:
    with Ledger(store) as ledger:
        ledger.add_documents(pairs)
        for c in corrections:
            ledger.add_correction(c)
        reresolve(ledger, full=True)
    return export_json(store)


# --------------------------------------------------------------------------- hand-built


def pool() -> list:
    """Documents that move each other's resolution: a surname that names one person until
    a namesake arrives, a spelling variant, a meeting of three reported pair by pair, an
    agreement dated by the meeting it was made at, a country named in several ways."""
    docs = [
        Doc("h01", "2023-05-03").entity("a", "Anna Varga", country="FRA").entity("k", "Kofi Mensah", country="GHA")
        .says("Anna Varga met Kofi Mensah in Accra on Tuesday.", "CONSULT", ["a"], ["k"], mode="meet", date="2023-05-02"),
        Doc("h02", "2023-05-04").entity("v", "Varga").entity("m", "Mensah")
        .says("Varga and Mensah spoke about grain exports this week.", "CONSULT", ["v", "m"], mode="call"),
        Doc("h03", "2023-05-06").entity("mv", "Marek Varga", country="POL").entity("k", "Kofi Mensah", country="GHA")
        .says("Marek Varga accused Kofi Mensah of delaying the talks.", "ACCUSE", ["mv"], ["k"], date="2023-05-05"),
        Doc("h04", "2023-05-03").entity("a", "Anna Varga", country="FRA").entity("k", "Kofi Mensah", country="GHA")
        .entity("i", "Ingrid Larsen", country="NOR")
        .says("Anna Varga met Kofi Mensah and Ingrid Larsen on Tuesday in Accra.", "CONSULT", ["a"], ["k", "i"],
              mode="meet", date="2023-05-02"),
        Doc("h05", "2023-05-03").entity("a", "Anna Varga", country="FRA").entity("i", "Ingrid Larsen", country="NOR")
        .says("Ingrid Larsen held talks with Anna Varga on Tuesday.", "CONSULT", ["i"], ["a"], mode="meet",
              date="2023-05-02"),
        Doc("h06", "2023-05-10").entity("a", "Anna Varga", country="FRA").entity("k", "Kofi Mensah", country="GHA")
        .says("At their meeting in Accra on May 2, Anna Varga and Kofi Mensah agreed to reopen the port and "
              "met again.", "AGREE", ["a", "k"], date="2023-05")
        .says("At their meeting in Accra on May 2, Anna Varga and Kofi Mensah agreed to reopen the port and "
              "met again.", "CONSULT", ["a"], ["k"], mode="meet", date="2023-05-02"),
        Doc("h07", "2023-05-12").entity("k2", "Kofi Mensa", country="GHA").entity("f", "France", type="Country", ref="country:FRA")
        .says("Kofi Mensa asked France for help with the harbour.", "REQUEST", ["k2"], ["f"], date="2023-05-11"),
        Doc("h08", "2023-05-12").entity("fr", "Paris", type="Country", ref="country:FRA").entity("g", "Ghana", type="Country", ref="country:GHA")
        .says("Paris promised Ghana support for the harbour project.", "SUPPORT", ["fr"], ["g"], date="2023-05-11"),
        Doc("h09", "2023-05-20").entity("mv", "Marek Varga", country="POL").entity("v", "Varga")
        .entity("i", "Ingrid Larsen", country="NOR")
        .says("Varga met Ingrid Larsen in Oslo on Friday.", "CONSULT", ["v"], ["i"], mode="meet", date="2023-05-19"),
        Doc("h10", "2023-05-21").entity("a", "Anna Varga", country="FRA").entity("k", "Kofi Mensah", country="GHA")
        .entity("i", "Ingrid Larsen", country="NOR")
        .says("Anna Varga, Kofi Mensah and Ingrid Larsen met in Oslo on Friday.", "CONSULT", ["a", "k", "i"],
              mode="meet", date="2023-05-19"),
    ]
    return [d.pair() for d in docs]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(10)), cuts=st.lists(st.integers(1, 9), max_size=4, unique=True))
def test_any_order_and_splits_give_the_full_resolution(tmp_path_factory, order, cuts):
    pairs = pool()
    docs = [pairs[i] for i in order]
    bounds = [0, *sorted(cuts), len(docs)]
    batches = [docs[a:b] for a, b in zip(bounds, bounds[1:])]
    store = tmp_path_factory.mktemp("inc") / "s.db"
    runs = ingest_in_batches(store, batches)
    assert runs[0].full and not any(r.full for r in runs[1:])
    assert_same_as_full(store)
    reference = in_one_go(tmp_path_factory.mktemp("full") / "s.db", pairs)
    assert export_json(store) == reference


def test_a_place_name_of_two_countries_groups_in_document_order(tmp_path):
    """Places named alike join the first one named while their countries agree, in
    document order (`resolve._group_by_exact_name` moves the rest of a content's nodes
    at once after one joins): arriving one at a time, last first, gives the same groups."""
    countries = {"p1": None, "p2": "GEO", "p3": "USA", "p4": None, "p5": "GEO"}
    pairs = [Doc(doc_id, "2023-06-01").entity("g", "Georgia", type="Place",
                                               **({"country": c} if c else {})).pair()
             for doc_id, c in countries.items()]
    full = resolve(pairs)
    groups = sorted(a.documents for a in full.actors if a.name == "Georgia")
    assert groups == [("p1", "p2", "p4", "p5"), ("p3",)]
    store = tmp_path / "s.db"
    runs = ingest_in_batches(store, [[p] for p in reversed(pairs)])
    assert not any(r.full for r in runs[1:])
    assert_same_as_full(store)


def test_a_namesake_moves_the_events_of_old_documents(tmp_path):
    """'Varga' names Anna Varga until Marek Varga arrives: the old document's event then
    moves to another actor, though that document is not new."""
    pairs = {d.id: (d, e) for d, e in pool()}
    store = tmp_path / "s.db"
    runs = ingest_in_batches(store, [[pairs["h01"], pairs["h02"]], [pairs["h03"]]])
    assert not runs[1].full and runs[1].changed_documents > runs[1].new_documents == 1
    assert_same_as_full(store)


def test_the_cache_is_not_used_when_it_cannot_be_trusted(tmp_path, monkeypatch):
    pairs = pool()
    store = tmp_path / "s.db"
    ingest_in_batches(store, [pairs[:4]])
    with Ledger(store) as ledger:
        # a resolution written without the cache (another tool, an older version)
        ledger.write(resolve(ledger.iter_extractions(text=False)))
        ledger.add_documents(pairs[4:6])
        run = ensure_resolved(ledger)
        assert run.full and run.why == "the last resolution kept no cache"
        # other resolution code
        monkeypatch.setattr(incremental, "fingerprint", lambda: "other code")
        ledger.add_documents(pairs[6:8])
        run = ensure_resolved(ledger)
        assert run.full and run.why == "the resolution code changed"
        monkeypatch.undo()
        ledger.add_documents(pairs[8:])
        run = ensure_resolved(ledger)
        assert run.full  # the cache was written by "other code"
        ledger.add_correction(Correction("alias", "Mensa", "Kofi Mensah"))
        assert not ensure_resolved(ledger).full
    assert_same_as_full(store)


def test_a_replaced_extraction_is_resolved_again(tmp_path):
    pairs = pool()
    store = tmp_path / "s.db"
    ingest_in_batches(store, [pairs])
    doc, ext = pairs[1]
    other = pool()[2][1]  # another document's entities and interaction, under this id
    import dataclasses
    replaced = dataclasses.replace(other, doc_id=doc.id, interactions=())
    with Ledger(store) as ledger:
        assert ledger.update_extractions([replaced]) == 1
        run = ensure_resolved(ledger)
        assert not run.full and run.new_documents == 1
    assert_same_as_full(store)


def test_a_counterpart_told_in_an_old_document_joins_a_new_spelling(tmp_path):
    """The sound-alike rule reads who deals with whom; an old document's interactions come
    from the cache (read only when a rule asks), the new one's from its extraction."""
    old = Doc("k1", "2023-06-01").entity("m", "Mohammed Karimi").entity("f", "Ana Ferreira", country="PRT")\
        .says("Karimi met Ferreira in Lisbon.", "CONSULT", ["m"], ["f"], mode="meet")
    new = Doc("k2", "2023-06-02").entity("m", "Muhammad Karimi").entity("f", "Ana Ferreira", country="PRT")\
        .says("Karimi called Ferreira.", "CONSULT", ["m"], ["f"], mode="call")
    store = tmp_path / "s.db"
    runs = ingest_in_batches(store, [[old.pair()], [new.pair()]])
    assert not runs[1].full
    with Ledger(store, readonly=True) as ledger:
        karimi = [a for a in ledger.actors() if "Karimi" in a.name]
    assert len(karimi) == 1 and karimi[0].documents == ("k1", "k2")
    assert_same_as_full(store)


def test_the_cache_keeps_each_entity_content_once(tmp_path):
    """Documents name the same actors the same way: the cache keeps a content once, and an
    incremental pass adds only the contents it has not seen."""
    pairs = {d.id: (d, e) for d, e in pool()}
    store = tmp_path / "s.db"
    ingest_in_batches(store, [[pairs["h01"], pairs["h04"]], [pairs["h06"], pairs["h05"]]])
    with Ledger(store) as ledger:
        rows = ledger._db.execute("SELECT content FROM resolve_contents").fetchall()
        # a document's entities: (their keys, their content ids)
        entities = sum(len(marshal.loads(blob)[1]) for _, _, blob, _ in ledger.resolve_cache_docs())
    # h01, h04 and h06 name Anna Varga and Kofi Mensah alike; h04 and h05 Ingrid Larsen
    assert entities == 9 and len(rows) == len(set(rows)) < entities
    assert_same_as_full(store)


def test_a_cache_of_the_earlier_layout_gives_a_full_pass(tmp_path):
    pairs = pool()
    store = tmp_path / "s.db"
    ingest_in_batches(store, [pairs[:5]])
    with Ledger(store) as ledger:  # the layout of format 2, as an older version left it
        ledger._db.execute("DROP TABLE resolve_docs")
        ledger._db.execute("DROP TABLE resolve_contents")
        ledger._db.execute("CREATE TABLE resolve_docs (doc_id TEXT PRIMARY KEY, xrowid INTEGER "
                           "NOT NULL, inputs BLOB NOT NULL, actors BLOB NOT NULL)")
        ledger._db.execute("UPDATE meta SET value = 'older code' WHERE key = 'resolve_cache_fp'")
        ledger._db.commit()
    runs = ingest_in_batches(store, [pairs[5:8], pairs[8:]])
    assert runs[0].full and runs[0].why == "the resolution code changed" and not runs[1].full
    assert_same_as_full(store)


def test_an_actor_id_with_a_line_break_gives_a_full_pass(tmp_path):
    """The cache keeps a document's actor ids one a line; an id a correction ends with a
    line break cannot be told apart there, so the pass is a full one."""
    pairs = pool()
    store = tmp_path / "s.db"
    ingest_in_batches(store, [pairs[:4]])
    with Ledger(store) as ledger:
        ledger.add_correction(Correction("alias", "Kofi Mensah", "person:odd\n"))
        assert ensure_resolved(ledger).full
        ledger.add_documents(pairs[4:7])
        assert ensure_resolved(ledger).full
        assert "person:odd\n" in {a.id for a in ledger.actors()}
    assert_same_as_full(store)


# --------------------------------------------------------------------------- real articles


@pytest.fixture(scope="module")
def extracted() -> dict[str, list]:
    """Each corpus's documents and extractions, extracted once for all tests here."""
    from diplograph.extract import extract_many, load_pipeline
    from diplograph.readers import read_paths

    out = {}
    for corpus in CORPORA:
        docs = [d for d in read_paths([str(REPO / corpus)]) if not hasattr(d, "reason")]
        out[corpus] = list(zip(docs, extract_many(docs, nlp=load_pipeline())))
    return out


@pytest.mark.model
@pytest.mark.parametrize("corpus", CORPORA)
def test_one_article_at_a_time_gives_the_full_graph(extracted, corpus, tmp_path):
    pairs = extracted[corpus]
    reference = in_one_go(tmp_path / "full.db", pairs)
    store = tmp_path / "inc.db"
    runs = ingest_in_batches(store, [[p] for p in pairs])
    assert not any(r.full for r in runs[1:])
    assert_same_as_full(store)
    assert export_json(store) == reference
    with Ledger(store) as ledger:
        assert reresolve(ledger) == reresolve(ledger, full=True)  # the alias command's way
    assert export_json(store) == reference


@pytest.mark.model
@pytest.mark.parametrize("corpus", CORPORA)
def test_halves_and_shuffled_batches_give_the_full_graph(extracted, corpus, tmp_path):
    pairs = extracted[corpus]
    reference = in_one_go(tmp_path / "full.db", pairs)
    half = len(pairs) // 2
    store = tmp_path / "halves.db"
    ingest_in_batches(store, [pairs[half:], pairs[:half]])
    assert export_json(store) == reference
    for seed in range(3):
        shuffled = pairs[:]
        random.Random(seed).shuffle(shuffled)
        cuts = sorted(random.Random(seed + 10).sample(range(1, len(pairs)), 3))
        batches = [shuffled[a:b] for a, b in zip([0, *cuts], [*cuts, len(pairs)])]
        store = tmp_path / f"shuffled-{seed}.db"
        runs = ingest_in_batches(store, batches)
        assert not any(r.full for r in runs[1:])
        assert_same_as_full(store)
        assert export_json(store) == reference


@pytest.mark.model
@pytest.mark.parametrize("corpus", CORPORA)
def test_corrections_between_ingests_give_the_full_graph(extracted, corpus, tmp_path):
    pairs = extracted[corpus]
    half = len(pairs) // 2
    first = tmp_path / "first.db"
    in_one_go(first, pairs[:half])
    with Ledger(first, readonly=True) as ledger:
        actors = ledger.actors()
    people = sorted((a for a in actors if a.type == "Person"), key=lambda a: (-a.mentions, a.id))
    places = sorted((a for a in actors if a.type == "Country"), key=lambda a: (-a.mentions, a.id))
    named = sorted((a for a in actors if a.aliases), key=lambda a: (-len(a.aliases), a.id))
    assert len(people) >= 2 and len(places) >= 2 and named
    corrections = [Correction("alias", people[1].name, people[0].id),
                   Correction("merge", places[1].id, places[0].id),
                   Correction("split", named[0].aliases[-1], named[0].id),
                   Correction("alias", "Somebody Newname", people[0].id)]

    def correct(i, ledger):
        if i == 0:
            for c in corrections[:2]:
                ledger.add_correction(c)
        elif i == 1:
            for c in corrections[2:]:
                ledger.add_correction(c)

    store = tmp_path / "inc.db"
    runs = ingest_in_batches(store, [pairs[:half], [], pairs[half:]], corrections_after=correct)
    assert runs[0].full and not any(r.full for r in runs[1:])
    assert_same_as_full(store)
    assert export_json(store) == in_one_go(tmp_path / "full.db", pairs, corrections)
