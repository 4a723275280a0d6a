"""Browser-test harness: the real `refurb serve` on a temporary database, driven by headless Chromium.

Fixtures (see README.md beside this file):
  server      session scope: the running service and helpers to prepare users, tokens, printers and station keys
  driver      function scope: Chromium with a French browser language
  driver_en   function scope: the same with an English browser language
  login       login(driver, username, password, station=None): signs in through the login page
  screenshot  screenshot(driver, name): saves <output>/screenshots/<name>.png and returns its path
  axe         axe(driver): runs axe-core on the current page; fails on serious or critical violations
  scan        scan(element, text): types text then Enter at a USB barcode scanner's speed
"""

import contextlib
import json as jsonlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import warnings
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
# The service and its API helpers, shared with Tests/api; imported names stay importable from this conftest.
sys.path.insert(0, str(HERE.parent / "tools"))
from refurb_server import BINARY, REPO, SERVER_START_SECONDS, WAIT_SECONDS, APIFailure, RefurbServer, running_server  # noqa: E402,F401

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
OUTPUT = Path(os.environ.get("REFURB_TEST_OUTPUT") or REPO / "test-output")
SCREENSHOTS = OUTPUT / "screenshots"

KEY_INTERVAL_SECONDS = 0.003

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait
    SELENIUM_MISSING = None
except ImportError as error:  # the venv was not prepared: scripts/setup does it
    SELENIUM_MISSING = f"the Python package selenium is missing ({error}); run scripts/setup"


def _missing_tools():
    """Why the browser suite cannot run here, or None when it can."""
    reasons = []
    if SELENIUM_MISSING:
        reasons.append(SELENIUM_MISSING)
    if not os.access(CHROMIUM, os.X_OK):
        reasons.append(f"{CHROMIUM} is missing (Debian package chromium; scripts/setup installs it)")
    if not os.access(CHROMEDRIVER, os.X_OK):
        reasons.append(f"{CHROMEDRIVER} is missing (Debian package chromium-driver; scripts/setup installs it)")
    if not os.access(BINARY, os.X_OK):
        reasons.append(f"the service binary {BINARY} is missing (swift build, or set REFURB_BINARY)")
    return "; ".join(reasons) or None


SKIP_REASON = _missing_tools()


def pytest_collection_modifyitems(config, items):
    if not SKIP_REASON:
        return
    if os.environ.get("CI"):
        # CI installs everything through scripts/setup: a skipped browser suite there would hide a broken setup.
        raise pytest.UsageError(f"browser tests cannot run in CI: {SKIP_REASON}")
    marker = pytest.mark.skip(reason=f"browser tests skipped: {SKIP_REASON}")
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(marker)


def pytest_terminal_summary(terminalreporter):
    if SKIP_REASON:
        terminalreporter.write_line(f"Browser tests skipped: {SKIP_REASON}", yellow=True)


# ---------------------------------------------------------------------------------------------------------------
# The service


@pytest.fixture(scope="session")
def server():
    with running_server("refurb-browser-", "browser-tests") as service:
        yield service


# ---------------------------------------------------------------------------------------------------------------
# The browser


def _chromium(language):
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                     f"--lang={language}", "--disable-search-engine-choice-screen", "--no-first-run"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": f"{language},{language.split('-')[0]}"})
    browser = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    browser.set_page_load_timeout(WAIT_SECONDS * 2)
    browser.set_script_timeout(WAIT_SECONDS * 2)
    return browser


@pytest.fixture
def driver(server):
    browser = _chromium("fr-FR")
    browser.base_url = server.base_url
    yield browser
    browser.quit()


@pytest.fixture
def driver_en(server):
    browser = _chromium("en-GB")
    browser.base_url = server.base_url
    yield browser
    browser.quit()


def wait_for(driver, condition, message="condition not met"):
    """Waits (up to WAIT_SECONDS) until condition(driver) is truthy, and returns its value. An element that the
    page's reload replaced between finding it and reading it (every form answers with a redirect) is looked for
    again at the next poll: a fresh-clone run failed three tests on that race, never on what they check."""
    return WebDriverWait(driver, WAIT_SECONDS, ignored_exceptions=(StaleElementReferenceException,)).until(condition, message)


def url_path(driver):
    return urllib.parse.urlparse(driver.current_url).path


