"""The SQLite ledger on real files: documents, extractions, the canonical layer, safety."""
from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from diplograph.records import Actor, DocExtraction, Document, Evidence, LocalEntity, LocalInteraction
from diplograph.resolve import Correction, resolve
from diplograph.store.base import Resolution, StoreError
from diplograph.store.sqlite import SCHEMA_VERSION, Ledger


def make_pair(doc_id: str, people: tuple[str, str], sentence: str, date: str | None,
              type_: str = "CONSULT", title: str = "") -> tuple[Document, DocExtraction]:
    """A document whose one sentence reports `people[0]` and `people[1]` interacting."""
    text = f"{title or 'Untitled'}\n\n{sentence} More words follow here."
    start = text.index(sentence)
    ev = Evidence(doc_id=doc_id, start=start, end=start + len(sentence), text=sentence,
                  trigger_start=start, trigger_end=start + 3, rule="test")
    ents = tuple(LocalEntity(key=f"L{i}", name=n, type="Person", aliases=(n,)) for i, n in enumerate(people))
    inter = LocalInteraction(type=type_, source=("L0",), target=("L1",), date=date, evidence=ev,
                             confidence=0.6)
    doc = Document(id=doc_id, text=text, title=title, published="2023-06-20", url=f"https://example.org/{doc_id}",
                   source=f"{doc_id}.txt")
    return doc, DocExtraction(doc_id=doc_id, entities=ents, interactions=(inter,), extractor_version="t1")


def sample_pairs():
    return [
        make_pair("a1", ("Maria Lopez", "Kenji Sato"), "Lopez sat down with Sato for talks.", "2023-06-18",
                  title="Talks held"),
        make_pair("a2", ("Maria Lopez", "Kenji Sato"), "The two envoys talked in the capital.", "2023-06-18"),
        make_pair("a3", ("Kenji Sato", "Maria Lopez"), "Sato accused Lopez of stalling.", "2023-07",
                  type_="ACCUSE"),
    ]


@pytest.fixture
def db(tmp_path):
    return tmp_path / "ledger.db"


def test_round_trip_of_documents_extractions_and_resolution(db):
    pairs = sample_pairs()
    with Ledger(db) as ledger:
        assert ledger.add_documents(pairs) == 3
        stored = list(ledger.iter_extractions())
        assert stored == sorted(pairs, key=lambda p: p[0].id)
        res = resolve(stored, ledger.corrections(), ledger.actor_ids_ever())
        ledger.write(res)
    with Ledger(db) as ledger:  # a new connection reads what the first one committed
        assert ledger.actors() == list(res.actors)
        assert ledger.events() == list(res.events)
        assert [d.id for d in ledger.documents()] == ["a1", "a2", "a3"]
        assert all(d.text == "" for d in ledger.documents())
        full = ledger.get_document("a1")
        assert full == pairs[0][0]
        ev = ledger.events()[0].evidence[0]
        doc = ledger.get_document(ev.doc_id)
        assert doc.text[ev.start:ev.end] == ev.text
        assert ledger.get_document("nope") is None
        assert [d.text for d, _ in ledger.iter_extractions(text=False)] == ["", "", ""]
        assert ledger.extractor_versions() == {"t1": 3}


def test_re_adding_known_documents_adds_nothing(db):
    pairs = sample_pairs()
    with Ledger(db) as ledger:
        assert ledger.add_documents(pairs[:2]) == 2
        assert ledger.known_ids(["a1", "a3", "zz"]) == {"a1"}
        assert ledger.add_documents(pairs) == 1
        assert ledger.add_documents(pairs) == 0
        assert ledger.add_documents([pairs[0], pairs[0]]) == 0
        assert ledger.stats()["documents"] == 3 and ledger.stats()["extractions"] == 3


def test_known_ids_handles_more_ids_than_one_query_takes(db):
    with Ledger(db) as ledger:
        ledger.add_documents([make_pair(f"d{i:04d}", ("A Person", "B Person"), "They met.", None)
                              for i in range(1200)])
        assert len(ledger.known_ids(f"d{i:04d}" for i in range(0, 2400, 2))) == 600


def test_mismatched_document_and_extraction_add_nothing(db):
    doc, _ = make_pair("a1", ("A B", "C D"), "x y.", None)
    _, ext = make_pair("a2", ("A B", "C D"), "x y.", None)
    with Ledger(db) as ledger:
        with pytest.raises(StoreError, match="'a2'.*'a1'"):
            ledger.add_documents([sample_pairs()[2], (doc, ext)])
        assert ledger.stats()["documents"] == 0


