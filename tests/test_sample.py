"""The bundled sample corpus and its gold annotations are well formed and agree with each other
(and with the readers, the cleaner and the date resolver)."""
from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
import unicodedata

import pytest

from conftest import SAMPLE
from diplograph.clean import clean
from diplograph.dates import contains, interval, resolve_date
from diplograph.readers import ReadError, read_paths
from diplograph.records import CONSULT_MODES, PLOVER_TYPES, SYMMETRIC_TYPES

GOLD = json.loads((SAMPLE / "gold.json").read_text(encoding="utf-8"))
DOCS = {d.id: d for d in read_paths([SAMPLE / "articles.jsonl"])}


def norm(name: str) -> str:
    """Name matching as FORMAT.md describes it (case, accents, punctuation, "the", "'s")."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("\u2019", "'").casefold()
    s = re.sub(r"'s$", "", s.strip())
    s = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s)).strip()
    return re.sub(r"^the ", "", s)


def test_articles_read_cleanly_with_their_ids_and_dates():
    items = list(read_paths([SAMPLE / "articles.jsonl"]))
    assert not [i for i in items if isinstance(i, ReadError)]
    assert [d.id for d in items] == [f"sample-{n:02d}" for n in range(1, 13)]
    for doc in items:
        assert doc.published and interval(doc.published)
        assert doc.title and doc.url.startswith("https://example.org/")
        assert doc.source == "diplograph sample"
        assert 120 <= len(doc.text.split()) <= 250, (doc.id, len(doc.text.split()))
    assert [d["id"] for d in GOLD["documents"]] == list(DOCS)
    assert all(DOCS[d["id"]].published == d["published"] for d in GOLD["documents"])


def test_gold_entities_are_unique_and_named_in_the_articles():
    owner: dict[str, str] = {}
    corpus = "\n".join(d.text for d in DOCS.values())
    for e in GOLD["entities"]:
        assert e["type"] in ("Person", "Country", "Organization"), e
        forms = [e["name"], *e.get("aliases", [])]
        for form in forms:
            assert owner.setdefault(norm(form), e["name"]) == e["name"], (form, owner[norm(form)])
        assert any(re.search(rf"\b{re.escape(f)}\b", corpus) for f in forms), e["name"]
    assert not {norm(o) for o in GOLD["optional"]} & set(owner)


def test_gold_interactions_are_well_formed_and_evidenced():
    names = {e["name"] for e in GOLD["entities"]}
    types = set()
    for i in GOLD["interactions"]:
        types.add(i["type"])
        assert i["type"] in PLOVER_TYPES
        if i["type"] in SYMMETRIC_TYPES:
            assert len(i["actors"]) >= 2 and set(i["actors"]) <= names, i
            for side in i.get("sides", []):
                assert set(side) <= set(i["actors"])
        else:
            assert i["source"] and i["target"] and set(i["source"] + i["target"]) <= names, i
        if i["type"] == "CONSULT":
            assert i["mode"] in CONSULT_MODES
        if "date" in i:
            assert interval(i["date"]) is not None, i
        assert i["docs"] and set(i["docs"]) <= set(DOCS)
        for piece in re.split(r"\s*\.\.\.\s*", i["evidence"]):
            assert any(piece in DOCS[d].text for d in i["docs"]), piece
    # the mix the sample exists to exercise
    assert {"CONSULT", "AGREE", "REQUEST", "ACCUSE", "REJECT", "SANCTION", "THREATEN",
            "ASSAULT", "AID", "SUPPORT", "CONCEDE", "COERCE"} <= types
    assert {i.get("mode") for i in GOLD["interactions"]} >= set(CONSULT_MODES)
    assert any(len(i["docs"]) > 1 for i in GOLD["interactions"])  # one event, two reports


def test_one_gold_event_per_real_event():
    seen = set()
    for i in GOLD["interactions"]:
        parties = (frozenset(i["actors"]) if "actors" in i
                   else (tuple(i["source"]), tuple(i["target"])))
        key = (i["type"], parties, i.get("date"))
        assert key not in seen, key
        seen.add(key)


def test_cleaning_blanks_the_sample_boilerplate_and_keeps_every_evidence():
    blanked = 0
    for doc in DOCS.values():
        cleaned = clean(doc.text)
        assert len(cleaned) == len(doc.text)
        blanked += "Follow us on" in doc.text and "Follow us on" not in cleaned
        assert "Advertisement\n" not in cleaned
    assert blanked >= 2
    for i in GOLD["interactions"]:
        for piece in re.split(r"\s*\.\.\.\s*", i["evidence"]):
            assert any(piece in clean(DOCS[d].text) for d in i["docs"]), piece


# Date expressions as the sample writes them, and the gold date they must land in.
DATES = [
    ("sample-01", "on Thursday", "past", "2023-04-06"),
    ("sample-01", "on Friday", "future", "2023-04-07"),
    ("sample-03", "on Thursday", "past", "2023-03-16"),
    ("sample-04", "on Saturday", "past", "2023-05-20"),
    ("sample-04", "On Friday", "past", "2023-05-19"),
    ("sample-04", "Last month", "past", "2023-04"),
    ("sample-05", "on Thursday", "past", "2023-06-22"),
    ("sample-05", "on Saturday", "future", "2023-06-24"),
    ("sample-06", "last month", "past", "2023-03"),
    ("sample-08", "in June", "past", "2023-06-18/2023-06-19"),
    ("sample-08", "last November", "past", "2022-11"),
    ("sample-08", "On Thursday", "past", "2023-11-16"),
    ("sample-08", "November 2021", "past", "2021-11"),
    ("sample-09", "on Friday", "past", "2022-02-25"),
    ("sample-09", "On Thursday", "past", "2022-02-24"),
    ("sample-10", "on Wednesday", "past", "2023-07-26"),
    ("sample-10", "on Saturday", "past", "2023-07-29"),
    ("sample-10", "On Monday", "past", "2023-07-31"),
    ("sample-11", "On Tuesday", "past", "2023-10-03"),
    ("sample-12", "on Sunday", "past", "2023-06-18"),
    ("sample-12", "in November", "past", "2022-11"),
    ("sample-12", "for February", "past", "2023-02"),
]


@pytest.mark.parametrize("doc_id,expression,tense,gold", DATES)
def test_sample_dates_resolve_inside_the_gold_dates(doc_id, expression, tense, gold):
    doc = DOCS[doc_id]
    assert expression in doc.text
    got = resolve_date(re.sub(r"^(for|on|in) ", "", expression, flags=re.I), doc.published, tense)
    assert got is not None and (contains(gold, got.value) or contains(got.value, gold)), got


def test_a_perfect_export_scores_one(shared, tmp_path):
    """The gold file obeys the scorer's rules: an export that says exactly what it says
    scores F1 = 1 everywhere."""
    ids = {e["name"]: f"e{n}" for n, e in enumerate(GOLD["entities"])}
    interactions = []
    for n, i in enumerate(GOLD["interactions"]):
        out = {"id": f"i{n}", "type": i["type"], "mode": i.get("mode"), "date": i.get("date"),
               "evidence": [{"doc": i["docs"][0], "text": i["evidence"]}]}
        if i.get("sides"):
            out["source"] = [ids[a] for a in i["sides"][0]]
            out["target"] = [ids[a] for a in itertools.chain(*i["sides"][1:])]
        elif "actors" in i:
            out["participants"] = [ids[a] for a in i["actors"]]
        else:
            out["source"] = [ids[a] for a in i["source"]]
            out["target"] = [ids[a] for a in i["target"]]
        interactions.append(out)
    export = {"format": "diplograph-export/1",
              "entities": [{"id": ids[e["name"]], "name": e["name"], "type": e["type"],
                            "aliases": e["aliases"]} for e in GOLD["entities"]],
              "interactions": interactions,
              "documents": [{"id": d["id"], "published": d["published"]} for d in GOLD["documents"]]}
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    run = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(SAMPLE / "gold.json"),
                          str(path), "--json"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout)
    for key in ("entities", "interactions_type_pair", "interactions_type_pair_date"):
        assert figures[key]["f1"] == 1.0, (key, figures[key])
    assert figures["consult_mode_accuracy"] == 1.0
