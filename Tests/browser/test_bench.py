"""The bench station: scan a device open; its hardware and disks' health from a real probe report; the next stage
not possible shown as a checklist with what is missing in red (the rule's words) and no button, and allowed once the disks are erased (real certificates
from `refurb wipe` on loop devices, when run as root) or recorded as destroyed (after a confirmation); a repair
logged with its parts; the live board of wipes fed by progress updates; in French and in English; axe-core and
screenshots."""

import json
import os
import secrets
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.expected_conditions import staleness_of

from conftest import loop_devices, pass_all_tests, BINARY, REPO, url_path, wait_for

LAPTOP_FIXTURE = REPO / "Tests" / "DiagnosticsTests" / "Fixtures" / "laptop.tar.gz"
# The red of refused moves (refurb.css's --bad), as the browser computes it.
REFUSAL_RED = "rgba(163, 22, 27, 1)"


def unique(prefix):
    return f"{prefix}-{secrets.token_hex(3).upper()}"


# ---------------------------------------------------------------------------------------------------------------
# Preparing devices through the API, as the intake station and a bench machine would


@pytest.fixture(scope="module")
def laptop_report():
    """The report `refurb probe` writes for the ThinkPad fixture tree of the Diagnostics tests (no SMART)."""
    folder = Path(tempfile.mkdtemp(prefix="refurb-bench-laptop-"))
    try:
        with tarfile.open(LAPTOP_FIXTURE) as archive:
            archive.extractall(folder, filter="tar")
        probe = subprocess.run([str(BINARY), "probe", "--root", str(folder / "laptop"), "--json", "--no-smart"],
                               capture_output=True, text=True, timeout=120, env=dict(os.environ, REFURB_LANG="en"))
        assert probe.returncode == 0, f"refurb probe failed: {probe.stderr}"
        report = json.loads(probe.stdout)
        assert report["storage"], "the laptop fixture has disks"
        return report
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def technician(server):
    """A technician's account: (username, password, Bearer token)."""
    username = unique("tech").lower()
    password = server.make_user(username, ["technician"])
    return username, password, server.make_token(username)


def report_for(laptop_report, storage=None, smart_warning=False):
    """The laptop's report as another machine of the same model: its own serial, its own disks if given."""
    report = json.loads(json.dumps(laptop_report))
    report["system"]["serialNumber"] = unique("PF")
    if storage is not None:
        report["storage"] = storage
    else:
        for disk in report["storage"]:
            if disk.get("serialNumber"):
                disk["serialNumber"] = unique(disk["serialNumber"][:8])
    if smart_warning:
        report["storage"][0]["smart"] = {
            "verdict": "warning", "passed": True, "reallocatedSectors": 12, "messages": [],
            # As the probe writes it: key, arguments and the English text (the report's schema needs all four).
            "reasons": [{"severity": "warning", "key": "probe.smart.reallocated", "arguments": ["12"],
                         "text": "12 reallocated sectors"}]}
    return report


def new_device(server, token, report):
    """A device taken in at intake and probed at the bench; returns (tag, drive names as the service knows them)."""
    status, lot = server.api("POST", "/api/lots", {"donor": "Mairie de Rennes"})
    assert status == 201, lot
    status, device = server.api("POST", "/api/devices", {"lot": lot["code"], "category": "laptop"})
    assert status == 201, device
    tag = device["assetTag"]
    status, receipt = server.api("POST", f"/api/devices/{tag}/diagnostics", report, token=token)
    assert status == 201, receipt
    # A USB stick or card reader is not one of the device's disks (issue 13, item 5): the bench shows it apart.
    drives = [disk.get("serialNumber") or disk.get("wwn") or "path:" + disk["devicePath"] for disk in report["storage"]
              if not is_removable(disk)]
    return tag, drives


def is_removable(disk):
    """A USB stick or card reader, as the service tells them from the device's own disks."""
    return disk["removable"] or disk["transport"] == "usb"


def stage_of(server, tag):
    status, detail = server.api("GET", f"/api/devices/{tag}")
    assert status == 200, detail
    return detail["device"]["stage"]


# ---------------------------------------------------------------------------------------------------------------
# The page


def open_device(driver, server, scan, tag):
    """Opens the bench and scans the tag, as the technician does with the scanner."""
    driver.get(server.base_url + "/bench")
    field = driver.find_element(By.ID, "scan")
    assert driver.switch_to.active_element == field, "the scan field has the focus"
    scan(field, tag)
    wait_for(driver, lambda d: url_path(d) == f"/bench/{tag}", f"scanning {tag} did not open its page")


