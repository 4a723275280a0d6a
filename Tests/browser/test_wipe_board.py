"""The live board of wipes tells the truth (issue 13, item 4): every wipe ends on it with a final state that stays
for minutes — done in green with its certificate links (a real `refurb wipe` of a loop device), refused by the
service in red with the service's reason (a real wipe signed by a station key nobody registered; progress for a
drive the hardware report did not find), failed in red with the station's reason — and a station that has gone
quiet is shown quiet, never finished. The device's bench page says the same. In French and in English, at a
laptop's 1366×768 and a tablet's 820×1180; axe-core and screenshots.

This module runs its own service with `REFURB_WIPE_QUIET_AFTER` at a few seconds, so that a silent station goes
quiet within the test rather than after the two minutes of a real workshop."""

import os
import secrets
import subprocess
from pathlib import Path

import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By

from conftest import loop_devices, BINARY, running_server, wait_for
from test_bench import laptop_report, loop_storage, new_device, report_for  # noqa: F401 (laptop_report: fixture)

QUIET_SECONDS = 5
SIZES = [(1366, 768), (820, 1180)]
# refurb.css's --good and --bad, as the browser computes them.
GOOD_GREEN = "rgba(23, 102, 58, 1)"
BAD_RED = "rgba(163, 22, 27, 1)"

WORDS = {
    "fr": {
        "done": "effacé", "refused": "refusé par le service", "failed": "échec", "quiet": "poste silencieux",
        "unknownKey": "qui n'est pas enregistrée", "notInReport": "Ce disque n'est pas dans le rapport de diagnostic",
        "probeAgain": "relancez le diagnostic sur la machine", "goLook": "allez voir la machine",
        "finished": ["terminé", "effacé"], "pdf": "Certificat (PDF)", "kept": "15 minutes",
        "notice": "refusé par le service : Ce disque n'est pas dans le rapport de diagnostic",
        "diskQuiet": "poste silencieux : Aucune nouvelle depuis",
    },
    "en": {
        "done": "erased", "refused": "refused by the service", "failed": "failed", "quiet": "station gone quiet",
        "unknownKey": "which is not registered", "notInReport": "This drive is not in the device's hardware report",
        "probeAgain": "run the probe again on the machine", "goLook": "go and look at the machine",
        "finished": ["finished", "erased"], "pdf": "Certificate (PDF)", "kept": "15 minutes",
        "notice": "refused by the service: This drive is not in the device's hardware report",
        "diskQuiet": "station gone quiet: No news for",
    },
}


def unique(prefix):
    return f"{prefix}-{secrets.token_hex(3).upper()}"


# ---------------------------------------------------------------------------------------------------------------
# The world: one service, and one wipe of each kind on its board


@pytest.fixture(scope="module")
def server():
    """This module's own service, whose stations go quiet after QUIET_SECONDS without news."""
    saved = os.environ.get("REFURB_WIPE_QUIET_AFTER")
    os.environ["REFURB_WIPE_QUIET_AFTER"] = str(QUIET_SECONDS)
    try:
        context = running_server("refurb-wipe-board-", "browser-wipe-board")
        service = context.__enter__()
    finally:
        # The service read its environment when it started; the other modules' service must not inherit it.
        if saved is None:
            os.environ.pop("REFURB_WIPE_QUIET_AFTER", None)
        else:
            os.environ["REFURB_WIPE_QUIET_AFTER"] = saved
    try:
        yield service
    finally:
        context.__exit__(None, None, None)


@pytest.fixture(scope="module")
def technician(server):
    username = unique("tech").lower()
    password = server.make_user(username, ["technician"])
    return username, password, server.make_token(username)


@pytest.fixture(scope="module")
def loop_pair():
    """Two small loop devices to wipe for real; skipped where loop devices cannot be made (not root)."""
    with loop_devices(2, "refurb-wipe-board-") as made:
        yield made


