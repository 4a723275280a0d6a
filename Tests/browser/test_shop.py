"""The shop station: scan a device, see its suggested price and how it was reached, grade and price it at the
suggestion, preview and print the price label on a `file:` printer, put it up for sale, sell it at the solidarity
price with the referring partner after a confirmation, and print the receipt; the same in English; the admins'
pricing rules page; axe-core and screenshots."""

import json
import secrets
import subprocess
import tarfile
import tempfile
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import BINARY, REPO, APIFailure, pass_all_tests, url_path, wait_for

PARTNER = "CCAS de Rennes"


def unique(prefix):
    return f"{prefix}-{secrets.token_hex(3).upper()}"


@pytest.fixture(scope="module")
def laptop_report():
    """A real hardware report: `refurb probe` run on the laptop fixture tree of the Diagnostics tests."""
    with tempfile.TemporaryDirectory(prefix="refurb-shop-probe-") as folder:
        with tarfile.open(REPO / "Tests" / "DiagnosticsTests" / "Fixtures" / "laptop.tar.gz") as archive:
            archive.extractall(folder, filter="data")
        probe = subprocess.run([str(BINARY), "probe", "--root", str(Path(folder) / "laptop"), "--no-smart", "--json"],
                               capture_output=True, text=True, timeout=120, check=True)
        return json.loads(probe.stdout)


def expect(server, status_codes, method, path, body=None):
    status, answer = server.api(method, path, body)
    if status not in status_codes:
        raise APIFailure(f"{method} {path} answered {status}: {answer!r}")
    return answer


def wiped_laptop(server, report):
    """A laptop taken in, probed, its drives recorded as removed and destroyed, its tests passed, and wiped: what the
    bench hands over."""
    serial = unique("PF0SHOP")
    report = json.loads(json.dumps(report))
    report["system"]["serialNumber"] = serial  # one machine each: the report's serial must be the device's
    lot = expect(server, {201}, "POST", "/api/lots", {"donor": "Crédit Mutuel de Bretagne"})
    device = expect(server, {201}, "POST", "/api/devices", {"lot": lot["code"], "category": "laptop", "serial": serial,
                                                             "manufacturer": "LENOVO", "model": "ThinkPad T470"})
    tag = device["assetTag"]
    receipt = expect(server, {201}, "POST", f"/api/devices/{tag}/diagnostics", report)
    for drive in receipt["storage"]:
        expect(server, {201}, "POST", f"/api/devices/{tag}/storage/destroyed", {"storage": drive, "note": "broyé"})
    for stage in ("diagnosed", "wiped"):
        expect(server, {200}, "POST", f"/api/devices/{tag}/moves", {"to": stage})
    pass_all_tests(server, tag)
    return tag, receipt["storage"]


def device(server, tag):
    return expect(server, {200}, "GET", f"/api/devices/{tag}")


def active_id(driver):
    return driver.switch_to.active_element.get_attribute("id")


def click_label_of(driver, input_id):
    """The radios are visually replaced by their labels, the big targets people click."""
    driver.find_element(By.CSS_SELECTOR, f"label[for='{input_id}']").click()
    wait_for(driver, lambda d: d.find_element(By.ID, input_id).is_selected(), f"{input_id} was not chosen")


def whole_page_screenshot(driver, screenshot, name):
    size = driver.get_window_size()
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(size["width"], max(size["height"], min(height + 140, 3000)))
    driver.execute_script("window.scrollTo(0, 0)")
    screenshot(driver, name)
    driver.set_window_size(size["width"], size["height"])