def test_update_extractions_replaces_only_known_documents(db):
    pairs = sample_pairs()
    with Ledger(db) as ledger:
        ledger.add_documents(pairs[:1])
        newer = DocExtraction(doc_id="a1", extractor_version="t2")
        assert ledger.update_extractions([newer, DocExtraction(doc_id="zz", extractor_version="t2")]) == 1
        assert [e for _, e in ledger.iter_extractions()] == [newer]


def test_a_resolution_with_a_repeated_id_is_refused(db):
    pairs = sample_pairs()
    with Ledger(db) as ledger:
        good = resolve(pairs)
        ledger.write(good)
        clash = Actor(id=good.actors[0].id, name="Somebody Else", type="Person")
        with pytest.raises(StoreError, match=f"actor id '{good.actors[0].id}' more than once"):
            ledger.write(Resolution(actors=good.actors + (clash,)))
        assert ledger.actors() == list(good.actors)


def unstorable(res):
    """`res` with a last event that cannot be stored: the write fails after it began."""
    bad = dataclasses.replace(res.events[-1], id="ev-zzz", details=(("x", object(), "a1"),))
    return dataclasses.replace(res, events=res.events + (bad,), actors=res.actors[:1], redirects=())


def test_a_write_failing_midway_leaves_the_previous_state(db):
    pairs = sample_pairs()
    with Ledger(db) as ledger:
        ledger.add_documents(pairs)
        good = resolve(pairs)
        ledger.write(good)
        before = (ledger.actors(), ledger.events(), ledger.stats())
        with pytest.raises(StoreError, match="nothing was changed"):
            ledger.write(unstorable(good))
        assert (ledger.actors(), ledger.events(), ledger.stats()) == before
        # and the ledger still takes writes afterwards
        ledger.write(Resolution())
        assert ledger.actors() == [] and ledger.stats()["evidence"] == 0


def test_a_failed_write_inside_a_held_transaction_is_undone_on_its_own(db):
    pairs = sample_pairs()
    with Ledger(db) as ledger:
        with ledger.transaction():
            ledger.add_documents(pairs)
            good = resolve(pairs)
            ledger.write(good)
            with pytest.raises(StoreError):
                ledger.write(unstorable(good))
            assert ledger.actors() == list(good.actors)  # the caller may go on
        assert ledger.stats()["documents"] == 3 and ledger.events() == list(good.events)


def test_write_only_rewrites_what_changed(db):
    pairs = sample_pairs()
    with Ledger(db) as ledger:
        ledger.add_documents(pairs)
        ledger.write(resolve(pairs))
        rowids = dict(ledger._db.execute("SELECT id, rowid FROM events"))
        smaller = resolve(pairs[:2] + [pairs[2]])
        ledger.write(smaller)
        assert dict(ledger._db.execute("SELECT id, rowid FROM events")) == rowids
        ledger.write(resolve(pairs[:2]))
        assert ledger.events() == list(resolve(pairs[:2]).events)
        assert ledger._db.execute("SELECT COUNT(*) FROM event_actors WHERE event_id NOT IN "
                                  "(SELECT id FROM events)").fetchone()[0] == 0
        assert ledger.stats()["evidence"] == 2


def test_an_error_inside_a_held_transaction_rolls_everything_back(db):
    pairs = sample_pairs()
    with Ledger(db) as ledger:
        with pytest.raises(RuntimeError):
            with ledger.transaction():
                ledger.add_documents(pairs)
                ledger.write(resolve(pairs))
                raise RuntimeError("resolution crashed")
        assert ledger.stats()["documents"] == 0 and ledger.actors() == []