def move_form(driver, stage):
    """The move's place in the moves section: a form with its button, or, when not possible, its checklist."""
    return driver.find_element(By.CSS_SELECTOR, f"#moves .move[data-stage='{stage}']")


def click_move(driver, stage):
    move_form(driver, stage).find_element(By.CSS_SELECTOR, "button[type=submit]").click()


def move_and_wait(driver, stage, label):
    """Moves the device and waits for the page to show it at its new stage, saying so."""
    click_move(driver, stage)

    def moved(d):
        try:
            done = d.find_elements(By.CSS_SELECTOR, "main p.message.good[role=status]")
            return d.find_element(By.ID, "device-stage").text == label and done and label in done[0].text
        except StaleElementReferenceException:  # the page is being replaced
            return False
    wait_for(driver, moved, f"moving to {stage} did not show the device at “{label}”")


def blocking_rules(driver, stage):
    found = move_form(driver, stage).find_elements(By.CSS_SELECTOR, ".rules li.missing")
    return [rule.text for rule in found]


def assert_not_possible(driver, stage):
    """A move not possible is no button: its checklist shows what is missing, marked in red."""
    place = move_form(driver, stage)
    assert not place.find_elements(By.TAG_NAME, "button"), f"the move to {stage} is not possible and has no button"
    mark = place.find_element(By.CSS_SELECTOR, ".rules li.missing .mark")
    assert mark.value_of_css_property("color") == REFUSAL_RED


def grade_and_price(driver, grade, price):
    driver.find_element(By.ID, f"grade-{grade}").click()
    field = driver.find_element(By.ID, "grade-price")
    field.clear()
    field.send_keys(price)
    driver.find_element(By.CSS_SELECTOR, "#grade button[type=submit]").click()
    wait_for(driver, lambda d: "?done=grade" in d.current_url, "saving the grade and price did not come back")


# ---------------------------------------------------------------------------------------------------------------
# Loop devices for real wipes (root only)


@pytest.fixture
def loop_disks():
    """Two small loop devices to wipe for real; skipped where loop devices cannot be made (not root)."""
    with loop_devices(2, "refurb-bench-loops-") as made:
        yield made


def loop_storage(laptop_report, devices):
    """The report's disks replaced by the loop devices, as the probe would list disks without serials."""
    template = laptop_report["storage"][0]
    storage = []
    for device in devices:
        disk = dict(template)
        # What the probe does not know it leaves out (the report's schema has no nulls).
        for unknown in ("smart", "vendor", "serialNumber", "wwn"):
            disk.pop(unknown, None)
        disk.update({"name": Path(device).name, "devicePath": device, "model": "Loop device",
                     "sizeBytes": 8 * 1024 * 1024, "transport": "unknown",
                     "rotational": False, "removable": False, "readOnly": False})
        storage.append(disk)
    return storage


# ---------------------------------------------------------------------------------------------------------------
# Tests


