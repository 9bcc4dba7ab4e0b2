"""diplograph.evaluate: the counting rules of FORMAT.md, and agreement with the shared scorer.

The gold and export documents here are written for these tests (made-up actors and events).
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.evaluate import date_interval, date_within, norm, score

from conftest import SAMPLE, SHARED

GOLD = {
    "entities": [
        {"name": "Ana Ferreira", "type": "Person", "aliases": ["Ferreira", "Minister Ferreira"]},
        {"name": "Tomas Ferreira", "type": "Person", "aliases": []},
        {"name": "Portugal", "type": "Country", "aliases": ["Lisbon"]},
        {"name": "Chile", "type": "Country", "aliases": ["Santiago"]},
        {"name": "Pacific Forum", "type": "Organization", "aliases": []},
    ],
    "optional": ["Reuters"],
    "interactions": [
        {"type": "CONSULT", "mode": "visit", "actors": ["Ana Ferreira", "Chile"], "date": "2024-03"},
        {"type": "REQUEST", "source": ["Portugal"], "target": ["Chile"], "date": "2024-03-05"},
        {"type": "AGREE", "sides": [["Portugal", "Ana Ferreira"], ["Chile"]], "date": "2024-03-06"},
    ],
}


def entity(id_, name, type_="Person", aliases=()):
    return {"id": id_, "name": name, "type": type_, "aliases": list(aliases)}


def interaction(id_, type_, source, target=(), date=None, mode=None, participants=None):
    return {"id": id_, "type": type_, "source": list(source), "target": list(target),
            "participants": list(participants if participants is not None else [*source, *target]),
            "date": date, "mode": mode, "evidence": [{"doc": "x", "text": f"sentence {id_}"}]}


EXPORT = {
    "format": "diplograph-export/1",
    "entities": [
        entity("p1", "Ana Ferreira", aliases=["Ferreira"]),
        entity("p2", "Minister Ferreira"),  # a split of Ana Ferreira
        entity("c1", "Portugal", "Country"),
        entity("c2", "Chile", "Country", ["Santiago"]),
        entity("o1", "Reuters", "Organization"),  # optional: neither right nor wrong
        entity("o2", "Atlantic Council", "Organization"),  # a false alarm
        entity("x1", "Lisbon", "Place"),  # a place no interaction names: not scored
    ],
    "interactions": [
        interaction("i1", "CONSULT", ["c2"], ["p1"], date="2024-03-04", mode="meet"),
        interaction("i2", "CONSULT", ["p2"], ["c2"], date="2024-03-04", mode="visit"),  # a duplicate
        interaction("i3", "REQUEST", ["c1"], ["c2"], date="2024-03"),  # a month for a gold day
        interaction("i4", "REQUEST", ["c2"], ["c1"], date="2024-03-05"),  # wrong direction
        interaction("i5", "AGREE", ["c2"], ["c1"], date="2024-03-06"),
    ],
}


def test_counting_rules_on_a_small_case():
    s = score(GOLD, EXPORT)
    # entities: Ana, Portugal, Chile right; Minister Ferreira is a split; Atlantic Council a
    # false alarm; Reuters optional; the place unscored
    assert (s.entities.tp, s.entities.predicted, s.entities.gold) == (3, 5, 5)
    assert s.splits == ("Minister Ferreira (also Ana Ferreira) = Ana Ferreira",)
    assert s.entity_false_alarms == ("Atlantic Council",)
    assert s.entities_missed == ("Pacific Forum", "Tomas Ferreira")
    assert s.merges == ()
    # gold dyads: CONSULT {Ana, Chile}, REQUEST Portugal->Chile, AGREE {Portugal, Chile},
    # AGREE {Ana, Chile}; predicted keys: CONSULT {Ana, Chile}, REQUEST both ways, AGREE
    assert (s.type_pair.tp, s.type_pair.predicted, s.type_pair.gold) == (3, 4, 4)
    # with dates: i1 matches, i2 duplicates it, i3 (a month) cannot match a day, i4 is the
    # wrong direction, i5 matches a symmetric type in either order
    assert (s.type_pair_date.tp, s.duplicates, s.type_pair_date.gold) == (2, 1, 4)
    assert s.type_pair_date.predicted == 5
    assert [d.origin for d in s.interaction_false_alarms] == ["i3", "i4"]
    assert s.mode_accuracy == 0.0  # the first prediction for the visit says "meet"
    assert len(s.interactions_missed) == 2


def test_a_node_naming_two_gold_actors_is_a_merge():
    export = {"entities": [entity("p1", "Ferreira", aliases=["Ana Ferreira", "Tomas Ferreira"])],
              "interactions": []}
    s = score(GOLD, export)
    assert s.merges == ("Ferreira -> ['Ana Ferreira', 'Tomas Ferreira']",)
    assert s.mapping == {"p1": "Ana Ferreira"}  # the tie goes to the first name alphabetically


def test_dates_and_names():
    assert norm("The U.S. State Department\u2019s") == "u s state department"
    assert norm("Caf\u00e9 Rom\u00e9o") == "cafe romeo"
    assert date_interval("2024-02") == (date_interval("2024-02-01")[0], date_interval("2024-02-29")[1])
    assert date_interval("2024-02-30") is None and date_interval("soon") is None
    assert date_within("2024-03-04", "2024-03") and not date_within("2024-03", "2024-03-04")
    assert date_within(None, None) and not date_within(None, "2024")
    assert date_within("2024-03-01/2024-03-02", "2024-03")


def test_an_export_without_a_gold_list_is_refused():
    with pytest.raises(ValueError, match="'interactions'"):
        score({"entities": []}, EXPORT)


# --------------------------------------------------------------------------- agreement

@pytest.fixture(scope="module")
def shared_scorer():
    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        pytest.skip("../shared/eval/score.py is not present")
    spec = importlib.util.spec_from_file_location("shared_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shared_figures(module, gold, export):
    mapping, ent, report, _ = module.match_entities(gold, export)
    pair, dated, mode, _, _ = module.score_interactions(gold, export, mapping)
    return {"entities": ent, "interactions_type_pair": pair, "interactions_type_pair_date": dated,
            "consult_mode_accuracy": mode, "entity_splits": len(report["splits"]),
            "entity_merges": len(report["merges"])}


def shared_report(module, gold, export, tmp_path, show=10):
    g, e = tmp_path / "gold.json", tmp_path / "export.json"
    g.write_text(json.dumps(gold), encoding="utf-8")
    e.write_text(json.dumps(export), encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        module.main([str(g), str(e), "--show", str(show)])
    return out.getvalue().rstrip("\n")


def test_agrees_with_the_shared_scorer_on_the_small_case(shared_scorer, tmp_path):
    assert score(GOLD, EXPORT).to_dict() == shared_figures(shared_scorer, GOLD, EXPORT)
    assert score(GOLD, EXPORT).report(10) == shared_report(shared_scorer, GOLD, EXPORT, tmp_path)


def test_agrees_with_the_shared_scorer_on_the_sample_gold(shared_scorer, tmp_path):
    """The sample gold scored against itself turned into an export, and against a
    deliberately damaged copy (dates dropped, every other actor renamed)."""
    gold = json.loads((SAMPLE / "gold.json").read_text(encoding="utf-8"))
    names = {e["name"]: f"e{n}" for n, e in enumerate(gold["entities"])}
    entities = [entity(names[e["name"]], e["name"], e["type"], e.get("aliases", []))
                for e in gold["entities"]]
    interactions = []
    for n, i in enumerate(gold["interactions"]):
        if i.get("actors"):
            interactions.append(interaction(f"i{n}", i["type"], [names[a] for a in i["actors"]], [],
                                            date=i.get("date"), mode=i.get("mode")))
        else:
            interactions.append(interaction(f"i{n}", i["type"], [names[a] for a in i["source"]],
                                            [names[a] for a in i["target"]], date=i.get("date")))
    perfect = {"entities": entities, "interactions": interactions}
    assert score(gold, perfect).type_pair.recall == 1.0  # (sides are not copied: extra pairs)
    damaged = {"entities": [dict(e, name=e["name"] + " X") if n % 2 else e
                            for n, e in enumerate(entities)],
               "interactions": [dict(i, date=None) if n % 3 == 0 else i
                                for n, i in enumerate(interactions)]}
    for export in (perfect, damaged):
        assert score(gold, export).to_dict() == shared_figures(shared_scorer, gold, export)
        assert score(gold, export).report(50) == shared_report(shared_scorer, gold, export, tmp_path, 50)


_NAMES = ["Ana Ferreira", "Ferreira", "Tomas Ferreira", "Portugal", "Lisbon", "Chile",
          "Santiago", "Pacific Forum", "Reuters", "Nobody"]
_DATES = [None, "2024", "2024-03", "2024-03-04", "2024-03-05", "2024-03-04/2024-03-06", "bad"]
_TYPES = ["CONSULT", "AGREE", "REQUEST", "ACCUSE"]


@st.composite
def exports(draw):
    n = draw(st.integers(1, 6))
    entities = [entity(f"e{k}", draw(st.sampled_from(_NAMES)),
                       draw(st.sampled_from(["Person", "Country", "Organization", "Place"])),
                       draw(st.lists(st.sampled_from(_NAMES), max_size=2))) for k in range(n)]
    ids = st.sampled_from([f"e{k}" for k in range(n)] + ["ghost"])
    interactions = []
    for k in range(draw(st.integers(0, 8))):
        source, target = draw(st.lists(ids, max_size=2)), draw(st.lists(ids, max_size=2))
        participants = draw(st.one_of(st.none(), st.lists(ids, max_size=3)))
        interactions.append(interaction(f"i{k}", draw(st.sampled_from(_TYPES)), source, target,
                                        date=draw(st.sampled_from(_DATES)),
                                        mode=draw(st.sampled_from([None, "meet", "visit"])),
                                        participants=participants or []))
    return {"entities": entities, "interactions": interactions}


@settings(max_examples=150, deadline=None)
@given(export=exports())
def test_agrees_with_the_shared_scorer_on_random_exports(shared_scorer, export):
    assert score(GOLD, export).to_dict() == shared_figures(shared_scorer, GOLD, export)


# --------------------------------------------------------------------------- command line

def test_evaluate_command_scores_an_export_or_the_store(tmp_path):
    from typer.testing import CliRunner

    from diplograph.cli import app
    from diplograph.export.json import to_export
    from diplograph.store.base import Resolution
    from diplograph.store.sqlite import Ledger
    from small_world import ACTORS, DOCUMENTS, EVENTS

    runner = CliRunner()
    gold, export = tmp_path / "gold.json", tmp_path / "export.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    export.write_text(json.dumps(EXPORT), encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), str(export), "--show", "2"])
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip("\n") == score(GOLD, EXPORT).report(2)
    result = runner.invoke(app, ["evaluate", str(gold), str(export), "--format", "json"])
    assert json.loads(result.stdout) == score(GOLD, EXPORT).to_dict()

    # without an export: the store, exported on the fly
    store = tmp_path / "world.db"
    with Ledger(store) as ledger:
        ledger.write(Resolution(ACTORS, EVENTS, (), DOCUMENTS))
    world_gold = {"entities": [{"name": "Qin Gang", "type": "Person", "aliases": ["Qin"]},
                               {"name": "Antony Blinken", "type": "Person", "aliases": []}],
                  "interactions": [{"type": "CONSULT", "actors": ["Antony Blinken", "Qin Gang"]}]}
    gold.write_text(json.dumps(world_gold), encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), "--store", str(store), "--format", "json"])
    assert result.exit_code == 0, result.output
    expected = score(world_gold, to_export(ACTORS, EVENTS, DOCUMENTS)).to_dict()
    assert json.loads(result.stdout) == expected and expected["interactions_type_pair"]["tp"] == 1

    missing = runner.invoke(app, ["evaluate", str(tmp_path / "nope.json"), str(export)])
    assert missing.exit_code == 1 and missing.stderr.startswith("Error: no gold file at ")
    gold.write_text("[1, 2]", encoding="utf-8")
    wrong = runner.invoke(app, ["evaluate", str(gold), str(export)])
    assert wrong.exit_code == 1 and "holds no JSON object" in wrong.stderr
