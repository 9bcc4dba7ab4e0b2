"""The whole job, as a user runs it: ingest a corpus into a fresh store, then ask questions.

Uses the real spaCy model and real SQLite files.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import REPO, SAMPLE

pytestmark = pytest.mark.model

runner = CliRunner()


def run(*args: str, store):
    from diplograph.cli import app

    return runner.invoke(app, [*args, "--store", str(store)], catch_exceptions=False)


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("sample") / "sample.db"
    result = run("ingest", str(SAMPLE / "articles.jsonl"), store=store)
    assert result.exit_code == 0, result.output
    return store


def test_sample_ingest_reports_and_is_idempotent(sample_store):
    before = json.loads(run("stats", "--format", "json", store=sample_store).stdout)
    assert before["documents"] == sum(1 for _ in open(SAMPLE / "articles.jsonl", encoding="utf-8"))
    assert before["actors"] > 10 and before["events"] > 10
    again = run("ingest", str(SAMPLE / "articles.jsonl"), store=sample_store)
    assert again.exit_code == 0
    assert "0 new" in again.output
    after = json.loads(run("stats", "--format", "json", store=sample_store).stdout)
    assert after == before


def test_sample_central_and_html(sample_store, tmp_path):
    central = json.loads(run("central", "--format", "json", store=sample_store).stdout)
    assert len(central) >= 5
    scores = [row["score"] for row in central]
    assert scores == sorted(scores, reverse=True)
    out = tmp_path / "graph.html"
    result = run("export", "html", str(out), store=sample_store)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<script" in page
    for remote in ('src="http', "src='http", 'href="http', "href='http", "@import url(http"):
        assert remote not in page


def test_every_exported_evidence_slices_its_article(sample_store, tmp_path):
    out = tmp_path / "export.json"
    assert run("export", "json", str(out), store=sample_store).exit_code == 0
    export = json.loads(out.read_text(encoding="utf-8"))
    assert export["format"] == "diplograph-export/1"
    texts = {json.loads(line)["id"]: json.loads(line)["text"]
             for line in open(SAMPLE / "articles.jsonl", encoding="utf-8")}
    assert export["interactions"]
    for interaction in export["interactions"]:
        assert interaction["evidence"], interaction
        for ev in interaction["evidence"]:
            assert texts[ev["doc"]][ev["start"]:ev["end"]] == ev["text"]


def test_missing_store_is_a_one_line_error(tmp_path):
    result = run("stats", store=tmp_path / "nothing-here.db")
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error:")
    assert len(result.output.strip().splitlines()) == 1


def test_commands_without_nlp_do_not_import_spacy(sample_store):
    code = ("import sys\n"
            "from typer.testing import CliRunner\n"
            "from diplograph.cli import app\n"
            f"r = CliRunner().invoke(app, ['stats', '--store', {str(sample_store)!r}])\n"
            "assert r.exit_code == 0, r.output\n"
            "print('spacy' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


@pytest.mark.seeds
def test_seeds_end_to_end(seeds_jsonl, shared, tmp_path):
    store = tmp_path / "seeds.db"
    assert run("ingest", str(seeds_jsonl), store=store).exit_code == 0
    for args in (["path", "Antony Blinken", "Xi Jinping"], ["central"], ["timeline", "Blinken"],
                 ["query", "MATCH (p:Person) RETURN p.name"], ["stats"]):
        result = run(*args, "--format", "json", store=store)
        assert result.exit_code == 0, (args, result.output)
        json.loads(result.stdout)
    out = tmp_path / "export.json"
    assert run("export", "json", str(out), store=store).exit_code == 0
    score = subprocess.run([sys.executable, str(shared / "eval" / "score.py"),
                            str(shared / "eval" / "seeds.gold.json"), str(out), "--json"],
                           capture_output=True, text=True)
    assert score.returncode == 0, score.stderr
    figures = json.loads(score.stdout)
    assert figures["entities"]["f1"] >= 0.80, figures
    assert figures["interactions_type_pair"]["f1"] >= 0.50, figures