def test_price_label_and_solidarity_sale(server, driver, login, scan, axe, screenshot, laptop_report):
    tag, drives = wiped_laptop(server, laptop_report)
    printer = unique("prix")
    printer_file = Path(server.file_printer(printer))
    password = server.make_user("boutique-fr", ["shop"])
    login(driver, "boutique-fr", password, station="caisse-1")
    assert url_path(driver) == "/shop", "a shop account lands on the shop"
    assert active_id(driver) == "shop-scan", "the scan field has the focus"
    assert tag in driver.find_element(By.CSS_SELECTOR, "#to-price-heading + table").text, "the wiped laptop waits for a price"

    # The station's printer and its language, kept by the browser.
    Select(driver.find_element(By.ID, "shop-printer")).select_by_value(printer)
    Select(driver.find_element(By.ID, "shop-format")).select_by_value("brother:QL-700")
    Select(driver.find_element(By.ID, "shop-template")).select_by_value("price-62")
    wait_for(driver, lambda d: d.find_element(By.ID, "settings-status").text, "no word that the setting was kept")
    axe(driver)

    # A scan at scanner speed opens the device.
    scan(driver.find_element(By.ID, "shop-scan"), tag.lower())
    wait_for(driver, lambda d: url_path(d) == f"/shop/{tag}", "scanning the tag did not open the device")
    assert active_id(driver) == "price-input", "a device without a price opens on its price"

    # The suggested price and how it was reached, line by line, from the report.
    lines = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "#suggestion-lines tr")]
    assert lines[0] == "Prix de base, ordinateur portable : 120,00 €", lines
    assert any(line.startswith("Processeur milieu de gamme (4 fils d'exécution)") for line in lines), lines
    assert "Mémoire 8 Gio : +20,00 €" in lines, lines
    assert "Pas encore de note : pas d'ajustement" in lines, lines
    suggested = driver.find_element(By.ID, "suggested-price").text

    # Picking a grade works the suggestion out again, grade line included, before anything is saved.
    click_label_of(driver, "grade-B")
    wait_for(driver, lambda d: "B" in d.find_element(By.ID, "suggestion-status").text, "the suggestion did not follow the grade")
    lines = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "#suggestion-lines tr")]
    assert any(line.startswith("Note B : −10 %") for line in lines), lines
    assert driver.find_element(By.ID, "suggested-price").text != suggested
    status, suggestion = server.api("GET", f"/api/devices/{tag}/suggested-price?grade=B")
    assert status == 200
    assert device(server, tag)["device"]["grade"] is None, "choosing a grade on the page saves nothing by itself"

    # Saved at the suggested price.
    driver.find_element(By.ID, "use-suggested").click()
    wait_for(driver, lambda d: "Note et prix enregistrés" in done_notice(d), "saving the grade and price did not come back with a notice")
    assert active_id(driver) == "make-ready", "after the price, the focus is on putting it up for sale"
    saved = device(server, tag)["device"]
    assert saved["grade"] == "B" and saved["priceCents"] == suggestion["priceCents"]
    assert driver.find_element(By.ID, "device-price").text == french_money(suggestion["priceCents"])

    # The price label: the preview the printer will print, then the job on the station's printer.
    preview = driver.find_element(By.ID, "label-preview")
    assert "template=price-62" in preview.get_attribute("src")
    wait_for(driver, lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", preview),
             "the label preview did not load")
    assert driver.find_element(By.ID, "label-printer").text == printer
    driver.find_element(By.ID, "print-label").click()
    wait_for(driver, lambda d: printer in d.find_element(By.ID, "label-status").text
             and "good" in d.find_element(By.CSS_SELECTOR, "#label-status .message").get_attribute("class"),
             "the label was not reported printed")
    job = printer_file.read_bytes()
    assert len(job) > 100 and b"\x1b@" in job[:500], "a Brother raster job is in the printer's file"

    # Up for sale: graded, priced, its drives destroyed.
    driver.find_element(By.ID, "make-ready").click()
    wait_for(driver, lambda d: "prêt à la vente" in done_notice(d), "putting the device up for sale failed")
    assert device(server, tag)["device"]["stage"] == "ready"
    axe(driver)
    whole_page_screenshot(driver, screenshot, "shop")

    # The solidarity sale needs who referred the buyer: a referral code, or without one the partner's name.
    assert driver.find_element(By.ID, "referral-code").is_displayed()
    partner = driver.find_element(By.ID, "partner")
    assert partner.is_displayed()
    solidarity_text = driver.find_element(By.ID, "solidarity-price").text
    partner.send_keys(PARTNER)
    driver.find_element(By.ID, "sell-solidarity").click()

    # A confirmation first: the device, the price, the kind and the partner; nothing sold yet.
    confirm = wait_for(driver, lambda d: d.find_elements(By.ID, "confirm-sale"), "no confirmation step")[0]
    question = driver.find_element(By.CSS_SELECTOR, ".confirm-question").text
    assert tag in question and solidarity_text in question and "prix solidaire" in question, question
    assert PARTNER in driver.find_element(By.CSS_SELECTOR, ".confirm").text
    assert active_id(driver) == "confirm-sale"
    assert device(server, tag)["device"]["stage"] == "ready"
    confirm.click()

    # The receipt: the workshop, the day, the device, what was paid and at which price, the partner, the drives.
    wait_for(driver, lambda d: url_path(d) == f"/shop/{tag}/receipt", "the sale did not lead to the receipt")
    receipt = driver.find_element(By.CSS_SELECTOR, "article.receipt").text
    assert driver.find_element(By.ID, "receipt-kind").text == "prix solidaire"
    assert driver.find_element(By.ID, "receipt-partner").text == PARTNER
    assert driver.find_element(By.ID, "receipt-paid").text == solidarity_text
    for drive in drives:
        assert drive in receipt, f"the drive {drive} is on the receipt"
    assert "retiré et détruit" in receipt
    assert "ThinkPad T470" in receipt and tag in receipt
    assert driver.find_element(By.ID, "print-receipt").is_displayed()
    axe(driver)
    whole_page_screenshot(driver, screenshot, "receipt")

    sold = device(server, tag)
    assert sold["device"]["stage"] == "sold"
    assert sold["events"][-1]["kind"] == "sold"
    assert PARTNER in sold["events"][-1]["summary"]


