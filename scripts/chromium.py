"""Open a page in Debian's Chromium through Playwright, offline, for the screenshot script and
the HTML benchmark. Never downloads a browser: it drives /usr/bin/chromium (or $CHROMIUM).

Every request the page makes other than for the page file itself is aborted and recorded.
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

__all__ = ["CHROMIUM", "LAUNCH_ARGS", "chromium_path", "launch", "open_offline"]

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync"]


def chromium_path() -> str | None:
    path = os.environ.get("CHROMIUM", CHROMIUM)
    return path if Path(path).is_file() else None


def launch(playwright: Any) -> Any:
    path = chromium_path()
    if path is None:
        raise SystemExit(f"no Chromium at {CHROMIUM}: apt-get install -y chromium "
                         "(or set CHROMIUM to its path)")
    return playwright.chromium.launch(executable_path=path, args=LAUNCH_ARGS)


def open_offline(browser: Any, page_file: Path, width: int = 1280, height: int = 800,
                 timeout_ms: int = 120_000) -> tuple[Any, dict[str, Any]]:
    """Open `page_file`, wait until the graph says it is ready; returns the page and a report:
    seconds to ready, blocked requests, page errors and console errors."""
    report: dict[str, Any] = {"requests": [], "errors": []}
    page = browser.new_page(viewport={"width": width, "height": height})
    url = Path(page_file).resolve().as_uri()

    def route(r: Any) -> None:
        if r.request.url == url:
            r.continue_()
        else:
            report["requests"].append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda e: report["errors"].append(f"pageerror: {e}"))
    page.on("console", lambda m: report["errors"].append(f"console: {m.text}")
            if m.type == "error" else None)
    t0 = time.perf_counter()
    page.goto(url)
    # a selector, not wait_for_function: the page's Content-Security-Policy forbids eval
    page.wait_for_selector("html[data-ready]", state="attached", timeout=timeout_ms)
    report["seconds"] = time.perf_counter() - t0
    return page, report
