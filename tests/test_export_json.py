"""The diplograph-export/1 JSON format, and that ../shared/eval/score.py reads it."""
from __future__ import annotations

import json
import subprocess
import sys

from diplograph.export.json import FORMAT, to_export, write_json
from diplograph.records import Event
from small_world import ACTORS, DOCUMENTS, EVENTS, TEXTS


def test_export_shape_and_fields():
    export = to_export(ACTORS, EVENTS, DOCUMENTS)
    assert export["format"] == FORMAT == "diplograph-export/1"
    assert set(export) == {"format", "entities", "interactions", "unrealised", "documents"}
    blinken = next(e for e in export["entities"] if e["id"] == "person:antony-blinken")
    assert blinken == {"id": "person:antony-blinken", "name": "Antony Blinken", "type": "Person",
                       "aliases": ["Blinken"], "country": "USA", "title": "Secretary of State"}
    assert {e["type"] for e in export["entities"]} == {"Person", "Country", "Place"}
    assert export["documents"][0] == {"id": "d1", "published": "2023-06-19",
                                      "title": "Talks in Beijing"}


def test_symmetric_and_directed_interactions():
    by_id = {i["id"]: i for i in to_export(ACTORS, EVENTS, DOCUMENTS)["interactions"]}
    meet = by_id["ev-meet"]
    assert meet == {
        "id": "ev-meet", "type": "CONSULT", "mode": "meet",
        "source": ["person:antony-blinken"], "target": ["person:qin-gang"],
        "participants": ["person:antony-blinken", "person:qin-gang"],
        "date": "2023-06-18", "location": "place:beijing", "status": "occurred",
        "confidence": 0.9,
        "evidence": [
            {"doc": "d1", "text": "Antony Blinken met Qin Gang in Beijing on Sunday.",
             "start": 0, "end": 49},
            {"doc": "d3", "text": "Blinken and Qin Gang had talked in Beijing in June.",
             "start": TEXTS["d3"].index("Blinken and"), "end": TEXTS["d3"].index(" Wang Wenbin")},
        ],
        "details": []}
    urge = by_id["ev-urge"]
    assert (urge["source"], urge["target"], urge["date"], urge["mode"]) == \
        (["country:RUS"], ["country:USA"], None, None)


def test_one_sided_symmetric_event_lists_participants_only():
    trio = Event("ev-trio", "AGREE", ("country:USA", "country:CHN", "country:RUS"),
                 evidence=EVENTS[1].evidence)
    [entry] = to_export(ACTORS, [trio], DOCUMENTS)["interactions"]
    assert entry["target"] == [] and len(entry["participants"]) == 3


def test_only_events_read_from_text_are_interactions():
    derived = Event("ev-rollup", "CONSULT", ("country:USA",), ("country:CHN",))
    ids = [i["id"] for i in to_export(ACTORS, EVENTS + (derived,), DOCUMENTS)["interactions"]]
    assert "ev-rollup" not in ids and len(ids) == len(EVENTS)


def test_every_evidence_slices_its_document(tmp_path):
    path = write_json(to_export(ACTORS, EVENTS, DOCUMENTS), tmp_path / "out" / "export.json")
    export = json.loads(path.read_text(encoding="utf-8"))
    for interaction in export["interactions"]:
        for ev in interaction["evidence"]:
            assert TEXTS[ev["doc"]][ev["start"]:ev["end"]] == ev["text"]


