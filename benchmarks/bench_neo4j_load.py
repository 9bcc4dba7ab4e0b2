"""Rows per second pushed to a Bolt server, by batch size.

    python benchmarks/bench_neo4j_load.py                       # 50,000 events, batches 100..5000
    python benchmarks/bench_neo4j_load.py --events 5000 --batches 500,1000
    NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... python benchmarks/bench_neo4j_load.py --real

A synthetic canonical layer (actors of every type, events of every PLOVER type with one or two
evidence sentences each, the documents they cite) is pushed with `Neo4jStore.push` into an
empty database, once per batch size; a second push of the same data (nothing changed, so
nothing is sent) is timed too. By default the server is ArcadeDB with its Bolt plugin
(tests/bolt_server.py, a fresh one per batch size so every load starts empty); `--real` uses
the Neo4j of NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE and WIPES that
database between runs.

Rows are actors + events + documents; relationships (roles, reports, projected PLOVER
relationships, affiliations) come on top and are counted in the table.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from diplograph.records import (  # noqa: E402
    PLOVER_TYPES, SYMMETRIC_TYPES, Actor, Document, Event, Evidence)
from diplograph.resolve import event_id  # noqa: E402
from diplograph.store.base import Resolution  # noqa: E402
from diplograph.store.neo4j import Neo4jConfig, Neo4jStore  # noqa: E402


def synthetic(events: int, seed: int = 7) -> Resolution:
    """About one actor per 25 events and one document per 5, as a news corpus has."""
    rng = random.Random(seed)
    n_docs = max(1, events // 5)
    countries = [Actor(f"country:C{i:03d}", f"Country {i}", "Country", documents=("doc-0",))
                 for i in range(max(10, events // 500))]
    people = [Actor(f"person:p{i}", f"Person {i}", "Person", (f"P{i}",),
                    country=rng.choice(countries).id.split(":")[1], titles=("Minister",),
                    mentions=rng.randint(1, 9), documents=(f"doc-{rng.randrange(n_docs)}",))
              for i in range(max(20, events // 30))]
    orgs = [Actor(f"org:o{i}", f"Organisation {i}", "Organization", documents=("doc-0",))
            for i in range(max(5, events // 1000))]
    places = [Actor(f"place:l{i}", f"Place {i}", "Place") for i in range(max(5, events // 1000))]
    actors = countries + people + orgs + places
    movers = countries + people + orgs
    docs = [Document(f"doc-{i}", "", title=f"Article {i}", published="2023-05-01",
                     source="synthetic") for i in range(n_docs)]
    out, seen = [], set()
    while len(out) < events:
        kind = rng.choice(PLOVER_TYPES)
        a, b = rng.sample(movers, 2)
        day = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        date = day if rng.random() < 0.8 else day[:7]
        source, target = ((a.id,), (b.id,))
        if kind in SYMMETRIC_TYPES:
            source, target = tuple(sorted((a.id, b.id))[:1]), tuple(sorted((a.id, b.id))[1:])
        eid = event_id(kind, source, target, date)
        if eid in seen:
            continue
        seen.add(eid)
        sentence = f"{a.name} and {b.name} did something of type {kind.lower()}."
        evidence = tuple(Evidence(f"doc-{rng.randrange(n_docs)}", 0, len(sentence), sentence)
                         for _ in range(rng.choice((1, 1, 2))))
        out.append(Event(eid, kind, source, target, mode="meet" if kind == "CONSULT" else None,
                         date=date, precision="day" if len(date) == 10 else "month",
                         location=rng.choice(places).id if rng.random() < 0.3 else None,
                         confidence=round(rng.random(), 3), evidence=evidence))
    return Resolution(tuple(actors), tuple(out), (), tuple(docs))


def relationships(store: Neo4jStore) -> int:
    return store.query("MATCH ()-[r]->() RETURN count(r)").rows[0][0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--batches", default="100,500,1000,5000")
    parser.add_argument("--real", action="store_true", help="use NEO4J_URI (wipes it)")
    args = parser.parse_args()
    res = synthetic(args.events)
    rows = len(res.actors) + len(res.events) + len(res.documents)
    print(f"synthetic layer: {len(res.actors):,} actors, {len(res.events):,} events, "
          f"{len(res.documents):,} documents = {rows:,} rows")
    results = []
    for batch in [int(b) for b in args.batches.split(",")]:
        server = None
        if args.real:
            config = Neo4jConfig.from_env()
        else:
            from bolt_server import neo4j_config, start_bolt_server

            server = start_bolt_server(heap="4g")
            config = neo4j_config(server)
        store = Neo4jStore(config, batch_size=batch)
        try:
            if args.real:
                store.query("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS",
                            write=True)
            agent = store.verify()
            started = time.perf_counter()
            report = store.push(res, writer="bench")
            first = time.perf_counter() - started
            started = time.perf_counter()
            again = store.push(res, writer="bench")
            second = time.perf_counter() - started
            assert again.rows == 0 and again.unchanged == rows, again
            rels = relationships(store)
            results.append((batch, first, rows / first, len(res.events) / first, rels, second))
            print(f"  batch {batch:>5}: {first:8.1f} s, {rows / first:8,.0f} rows/s, "
                  f"{rels:,} relationships; unchanged re-push {second:.1f} s  [{agent}]",
                  flush=True)
        finally:
            store.close()
            if server is not None:
                server.stop()
    print()
    print("| batch size | push (s) | rows/s | events/s | relationships | re-push, unchanged (s) |")
    print("|---:|---:|---:|---:|---:|---:|")
    for batch, first, per_s, ev_s, rels, second in results:
        print(f"| {batch:,} | {first:.1f} | {per_s:,.0f} | {ev_s:,.0f} | {rels:,} | {second:.1f} |")


if __name__ == "__main__":
    main()
