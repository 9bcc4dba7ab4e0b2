"""The HTML export in a real browser: Debian's Chromium driven by Playwright, offline.

Every request other than for the page file itself is blocked and recorded, and each test
asserts that there were none, and no page or console error. Skipped when Chromium or
Playwright is absent, except in CI (CI=true), where they must run.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from diplograph.export.html import page_data, write_html
from diplograph.graph import build_graph
from diplograph.records import Actor, Document, Event, Evidence
from small_world import ACTORS, DOCUMENTS, EVENTS, graph

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync"]


def _unavailable(why: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{why}; CI must run the browser tests")
    pytest.skip(why)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).is_file():
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield b
        b.close()


class Opened:
    """A page opened offline, with what it tried to do."""

    def __init__(self, browser, path: Path):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        url = path.resolve().as_uri()

        def route(r):
            if r.request.url == url:
                r.continue_()
            else:
                self.requests.append(r.request.url)
                r.abort()

        self.page.route("**/*", route)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("console", lambda m: self.errors.append(f"console: {m.text}")
                     if m.type == "error" else None)

        def dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", dialog)
        self.page.goto(url)
        # a selector, not wait_for_function: the page's CSP forbids the eval that needs
        self.page.wait_for_selector("html[data-ready]", state="attached", timeout=60_000)

    def js(self, expression: str):
        return self.page.evaluate(expression)

    def counts(self) -> tuple[int, int]:
        return tuple(self.js("[diplograph.network.body.data.nodes.length, "
                             "diplograph.network.body.data.edges.length]"))

    def drawn(self) -> tuple[int, int]:
        """Nodes and edges the network itself holds and draws."""
        return tuple(self.js(
            "[diplograph.network.body.nodeIndices.length, diplograph.network.body.edgeIndices.length]"))

    def point_at(self, node: str) -> tuple[float, float]:
        return tuple(self.js(f"""(() => {{
            const n = diplograph.network, p = n.canvasToDOM(n.getPosition({node!r}));
            const box = document.getElementById("graph").getBoundingClientRect();
            return [box.left + p.x, box.top + p.y]; }})()"""))

    def midpoint(self, a: str, b: str) -> tuple[float, float]:
        (x1, y1), (x2, y2) = self.point_at(a), self.point_at(b)
        return (x1 + x2) / 2, (y1 + y2) / 2

    def clean(self) -> None:
        assert self.requests == [], self.requests
        assert self.errors == [], self.errors
        assert self.dialogs == [], self.dialogs


@pytest.mark.parametrize("physics", [True, False], ids=["physics", "static"])
def test_page_holds_every_actor_and_relationship_and_asks_for_nothing(browser, tmp_path, physics):
    g = graph()
    data = page_data(g, physics=physics)
    opened = Opened(browser, write_html(g, tmp_path / "g.html", physics=physics))
    # 8 actors with relationships (Beijing is only a place), 6 actor-type-actor relationships
    assert opened.counts() == opened.drawn() == (len(data["nodes"]), len(data["edges"])) == (8, 6)
    assert opened.js("diplograph.network.physics.physicsEnabled") is False  # calm once laid out
    assert opened.page.inner_text("#shown") == "Showing 6 of 6 relationships between 8 actors"
    opened.clean()


def test_selection_options_shape_the_page(browser, tmp_path):
    g = graph()
    opened = Opened(browser, write_html(g, tmp_path / "f.html", focus="person:qin-gang", hops=1,
                                        types=["CONSULT"]))
    assert opened.counts() == (3, 2)
    opened.clean()


def test_filters_by_type_and_date(browser, tmp_path):
    opened = Opened(browser, write_html(graph(), tmp_path / "g.html"))
    page = opened.page
    page.uncheck("input[name=type][value=CONSULT]")
    assert opened.counts() == (5, 3)  # the two accusations and the request
    assert opened.drawn() == (5, 3)
    page.check("input[name=type][value=CONSULT]")
    assert opened.counts() == (8, 6)
    page.fill("#since", "2023-07-01")
    assert opened.counts() == (5, 3)  # the call, the hosting, the criticism
    page.fill("#until", "2023-07-05")
    assert opened.counts() == (2, 1)  # the call only
    page.click("#no-types")
    assert opened.counts() == (0, 0)
    page.click("#reset")
    assert opened.counts() == (8, 6)
    page.fill("#until", "2023-06-30")
    assert opened.counts() == (4, 2)  # the meeting and China's accusation; undated ones go
    assert page.inner_text("#shown") == "Showing 2 of 6 relationships between 4 actors"
    opened.clean()


def test_hover_and_click_show_the_evidence_and_its_article(browser, tmp_path):
    opened = Opened(browser, write_html(graph(), tmp_path / "g.html"))
    page = opened.page
    page.mouse.move(*opened.midpoint("person:antony-blinken", "person:qin-gang"))
    page.wait_for_selector("#tooltip:not([hidden])")
    tip = page.inner_text("#tooltip")
    assert "CONSULT: Antony Blinken — Qin Gang (1 event, 2 articles)" in tip
    assert "2023-06-18 · CONSULT · meet · occurred · in Beijing" in tip
    assert "Antony Blinken met Qin Gang in Beijing on Sunday." in tip
    assert "Talks in Beijing, 2023-06-19" in tip
    page.mouse.click(*opened.point_at("person:qin-gang"))
    details = page.inner_text("#details")
    for line in ("Qin Gang", "Person · person:qin-gang", "Title: Foreign Minister",
                 "Country: China", "Also: Qin", "Counterparts: 2"):
        assert line in details
    page.click("#details a >> nth=0")  # a relationship listed under the actor
    assert "Qin Gang" in page.inner_text("#details h2") and "CONSULT" in page.inner_text("#details h2")
    opened.clean()


PAYLOADS = [
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=2</script>",
    "</script><script>window.__pwned=3;alert(3)</script>",
    '<a href="javascript:window.__pwned=4">read more</a> href',
    '"><svg onload="window.__pwned=5">',
    "<iframe srcdoc=\"<script>parent.__pwned=6</script>\"></iframe>",
    "{{constructor.constructor('window.__pwned=7')()}}",
]
EVIL = " ".join(PAYLOADS)


def hostile_graph():
    text = "Someone met someone. " + EVIL
    doc = Document("evil-doc", text, title="Breaking " + EVIL, published="2023-08-01")
    evil = Actor("person:evil", "Evil " + EVIL, "Person", aliases=(EVIL, "href"),
                 country="USA", titles=(EVIL,))
    place = Actor("place:evil", "Town " + EVIL, "Place")
    sentence = text[text.index(PAYLOADS[0]):]
    events = (
        Event("ev-evil", "THREATEN", ("person:evil",), ("country:USA",), date="2023-08-01",
              location="place:evil",
              evidence=(Evidence("evil-doc", text.index(sentence), len(text), sentence),)),
        Event("ev-evil2", "CONSULT", ("person:evil",), ("person:qin-gang",), mode="meet",
              date="2023-08-01",
              evidence=(Evidence("evil-doc", 0, 20, text[:20]),)),
    )
    return build_graph(ACTORS + (evil, place), EVENTS + events, DOCUMENTS + (doc,))


def test_hostile_articles_run_nothing(browser, tmp_path):
    g = hostile_graph()
    opened = Opened(browser, write_html(g, tmp_path / "evil.html", title="Graph " + EVIL))
    page = opened.page
    assert opened.counts() == (9, 8)  # the place is no node
    assert opened.js("document.querySelectorAll('img, iframe, svg, a[href^=javascript]').length") == 0
    # every place article text is shown: heading, tooltips, the panel, the actor finder
    assert EVIL in page.inner_text("h1")
    page.mouse.move(*opened.point_at("person:evil"))
    page.wait_for_selector("#tooltip:not([hidden])")
    assert EVIL in page.inner_text("#tooltip")
    page.mouse.move(10, 10)
    page.mouse.move(*opened.midpoint("person:evil", "country:USA"))
    page.wait_for_selector("#tooltip:not([hidden])")
    tip = page.inner_text("#tooltip")
    assert "Breaking " + EVIL in tip and "in Town " + EVIL in tip
    page.mouse.click(*opened.midpoint("person:evil", "country:USA"))
    assert "THREATEN" in page.inner_text("#details")
    page.mouse.click(*opened.point_at("person:evil"))
    assert "Also: " + EVIL in page.inner_text("#details")
    page.fill("#find", "Evil " + EVIL)
    page.press("#find", "Enter")
    page.dispatch_event("#find", "change")
    page.wait_for_timeout(200)
    assert opened.js("typeof window.__pwned") == "undefined"
    assert opened.js("document.querySelectorAll('img, iframe, svg, a[href^=javascript]').length") == 0
    opened.clean()


def test_an_empty_page_opens_and_says_why(browser, tmp_path):
    opened = Opened(browser, write_html(build_graph(ACTORS, [], DOCUMENTS), tmp_path / "e.html"))
    assert opened.counts() == (0, 0)
    assert "No relationships to show" in opened.page.inner_text("#loading")
    opened.clean()
