"""Browser tests of the built sample site: headless Debian Chromium driven by Selenium.

The session builds the repository's own site with the imprint binary (IMPRINT_BINARY, default
.build/debug/imprint), serves it with Python's http.server on a free loopback port, and starts
one Chromium through /usr/bin/chromedriver. Nothing is downloaded: Selenium Manager is never
asked for a driver (the Service names it) and SE_AVOID_STATS keeps it from reporting usage.
Screenshots go to Tests/artifacts/ (git-ignored).
"""

import base64
import functools
import http.server
import os
import pathlib
import shutil
import subprocess
import tempfile
import threading

import pytest

os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver  # noqa: E402  (after SE_AVOID_STATS)
from selenium.webdriver.chrome.service import Service  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "Tests" / "artifacts"
CHROMIUM = os.environ.get("IMPRINT_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("IMPRINT_CHROMEDRIVER", "/usr/bin/chromedriver")

WIDE = 1280
NARROW = 375


@pytest.fixture(scope="session")
def site_dir():
    binary = pathlib.Path(os.environ.get("IMPRINT_BINARY", REPO / ".build" / "debug" / "imprint"))
    if not binary.exists():
        pytest.fail(f"{binary} does not exist; run `swift build` first (or set IMPRINT_BINARY)")
    out = pathlib.Path(tempfile.mkdtemp(prefix="imprint-browser-")) / "site"
    result = subprocess.run(
        [str(binary), "build", "--site", str(REPO), "--output", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, f"imprint build failed:\n{result.stdout}\n{result.stderr}"
    assert "search-unavailable" not in result.stderr, (
        "Pagefind is not installed, so the search tests cannot run; "
        "install it with `python3 -m pip install 'pagefind[bin]'` (scripts/setup.sh --test does)\n" + result.stderr)
    assert (out / "pagefind" / "pagefind-ui.js").exists(), "the build wrote no Pagefind index"
    yield out
    shutil.rmtree(out.parent, ignore_errors=True)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (the stdlib's name)
        pass


@pytest.fixture(scope="session")
def base_url(site_dir):
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.path.exists(path):
            pytest.fail(f"{path} is missing; install Debian's chromium and chromium-driver (scripts/setup.sh --test)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--hide-scrollbars", "--force-color-profile=srgb", "--window-size=1280,900",
                     "--disable-extensions", "--no-first-run", "--disable-background-networking"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture
def page(browser, base_url):
    """The browser, reset to a wide light viewport, with helpers bound to the served site."""
    helper = Page(browser, base_url)
    helper.viewport(WIDE)
    helper.color_scheme("light")
    yield helper
    helper.color_scheme("light")


class Page:
    def __init__(self, driver, base_url):
        self.driver = driver
        self.base_url = base_url

    def open(self, path):
        self.driver.get(self.base_url + path)
        self.driver.execute_script("return document.fonts ? document.fonts.ready : null")

    def viewport(self, width, height=900):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False,
        })

    def color_scheme(self, scheme):
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "features": [{"name": "prefers-color-scheme", "value": scheme}],
        })

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def rect(self, element):
        return self.js("const r = arguments[0].getBoundingClientRect();"
                       "return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,"
                       " width: r.width, height: r.height};", element)

    def screenshot(self, name):
        """A full-page PNG in Tests/artifacts/."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        metrics = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        size = metrics["cssContentSize"]
        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1},
        })
        path = ARTIFACTS / f"{name}.png"
        path.write_bytes(base64.b64decode(shot["data"]))
        return path

    def viewport_screenshot(self, name):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.driver.save_screenshot(str(path))
        return path
