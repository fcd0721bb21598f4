"""Site test fixtures: the site built once per session (test vendor + seed vendors + the injection vendor),
served on 127.0.0.1 from a thread, and headless Debian Chromium driven by Playwright."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evil
import sitedata
from policylabel.site import build, make_server

HERE = Path(__file__).resolve().parent
ARTIFACTS = HERE.parent.parent / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE_JS = Path(os.environ.get("AXE_JS", HERE / "node_modules/axe-core/axe.min.js"))
VNU_JAR = Path(os.environ.get("VNU_JAR", HERE / "node_modules/vnu-jar/build/dist/vnu.jar"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).resolve().is_relative_to(HERE):
            item.add_marker(pytest.mark.site)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reports, vendors, _ = sitedata.load(sitedata.TEST_VENDORS, sitedata.SEED_VENDORS)
    ereports, evendors = evil.evil_reports()
    out = tmp_path_factory.mktemp("site") / "_site"
    diags = build(reports + ereports, vendors + evendors, out, progress=False, keep_going=True)
    refused = [d for d in diags if d.code == "not-published"]
    assert all(d.code == "not-published" for d in diags), diags
    assert not any("acme" in d.message for d in refused), refused
    return out


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    server = make_server(site_dir, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def html_pages(site: Path) -> list[str]:
    """Every HTML page of the site, relative to its root, sorted."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
