"""The command line with --neo4j and `push`, against the Bolt server of tests/bolt_server.py:
the same answers as the embedded store, one-line errors that never show the password, and a
ledger left untouched when the server cannot be used."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bolt_server import neo4j_config, wipe
from diplograph.cli import app
from diplograph.store.base import Resolution
from diplograph.store.neo4j import Neo4jStore
from diplograph.store.sqlite import Ledger
from small_world import ACTORS, DOCUMENTS, EVENTS

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()
SECRET_ENV = "NEO4J_PASSWORD"


@pytest.fixture
def ledger(tmp_path) -> Path:
    path = tmp_path / "world.db"
    with Ledger(path) as store:
        store.write(Resolution(ACTORS, EVENTS, (), DOCUMENTS))
    return path


@pytest.fixture
def server(bolt_server):
    store = Neo4jStore(neo4j_config(bolt_server))
    wipe(store)
    yield bolt_server
    store.close()


def invoke(ledger: Path, server, *args: str, password: str | None = None,
           database: str | None = None):
    """A command with the server given as options, the password in the environment."""
    options = ["--store", str(ledger)]
    if server is not None:
        options += ["--neo4j-uri", server.uri, "--neo4j-user", server.username,
                    "--neo4j-database", database or server.database]
    env = {SECRET_ENV: password if password is not None else
           (server.password if server is not None else ""),
           "NEO4J_URI": "", "NEO4J_USERNAME": "", "NEO4J_DATABASE": ""}
    return runner.invoke(app, [*args, *options], env=env)


def ok(*args, **kw) -> tuple[str, str]:
    result = invoke(*args, **kw)
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


def one_line_error(result) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


@pytest.mark.neo4j
def test_push_then_push_again_sends_nothing(ledger, server):
    out, _ = ok(ledger, server, "push")
    assert out.startswith(f"pushed to {server.uri} (database '{server.database}'): 9 actors, "
                          "6 events, 3 documents, 0 merges sent; 0 unchanged, 0 removed")
    again, _ = ok(ledger, server, "push", "--batch-size", "2")
    assert "0 actors, 0 events, 0 documents, 0 merges sent; 18 unchanged, 0 removed" in again


@pytest.mark.neo4j
def test_queries_on_neo4j_answer_like_the_embedded_store(ledger, server):
    ok(ledger, server, "push")
    args = ["query", "--file", "meetings_between", "-p", "a=Blinken", "-p", "b=qin gang"]
    for fmt in ("table", "json", "csv"):
        embedded, _ = ok(ledger, None, *args, "--format", fmt)
        remote, _ = ok(ledger, server, *args, "--format", fmt, "--neo4j")
        assert remote == embedded, fmt
    rows = json.loads(ok(ledger, server, "query", "--neo4j", "--format", "json",
                         "MATCH (e:Event) WHERE e.date_start >= date($d) RETURN e.id "
                         "ORDER BY e.date_start", "--param", "d=2023-07-01")[0])
    assert [r["e.id"] for r in rows] == ["ev-call", "ev-host", "ev-criticise"]


@pytest.mark.neo4j
def test_a_write_needs_write(ledger, server):
    query = "CREATE (n:Scratch {id: 'x'}) RETURN n.id"
    message = one_line_error(invoke(ledger, server, "query", "--neo4j", query))
    assert "read-only" in message and "--write" in message
    out, _ = ok(ledger, server, "query", "--neo4j", "--write", query, "--format", "json")
    assert json.loads(out) == [{"n.id": "x"}]
    assert "needs --neo4j" in one_line_error(invoke(ledger, None, "query", "--write", query))


@pytest.mark.neo4j
@pytest.mark.parametrize("args, engine", [
    (["path", "Blinken", "Wang Yi"], "engine: Cypher allShortestPaths"),
    (["central", "--measure", "betweenness"], "engine: "),
    (["timeline", "Qin Gang"], "engine: Cypher"),
    (["timeline", "United States", "China", "--format", "json"], "engine: Cypher"),
])
def test_path_central_timeline_on_neo4j_match_the_embedded_store(ledger, server, args, engine):
    ok(ledger, server, "push")
    embedded, _ = ok(ledger, None, *args)
    remote, said = ok(ledger, server, *args, "--neo4j", "--verbose")
    assert remote == embedded
    assert said.startswith(engine)
    quiet, said = ok(ledger, server, *args, "--neo4j")
    assert said == ""


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.neo4j
def test_server_errors_are_one_line_and_never_show_the_password(ledger, server):
    before = ledger.read_bytes()
    wrong = invoke(ledger, server, "push", password="Very-Wrong-Secret-7")
    assert one_line_error(wrong).startswith(f"Error: Neo4j at {server.uri} refused the login")
    assert "Very-Wrong-Secret-7" not in wrong.output
    missing = invoke(ledger, server, "push", database="no_such_db")
    assert "has no database 'no_such_db'" in one_line_error(missing)
    assert ledger.read_bytes() == before  # the ledger untouched


def test_an_unreachable_server_leaves_the_ledger_untouched(tmp_path, ledger):
    article = tmp_path / "a.txt"
    article.write_text("Kenya signed a trade agreement with Ghana on Monday.", encoding="utf-8")
    before = ledger.read_bytes()
    address = f"bolt://127.0.0.1:{_closed_port()}"
    for args in (["push"], ["ingest", str(article), "--neo4j", "--quiet"],
                 ["query", "--neo4j", "RETURN 1"], ["central", "--neo4j"]):
        result = runner.invoke(app, [*args, "--store", str(ledger), "--neo4j-uri", address],
                               env={SECRET_ENV: "pw-never-shown"})
        assert one_line_error(result).startswith(f"Error: cannot reach Neo4j at {address}")
        assert "pw-never-shown" not in result.output
    assert ledger.read_bytes() == before
    fresh = tmp_path / "new.db"
    result = runner.invoke(app, ["ingest", str(article), "--neo4j", "--quiet", "--store",
                                 str(fresh), "--neo4j-uri", address])
    assert result.exit_code == 1 and not fresh.exists()


@pytest.mark.neo4j
@pytest.mark.model
def test_ingest_with_neo4j_writes_to_the_ledger_and_the_server(tmp_path, server):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi in Beijing on "
        "Wednesday to discuss trade.", encoding="utf-8")
    (folder / "two.txt").write_text(
        "Japan urged North Korea on Friday to stop its missile launches.", encoding="utf-8")
    ledger = tmp_path / "fresh.db"
    out, _ = ok(ledger, server, "ingest", str(folder), "--published", "2023-05-05", "--quiet",
                "--neo4j")
    assert "pushed to" in out
    remote = Neo4jStore(neo4j_config(server))
    with Ledger(ledger, readonly=True) as local:
        assert remote.actors() == local.actors() and remote.events() == local.events()
        assert len(local.events()) >= 2
    remote.close()


def test_commands_without_neo4j_never_import_the_driver(ledger, tmp_path):
    commands = [["stats"], ["query", "MATCH (a:Person) RETURN a.name"],
                ["path", "Blinken", "Lavrov"], ["central"], ["timeline", "Qin"],
                ["show", "Qin Gang"], ["export", "json", str(tmp_path / "g.json")]]
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "import diplograph.cli\n"
        f"for args in {commands!r}:\n"
        f"    r = CliRunner().invoke(diplograph.cli.app, args + ['--store', {str(ledger)!r}])\n"
        "    assert r.exit_code == 0, (args, r.output)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'neo4j'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
