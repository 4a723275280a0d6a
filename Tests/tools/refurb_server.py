"""The real `refurb serve` on a temporary database, for the Python suites that drive it from outside
(Tests/browser, Tests/api): started on a free port, signed in as the first admin through a Bearer token, stopped
and removed at the end. `running_server(prefix, actor)` is the whole life; `RefurbServer` has the API helpers
(Tests/browser/README.md lists them).
"""

import json as jsonlib
import os
import re
import secrets
import shutil
import subprocess
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from http.cookiejar import CookieJar
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BINARY = Path(os.environ.get("REFURB_BINARY") or REPO / ".build" / "debug" / "refurb")

# How long a page may take to answer or a condition to become true; generous for a loaded 2-core CI machine,
# and only ever reached when something is broken.
WAIT_SECONDS = 15
SERVER_START_SECONDS = 60


class APIFailure(AssertionError):
    """An API call the harness relies on answered with an error; the message carries the answer."""


class RefurbServer:
    """A `refurb serve` process on a temporary database, signed in as the first admin through a Bearer token."""

    LISTENING = re.compile(r"(http://127\.0\.0\.1:\d+)")
    FIRST_ADMIN = re.compile(r"(?:password|mot de passe) (\S+) —")

    def __init__(self, folder: Path, actor: str = "tests"):
        self.actor = actor
        self.folder = folder
        self.db_path = str(folder / "refurb.sqlite")
        self.printer_folder = folder / "printers"
        self.printer_folder.mkdir()
        self.output = []  # every line the service printed, for diagnosing a failure
        self.base_url = None
        self.admin_password = None
        self.admin_token = None
        self._listening = threading.Event()
        environment = dict(os.environ, REFURB_LANG="en", REFURB_PAGES_DIR=str(REPO), REFURB_ACTOR=actor)
        self.process = subprocess.Popen(
            [str(BINARY), "serve", "--db", self.db_path, "--port", "0", "--bcrypt-cost", "4",
             "--labels", str(REPO / "Labels"), "--file-printers", str(self.printer_folder)],
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
        status, created = self._call(opener, "POST", "/api/tokens", {"name": self.actor},
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
                            {"name": f"{self.actor}-{username}-{secrets.token_hex(3)}", "username": username})
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


@contextmanager
def running_server(prefix, actor):
    """A started service signed in as admin, for the time of the `with`; `actor` names it in the history."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    service = RefurbServer(folder, actor)
    try:
        service.wait_until_listening()
        service.sign_in_admin()
        yield service
    finally:
        service.stop()
        shutil.rmtree(folder, ignore_errors=True)