def test_ready_only_after_real_certificates(server, driver, login, scan, axe, screenshot, technician, laptop_report,
                                            loop_disks):
    username, password, token = technician
    devices, folder = loop_disks
    tag, drives = new_device(server, token, report_for(laptop_report, storage=loop_storage(laptop_report, devices)))
    pass_all_tests(server, tag, token)  # the tests' checklist has its own browser test (test_checklist.py)

    keys = folder / "keys"
    made = subprocess.run([str(BINARY), "keys", "init", "--keys", str(keys)], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    server.register_station_key((keys / "station-ed25519.pub.pem").read_text())

    login(driver, username, password, station="banc-1")
    open_device(driver, server, scan, tag)
    grade_and_price(driver, "B", "129")
    move_and_wait(driver, "diagnosed", "diagnostiqué")

    # Before any certificate: "wiped" is no button but what it needs, the missing drives named in red.
    blocked = " ".join(blocking_rules(driver, "wiped"))
    for drive in drives:
        assert drive.upper() in blocked, f"{drive} is named among the rules blocking 'wiped': {blocked!r}"
    assert "certificat d'effacement" in blocked
    assert_not_possible(driver, "wiped")
    assert stage_of(server, tag) == "diagnosed"

    # The bench machine starts on the first disk: the open page shows it on the live board.
    status, _ = server.api("POST", f"/api/devices/{tag}/erasures/progress",
                           {"drive": drives[0], "bytesDone": 0, "bytesTotal": 8 * 1024 * 1024, "phase": "write"}, token=token)
    assert status == 204
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, f"#board-rows tr[data-drive='{drives[0]}']"),
             "the wipe that started is not on the board")
    main = driver.find_element(By.TAG_NAME, "main")

    # It wipes both disks and sends the signed certificates, with live progress.
    wipe = subprocess.run(
        [str(BINARY), "wipe", *devices, "--yes", "--method", "zero", "--asset-tag", tag, "--submit", server.base_url,
         "--token", token, "--keys", str(keys), "--certificate-dir", str(folder / "certificates"),
         "--spool", str(folder / "spool"), "--station", "banc-1", "--operator", username, "--workshop", "Atelier test",
         "--send-progress", "--progress", "none", "--lang", "en"],
        capture_output=True, text=True, timeout=300)
    assert wipe.returncode == 0, f"refurb wipe failed:\n{wipe.stdout}\n{wipe.stderr}"
    status, certificates = server.api("GET", f"/api/devices/{tag}/erasures")
    assert status == 200 and len(certificates) == len(devices) and all(c["passed"] for c in certificates), certificates

    # The wipe left the board: the open page reads its disks and next stages again, without a reload.
    wait_for(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#disks td.erasure .badge.good")) == len(devices),
             "the disks were not shown erased after the wipe ended")
    assert not staleness_of(main)(driver), "the page was updated in place, not reloaded"
    disks = driver.find_element(By.ID, "disks")
    links = [a.get_attribute("href") for a in disks.find_elements(By.CSS_SELECTOR, "a[href*='/api/certificates/']")]
    for certificate in certificates:
        assert server.base_url + f"/api/certificates/{certificate['id']}/pdf" in links
        status, pdf = server.api("GET", f"/api/certificates/{certificate['id']}/pdf")
        assert status == 200 and pdf[:5] == b"%PDF-"
    assert blocking_rules(driver, "wiped") == []

    move_and_wait(driver, "wiped", "effacé")
    move_and_wait(driver, "ready", "prêt à la vente")
    assert stage_of(server, tag) == "ready"
    axe(driver)
    driver.execute_script("document.getElementById('disks').scrollIntoView()")
    screenshot(driver, "bench-certified")


