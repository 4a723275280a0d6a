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

import json as jsonlib
import os
import re
import secrets
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings
from http.cookiejar import CookieJar
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
BINARY = Path(os.environ.get("REFURB_BINARY") or REPO / ".build" / "debug" / "refurb")
OUTPUT = Path(os.environ.get("REFURB_TEST_OUTPUT") or REPO / "test-output")
SCREENSHOTS = OUTPUT / "screenshots"

# How long a page may take to answer or a condition to become true; generous for a loaded 2-core CI machine,
# and only ever reached when something is broken.
WAIT_SECONDS = 15
SERVER_START_SECONDS = 60
KEY_INTERVAL_SECONDS = 0.003

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
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


class APIFailure(AssertionError):
    """An API call the harness relies on answered with an error; the message carries the answer."""


class RefurbServer:
    """A `refurb serve` process on a temporary database, signed in as the first admin through a Bearer token."""

    LISTENING = re.compile(r"(http://127\.0\.0\.1:\d+)")
    FIRST_ADMIN = re.compile(r"(?:password|mot de passe) (\S+) —")

    def __init__(self, folder: Path):
        self.folder = folder
        self.db_path = str(folder / "refurb.sqlite")
        self.printer_folder = folder / "printers"
        self.printer_folder.mkdir()
        self.output = []  # every line the service printed, for diagnosing a failure
        self.base_url = None
        self.admin_password = None
        self.admin_token = None
        self._listening = threading.Event()
        environment = dict(os.environ, REFURB_LANG="en", REFURB_PAGES_DIR=str(REPO), REFURB_ACTOR="browser-tests")
        self.process = subprocess.Popen(
            [str(BINARY), "serve", "--db", self.db_path, "--port", "0", "--bcrypt-cost", "4",
             "--labels", str(REPO / "Labels")],
            cwd=REPO, env=environment, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True, encoding="utf-8", errors="replace")
        # Drained for the whole run: a full pipe would block the service's logging and so the service.
        threading.Thread(target=self._drain, name="refurb-serve-output", daemon=True).start()

    def _drain(self):
        for line in self.process.stdout:
            line = line.rstrip("\n")
            self.output.append(line)
            if self.admin_password is None and (found := self.FIRST_ADMIN.search(line)):
                self.admin_password = found.group(1)
            if self.base_url is None and (found := self.LISTENING.search(line)):
                self.base_url = found.group(1)
                self._listening.set()
        self._listening.set()  # the process ended: wake whoever waits

    def recent_output(self, lines=40):
        return "\n".join(self.output[-lines:])

    def wait_until_listening(self):
        self._listening.wait(SERVER_START_SECONDS)
        if self.base_url is None:
            self.stop()
            raise RuntimeError(f"refurb serve did not start within {SERVER_START_SECONDS} s; it said:\n"
                               + self.recent_output())
        if self.admin_password is None:
            raise RuntimeError("refurb serve did not print the first admin's password; it said:\n" + self.recent_output())

    def sign_in_admin(self):
        """Opens a session as admin the way the pages do, then makes the Bearer token the helpers use."""
        cookies = CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))
        status, session = self._call(opener, "POST", "/api/session",
                                     {"username": "admin", "password": self.admin_password}, {})
        if status != 200 or not isinstance(session, dict) or "csrfToken" not in session:
            raise APIFailure(f"admin sign-in answered {status}: {session!r}")
        status, created = self._call(opener, "POST", "/api/tokens", {"name": "browser-tests"},
                                     {"X-CSRF-Token": session["csrfToken"]})
        if status != 201 or not isinstance(created, dict):
            raise APIFailure(f"POST /api/tokens answered {status}: {created!r}")
        self.admin_token = created["token"]

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)

    # -- API helpers ------------------------------------------------------------------------------------------

    def api(self, method, path, json=None, token=None):
        """Calls the API with a Bearer token (the admin's by default): returns (status, parsed JSON or bytes)."""
        headers = {"Authorization": f"Bearer {token or self.admin_token}"}
        return self._call(urllib.request.build_opener(), method, path, json, headers)

    def _call(self, opener, method, path, json, headers):
        data = None
        headers = dict(headers, Accept="application/json")
        if json is not None:
            data = jsonlib.dumps(json).encode()
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(self.base_url + path, data=data, method=method.upper(), headers=headers)
        try:
            with opener.open(request, timeout=WAIT_SECONDS * 2) as answer:
                return answer.status, self._parse(answer.headers.get("Content-Type", ""), answer.read())
        except urllib.error.HTTPError as answer:
            return answer.code, self._parse(answer.headers.get("Content-Type", ""), answer.read())
        except urllib.error.URLError as error:
            state = "running" if self.process.poll() is None else f"exited with {self.process.returncode}"
            raise APIFailure(f"{method} {path}: no answer ({error.reason}); the service is {state}; it said:\n"
                             + self.recent_output()) from error

    @staticmethod
    def _parse(content_type, body):
        if "json" in content_type and body:
            return jsonlib.loads(body)
        return body

    def _expect(self, expected, method, path, json=None, token=None):
        status, body = self.api(method, path, json, token)
        if status not in expected:
            raise APIFailure(f"{method} {path} answered {status}: {body!r}")
        return body

    def make_user(self, username, roles):
        """Creates an account with these roles (a list like ["intake"]) and returns its password."""
        password = "pw-" + secrets.token_hex(8)
        self._expect({201}, "POST", "/api/users", {"username": username, "roles": list(roles), "password": password})
        return password

    def make_token(self, username):
        """A Bearer token acting as `username`."""
        body = self._expect({201}, "POST", "/api/tokens",
                            {"name": f"browser-tests-{username}-{secrets.token_hex(3)}", "username": username})
        return body["token"]

    def file_printer(self, name):
        """Configures a `file:` printer named `name` and returns the path its jobs are written to."""
        path = self.printer_folder / f"{name}.bin"
        self._expect({200, 201}, "PUT", f"/api/printers/{urllib.parse.quote(name, safe='')}", {"uri": f"file:{path}"})
        return str(path)

    def register_station_key(self, pem_text, name=None):
        """Registers a station's public key (PEM) and returns the API's answer."""
        return self._expect({200, 201}, "POST", "/api/station-keys",
                            {"name": name or f"station-{secrets.token_hex(3)}", "publicKey": pem_text})


@pytest.fixture(scope="session")
def server():
    folder = Path(tempfile.mkdtemp(prefix="refurb-browser-"))
    service = RefurbServer(folder)
    try:
        service.wait_until_listening()
        service.sign_in_admin()
        yield service
    finally:
        service.stop()
        shutil.rmtree(folder, ignore_errors=True)


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
    """Waits (up to WAIT_SECONDS) until condition(driver) is truthy, and returns its value."""
    return WebDriverWait(driver, WAIT_SECONDS).until(condition, message)


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
