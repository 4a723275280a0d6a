"""Schemathesis hooks for the conformance run (loaded through SCHEMATHESIS_HOOKS by test_openapi_conformance.py).

Formats. Schemas/openapi.yaml names the syntax of Refurb's identifiers with a `format` (`asset-tag`, `lot-code`,
`scan-code`, `serial`, `ed25519-public-key`) besides a `pattern`: a pattern cannot say that a tag's last character is a check
character computed from the rest, nor that 32 bytes are a public key. Schemathesis generates strings of an unknown
format from the pattern alone, so nearly every generated tag would be a misread one; the strategies below generate
values of each format as the document describes them, some of them naming things the run created beforehand.

Tokens. The run signs in with an admin's API tokens. Revoking one of them mid-run would turn every later answer into a
401, which the document allows, so the run would pass while checking nothing: a generated `DELETE /api/tokens/{id}`
that names one of them is sent for an id that does not exist instead.
"""

import base64
import os

import schemathesis
from hypothesis import strategies as st

PROTECTED_TOKEN_IDS = {int(text) for text in os.environ.get("REFURB_PROTECTED_TOKEN_IDS", "").split(",") if text}
UNUSED_TOKEN_ID = 10**9
KNOWN_TAGS = [text for text in os.environ.get("REFURB_KNOWN_TAGS", "").split(",") if text]
KNOWN_LOTS = [text for text in os.environ.get("REFURB_KNOWN_LOTS", "").split(",") if text]
KNOWN_SERIALS = [text for text in os.environ.get("REFURB_KNOWN_SERIALS", "").split(",") if text]

# ISO/IEC 7064 MOD 37-2, as Sources/RefurbCore/Identity/CheckCharacter.swift computes it.
CHECK_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"


def check_character(payload):
    remainder = 0
    for character in payload:
        remainder = ((remainder + CHECK_ALPHABET.index(character)) * 2) % 37
    return CHECK_ALPHABET[(38 - remainder) % 37]


def asset_tag(sequence):
    payload = f"R{sequence:06d}"
    return payload + check_character(payload)


def _known(values, generated):
    return st.one_of(st.sampled_from(values), generated) if values else generated


ASSET_TAGS = _known(KNOWN_TAGS, st.integers(min_value=1, max_value=99_999_999).map(asset_tag))
LOT_CODES = _known(KNOWN_LOTS, st.builds("LOT-{}-{:04d}".format, st.integers(2000, 2099), st.integers(1, 99_999)))
# A serial as stickers print them: letters, digits, and the odd space, dash, dot or slash inside. As a scanned code,
# those that read as a tag or a lot code are left to the strategies above.
SERIAL_TEXT = st.from_regex(r"\A[A-Z0-9ÉÜ][A-Za-z0-9ÉÜ./ -]{0,40}[A-Za-z0-9]\Z")
SERIALS = _known(KNOWN_SERIALS, SERIAL_TEXT.filter(lambda text: not text.upper().startswith(("R", "LOT"))))

schemathesis.openapi.format("asset-tag", ASSET_TAGS)
schemathesis.openapi.format("lot-code", LOT_CODES)
schemathesis.openapi.format("scan-code", st.one_of(ASSET_TAGS, LOT_CODES, SERIALS))
schemathesis.openapi.format("serial", SERIAL_TEXT)
schemathesis.openapi.format("ed25519-public-key", st.binary(min_size=32, max_size=32).map(
    lambda raw: base64.b64encode(raw).decode("ascii")))


@schemathesis.hook
def before_call(context, case, kwargs):
    if case.operation.method.upper() == "DELETE" and case.operation.path == "/api/tokens/{id}":
        if case.path_parameters and case.path_parameters.get("id") in PROTECTED_TOKEN_IDS:
            case.path_parameters["id"] = UNUSED_TOKEN_ID
