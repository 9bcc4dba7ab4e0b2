"""Fixtures shared across the suite: where the repo, the sample corpus and ../shared are."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bolt_server import bolt_server  # noqa: F401  (the session's Bolt server, for -m neo4j tests)

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "data" / "sample"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The trained pipeline with our components, loaded once for the whole run."""
    from diplograph.extract import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the repo; tests that need it skip cleanly where it is absent
    (as on a user's machine)."""
    if not (SHARED / "seeds").is_dir() or not (SHARED / "eval" / "seeds.gold.json").is_file():
        pytest.skip("../shared (seed articles and gold annotations) is not present")
    return SHARED


@pytest.fixture(scope="session")
def seeds_jsonl(shared: Path, tmp_path_factory) -> Path:
    """The seed articles as one JSONL file, with the ids and publication dates of the gold file."""
    gold = json.loads((shared / "eval" / "seeds.gold.json").read_text(encoding="utf-8"))
    out = tmp_path_factory.mktemp("seeds") / "seeds.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for d in gold["documents"]:
            text = (shared / "seeds" / d["file"]).read_text(encoding="utf-8")
            f.write(json.dumps({"id": d["id"], "published": d["published"], "text": text}) + "\n")
    return out
