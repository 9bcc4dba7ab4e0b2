"""The command line on real SQLite stores (written from the small hand-built world, or
resolved from hand-made extractions), through typer's CliRunner."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.records import DocExtraction, Document, Evidence, LocalEntity, LocalInteraction, Span
from diplograph.store.base import Resolution
from diplograph.store.sqlite import Ledger
from small_world import ACTORS, DOCUMENTS, EVENTS

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "world.db"
    with Ledger(path) as ledger:
        ledger.write(Resolution(ACTORS, EVENTS, (), DOCUMENTS))
    return path


def run(store, *args):
    return runner.invoke(app, [*args, "--store", str(store)])


def ok(store, *args) -> str:
    result = run(store, *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def error(store, *args) -> str:
    result = run(store, *args)
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


# -- stores and errors --------------------------------------------------------------------

def test_missing_store_says_where_it_looked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert error("diplograph.db", "stats") == \
        "Error: no store at './diplograph.db'; run 'diplograph ingest' first"
    result = runner.invoke(app, ["stats"], env={"DIPLOGRAPH_STORE": ""})
    assert result.exit_code == 1 and "./diplograph.db" in result.stderr


def test_store_from_the_environment(store):
    result = runner.invoke(app, ["stats", "--format", "json"], env={"DIPLOGRAPH_STORE": str(store)})
    assert result.exit_code == 0 and json.loads(result.stdout)["actors"] == 9


def test_a_file_that_is_not_a_store(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("not sqlite", encoding="utf-8")
    assert "is not a diplograph store" in error(bogus, "stats")


def test_usage_mistakes_are_one_line_too(store):
    assert error(store, "central", "--measure", "fame").startswith(
        "Error: Invalid value for '--measure'")
    assert error(store, "path", "Blinken") == \
        "Error: Missing argument 'B'. (see 'diplograph path --help')"
    assert error(store, "nosuch").startswith("Error: No such command 'nosuch'")


# -- stats, query -------------------------------------------------------------------------

def test_stats(store):
    out = ok(store, "stats")
    assert out.splitlines()[0] == "documents                   3"
    assert "events CONSULT              3" in out.splitlines()
    figures = json.loads(ok(store, "stats", "--format", "json"))
    assert (figures["documents"], figures["actors"], figures["events"]) == (3, 9, 6)


def test_query_table_json_and_csv(store):
    text = "MATCH (a:Country) RETURN a.name, a.aliases ORDER BY a.name"
    assert ok(store, "query", text) == (
        "a.name         a.aliases\n"
        "-------------  " + "-" * len("PRC, People's Republic of China") + "\n"
        "China          PRC, People's Republic of China\n"
        "Russia\n"
        "United States  US, America\n"
        "(3 rows)\n")
    assert json.loads(ok(store, "query", text, "--format", "json"))[0] == \
        {"a.name": "China", "a.aliases": ["PRC", "People's Republic of China"]}
    assert ok(store, "query", text, "--format", "csv").splitlines() == [
        "a.name,a.aliases", "China,\"PRC, People's Republic of China\"", "Russia,",
        "United States,\"US, America\""]


def test_named_query_with_names_resolved_like_text(store):
    out = ok(store, "query", "--file", "meetings_between", "-p", "a=Blinken", "-p", "b=qin gang")
    assert out.splitlines()[2].split() == ["2023-06-18", "meet", "occurred", "place:beijing",
                                           "2", "ev-meet"]
    path = REPO / "cypher" / "dyad_timeline.cypher"
    rows = json.loads(ok(store, "query", "--file", str(path), "--param", "a=PRC",
                         "--param", "b=America", "--format", "json"))
    assert [(r["e.type"], r["a_role"], r["b_role"]) for r in rows] == [("ACCUSE", "SOURCE", "TARGET")]
    assert error(store, "query", "--file", "ego_network", "-p", "name=Qin Gnag") == \
        "Error: 'Qin Gnag' is not an actor; did you mean 'Qin Gang'?"
    assert error(store, "query", "--file", "nope").startswith(
        "Error: no query file 'nope'; named queries: brokers, cooperation_conflict, dyad_timeline")


def test_query_params_are_values_never_query_text(store):
    evil = 'x" }) DETACH DELETE n //'
    assert ok(store, "query", "MATCH (a) WHERE a.name = $n RETURN a.id", "-p", f"n={evil}") == \
        "a.id\n----\n(0 rows)\n"
    assert ok(store, "query", "MATCH (a:Person) WHERE a.mentions > $m RETURN a.name ORDER BY a.name",
              "-p", "m=2", "--format", "csv").splitlines() == ["a.name", "Antony Blinken", "Qin Gang"]
    assert json.loads(ok(store, "stats", "--format", "json"))["actors"] == 9


def test_query_errors(store):
    assert error(store, "query", "MATCH (a) WITH a RETURN a") == (
        "Error: WITH is not supported by the embedded engine; use --neo4j, or the "
        "`path`/`central`/`timeline` commands")
    assert error(store, "query") == "Error: give a query, or --file cypher/NAME.cypher"
    assert error(store, "query", "MATCH (a) RETURN a", "--file", "brokers") == \
        "Error: give a query or --file, not both"
    assert error(store, "query", "MATCH (a) RETURN a", "-p", "oops") == \
        "Error: --param 'oops' is not NAME=VALUE"


# -- path, central, timeline, show --------------------------------------------------------

def test_path(store):
    assert ok(store, "path", "Wang Wenbin", "Qin Gang") == (
        "Wang Wenbin -[ACCUSE 2023-07-11]-> Antony Blinken\n"
        "    \u201cWang Wenbin criticised Antony Blinken.\u201d \u2014 Lavrov in Beijing\n"
        "Antony Blinken -[CONSULT meet 2023-06-18]- Qin Gang\n"
        "    \u201cAntony Blinken met Qin Gang in Beijing on Sunday.\u201d \u2014 Talks in Beijing\n"
        "    \u201cBlinken and Qin Gang had talked in Beijing in June.\u201d \u2014 Lavrov in Beijing\n"
        "2 hops\n")
    hops = json.loads(ok(store, "path", "Blinken", "Wang Wenbin", "--format", "json"))
    assert [(h["from"], h["type"], h["forward"]) for h in hops] == \
        [("person:antony-blinken", "ACCUSE", False)]
    assert ok(store, "path", "Blinken", "Wang Wenbin").startswith(
        "Antony Blinken <-[ACCUSE 2023-07-11]- Wang Wenbin\n")


def test_path_errors_name_the_problem(store):
    assert error(store, "path", "Blinken", "Qin Gnag") == \
        "Error: 'Qin Gnag' is not an actor; did you mean 'Qin Gang'?"
    assert error(store, "path", "Wang", "Lavrov") == (
        "Error: 'Wang' could be any of 'Wang Wenbin' (person:wang-wenbin), "
        "'Wang Yi' (person:wang-yi); give a fuller name or the id")
    assert error(store, "path", "Blinken", "China") == \
        "Error: no path joins 'Antony Blinken' and 'China'"
    assert error(store, "path", "Wang Wenbin", "Wang Yi", "--max-hops", "3") == (
        "Error: no path of 3 hops or fewer joins 'Wang Wenbin' and 'Wang Yi' "
        "(the shortest has 4)")
    assert error(store, "path", "Blinken", "Lavrov", "--types", "MEETS").startswith(
        "Error: unknown event type MEETS")


def test_central(store):
    assert ok(store, "central", "--top", "3") == (
        "rank  name            type    degree  id\n"
        "----  --------------  ------  ------  ---------------------\n"
        "1     Antony Blinken  Person  2       person:antony-blinken\n"
        "2     Qin Gang        Person  2       person:qin-gang\n"
        "3     Sergei Lavrov   Person  2       person:sergei-lavrov\n"
        "(3 rows)\n")
    rows = json.loads(ok(store, "central", "--type", "Country", "--measure", "betweenness",
                         "--format", "json"))
    assert rows[0] == {"rank": 1, "id": "country:USA", "name": "United States", "type": "Country",
                       "score": pytest.approx(2 / 42)}
    result = run(store, "central", "--measure", "eigenvector")
    assert result.exit_code == 0 and result.stderr.startswith("note: the graph falls into 2")


def test_timeline(store):
    assert ok(store, "timeline", "US") == (
        "2023-06     ACCUSE             China -> United States\n"
        "    \u201cChina accused the United States of meddling in its affairs.\u201d \u2014 Talks in Beijing\n"
        "undated     REQUEST            Russia -> United States\n"
        "    \u201cRussia urged the United States to stop.\u201d \u2014 Calls and demands\n"
        "2 events involving United States\n")
    entries = json.loads(ok(store, "timeline", "Qin", "Lavrov", "--format", "json"))
    assert [(e["event"], e["mode"]) for e in entries] == [("ev-call", "call")]
    assert ok(store, "timeline", "Beijing").endswith("0 events involving Beijing\n")


def test_show(store):
    out = ok(store, "show", "Secretary Blinken").splitlines()
    assert out[:9] == [
        "Antony Blinken  (Person, person:antony-blinken)",
        "  represents: United States",
        "  titles:     Secretary of State",
        "  also:       Blinken",
        "  mentions:   3 in 2 documents",
        "  merged because:",
        "    - same name in d1 and d3",
        "    - surname 'Blinken' in d3",
        "  events:     ACCUSE 1, CONSULT 1"]
    profile = json.loads(ok(store, "show", "china", "--format", "json"))
    assert [p["name"] for p in profile["people"]] == ["Qin Gang", "Wang Wenbin", "Wang Yi"]


# -- export -------------------------------------------------------------------------------

def test_exports(store, tmp_path):
    for kind in ("html", "json", "graphml", "gexf"):
        out = tmp_path / f"g.{kind}"
        assert ok(store, "export", kind, str(out)) == f"wrote {out}\n"
        assert out.stat().st_size > 0
    export = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert export["format"] == "diplograph-export/1" and len(export["interactions"]) == 6
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert 'src="http' not in page and 'href="http' not in page


def test_export_selection(store, tmp_path):
    out = tmp_path / "focus.json"
    ok(store, "export", "json", str(out), "--focus", "Qin", "--hops", "1", "--types", "CONSULT")
    export = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(i["id"] for i in export["interactions"]) == ["ev-call", "ev-meet"]
    assert {e["id"] for e in export["entities"]} == {
        "person:qin-gang", "person:antony-blinken", "person:sergei-lavrov", "place:beijing"}
    assert error(store, "export", "html", str(tmp_path / "x.html"), "--focus", "Qin Gnag") == \
        "Error: 'Qin Gnag' is not an actor; did you mean 'Qin Gang'?"


# -- alias (resolution from hand-made extractions: no spaCy needed) -----------------------

def _extraction(doc_id, text, names, sentence, mode, date):
    entities, start = [], text.index(sentence)
    for k, name in enumerate(names):
        at = text.index(name)
        entities.append(LocalEntity(f"L{k}", name, "Person", (name,),
                                    mentions=(Span(doc_id, at, at + len(name), name),)))
    interaction = LocalInteraction("CONSULT", ("L0",), ("L1",), mode=mode, date=date,
                                   evidence=Evidence(doc_id, start, start + len(sentence), sentence))
    return (Document(doc_id, text, title=f"Article {doc_id}", published="2023-06-21"),
            DocExtraction(doc_id, tuple(entities), (interaction,)))


def test_alias_merges_two_spellings_and_re_resolves(tmp_path):
    from diplograph.pipeline import reresolve

    path = tmp_path / "alias.db"
    t1 = "Antony Blinken met Qin Gang in Beijing on Sunday."
    t2 = "Chin Kang spoke to Antony Blinken by phone on Tuesday."
    with Ledger(path) as ledger:
        ledger.add_documents([
            _extraction("a1", t1, ["Antony Blinken", "Qin Gang"], t1, "meet", "2023-06-18"),
            _extraction("a2", t2, ["Chin Kang", "Antony Blinken"], t2, "call", "2023-06-20")])
        reresolve(ledger)
    assert json.loads(ok(path, "stats", "--format", "json"))["actors_Person"] == 3
    out = ok(path, "alias", "Chin Kang", "Qin Gang")
    assert out.startswith("'Chin Kang' is now a name of ")
    assert json.loads(ok(path, "stats", "--format", "json"))["actors_Person"] == 2
    hops = json.loads(ok(path, "timeline", "Chin Kang", "--format", "json"))
    assert [e["mode"] for e in hops] == ["meet", "call"]
    assert ok(path, "alias", "Q. Gang", "Qin").startswith("kept: 'Q. Gang' is a name of")
    assert error(path, "alias", "Q. Gang", "Qin Gnag").startswith("Error: 'Qin Gnag' is not an actor")


# -- no NLP for commands that need none ---------------------------------------------------

def test_commands_without_nlp_never_import_spacy(store, tmp_path):
    commands = [
        ["stats"], ["query", "MATCH (a:Person) RETURN a.name"], ["path", "Blinken", "Lavrov"],
        ["central"], ["timeline", "Qin"], ["show", "Qin Gang"],
        ["export", "html", str(tmp_path / "g.html")], ["export", "json", str(tmp_path / "g.json")],
        ["export", "graphml", str(tmp_path / "g.graphml")],
        ["alias", "Gang Qin", "Qin Gang"],
    ]
    copy = tmp_path / "copy.db"
    copy.write_bytes(store.read_bytes())
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "import diplograph.cli\n"
        f"for args in {commands!r}:\n"
        f"    r = CliRunner().invoke(diplograph.cli.app, args + ['--store', {str(copy)!r}])\n"
        "    assert r.exit_code == 0, (args, r.output)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


# -- ingest -------------------------------------------------------------------------------

def test_ingest_reports_what_it_could_not_read(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{this is not json\n", encoding="utf-8")
    result = run(tmp_path / "new.db", "ingest", str(bad), "--quiet")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"skipped {bad}:1: ")
    assert result.stdout.startswith("0 new, 0 already stored, 1 failed;")


@pytest.mark.model
def test_ingest_twice_adds_nothing_the_second_time(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi in Beijing on "
        "Wednesday to discuss trade.", encoding="utf-8")
    (folder / "two.txt").write_text(
        "Japan urged North Korea on Friday to stop its missile launches.", encoding="utf-8")
    store = tmp_path / "fresh.db"
    first = ok(store, "ingest", str(folder), "--published", "2023-05-05", "--quiet")
    assert first.startswith("2 new, 0 already stored, 0 failed; the store holds 2 documents")
    again = ok(store, "ingest", str(folder), "--quiet")
    assert again.startswith("0 new, 2 already stored, 0 failed;")
