"""The README's Quickstart is a promise: CI runs exactly its test command."""
import re

from conftest import REPO


def _quickstart_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```\n(.+?)\n```", section)


def test_quickstart_has_exactly_two_commands():
    commands = _quickstart_commands()
    assert len(commands) == 2
    assert "ingest data/sample/" in commands[0] and "export html exports/graph.html" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _quickstart_commands()[1] in ci


def test_sample_corpus_named_in_quickstart_exists():
    path = re.search(r"ingest (\S+)", _quickstart_commands()[0]).group(1)
    assert (REPO / path).is_file()
