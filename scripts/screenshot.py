"""Make docs/graph.png, the README's picture of the HTML export of the bundled sample corpus.

    python scripts/screenshot.py [--out docs/graph.png] [--width 1280 --height 760]

Ingests data/sample/articles.jsonl into a temporary store, writes the HTML page, opens it
in Debian's Chromium (offline, see scripts/chromium.py), clicks the actor with the most
counterparts, then its best-reported relationship so the side panel shows its evidence,
and saves the screenshot. Fails if the page asked for anything on the network
or reported an error.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from chromium import launch, open_offline  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "graph.png")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=760)
    a = ap.parse_args()

    from playwright.sync_api import sync_playwright

    from diplograph.export.html import write_html
    from diplograph.pipeline import ingest
    from diplograph.store.sqlite import Ledger

    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "sample.db"
        ingest([REPO / "data" / "sample" / "articles.jsonl"], store=store)
        with Ledger(store) as ledger:
            graph = ledger.graph()
        page_file = write_html(graph, Path(tmp) / "graph.html",
                               title="diplograph — sample corpus")
        with sync_playwright() as p:
            browser = launch(p)
            page, report = open_offline(browser, page_file, width=a.width, height=a.height)
            hub = page.evaluate("""() => window.diplograph.data.nodes
                .reduce((a, b) => (b.degree > a.degree ? b : a)).id""")
            page.mouse.click(*_screen(page, hub))
            # its best-reported relationship, listed first in the panel: its evidence there
            page.click("#details a >> nth=0")
            page.wait_for_selector("#details .event")
            a.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(a.out))
            browser.close()
    if report["requests"] or report["errors"]:
        raise SystemExit(f"the page was not clean: {report}")
    print(f"wrote {a.out} (page ready in {report['seconds']:.2f} s)")


def _screen(page, node: str) -> tuple[float, float]:
    """Where a node is drawn, in page coordinates."""
    return tuple(page.evaluate("""(id) => {
        const n = window.diplograph.network, p = n.canvasToDOM(n.getPosition(id));
        const box = document.getElementById("graph").getBoundingClientRect();
        return [box.left + p.x, box.top + p.y];
    }""", node))


if __name__ == "__main__":
    main()
