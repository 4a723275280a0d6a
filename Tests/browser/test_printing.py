"""Printers that just print (issue 13, item 3): with no printer, intake asks before the first scan (add one, for an
admin, or go on without labels); the office adds a printer with its model and its label named in words, and it is
the default; a test page comes out of it; back at intake, "print the N missing labels" prints the labels scanned
without a printer, and the next scan prints on the default printer with nothing set in this browser. Each print is
kept beside the device. In French (a Brother QL-700) and in English (a Zebra), at a laptop's 1366×768 and a tablet's
820×1180; axe-core on every page; screenshots.

This module runs its own service: the dialog needs a workshop without any printer, which the shared one is not."""

import hashlib
import secrets
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import running_server, wait_for
from test_intake import active_id, row_for, rows, scan_field, wait_feedback

SIZES = [(1366, 768), (820, 1180)]

WORDS = {
    "fr": {
        "dialog": "Aucune imprimante d'étiquettes", "add": "Ajouter une imprimante (administrateur)",
        "continue": "Continuer sans étiquettes pour l'instant", "notPrinted": "Non imprimée",
        "noPrinterYet": "Pas d'imprimante", "default": "Par défaut", "saved": "est enregistrée",
        "tested": "Page de test envoyée", "missing2": "Imprimer les 2 étiquettes manquantes", "printed": "Imprimée",
        "format": "brother:QL-700", "formatName": "Brother QL-700", "label": "Étiquette 62 × 29 mm (Brother)",
        "settings": "L'imprimante par défaut : « {} »",
    },
    "en": {
        "dialog": "No label printer", "add": "Add a printer (admin)",
        "continue": "Continue without labels for now", "notPrinted": "Not printed",
        "noPrinterYet": "No printer", "default": "Default", "saved": "is saved",
        "tested": "Test page sent", "missing2": "Print the 2 missing labels", "printed": "Printed",
        "format": "zpl", "formatName": "Zebra (ZPL)", "label": "Label 50.8 × 25.4 mm (Zebra)",
        "settings": "The default printer: “{}”",
    },
}
TEMPLATE_FILE_NAMES = ["asset-tag-62x29", "asset-tag-29", "zebra-asset-tag-2x1", "price-62"]


def unique(prefix):
    return f"{prefix}-{secrets.token_hex(3).upper()}"


@pytest.fixture(scope="module")
def server():
    """This module's own service, so that it can be without any printer."""
    with running_server("refurb-printing-", "browser-printing") as service:
        yield service


def remove_every_printer(server):
    status, printers = server.api("GET", "/api/printers")
    assert status == 200, printers
    for printer in printers:
        status, answer = server.api("DELETE", f"/api/printers/{printer['name']}")
        assert status == 204, answer


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest() if Path(path).exists() else None


def print_state(driver, tag):
    return row_for(driver, tag).get_attribute("data-print")