def test_a_process_killed_mid_write_leaves_the_previous_state(db):
    pairs = sample_pairs()
    with Ledger(db) as ledger:
        ledger.add_documents(pairs)
        ledger.write(resolve(pairs))
        before = (ledger.actors(), ledger.events(), ledger.stats())
    script = textwrap.dedent(f"""
        import os
        from diplograph.store.base import Resolution
        from diplograph.store.sqlite import Ledger
        ledger = Ledger({str(db)!r})
        with ledger.transaction():
            ledger._db.execute("DELETE FROM actors")
            ledger._db.execute("DELETE FROM events")
            os._exit(3)  # killed before COMMIT
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 3, done.stderr
    with Ledger(db) as ledger:
        assert (ledger.actors(), ledger.events(), ledger.stats()) == before


def test_a_busy_ledger_gives_a_clear_error(db):
    with Ledger(db) as holder, Ledger(db, timeout=0.05) as other:
        with holder.transaction():
            with pytest.raises(StoreError, match="busy"):
                other.add_documents(sample_pairs())
        assert other.add_documents(sample_pairs()) == 3


def test_a_text_file_is_not_a_store_and_is_left_alone(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a database\n")
    with pytest.raises(StoreError, match=r"'.*notes.txt' is not a diplograph store"):
        Ledger(notes)
    assert notes.read_text() == "my notes, not a database\n"


def test_a_directory_is_not_a_store(tmp_path):
    with pytest.raises(StoreError, match="is not a diplograph store: it is a directory"):
        Ledger(tmp_path)


def test_another_programs_sqlite_file_is_not_a_store(tmp_path):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="SQLite database of something else.*recipes"):
        Ledger(other)


def test_a_newer_schema_is_refused_with_a_clear_message(db):
    Ledger(db).close()
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer diplograph"):
        Ledger(db)


def test_a_missing_folder_is_reported(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Ledger(tmp_path / "no" / "such" / "ledger.db")


def test_readonly_reads_and_refuses_writes(db):
    pairs = sample_pairs()
    with Ledger(db) as ledger:
        ledger.add_documents(pairs)
        ledger.write(resolve(pairs))
        actors = ledger.actors()
    with Ledger(db, readonly=True) as ro:
        assert ro.actors() == actors
        assert ro.stats()["documents"] == 3
        with pytest.raises(StoreError, match="read-only"):
            ro.write(Resolution())
        with pytest.raises(StoreError, match="read-only"):
            ro.add_correction(Correction("alias", "x", "y"))
        assert ro.actors() == actors


def test_readonly_on_a_missing_file_does_not_create_it(tmp_path):
    path = tmp_path / "absent.db"
    with pytest.raises(StoreError, match="no diplograph store"):
        Ledger(path, readonly=True)
    assert not path.exists()


def test_stats_count_what_was_written(db):
    pairs = sample_pairs()
    with Ledger(db) as ledger:
        ledger.add_documents(pairs)
        res = resolve(pairs)
        ledger.write(res)
        ledger.add_correction(Correction("alias", "Lopez", "person:maria-lopez"))
        stats = ledger.stats()
    # a1 and a2 report one meeting; a3 is an accusation: 2 events, 3 evidence sentences
    assert stats["documents"] == 3
    assert stats["actors"] == 2 and stats["actors_Person"] == 2 and stats["actors_Country"] == 0
    assert stats["events"] == 2 and stats["events_CONSULT"] == 1 and stats["events_ACCUSE"] == 1
    assert stats["evidence"] == 3
    assert stats["redirects"] == 0 and stats["corrections"] == 1


def test_corrections_are_kept_in_order_and_survive_reopening(db):
    with Ledger(db) as ledger:
        ledger.add_correction(Correction("alias", "Lopez", "person:maria-lopez"))
        ledger.add_correction(Correction("split", "Sato", "person:kenji-sato"))
        ledger.add_correction(Correction("split", "Sato", "person:kenji-sato"))  # repeated: kept once
    with Ledger(db) as ledger:
        assert ledger.corrections() == [Correction("alias", "Lopez", "person:maria-lopez"),
                                        Correction("split", "Sato", "person:kenji-sato")]


def test_ids_ever_and_redirects_accumulate_across_resolutions(db):
    first = [make_pair("b1", ("Sato", "Maria Lopez"), "Sato phoned Lopez.", None)]
    more = first + [make_pair("b2", ("Kenji Sato", "Maria Lopez"), "Kenji Sato met Maria Lopez.", None)]
    with Ledger(db) as ledger:
        ledger.add_documents(first)
        ledger.write(resolve(ledger.iter_extractions(), ledger.corrections(), ledger.actor_ids_ever()))
        assert "person:sato" in ledger.actor_ids_ever()
        ledger.add_documents(more)
        ledger.write(resolve(ledger.iter_extractions(), ledger.corrections(), ledger.actor_ids_ever()))
        assert ledger.actor_ids_ever() >= {"person:sato", "person:kenji-sato", "person:maria-lopez"}
        assert ledger.redirects() == {"person:sato": "person:kenji-sato"}
        assert ledger.get_actor("person:sato").id == "person:kenji-sato"
        assert ledger.actor_ids_named("SATO") == ["person:kenji-sato"]


def test_graph_is_cached_until_the_ledger_changes(db):
    pairs = sample_pairs()
    with Ledger(db) as ledger, Ledger(db) as elsewhere:
        ledger.add_documents(pairs)
        ledger.write(resolve(pairs))
        g = ledger.graph()
        assert ledger.graph() is g
        assert {"person:maria-lopez", "person:kenji-sato", "a1"} <= set(g)
        ledger.write(resolve(pairs[:1]))
        assert ledger.graph() is not g and "a3" in ledger.graph()
        g2 = ledger.graph()
        elsewhere.write(Resolution())  # another connection changes the file
        assert ledger.graph() is not g2
        assert "person:maria-lopez" not in ledger.graph()


def test_query_runs_cypher_on_the_graph(db):
    pairs = sample_pairs()
    with Ledger(db) as ledger:
        ledger.add_documents(pairs)
        ledger.write(resolve(pairs))
        result = ledger.query("MATCH (a:Person) RETURN a.name")
        assert sorted(r[0] for r in result.rows) == ["Kenji Sato", "Maria Lopez"]


def test_stored_json_is_the_records_own_json_and_reads_back_equal():
    import json

    from diplograph.records import Event, Span
    from diplograph.store.sqlite import _dumps, _loads

    doc, ext = make_pair("c1", ("Maria Lopez", "Kenji Sato"), "Lopez met Sato.", "2023-06-18")
    ent = dataclasses.replace(ext.entities[0], country="ESP", title="Envoy", ref="person:x",
                              mentions=(Span("c1", 0, 5, "Lopez"),))
    ev = dataclasses.replace(ext.interactions[0].evidence, details=(("duration", "2 hours"),))
    it = dataclasses.replace(ext.interactions[0], evidence=ev, mode="meet", location="L1", date_text="Sunday")
    rich = dataclasses.replace(ext, entities=(ent, ext.entities[1]), interactions=(it, dataclasses.replace(it, evidence=None)))
    event = Event(id="ev-1", type="CONSULT", source=("a",), target=("b",), evidence=(ev,),
                  details=(("date", "2023-06-18", "c1"),))
    actor = Actor(id="person:x", name="X", type="Person", aliases=("Y",), titles=("Envoy",), mentions=3,
                  documents=("c1",), reasons=("why",))
    for record in (rich, event, actor, doc):
        blob = _dumps(record)
        assert json.loads(blob) == json.loads(json.dumps(record.to_dict()))
        assert _loads(type(record), blob) == record == type(record).from_dict(json.loads(blob))


def test_needs_resolution_follows_extractions_corrections_and_writes(db):
    with Ledger(db) as ledger:
        assert ledger.needs_resolution()  # never resolved
        ledger.write(resolve([]))
        assert not ledger.needs_resolution()
        ledger.add_documents(sample_pairs()[:2])
        assert ledger.needs_resolution()  # what a kill before the resolution leaves
        ledger.write(resolve(ledger.iter_extractions(text=False)))
        assert not ledger.needs_resolution()
        ledger.add_documents(sample_pairs()[:2])  # nothing new: nothing to resolve
        assert not ledger.needs_resolution()
        ledger.update_extractions([sample_pairs()[0][1]])
        assert ledger.needs_resolution()
        ledger.write(resolve(ledger.iter_extractions(text=False)))
        ledger.add_correction(Correction(kind="alias", name="The Envoy", target="person:kenji-sato"))
        assert ledger.needs_resolution()
    with Ledger(db, readonly=True) as reader:  # kept in the file, seen by other processes
        assert reader.needs_resolution()


def test_a_write_that_is_rolled_back_does_not_count_as_resolved(db):
    with Ledger(db) as ledger:
        ledger.add_documents(sample_pairs())
        with pytest.raises(RuntimeError):
            with ledger.transaction():
                ledger.write(resolve(ledger.iter_extractions(text=False)))
                raise RuntimeError("killed")
        assert ledger.needs_resolution()


def test_extractions_after_the_resolved_mark_are_the_ones_resolution_has_not_seen(db):
    pairs = sample_pairs()
    with Ledger(db) as ledger:
        assert ledger.resolved_mark() == 0
        ledger.add_documents(pairs[:2])
        ledger.write(resolve(ledger.iter_extractions(text=False)))
        mark = ledger.resolved_mark()
        assert mark > 0 and list(ledger.iter_extractions(after=mark)) == []
        ledger.add_documents(pairs[2:])
        ledger.update_extractions([pairs[0][1]])
        assert [d.id for d, _ in ledger.iter_extractions(after=mark)] == ["a1", "a3"]
        assert [d.id for d, _ in ledger.iter_extractions()] == ["a1", "a2", "a3"]
        ledger.write(resolve(ledger.iter_extractions(text=False)))
        assert list(ledger.iter_extractions(after=ledger.resolved_mark())) == []
