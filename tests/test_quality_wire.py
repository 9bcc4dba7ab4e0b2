"""Extraction quality on long wire-style prose the extractor was not written against.

data/dev/wire holds 15 articles in the style of wire copy (datelines, quotes, attributions,
passives) on episodes from other regions and years, written by the project with a dense hand
annotation. It was used only to measure generalisation when it was added, so its figures are
far below the seed and sample ones: these floors guard against regressions, and the gap is
the work still to do.
"""
from __future__ import annotations


import pytest

from conftest import REPO
from test_quality import _explain, _ingest_and_score

pytestmark = pytest.mark.model

WIRE = REPO / "data" / "dev" / "wire"


@pytest.fixture(scope="module")
def wire(tmp_path_factory):
    store = tmp_path_factory.mktemp("quality") / "wire.db"
    return _ingest_and_score([WIRE / "articles.jsonl"], WIRE / "gold.json", store)[0]


# measured when added: entities F1 0.921, type+pair 0.322 (P 0.671), type+pair+date 0.215,
# 1 duplicate; session 2 (mentions: generic bodies with their country, historical states,
# nicknames, person-shaped names the model typed otherwise): entities F1 0.996 (P 0.992, R 1.0)
def test_wire_entities(wire):
    assert wire.entities.f1 >= 0.96, _explain(wire)
    assert wire.entities.recall >= 0.97, _explain(wire)


# session 2 (event recall: group references, denied claims, praise of settlements, mediators,
# membership, blocked bids, delegations, forces, pejorative naming, speech acts as nouns ...):
# type+pair F1 0.623 (P 0.901, R 0.476), type+pair+date 0.501, CONSULT mode 0.89;
# session 3 (reactions, speech, courts, hosts; mechanisms measured on outside hold-outs):
# type+pair 0.637 (P 0.904, R 0.492), type+pair+date 0.615
def test_wire_interactions(wire):
    assert wire.type_pair.precision >= 0.85, _explain(wire)
    assert wire.type_pair.f1 >= 0.60, _explain(wire)
    assert wire.type_pair_date.f1 >= 0.57, _explain(wire)
