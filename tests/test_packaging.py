"""A wheel carries what the package reads at run time: the gazetteer and the named queries.

Editable installs (the Quickstart) read them from the repository's data/ and cypher/; a
wheel has no repository around it, so pyproject.toml maps both folders into the package.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # build from a copy: pip builds in the source tree, and a build/ left in the repository
    # would carry stale modules into later wheels
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    for folder in ("diplograph", "data/gazetteer", "cypher"):
        shutil.copytree(REPO / folder, source / folder,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
                   check=True, capture_output=True, text=True)
    (built,) = out.glob("diplograph-*.whl")
    return built


def test_wheel_holds_the_gazetteer_and_the_named_queries(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for f in (REPO / "data" / "gazetteer").glob("*.json"):
        assert f"diplograph/data/gazetteer/{f.name}" in names
    for f in (REPO / "cypher").glob("*.cypher"):
        assert f"diplograph/cypher/{f.name}" in names
    assert not any(n.startswith(("diplograph/data/sample", "tests/", "benchmarks/")) for n in names)


def test_installed_wheel_finds_its_data_away_from_the_repository(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                    str(wheel)], check=True, capture_output=True, text=True)
    probe = ("import diplograph, diplograph.gazetteer as g, diplograph.cli as c;"
             "print(diplograph.__file__); print(g.data_dir()); print(c._CYPHER_DIR);"
             "print(len(g.get_gazetteer().countries) > 150)")
    # run from an empty folder with the installed copy first on the path, so nothing can
    # be found through the repository
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                          env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}, check=True)
    module, gazetteer, cypher, many = done.stdout.split("\n")[:4]
    assert Path(module).is_relative_to(target)
    assert Path(gazetteer) == target / "diplograph" / "data" / "gazetteer"
    assert Path(cypher) == target / "diplograph" / "cypher"
    assert many == "True"
