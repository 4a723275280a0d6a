"""API conformance harness: the real `refurb serve` on a temporary database (Tests/tools/refurb_server.py, shared with
the browser tests), checked against Schemas/openapi.yaml by schemathesis. See README.md beside this file.

Fixture:
  server   session scope: the running service, signed in as its first admin through a Bearer token
"""

import importlib.util
import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))
from refurb_server import BINARY, running_server  # noqa: E402


def _missing_tools():
    """Why the conformance suite cannot run here, or None when it can."""
    reasons = []
    if importlib.util.find_spec("schemathesis") is None:
        reasons.append("the Python package schemathesis is missing; run scripts/setup")
    if not os.access(BINARY, os.X_OK):
        reasons.append(f"the service binary {BINARY} is missing (swift build, or set REFURB_BINARY)")
    return "; ".join(reasons) or None


SKIP_REASON = _missing_tools()


def pytest_collection_modifyitems(config, items):
    if not SKIP_REASON:
        return
    if os.environ.get("CI"):
        # CI installs everything through scripts/setup: a skipped conformance suite there would hide a broken setup.
        raise pytest.UsageError(f"API conformance tests cannot run in CI: {SKIP_REASON}")
    marker = pytest.mark.skip(reason=f"API conformance tests skipped: {SKIP_REASON}")
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(marker)


def pytest_terminal_summary(terminalreporter):
    if SKIP_REASON:
        terminalreporter.write_line(f"API conformance tests skipped: {SKIP_REASON}", yellow=True)


@pytest.fixture(scope="session")
def server():
    with running_server("refurb-api-", "api-tests") as service:
        yield service