def done_notice(driver):
    notices = driver.find_elements(By.ID, "done-notice")
    return notices[0].text if notices else ""


def french_money(cents):
    """A price as the French pages write it, as Selenium reads it (its no-break spaces read as spaces): 150,00 €."""
    euros, rest = divmod(cents, 100)
    grouped = f"{euros:,}".replace(",", "\u202f")
    return f"{grouped},{rest:02d} €"


def test_shop_in_english_and_the_pricing_rules(server, driver_en, login, axe, screenshot, laptop_report):
    driver = driver_en
    tag, _ = wiped_laptop(server, laptop_report)
    password = server.make_user("shop-en", ["shop"])
    login(driver, "shop-en", password)
    assert url_path(driver) == "/shop"
    assert driver.find_element(By.TAG_NAME, "h1").text == "Shop"
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"

    # A lot's code scanned here is refused in words, and the person stays on the shop.
    lot_code = expect(server, {201}, "POST", "/api/lots", {"donor": "Town hall"})["code"]
    field = driver.find_element(By.ID, "shop-scan")
    field.send_keys(lot_code)
    field.submit()
    error = wait_for(driver, lambda d: d.find_elements(By.ID, "shop-scan-error"), "no refusal for a lot's code")[0]
    assert "is a lot, not a device" in error.text

    driver.get(server.base_url + f"/shop/{tag}")
    lines = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "#suggestion-lines tr")]
    assert lines[0] == "Base price, laptop: €120.00", lines
    assert "Memory 8 GiB: +€20.00" in lines, lines
    assert tag in driver.find_element(By.ID, "sale-heading").text
    assert "Not on sale yet" in driver.find_element(By.ID, "sale").text
    axe(driver)
    whole_page_screenshot(driver, screenshot, "shop-en")

    # A price nobody can read is refused next to the form, and nothing changes.
    click_label_of(driver, "grade-A")
    price = driver.find_element(By.ID, "price-input")
    price.clear()
    price.send_keys("twelve")
    driver.find_element(By.ID, "save-price").click()
    error = wait_for(driver, lambda d: d.find_elements(By.ID, "price-error"), "no refusal for an unreadable price")[0]
    assert active_id(driver) == "price-input", "a refused price comes back with the focus on it"
    assert "not a readable price" in error.text
    assert device(server, tag)["device"]["priceCents"] is None

    # The admins' pricing rules: a refusal names the field; a saved change moves the suggestion.
    driver.delete_all_cookies()  # a new session, as the admin
    login(driver, "admin", server.admin_password)
    driver.get(server.base_url + "/shop/pricing")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Shop pricing rules"
    axe(driver)
    whole_page_screenshot(driver, screenshot, "shop-pricing-en")
    base = driver.find_element(By.ID, "base-laptop")
    base.clear()
    base.send_keys("-10")
    driver.find_element(By.ID, "save-pricing").click()
    error = wait_for(driver, lambda d: d.find_elements(By.ID, "pricing-error"), "no refusal for a negative base price")[0]
    assert "Base price, laptop: cannot be negative." in error.text
    assert expect(server, {200}, "GET", "/api/pricing/rules")["baseCents"]["laptop"] == 12000
    base = driver.find_element(By.ID, "base-laptop")
    assert base.get_attribute("value") == "-10", "what was typed comes back"
    base.clear()
    base.send_keys("140")
    driver.find_element(By.ID, "save-pricing").click()
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#shop-pricing .message.good"), "the rules were not saved")
    assert "Changed on" in driver.find_element(By.ID, "pricing-saved-by").text
    try:
        assert expect(server, {200}, "GET", "/api/pricing/rules")["baseCents"]["laptop"] == 14000
        driver.get(server.base_url + f"/shop/{tag}")
        assert driver.find_elements(By.CSS_SELECTOR, "#suggestion-lines tr")[0].text == "Base price, laptop: €140.00"
    finally:
        # The shipped rules again, for whatever runs next on this database.
        driver.get(server.base_url + "/shop/pricing")
        driver.find_element(By.ID, "reset-pricing").click()
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#shop-pricing .message.good"), "the rules were not put back")
    assert expect(server, {200}, "GET", "/api/pricing/rules")["baseCents"]["laptop"] == 12000