def station_keys(folder, name):
    keys = folder / name
    made = subprocess.run([str(BINARY), "keys", "init", "--keys", str(keys)], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    return keys


def wipe(server, token, username, device, tag, keys, folder):
    return subprocess.run(
        [str(BINARY), "wipe", device, "--yes", "--method", "zero", "--asset-tag", tag, "--submit", server.base_url,
         "--token", token, "--keys", str(keys), "--certificate-dir", str(folder / f"certificates-{tag}"),
         "--spool", str(folder / f"spool-{tag}"), "--station", "banc-1", "--operator", username,
         "--workshop", "Atelier test", "--send-progress", "--progress", "none", "--lang", "en"],
        capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def board(server, technician, laptop_report, loop_pair):  # noqa: F811 (laptop_report is the imported fixture)
    """Five devices, one wipe each: done, refused (its certificate), refused (its progress), failed, quiet."""
    username, _, token = technician
    devices, folder = loop_pair
    world = {}

    # Done: a real wipe by a registered station, its certificate accepted.
    trusted = station_keys(folder, "trusted")
    server.register_station_key((trusted / "station-ed25519.pub.pem").read_text())
    tag, drives = new_device(server, token, report_for(laptop_report, storage=loop_storage(laptop_report, devices[:1])))
    ran = wipe(server, token, username, devices[0], tag, trusted, folder)
    assert ran.returncode == 0, f"refurb wipe failed:\n{ran.stdout}\n{ran.stderr}"
    status, certificates = server.api("GET", f"/api/devices/{tag}/erasures")
    assert status == 200 and len(certificates) == 1 and certificates[0]["passed"], certificates
    world["done"] = {"tag": tag, "drive": drives[0], "certificate": certificates[0]["id"]}

    # Refused by the service: a real wipe signed by a station whose key nobody registered.
    stranger = station_keys(folder, "stranger")
    tag, drives = new_device(server, token, report_for(laptop_report, storage=loop_storage(laptop_report, devices[1:])))
    ran = wipe(server, token, username, devices[1], tag, stranger, folder)
    assert ran.returncode == 1, f"the service should have refused the certificate:\n{ran.stdout}\n{ran.stderr}"
    world["refusedCertificate"] = {"tag": tag, "drive": drives[0]}

    # Refused by the service: progress for a drive the hardware report did not find (a stick, a drive from elsewhere).
    tag, drives = new_device(server, token, report_for(laptop_report))
    status, problem = server.api("POST", f"/api/devices/{tag}/erasures/progress",
                                 {"drive": "USB-STICK-7", "bytesDone": 0, "bytesTotal": 16_000_000_000, "phase": "write"},
                                 token=token)
    assert status == 422, problem
    world["refusedProgress"] = {"tag": tag, "drive": "USB-STICK-7"}

    # Failed: the station could not erase the drive, and said why instead of a certificate.
    tag, drives = new_device(server, token, report_for(laptop_report))
    for update in ({"drive": drives[0], "bytesDone": 60_000_000_000, "bytesTotal": 240_000_000_000,
                    "bytesPerSecond": 100_000_000, "phase": "write"},
                   {"drive": drives[0], "bytesDone": 0, "bytesTotal": 0,
                    "failure": "cannot write the certificate: No space left on device"}):
        status, answer = server.api("POST", f"/api/devices/{tag}/erasures/progress", update, token=token)
        assert status == 204, answer
    world["failed"] = {"tag": tag, "drive": drives[0]}

    # Quiet: one update, then nothing.
    tag, drives = new_device(server, token, report_for(laptop_report))
    status, answer = server.api("POST", f"/api/devices/{tag}/erasures/progress",
                                {"drive": drives[0], "bytesDone": 96_000_000_000, "bytesTotal": 240_000_000_000,
                                 "bytesPerSecond": 120_000_000, "phase": "write"}, token=token)
    assert status == 204, answer
    world["quiet"] = {"tag": tag, "drive": drives[0]}
    return world


# ---------------------------------------------------------------------------------------------------------------
# Reading the board


def row(driver, wipe_):
    found = driver.find_elements(By.CSS_SELECTOR, f"#board-rows tr[data-tag='{wipe_['tag']}'][data-drive='{wipe_['drive']}']")
    return found[0] if found else None


def row_in_state(driver, wipe_, state):
    """The board's row of this wipe once it shows `state` (the script refreshes it every two seconds)."""
    def shown(d):
        try:
            found = row(d, wipe_)
            return found if found is not None and found.get_attribute("data-state") == state else None
        except StaleElementReferenceException:
            return None
    return wait_for(driver, shown, f"the wipe of {wipe_['drive']} on {wipe_['tag']} is not shown {state}")


def badge(found):
    return found.find_element(By.CSS_SELECTOR, "td.status .badge")


def detail(found):
    return found.find_element(By.CSS_SELECTOR, "td.status .detail")


def sign_in(driver, login, technician, size):
    username, password, _ = technician
    driver.set_window_size(*size)
    login(driver, username, password, station="banc-1")


# ---------------------------------------------------------------------------------------------------------------
# Tests


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_wipe_ends_on_the_board_truthfully(request, server, login, axe, screenshot, technician, board, language, size):
    driver = request.getfixturevalue("driver" if language == "fr" else "driver_en")
    words = WORDS[language]
    sign_in(driver, login, technician, size)
    driver.get(server.base_url + "/bench")
    assert words["kept"] in driver.find_element(By.ID, "wipe-board").text, "the board says how long an end stays"

    # Done: green, with the certificate's links, and the links work.
    done = row_in_state(driver, board["done"], "done")
    assert badge(done).text == words["done"]
    assert badge(done).value_of_css_property("color") == GOOD_GREEN
    links = [a.get_attribute("href") for a in done.find_elements(By.CSS_SELECTOR, "td.status a")]
    certificate = board["done"]["certificate"]
    assert links == [server.base_url + f"/api/certificates/{certificate}/pdf", server.base_url + f"/api/certificates/{certificate}"]
    assert done.find_element(By.CSS_SELECTOR, "td.status a").text == words["pdf"]
    status, pdf = server.api("GET", f"/api/certificates/{certificate}/pdf")
    assert status == 200 and pdf[:5] == b"%PDF-"

    # Refused by the service (its certificate): red, with the service's reason in the page's language.
    refused = row_in_state(driver, board["refusedCertificate"], "refused")
    assert badge(refused).text == words["refused"]
    assert badge(refused).value_of_css_property("color") == BAD_RED
    assert words["unknownKey"] in detail(refused).text
    assert detail(refused).value_of_css_property("color") == BAD_RED
    assert not refused.find_elements(By.CSS_SELECTOR, "td.status a"), "a refused certificate has no link"

    # Refused by the service (its progress): the disk is not in the hardware report, run the probe again.
    stick = row_in_state(driver, board["refusedProgress"], "refused")
    assert badge(stick).text == words["refused"]
    assert words["notInReport"] in detail(stick).text and words["probeAgain"] in detail(stick).text
    assert "refurb probe" not in stick.text, "no command line in a page"

    # Failed by the station: red, with the station's reason.
    failed = row_in_state(driver, board["failed"], "failed")
    assert badge(failed).text == words["failed"]
    assert badge(failed).value_of_css_property("color") == BAD_RED
    assert "No space left on device" in detail(failed).text

    # Quiet: amber words that send someone to the machine; nothing on the row says finished.
    quiet = row_in_state(driver, board["quiet"], "quiet")
    assert badge(quiet).text == words["quiet"]
    assert words["goLook"] in detail(quiet).text
    phase = quiet.find_elements(By.TAG_NAME, "td")[2].text
    for finished in words["finished"]:
        assert finished not in (phase, badge(quiet).text), f"a quiet station reads as finished: {quiet.text!r}"
    assert "state-quiet" in quiet.get_attribute("class").split()

    axe(driver)
    driver.execute_script("document.getElementById('wipe-board').scrollIntoView()")
    screenshot(driver, f"wipe-board-{language}-{size[0]}x{size[1]}")


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_device_page_shows_the_same_states(request, server, login, axe, screenshot, technician, board, language, size):
    driver = request.getfixturevalue("driver" if language == "fr" else "driver_en")
    words = WORDS[language]
    sign_in(driver, login, technician, size)

    # A drive the report did not find: said above the disks, in red, and the board's row of this device stands out.
    tag = board["refusedProgress"]["tag"]
    driver.get(server.base_url + f"/bench/{tag}")
    notice = driver.find_element(By.CSS_SELECTOR, "#disks .wipe-notices .message[data-state='refused']")
    assert words["notice"] in notice.text
    assert notice.value_of_css_property("color") == BAD_RED
    stick = row_in_state(driver, board["refusedProgress"], "refused")
    assert "current" in stick.get_attribute("class").split()
    axe(driver)
    driver.execute_script("document.getElementById('disks').scrollIntoView()")
    screenshot(driver, f"wipe-device-refused-{language}-{size[0]}x{size[1]}")

    # A quiet station: the disk says so, not erased, not finished.
    tag = board["quiet"]["tag"]
    driver.get(server.base_url + f"/bench/{tag}")
    disk = driver.find_element(By.CSS_SELECTOR, f"#disks tr[data-drive='{board['quiet']['drive']}'] td.erasure")
    assert words["diskQuiet"] in disk.find_element(By.CSS_SELECTOR, ".board-state[data-state='quiet']").text
    assert words["done"] not in disk.find_element(By.CSS_SELECTOR, ".board-state").text
    driver.execute_script("document.getElementById('disks').scrollIntoView()")
    screenshot(driver, f"wipe-device-quiet-{language}-{size[0]}x{size[1]}")

    # Failed: the disk says why.
    tag = board["failed"]["tag"]
    driver.get(server.base_url + f"/bench/{tag}")
    disk = driver.find_element(By.CSS_SELECTOR, f"#disks tr[data-drive='{board['failed']['drive']}'] td.erasure")
    state = disk.find_element(By.CSS_SELECTOR, ".board-state[data-state='failed']")
    assert "No space left on device" in state.text and state.value_of_css_property("color") == BAD_RED

    # Done: the disk is erased, with its certificate, and the board's row is green.
    tag = board["done"]["tag"]
    driver.get(server.base_url + f"/bench/{tag}")
    certificate = board["done"]["certificate"]
    assert driver.find_elements(By.CSS_SELECTOR, f"#disks td.erasure a[href='/api/certificates/{certificate}/pdf']")
    assert driver.find_elements(By.CSS_SELECTOR, "#disks td.erasure .badge.good")
    row_in_state(driver, board["done"], "done")
    axe(driver)
    driver.execute_script("document.getElementById('disks').scrollIntoView()")
    screenshot(driver, f"wipe-device-done-{language}-{size[0]}x{size[1]}")


def test_a_silent_station_turns_quiet_in_place_and_a_later_end_replaces_it(server, driver, login, technician, laptop_report):  # noqa: F811
    """Watched live: a running wipe goes quiet without a reload, never 'finished'; its failure then shows at once."""
    _, _, token = technician
    sign_in(driver, login, technician, SIZES[0])
    tag, drives = new_device(server, token, report_for(laptop_report))
    wipe_ = {"tag": tag, "drive": drives[0]}
    driver.get(server.base_url + "/bench")
    status, _ = server.api("POST", f"/api/devices/{tag}/erasures/progress",
                           {"drive": drives[0], "bytesDone": 10, "bytesTotal": 100, "phase": "verify"}, token=token)
    assert status == 204
    running = row_in_state(driver, wipe_, "running")
    assert badge(running).text == "en cours"
    page = driver.find_element(By.TAG_NAME, "main")
    quiet = row_in_state(driver, wipe_, "quiet")
    assert badge(quiet).text == "poste silencieux"
    assert "terminé" not in quiet.text
    status, _ = server.api("POST", f"/api/devices/{tag}/erasures/progress",
                           {"drive": drives[0], "bytesDone": 0, "bytesTotal": 0, "failure": "the disk stopped responding"},
                           token=token)
    assert status == 204
    failed = row_in_state(driver, wipe_, "failed")
    assert "the disk stopped responding" in detail(failed).text
    assert "10 %" in failed.text, "the figures where it stopped stay"
    assert page.is_displayed(), "the page was updated in place, not reloaded"