def test_the_scorer_reads_it_and_a_matching_gold_scores_full_marks(shared, tmp_path):
    gold = {
        "corpus": "small-world",
        "documents": [{"id": d.id, "file": f"{d.id}.txt", "published": d.published}
                      for d in DOCUMENTS],
        "entities": [{"name": a.name, "type": a.type, "aliases": list(a.aliases)}
                     for a in ACTORS if a.type != "Place"],
        "optional": ["Beijing"],
        "interactions": [
            {"type": "CONSULT", "mode": "meet", "actors": ["Antony Blinken", "Qin Gang"],
             "date": "2023-06-18"},
            {"type": "ACCUSE", "source": ["China"], "target": ["United States"], "date": "2023-06"},
            {"type": "CONSULT", "mode": "call", "actors": ["Qin Gang", "Sergei Lavrov"],
             "date": "2023-07-01"},
            {"type": "REQUEST", "source": ["Russia"], "target": ["United States"]},
            {"type": "CONSULT", "mode": "host", "actors": ["Wang Yi", "Sergei Lavrov"],
             "date": "2023-07-10"},
            {"type": "ACCUSE", "source": ["Wang Wenbin"], "target": ["Antony Blinken"],
             "date": "2023-07-11"},
        ],
    }
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    export_path = write_json(to_export(ACTORS, EVENTS, DOCUMENTS), tmp_path / "export.json")
    out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(gold_path),
                          str(export_path), "--json"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    assert figures["entities"]["f1"] == 1.0, figures
    assert figures["interactions_type_pair"]["f1"] == 1.0, figures


def test_conflicting_details_are_exported_with_their_documents():
    from diplograph.export.json import to_export
    from diplograph.records import Actor, Event, Evidence

    actors = [Actor("person:a", "A", "Person"), Actor("person:b", "B", "Person")]
    event = Event("ev-1", "CONSULT", ("person:a",), ("person:b",), date="2023-06-18",
                  evidence=(Evidence("d1", 0, 4, "A met B"),),
                  details=(("duration", "5.5 hours", "d1"), ("duration", "7.5 hours", "d2")))
    out = to_export(actors, [event], [])
    assert out["interactions"][0]["details"] == [
        {"field": "duration", "value": "5.5 hours", "doc": "d1"},
        {"field": "duration", "value": "7.5 hours", "doc": "d2"}]


def test_meetings_only_planned_and_acts_called_off_are_listed_apart():
    from diplograph.records import Actor, Evidence

    actors = [Actor(id="a", name="A", type="Country"), Actor(id="b", name="B", type="Country")]
    ev = lambda i, t, status: Event(id=i, type=t, source=("a",), target=("b",), status=status,
                                    evidence=(Evidence("d", 0, 1, "x"),))
    export = to_export(actors, [ev("e1", "CONSULT", "occurred"), ev("e2", "CONSULT", "planned"),
                                ev("e3", "SANCTION", "planned"), ev("e4", "AGREE", "cancelled")], [])
    assert [i["id"] for i in export["interactions"]] == ["e1", "e3"]  # a decided sanction is an act
    assert [(i["id"], i["status"]) for i in export["unrealised"]] == [("e2", "planned"), ("e4", "cancelled")]


def test_a_persons_aliases_leave_out_lone_words_that_name_no_one_alone():
    from diplograph.records import Actor

    actors = [Actor(id="person:fidel-castro", name="Fidel Castro", type="Person", aliases=("Castro", "Fidel")),
              Actor(id="person:raul-castro", name="Raúl Castro", type="Person",
                    aliases=("Castro", "President Raúl Castro", "head")),
              Actor(id="org:un-security-council", name="UN Security Council", type="Organization",
                    aliases=("council", "Security Council"))]
    out = {e["name"]: e["aliases"] for e in to_export(actors, [], [])["entities"]}
    # a surname two people share, and a bare title word, name neither of them
    assert out["Fidel Castro"] == ["Fidel"]
    assert out["Raúl Castro"] == ["President Raúl Castro"]
    # (a body's aliases are left as they are)
    assert out["UN Security Council"] == ["council", "Security Council"]


def test_a_countrys_aliases_leave_out_lower_case_words_that_stood_for_its_government():
    from diplograph.records import Actor

    actors = [Actor(id="country:MLI", name="Mali", type="Country", aliases=("junta", "coup leaders", "Bamako",
                                                                            "Republic of Mali"))]
    out = {e["name"]: e["aliases"] for e in to_export(actors, [], [])["entities"]}
    assert out["Mali"] == ["Bamako", "Republic of Mali"]