def test_refusal_repair_live_board_and_destroyed_drives(server, driver, login, scan, axe, screenshot, technician,
                                                        laptop_report):
    username, password, token = technician
    tag, drives = new_device(server, token, report_for(laptop_report, smart_warning=True))
    pass_all_tests(server, tag, token)  # the tests' checklist has its own browser test (test_checklist.py)
    login(driver, username, password, station="banc-2")
    assert url_path(driver) == "/bench", "a technician lands on the bench"
    open_device(driver, server, scan, tag)

    # The hardware summary and each disk's health in plain words.
    hardware = driver.find_element(By.ID, "hardware").text
    assert laptop_report["system"]["manufacturer"] in hardware
    assert "12 secteurs réalloués" in driver.find_element(By.ID, "disks").text
    assert "à surveiller" in driver.find_element(By.ID, "disks").text

    # The live board: a bench machine reports progress, and the open page shows it without reloading.
    update = {"drive": drives[0], "bytesDone": 96_000_000_000, "bytesTotal": 240_000_000_000,
              "bytesPerSecond": 120_000_000, "phase": "write", "pass": 1, "passes": 1}
    status, _ = server.api("POST", f"/api/devices/{tag}/erasures/progress", update, token=token)
    assert status == 204
    row_css = f"#board-rows tr[data-tag='{tag}'][data-drive='{drives[0]}']"

    def live_row(d):
        found = d.find_elements(By.CSS_SELECTOR, row_css)
        return found[0] if found and "40 %" in found[0].text else None
    row = wait_for(driver, live_row, "the progress update did not reach the board")
    assert "écriture" in row.text and "120 Mo/s" in row.text and "20 min" in row.text
    assert row.find_element(By.TAG_NAME, "progress").get_attribute("value") == "40"
    assert "current" in row.get_attribute("class").split(), "this device's wipes stand out"
    screenshot(driver, "bench-device")

    # The bench's landing page: the scan field, the same live board, and the devices waiting at the bench.
    driver.get(server.base_url + "/bench")
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, row_css), "the landing page's board lacks the wipe")
    assert driver.find_elements(By.CSS_SELECTOR, f"table a[href='/bench/{tag}']"), "the device is listed as waiting"
    axe(driver)
    screenshot(driver, "bench")
    driver.get(server.base_url + f"/bench/{tag}")

    # A repair with its parts.
    driver.find_element(By.ID, "repair-note").send_keys("Clavier remplacé, pâte thermique refaite")
    driver.find_element(By.ID, "repair-parts").send_keys("12,50")
    driver.find_element(By.CSS_SELECTOR, "#repair-form button[type=submit]").click()
    wait_for(driver, lambda d: "?done=repair" in d.current_url, "the repair form did not come back")
    assert "Réparation enregistrée." in driver.find_element(By.TAG_NAME, "main").text
    repairs = driver.find_element(By.ID, "repairs").text
    assert "Clavier remplacé, pâte thermique refaite" in repairs and "12,50" in repairs
    status, events = server.api("GET", f"/api/devices/{tag}/events")
    assert any(event["kind"] == "repair-logged" and event["user"] == username for event in events)

    grade_and_price(driver, "A", "149,90")
    move_and_wait(driver, "diagnosed", "diagnostiqué")
    assert "Effacez-les avec « refurb wipe »" in " ".join(blocking_rules(driver, "wiped"))
    assert_not_possible(driver, "wiped")
    screenshot(driver, "bench-refusal")
    axe(driver)

    # Destroying a drive needs the confirmation box: without it the browser does not send the form.
    first = driver.find_element(By.CSS_SELECTOR, f"#disks tr[data-drive='{drives[0]}']")
    first.find_element(By.TAG_NAME, "summary").click()
    first.find_element(By.CSS_SELECTOR, "button.danger").click()
    box = first.find_element(By.CSS_SELECTOR, "input[name=confirm]")
    assert box.get_property("validity")["valueMissing"]
    status, facts_events = server.api("GET", f"/api/devices/{tag}/events")
    assert not any(event["kind"] == "storage-destroyed" for event in facts_events)

    for drive in drives:
        row = driver.find_element(By.CSS_SELECTOR, f"#disks tr[data-drive='{drive}']")
        details = row.find_element(By.TAG_NAME, "details")
        if details.get_attribute("open") is None:
            row.find_element(By.TAG_NAME, "summary").click()
        row.find_element(By.CSS_SELECTOR, "input[name=note]").send_keys("percé à la perceuse")
        row.find_element(By.CSS_SELECTOR, "input[name=confirm]").click()
        row.find_element(By.CSS_SELECTOR, "button.danger").click()
        wait_for(driver, staleness_of(row), f"destroying {drive} did not load the page again")
        assert "Destruction du disque enregistrée." in driver.find_element(By.TAG_NAME, "main").text
    assert driver.find_element(By.ID, "disks").text.count("retiré et détruit") == len(drives)
    assert blocking_rules(driver, "wiped") == []

    move_and_wait(driver, "wiped", "effacé")
    move_and_wait(driver, "ready", "prêt à la vente")
    assert stage_of(server, tag) == "ready"


def test_bench_in_english(server, driver_en, login, scan, axe, screenshot, technician, laptop_report):
    username, password, token = technician
    tag, drives = new_device(server, token, report_for(laptop_report, smart_warning=True))
    login(driver_en, username, password)
    assert url_path(driver_en) == "/bench", "a technician lands on the bench"
    open_device(driver_en, server, scan, tag)
    main = driver_en.find_element(By.TAG_NAME, "main").text
    assert "Disks: health and erasure" in main and "12 reallocated sectors" in main and "needs a look" in main
    assert driver_en.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"

    move_and_wait(driver_en, "diagnosed", "diagnosed")
    assert "Done: the device is now “diagnosed”." in driver_en.find_element(By.TAG_NAME, "main").text
    assert "These drives have no passing erasure certificate" in " ".join(blocking_rules(driver_en, "wiped"))
    assert_not_possible(driver_en, "wiped")
    axe(driver_en)
    screenshot(driver_en, "bench-en")

    # A code that is not a device says so on the bench page, and the scan field keeps the focus.
    driver_en.get(server.base_url + "/bench")
    scan(driver_en.find_element(By.ID, "scan"), "NOT-A-DEVICE-42")
    wait_for(driver_en, lambda d: d.find_elements(By.ID, "scan-error"), "an unknown code gave no message")
    assert "NOT-A-DEVICE-42" in driver_en.find_element(By.ID, "scan-error").text
    assert driver_en.switch_to.active_element == driver_en.find_element(By.ID, "scan")