def shot(driver, screenshot, name, size):
    """The page from top to bottom, for people to look at."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(size[0], max(size[1], min(height + 140, 2600)))
    driver.execute_script("window.scrollTo(0, 0)")
    screenshot(driver, name)
    driver.set_window_size(*size)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("language", ["fr", "en"])
def test_labels_print_with_no_setting_in_the_browser(request, server, login, scan, axe, screenshot, language, size):
    driver = request.getfixturevalue("driver" if language == "fr" else "driver_en")
    words = WORDS[language]
    name = f"printing-{language}-{size[0]}x{size[1]}"
    remove_every_printer(server)
    status, lot = server.api("POST", "/api/lots", {"donor": "Mairie de Rennes", "declaredCount": 3})
    assert status == 201, lot
    admin = unique("admin")
    login(driver, admin, server.make_user(admin, ["admin"]))
    driver.set_window_size(*size)

    # No printer: a choice before the first scan; the scan field behind it cannot be reached.
    driver.get(f"{server.base_url}/intake?lot={lot['code']}")
    dialog = wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "dialog#no-printer[open]"), "no choice asked")[0]
    assert words["dialog"] in dialog.text
    assert driver.find_element(By.ID, "no-printer-add").text == words["add"]
    assert driver.find_element(By.ID, "no-printer-add").get_attribute("href").endswith("/office/printers")
    assert driver.execute_script("return document.querySelector('dialog#no-printer').matches(':modal')"), "the dialog is modal"
    assert active_id(driver) != "scan", "the scan field is not reachable behind the choice"
    axe(driver)
    screenshot(driver, name + "-1-intake-no-printer")

    # Going on without labels: the scans are recorded and marked not printed; nothing offers to print yet.
    driver.find_element(By.ID, "no-printer-continue").click()
    wait_for(driver, lambda d: not d.find_elements(By.CSS_SELECTOR, "dialog#no-printer[open]"), "the choice did not close")
    wait_for(driver, lambda d: active_id(d) == "scan", "the scan field did not get the focus after the choice")
    serials = [unique("SNP"), unique("SNP")]
    tags = []
    for serial in serials:
        scan(scan_field(driver), serial)
        wait_feedback(driver, "good", serial)  # whole: a scan right after the choice keeps its first characters
        tag = driver.find_element(By.CSS_SELECTOR, "#scans tbody tr").get_attribute("data-tag")
        wait_for(driver, lambda d: print_state(d, tag) == "none", f"{tag} not marked as not printed")
        tags.append(tag)
    assert words["noPrinterYet"] in driver.find_element(By.ID, "print-feedback").text
    assert words["notPrinted"] in row_for(driver, tags[0]).text
    assert not driver.find_element(By.ID, "print-missing").is_displayed()
    driver.refresh()
    assert not driver.find_elements(By.CSS_SELECTOR, "dialog#no-printer[open]"), "asked once in this browser's session"

    # The office: the printer with its model and its label, by their names; the first printer is the default.
    printer = unique("accueil")
    target = server.printer_folder / f"{printer}.bin"
    driver.get(server.base_url + "/office/printers")
    form = driver.find_element(By.ID, "printer-form")
    form.find_element(By.ID, "printer-name").send_keys(printer)
    form.find_element(By.ID, "printer-uri").send_keys(f"file:{target}")
    Select(form.find_element(By.ID, "printer-format")).select_by_value(words["format"])
    labels = [option.text for option in Select(form.find_element(By.ID, "printer-template")).options]
    assert any(words["label"] == label for label in labels), labels
    assert not any(file_name in " ".join(labels) for file_name in TEMPLATE_FILE_NAMES), labels
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    notice = wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".message.good[role=status]"), "no notice")[0]
    assert printer in notice.text and words["saved"] in notice.text
    row = driver.find_element(By.CSS_SELECTOR, f"#printers tr[data-printer='{printer}']")
    assert row.get_attribute("data-default") == "true"
    assert words["default"] in row.text and words["formatName"] in row.text and words["label"] in row.text
    assert not any(file_name in driver.find_element(By.TAG_NAME, "main").text for file_name in TEMPLATE_FILE_NAMES)
    status, saved = server.api("GET", "/api/printers")
    assert [p for p in saved if p["name"] == printer] == [{"name": printer, "uri": f"file:{target}", "format": words["format"], "default": True}]

    # A test page: it comes out of the printer (the job's bytes land in its file).
    row.find_element(By.CSS_SELECTOR, "button.test-page").click()
    wait_for(driver, lambda d: "done=printer-tested" in d.current_url, "the test page did not come back to the list")
    notice = wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".message.good[role=status]"), "no notice")[0]
    assert words["tested"] in notice.text and printer in notice.text
    test_page = Path(target).read_bytes()
    assert len(test_page) > 100
    if words["format"] == "zpl":
        assert b"^XA" in test_page and b"TEST" in test_page
    else:
        assert test_page[:200] == bytes(200) and b"\x1b@" in test_page, "a Brother raster job (invalidate, initialise)"
    axe(driver)
    shot(driver, screenshot, name + "-2-office-printers", size)

    # Back at intake: no question now; the labels scanned without a printer are offered in one go.
    driver.get(f"{server.base_url}/intake?lot={lot['code']}")
    assert not driver.find_elements(By.CSS_SELECTOR, "dialog#no-printer")
    button = driver.find_element(By.ID, "print-missing")
    assert button.is_displayed() and button.text == words["missing2"]
    driver.find_element(By.CSS_SELECTOR, "#settings summary").click()
    assert Select(driver.find_element(By.ID, "setting-printer")).first_selected_option.text == words["settings"].format(printer)
    assert not driver.find_elements(By.ID, "setting-format") and not driver.find_elements(By.ID, "setting-template")
    driver.find_element(By.CSS_SELECTOR, "#settings summary").click()
    before = digest(target)
    button.click()
    for tag in tags:
        wait_for(driver, lambda d: print_state(d, tag) == "ok", f"the missing label of {tag} was not printed")
        assert words["printed"] in row_for(driver, tag).text and printer in row_for(driver, tag).text
    wait_for(driver, lambda d: not d.find_element(By.ID, "print-missing").is_displayed(), "the button stays after printing")
    assert digest(target) != before, "the labels' jobs landed in the printer's file"
    for tag in tags:
        status, prints = server.api("GET", f"/api/devices/{tag}/labels")
        assert status == 200 and [(p["kind"], p["printer"]) for p in prints] == [("asset-tag", printer)], prints

    # A new scan prints on the default printer, in its language and on its label, with nothing set in this browser.
    assert driver.execute_script("return JSON.parse(localStorage.getItem('refurb.intake.settings') || '{}').printer || ''") == ""
    before = digest(target)
    serial = unique("SNQ")
    wait_for(driver, lambda d: active_id(d) == "scan", "the scan field lost the focus")
    scan(scan_field(driver), serial)
    wait_feedback(driver, "good", serial)
    tag = rows(driver)[0].get_attribute("data-tag")
    wait_for(driver, lambda d: print_state(d, tag) == "ok", f"the label of {tag} was not printed: "
             + driver.find_element(By.ID, "print-feedback").text)
    job = Path(target).read_bytes()
    assert digest(target) != before
    if words["format"] == "zpl":
        assert tag.encode() in job, "the ZPL job carries the tag"
    status, prints = server.api("GET", f"/api/devices/{tag}/labels")
    assert [(p["kind"], p["printer"]) for p in prints] == [("asset-tag", printer)], prints
    axe(driver)
    shot(driver, screenshot, name + "-3-intake-printed", size)
