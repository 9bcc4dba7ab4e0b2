"""How long the HTML export takes to write and to open in Chromium, by graph size.

    python benchmarks/bench_html.py [--sizes 500,2000,5000] [--mode both|physics|static]

For each size, a generated world of that many actors (countries, people and organisations,
about two events per actor with a preferential-attachment degree spread, as in news, and one
to three evidence sentences each) is exported and opened in Debian's Chromium (see
scripts/chromium.py) with the network blocked. "open" is the time from navigation to the
page reporting it is ready: drawn, laid out, and answering input; "filter ms" the time from
unticking an event type to the redrawn graph. "physics" is the page with vis-network's
bounded stabilisation; "static" the positions from Python with physics off.
The crossover decides `diplograph.export.html.LAYOUT_THRESHOLD`.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from diplograph.graph import build_graph  # noqa: E402
from diplograph.records import PLOVER_TYPES, Actor, Document, Event, Evidence  # noqa: E402

__all__ = ["synthetic_graph"]

_WORDS = ("talks trade border security envoy summit minister sanctions treaty ceasefire grain "
          "energy visit statement ministry spokesperson agreement cooperation pressure aid "
          "delegation council").split()


def synthetic_graph(n_actors: int, seed: int = 1):
    """A NetworkX view of a generated corpus with `n_actors` actors and ~2 events each."""
    rng = random.Random(seed)
    n_countries = min(190, max(5, n_actors // 12))
    actors: list[Actor] = []
    for i in range(n_actors):
        if i < n_countries:
            actors.append(Actor(f"country:C{i:03d}", f"Country {i}", "Country"))
        else:
            kind = "Person" if rng.random() < 0.7 else "Organization"
            country = f"C{rng.randrange(n_countries):03d}"
            name = f"{rng.choice(_WORDS).title()} {kind[0]}{i}"
            actors.append(Actor(f"{kind.lower()[:6]}:{i}", name, kind, aliases=(name.split()[-1],),
                                country=country, titles=("Minister",) if kind == "Person" else ()))
    n_docs = max(3, n_actors // 2)
    documents = [Document(f"doc{i}", "", title=f"Article {i} on {rng.choice(_WORDS)}",
                          published=f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}")
                 for i in range(n_docs)]
    weights = [1.0] * n_actors
    events: list[Event] = []
    for i in range(n_countries, n_actors):
        for _ in range(rng.choice((1, 1, 2, 3))):
            j = rng.choices(range(i), weights=weights[:i])[0]
            weights[i] += 1
            weights[j] += 1
            kind = rng.choice(PLOVER_TYPES)
            a, b = actors[i].id, actors[j].id
            date = f"2023-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            evidence = []
            for _ in range(rng.choice((1, 1, 2, 3))):
                doc = rng.choice(documents)
                text = " ".join(rng.choice(_WORDS) for _ in range(25)).capitalize() + "."
                evidence.append(Evidence(doc.id, 0, len(text), text))
            events.append(Event(f"ev{len(events)}", kind, (a,), (b,),
                                mode="meet" if kind == "CONSULT" else None, date=date,
                                precision="day", confidence=0.7, evidence=tuple(evidence)))
    return build_graph(actors, events, documents)


# untick the first event type and wait for the redraw: how responsive the page is once open
_FILTER_AND_REDRAW = """() => new Promise(resolve => {
    const t0 = performance.now();
    window.diplograph.network.once("afterDrawing", () => resolve(performance.now() - t0));
    document.querySelector("input[name=type]").click();
})"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="500,1000,2000,5000")
    ap.add_argument("--mode", choices=("both", "physics", "static"), default="both")
    a = ap.parse_args()

    from playwright.sync_api import sync_playwright

    from chromium import launch, open_offline
    from diplograph.export.html import write_html

    modes = ("physics", "static") if a.mode == "both" else (a.mode,)
    print(f"{'actors':>7}{'rels':>7}{'mode':>9}{'write s':>9}{'MB':>6}{'open s':>8}"
          f"{'filter ms':>11}")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = launch(p)
        for size in (int(s) for s in a.sizes.split(",")):
            g = synthetic_graph(size)
            for mode in modes:
                out = Path(tmp) / f"g{size}-{mode}.html"
                t0 = time.perf_counter()
                write_html(g, out, physics=mode == "physics")
                written = time.perf_counter() - t0
                page, report = open_offline(browser, out, timeout_ms=600_000)
                rels = page.evaluate("diplograph.network.body.data.edges.length")
                filtered = page.evaluate(_FILTER_AND_REDRAW)
                assert not report["requests"] and not report["errors"], report
                page.close()
                print(f"{size:>7}{rels:>7}{mode:>9}{written:>9.2f}"
                      f"{out.stat().st_size / 1e6:>6.1f}{report['seconds']:>8.2f}"
                      f"{filtered:>11.0f}", flush=True)
        browser.close()


if __name__ == "__main__":
    main()
