"""Drive the real Neo4j Browser (served by ./up) in headless Chromium: connect, run a query,
return the result frame's visible text and save a screenshot.

Needs Debian's chromium (`apt-get install -y chromium`, /usr/bin/chromium) and the PyPI
package `playwright`, used only as a driver: never run `playwright install` (it would
download a browser build). Example:

    python tests/neo4j_browser.py "RETURN 'hello' AS greeting" /tmp/browser.png
"""
from __future__ import annotations

import os
import sys

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run",
]
TIMEOUT_MS = 60_000


def screenshot_browser_query(url: str, user: str, password: str, query: str, png_path: str,
                             bolt: str = "bolt://127.0.0.1:7687") -> str:
    """Open Neo4j Browser at `url`, log in on `bolt`, run `query` from the editor, wait for
    its result frame and return that frame's visible text; a screenshot goes to `png_path`.
    Raises RuntimeError if the login fails."""
    from playwright.sync_api import sync_playwright  # imported late: optional dependency

    scheme, _, address = bolt.partition("://")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.set_default_timeout(TIMEOUT_MS)
            page.goto(url, wait_until="networkidle")

            # The ":server connect" frame's form; the scheme has its own drop-down.
            page.select_option("[data-testid=bolt-scheme-select]", f"{scheme}://")
            page.fill("[data-testid=boltaddress]", address)
            page.fill("[data-testid=username]", user)
            page.fill("[data-testid=password]", password)
            page.click("[data-testid=connect]")
            outcome = page.locator("text=You are connected as user").or_(
                page.locator("[data-testid=frame] :text-matches('unauthorized|error|failed', 'i')"))
            outcome.first.wait_for()
            if not page.locator("text=You are connected as user").count():
                page.screenshot(path=png_path)
                raise RuntimeError("Neo4j Browser could not connect: "
                                   + page.locator("[data-testid=frame]").first.inner_text())

            # insert_text, not typing: Monaco would auto-close quotes and brackets as typed.
            page.click("[data-testid=activeEditor]")
            page.keyboard.insert_text(query)
            page.click("[data-testid=editor-Run]")

            # The newest frame is on top; done once its status bar (timings) or an error shows.
            frame = page.locator("article[data-testid=frame]").first
            frame.locator("[data-testid=frameCommand]", has_text=query.strip().splitlines()[0]).wait_for()
            page.wait_for_function(
                """() => {
                    const f = document.querySelector('article[data-testid=frame]');
                    const s = f && f.querySelector('[data-testid=frameStatusbar]');
                    return !!(f && f.querySelector('[data-testid=cypherFrameErrorMessage]'))
                        || !!(s && s.innerText.trim().length > 0);
                }""", timeout=TIMEOUT_MS)
            # The stream scrolls while older frames animate away: bring the result into view.
            page.wait_for_timeout(500)
            frame.evaluate("e => e.scrollIntoView({block: 'start'})")
            page.screenshot(path=png_path)
            return frame.inner_text()
        finally:
            browser.close()


if __name__ == "__main__":
    http = f"http://127.0.0.1:{os.environ.get('NEO4J_HTTP_PORT', '7474')}/browser/"
    bolt = f"bolt://127.0.0.1:{os.environ.get('NEO4J_BOLT_PORT', '7687')}"
    q = sys.argv[1] if len(sys.argv) > 1 else "RETURN 'hello' AS greeting"
    png = sys.argv[2] if len(sys.argv) > 2 else "browser.png"
    print(screenshot_browser_query(http, "neo4j", os.environ.get("NEO4J_PASSWORD", "kgpassword"),
                                   q, png, bolt=bolt))