@pytest.fixture
def login(server):
    def sign_in(driver, username, password, station=None):
        driver.get(server.base_url + "/login")
        driver.find_element(By.ID, "username").send_keys(username)
        driver.find_element(By.ID, "password").send_keys(password)
        if station:
            driver.find_element(By.ID, "station").send_keys(station)
        driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button[type=submit]").click()
        wait_for(driver, lambda d: url_path(d) != "/login",
                 f"still on /login after signing in as {username!r}: wrong password, or the page shows an error")
    return sign_in


@pytest.fixture
def screenshot():
    def save(driver, name):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        if not driver.save_screenshot(str(path)):
            pytest.fail(f"could not save the screenshot {path}")
        return str(path)
    return save


class AccessibilityWarning(UserWarning):
    """axe-core found moderate or minor problems: shown in the warnings summary, not a failure."""


AXE_SCRIPT = None
BLOCKING_IMPACTS = {"serious", "critical"}


def _axe_script():
    global AXE_SCRIPT
    if AXE_SCRIPT is None:
        import axe_selenium_python
        bundled = Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
        AXE_SCRIPT = bundled.read_text(encoding="utf-8")
    return AXE_SCRIPT


def axe_report(violations):
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation.get('impact')}): {violation['help']}  {violation['helpUrl']}")
        for node in violation["nodes"]:
            target = " ".join(jsonlib.dumps(part) if not isinstance(part, str) else part for part in node["target"])
            lines.append(f"    at {target}: {node.get('failureSummary', '').strip().replace(chr(10), ' / ')}")
    return "\n".join(lines)


@pytest.fixture
def axe():
    def check(driver, context=None, options=None):
        """Runs axe-core on the page as it is now; returns its results; fails on serious or critical violations."""
        # Injected through WebDriver, which the page's Content-Security-Policy does not restrict.
        driver.execute_script(_axe_script())
        results = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(arguments[0] || document, arguments[1] || {})"
            "  .then(results => done({results: JSON.parse(JSON.stringify(results))}))"
            "  .catch(error => done({error: String(error)}));",
            context, options)
        if "error" in results:
            pytest.fail(f"axe-core could not run on {driver.current_url}: {results['error']}")
        results = results["results"]
        blocking = [v for v in results["violations"] if v.get("impact") in BLOCKING_IMPACTS]
        if blocking:
            pytest.fail(f"accessibility violations (serious or critical) on {driver.current_url}:\n"
                        + axe_report(blocking), pytrace=False)
        if results["violations"]:
            # Moderate and minor ones (heading order, landmarks, …) do not fail the test but deserve a look.
            warnings.warn(AccessibilityWarning(f"axe on {driver.current_url}:\n" + axe_report(results["violations"])))
        return results
    return check


@pytest.fixture
def scan():
    def type_like_a_scanner(element, text):
        """Keys one by one a few milliseconds apart, then Enter: what a USB keyboard-wedge scanner sends."""
        for key in text:
            element.send_keys(key)
            time.sleep(KEY_INTERVAL_SECONDS)
        element.send_keys(Keys.ENTER)
    return type_like_a_scanner


def pass_all_tests(server, tag, token=None):
    """Every test of the device's checklist passed, as a technician records them at the bench: `ready` asks a
    complete checklist. For the tests whose subject is elsewhere."""
    status, tests = server.api("GET", f"/api/devices/{tag}/tests", token=token)
    assert status == 200, tests
    status, recorded = server.api("POST", f"/api/devices/{tag}/tests", {
        "checklistVersion": tests["checklistVersion"],
        "tests": [{"key": test["key"], "outcome": "pass"} for test in tests["tests"]]}, token=token)
    assert status == 200 and recorded["allowsReady"], recorded
    return recorded


@contextlib.contextmanager
def loop_devices(count, prefix):
    """`count` loop devices of 8 MiB over files in a new folder, for real wipes: yields (devices, folder) and removes
    them afterwards. Skips the test where loop devices cannot be made (not root, no losetup); CI runs as root."""
    if os.geteuid() != 0 or not shutil.which("losetup"):
        pytest.skip("real wipes need root and losetup (CI runs as root)")
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    devices = []
    try:
        for index in range(count):
            image = folder / f"disk{index}.img"
            with open(image, "wb") as file:
                file.truncate(8 * 1024 * 1024)
            made = subprocess.run(["losetup", "--find", "--show", str(image)], capture_output=True, text=True)
            if made.returncode != 0:
                pytest.skip(f"losetup could not make a loop device: {made.stderr.strip()}")
            devices.append(made.stdout.strip())
        yield devices, folder
    finally:
        for device in devices:
            subprocess.run(["losetup", "-d", device], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)
