"""Schemas/openapi.yaml against the live service: schemathesis generates requests from the document, valid and
invalid, sends them to a real `refurb serve`, and checks that every answer is one the document allows (status code,
content type, headers, body), that none is a server error, that what the document calls valid is accepted and what it
calls invalid refused, and that a method an address does not serve is a 405.

Bounded (schemathesis.toml): at most 20 generated requests per operation and phase, a fixed seed so that a failure
comes back on the next run, and TIME_LIMIT_SECONDS for the whole run (it takes well under a minute on 2 cores).
"""

import os
import subprocess
import sys
from pathlib import Path

from refurb_server import REPO

HERE = Path(__file__).resolve().parent
SCHEMA = REPO / "Schemas" / "openapi.yaml"
CONFIG = HERE / "schemathesis.toml"
TIME_LIMIT_SECONDS = 300
SERIALS = ["5CG7301XYZ", "PF-1X2Y3Z"]


def _prepare_workshop(server):
    """A lot with devices in it, so that generated requests also reach things that exist."""
    status, lot = server.api("POST", "/api/lots", {"donor": "Mairie de Rennes", "declaredCount": 3, "weightKg": "12,5"})
    assert status == 201, f"POST /api/lots answered {status}: {lot!r}"
    tags = []
    for serial in SERIALS + [None]:
        device = {"lot": lot["code"], "category": "laptop", "manufacturer": "HP", "model": "EliteBook 840 G5"}
        if serial:
            device["serial"] = serial
        status, answer = server.api("POST", "/api/devices", device)
        assert status == 201, f"POST /api/devices answered {status}: {answer!r}"
        tags.append(answer["assetTag"])
    return lot["code"], tags


def test_every_answer_is_one_the_document_allows(server, tmp_path):
    lot, tags = _prepare_workshop(server)
    status, token = server.api("POST", "/api/tokens", {"name": "schemathesis"})
    assert status == 201, f"POST /api/tokens answered {status}: {token!r}"
    status, tokens = server.api("GET", "/api/tokens")
    assert status == 200, f"GET /api/tokens answered {status}: {tokens!r}"

    command = [
        sys.executable, "-m", "schemathesis.cli", "--config-file", str(CONFIG), "--no-color",
        "run", str(SCHEMA), "--url", server.base_url,
        "--header", f"Authorization: Bearer {token['token']}",
        "--report", "junit", "--report-dir", str(tmp_path),
    ]
    # The hooks (schemathesis_hooks.py) generate identifiers that exist and never revoke the run's own tokens.
    environment = dict(os.environ,
                       PYTHONPATH=os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH")])),
                       REFURB_PROTECTED_TOKEN_IDS=",".join(str(t["id"]) for t in tokens),
                       REFURB_KNOWN_TAGS=",".join(tags), REFURB_KNOWN_LOTS=lot, REFURB_KNOWN_SERIALS=",".join(SERIALS))
    try:
        run = subprocess.run(command, cwd=tmp_path, env=environment, capture_output=True, text=True,
                             timeout=TIME_LIMIT_SECONDS)
    except subprocess.TimeoutExpired as expired:
        output = expired.stdout.decode("utf-8", "replace") if isinstance(expired.stdout, bytes) else (expired.stdout or "")
        raise AssertionError(f"schemathesis did not finish within {TIME_LIMIT_SECONDS} s; it said:\n{output[-6000:]}")

    assert server.process.poll() is None, (
        f"the service stopped during the run (exit {server.process.returncode}); it said:\n{server.recent_output()}")
    assert run.returncode == 0, (
        f"the service and {SCHEMA.relative_to(REPO)} disagree (schemathesis exit {run.returncode}):\n"
        f"{run.stdout[-20000:]}\n{run.stderr[-4000:]}")
