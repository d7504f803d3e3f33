"""The browser tests' plumbing: Playwright driving Debian's Chromium (``/usr/bin/chromium``, headless).

Never ``playwright install``: the browser comes from Debian (``.ci/run`` installs the
``chromium`` package). Screenshots go to ``artifacts/`` (gitignored). Import with
``from browser_fixtures import ARTIFACTS, browser, opened_page, require_browser``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from harmledger.web.app import vendor_missing

CHROMIUM = Path(os.environ.get("HARMLEDGER_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
VIEWPORT = {"width": 1400, "height": 900}


def require_browser() -> None:
    reasons = []
    if not CHROMIUM.is_file() and not shutil.which(str(CHROMIUM)):
        reasons.append(f"{CHROMIUM} is absent (Debian's chromium package: `apt-get install -y chromium`)")
    if vendor_missing():
        reasons.append(f"the page's npm libraries are not installed ({', '.join(vendor_missing())}; `make setup`)")
    if reasons:
        if os.environ.get("CI"):
            pytest.fail("browser tests cannot run in CI: " + "; ".join(reasons))
        pytest.skip("; ".join(reasons))


@pytest.fixture(scope="module")
def browser():
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield launched
        launched.close()


@contextmanager
def opened_page(browser, base_url: str, viewport: dict[str, int] = VIEWPORT) -> Iterator:
    """A fresh page on the site, loaded, that records script errors and every request that leaves this server.

    The server's Content-Security-Policy is bypassed: the tests' own probes need eval, and the
    hostile-markup test must show the page renders markup inert by itself, not only because
    the policy blocks inline script (the API tests check the policy is sent)."""
    context = browser.new_context(viewport=viewport, bypass_csp=True)
    context.set_default_timeout(15_000)
    opened = context.new_page()
    opened.problems = []
    opened.on("pageerror", lambda error: opened.problems.append(f"page error: {error}"))
    opened.on("console", lambda message: message.type == "error" and opened.problems.append(f"console: {message.text}"))
    own = urlsplit(base_url).netloc

    def outside(route):
        if urlsplit(route.request.url).netloc != own and not route.request.url.startswith("data:"):
            opened.problems.append(f"request outside the server: {route.request.url}")
            return route.abort()
        return route.continue_()

    opened.route("**/*", outside)
    opened.goto(base_url + "/")
    opened.wait_for_selector("body[data-state=ready]")
    try:
        yield opened
    finally:
        context.close()


def ready(page) -> None:
    page.wait_for_function("document.body.dataset.state === 'ready'")


def rows(page) -> list[str]:
    return page.locator("#incident-list tbody tr").evaluate_all("rows => rows.map(r => r.dataset.incident)")
