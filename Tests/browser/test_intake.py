"""The intake station with a keyboard-wedge scanner: open a lot, scan serials at scanner speed (one starting with a
digit, a double read, a duplicate), labels printed on a `file:` printer, undo of the last scan, a scanner typing
into another form, a printer that fails; in French and in English; axe-core and screenshots."""

import secrets
import urllib.parse
from pathlib import Path

import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from conftest import wait_for


def unique(prefix):
    return f"{prefix}-{secrets.token_hex(3).upper()}"


def active_id(driver):
    return driver.switch_to.active_element.get_attribute("id")


def scan_field(driver):
    return driver.find_element(By.ID, "scan")


def rows(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#scans tbody tr")


def row_for(driver, tag):
    return driver.find_element(By.CSS_SELECTOR, f"#scans tbody tr[data-tag='{tag}']")


def feedback_message(driver):
    found = driver.find_elements(By.CSS_SELECTOR, "#feedback .message")
    return found[0] if found else None


def wait_feedback(driver, css_class, containing):
    """Waits until the scan feedback is a message of that class whose text contains `containing`."""
    def shown(d):
        message = feedback_message(d)
        try:
            if message and css_class in message.get_attribute("class").split() and containing in message.text:
                return message
        except StaleElementReferenceException:  # replaced by the next message meanwhile
            pass
        return None
    return wait_for(driver, shown, f"no {css_class} feedback containing {containing!r}; "
                                   f"shown: {driver.find_element(By.ID, 'feedback').text!r}")


def devices_in_lot(server, lot):
    status, page = server.api("GET", f"/api/devices?lot={lot}&limit=500")
    assert status == 200, page
    return page["devices"]


def device_with_serial(server, lot, serial):
    matches = [device for device in devices_in_lot(server, lot) if device["serial"] == serial]
    assert len(matches) <= 1, f"{len(matches)} devices with serial {serial}: {matches}"
    return matches[0] if matches else None


def lot_in_url(driver):
    return urllib.parse.parse_qs(urllib.parse.urlparse(driver.current_url).query).get("lot", [None])[0]


def continue_without_labels_if_asked(driver):
    """With no printer registered, intake asks before the first scan; these tests go on without labels."""
    for dialog in driver.find_elements(By.CSS_SELECTOR, "dialog#no-printer[open]"):
        dialog.find_element(By.ID, "no-printer-continue").click()
        wait_for(driver, lambda d: not d.find_elements(By.CSS_SELECTOR, "dialog#no-printer[open]"), "the choice did not close")


def open_lot_through_the_form(driver, donor, weight, declared):
    continue_without_labels_if_asked(driver)
    driver.find_element(By.ID, "lot-donor").send_keys(donor)
    driver.find_element(By.ID, "lot-weight").send_keys(weight)
    driver.find_element(By.ID, "lot-declared").send_keys(declared)
    driver.find_element(By.CSS_SELECTOR, "#open-lot button[type=submit]").click()
    return wait_for(driver, lambda d: lot_in_url(d), "opening the lot did not land on /intake?lot=…")


def set_printer_model(server, printer, format_value):
    """The printer's model is the office's setting (PUT /api/printers/{name}), not the station's."""
    status, answer = server.api("GET", "/api/printers")
    uri = next(p["uri"] for p in answer if p["name"] == printer)
    status, answer = server.api("PUT", f"/api/printers/{urllib.parse.quote(printer, safe='')}", {"uri": uri, "format": format_value})
    assert status == 200, answer


def choose_settings(driver, printer):
    """The station's printer: the default one (its option is "", named in its words), another, or "none".
    Returns the value chosen."""
    driver.find_element(By.CSS_SELECTOR, "#settings summary").click()
    select = Select(driver.find_element(By.ID, "setting-printer"))
    values = [option.get_attribute("value") for option in select.options]
    value = printer if printer in values else next(o.get_attribute("value") for o in select.options if printer in o.text)
    select.select_by_value(value)
    driver.find_element(By.CSS_SELECTOR, "#settings summary").click()  # closing the panel gives the focus back
    wait_for(driver, lambda d: active_id(d) == "scan", "the scan field did not get the focus back after the settings")
    return value


def press_category_key(driver, key, category):
    """Presses a category key in the empty scan field and waits until the page has taken it as a category."""
    scan_field(driver).send_keys(key)
    wait_for(driver, lambda d: d.find_element(By.ID, f"category-{category}").is_selected(), f"key {key} did not choose {category}")
    name = driver.find_element(By.CSS_SELECTOR, f"label[for=category-{category}]").text.split(maxsplit=1)[1]
    wait_for(driver, lambda d: name in d.find_element(By.ID, "note").text, f"the page did not confirm the category {name}")
    assert scan_field(driver).get_attribute("value") == ""


def wait_printed(driver, tag):
    def done(d):
        state = row_for(d, tag).get_attribute("data-print")
        return state if state in ("ok", "failed", "none") else None
    state = wait_for(driver, done, f"the label of {tag} was not printed")
    assert state == "ok", f"printing the label of {tag}: {state}; {driver.find_element(By.ID, 'print-feedback').text}"
    return int(row_for(driver, tag).get_attribute("data-bytes"))


def file_bytes(path):
    return Path(path).read_bytes() if Path(path).exists() else b""


def assert_no_script_errors(driver):
    errors = [entry["message"] for entry in driver.get_log("browser")
              if entry.get("source") == "javascript" and entry.get("level") == "SEVERE"]
    assert not errors, "the page's script failed: " + "; ".join(errors)


def whole_page_screenshot(driver, screenshot, name):
    """The station from top to bottom, for people to look at; the window is put back as it was."""
    size = driver.get_window_size()
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(size["width"], max(size["height"], min(height + 140, 2400)))
    driver.execute_script("window.scrollTo(0, 0)")
    screenshot(driver, name)
    driver.set_window_size(size["width"], size["height"])


def test_scanning_a_lot_with_a_scanner(server, driver, login, scan, axe, screenshot):
    printer = unique("etiquettes")
    printer_file = server.file_printer(printer)
    password = server.make_user("accueil-fr", ["intake"])
    login(driver, "accueil-fr", password, station="accueil-1")
    assert driver.current_url.endswith("/intake")
    assert active_id(driver) == "scan", "the scan field has the focus when the page opens"

    lot = open_lot_through_the_form(driver, "Mairie de Rennes", "12,5", "6")
    assert active_id(driver) == "scan"
    assert lot in driver.find_element(By.ID, "lot-banner").text
    set_printer_model(server, printer, "brother:QL-700")
    chosen = choose_settings(driver, printer)

    # One key in the empty field chooses the category.
    press_category_key(driver, "2", "desktop")

    # A first serial: created in the lot, label previewed and printed.
    first = unique("SNA")
    scan(scan_field(driver), first)
    created = wait_feedback(driver, "good", first)
    device = device_with_serial(server, lot, first)
    assert device and device["category"] == "desktop"
    assert device["assetTag"] in created.text
    printed = wait_printed(driver, device["assetTag"])
    job = file_bytes(printer_file)
    assert len(job) == printed > 0, "the printer file holds the whole job of the first label"
    assert b"\x1b@" in job[:500], "a Brother raster job starts with its initialisation"
    preview = driver.find_element(By.CSS_SELECTOR, f"#device img[data-tag='{device['assetTag']}']")
    assert preview.get_attribute("src").endswith("/label"), "the default printer's label, not a template chosen here"
    wait_for(driver, lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", preview),
             "the label preview did not load")

    # A serial starting with a digit, at scanner speed: the digit is part of the code, not a category key.
    second = "5" + unique("CD")
    scan(scan_field(driver), second)
    wait_feedback(driver, "good", second)
    device2 = device_with_serial(server, lot, second)
    assert device2, f"no device with serial {second}: the leading digit was lost"
    assert device2["category"] == "desktop", "the category did not change under the scanner"
    assert driver.find_element(By.ID, "category-desktop").is_selected()
    wait_printed(driver, device2["assetTag"])
    job2 = file_bytes(printer_file)
    assert job2 and job2 != job, "the second label was sent to the printer"

    # The scanner reads the same code twice in a row: one device, a small note, no warning.
    double = unique("SND")
    scan_field(driver).send_keys(double + Keys.ENTER + double + Keys.ENTER)
    wait_feedback(driver, "good", double)
    wait_for(driver, lambda d: double in d.find_element(By.ID, "note").text, "no note about the double read")
    device3 = device_with_serial(server, lot, double)
    assert device3
    wait_printed(driver, device3["assetTag"])
    job3 = file_bytes(printer_file)
    assert job3 != job2

    # The first sticker scanned again later: a red warning naming the device, with a link, and nothing created.
    scan(scan_field(driver), first)
    warning = wait_feedback(driver, "error", device["assetTag"])
    assert warning.get_attribute("data-existing") == device["assetTag"]
    link = warning.find_element(By.TAG_NAME, "a")
    assert device["assetTag"] in link.get_attribute("href")
    assert len(devices_in_lot(server, lot)) == 3
    assert len(rows(driver)) == 3
    assert file_bytes(printer_file) == job3, "no label for a duplicate"
    assert active_id(driver) == "scan"
    assert driver.find_element(By.ID, "lot-count").text == "3"

    axe(driver)
    whole_page_screenshot(driver, screenshot, "intake")

    # Undo of the last scan with Ctrl+Z: the device goes, its serial may be scanned again.
    scan_field(driver).send_keys(Keys.CONTROL, "z")
    wait_feedback(driver, "good", device3["assetTag"])
    wait_for(driver, lambda d: len(rows(d)) == 2, "the undone scan is still listed")
    assert device_with_serial(server, lot, double) is None
    status, _ = server.api("GET", f"/api/devices/{device3['assetTag']}")
    assert status == 404
    assert active_id(driver) == "scan"
    scan(scan_field(driver), double)
    wait_feedback(driver, "good", double)
    again = device_with_serial(server, lot, double)
    assert again and again["assetTag"] != device3["assetTag"]
    wait_printed(driver, again["assetTag"])

    # The undo button does the same, and another click on the page leaves the focus in the scan field.
    driver.find_element(By.ID, "undo").click()
    wait_feedback(driver, "good", again["assetTag"])
    assert device_with_serial(server, lot, double) is None
    driver.find_element(By.TAG_NAME, "h1").click()
    assert active_id(driver) == "scan"

    # A scanner typing while the donor field of the new-lot form has the focus: its Enter opens no lot; the
    # code is taken as a scan and the field is left as it was.
    lots_before = len(server.api("GET", "/api/lots")[1])
    donor = driver.find_element(By.ID, "lot-donor")
    donor.click()
    assert active_id(driver) == "lot-donor", "a field clicked on purpose keeps the focus"
    wedged = unique("SNW")
    donor.send_keys(wedged + Keys.ENTER)
    wait_feedback(driver, "good", wedged)
    assert lot_in_url(driver) == lot
    assert len(server.api("GET", "/api/lots")[1]) == lots_before
    assert driver.find_element(By.ID, "lot-donor").get_attribute("value") == ""
    assert device_with_serial(server, lot, wedged)

    # The scanner's Enter while a button has the focus: the code goes to the scan field, the button is not pressed.
    undo_target = driver.find_element(By.ID, "undo-tag").get_attribute("value")
    assert undo_target
    driver.execute_script("document.getElementById('undo').focus()")
    assert active_id(driver) == "undo"
    on_button = unique("SNB")
    ActionChains(driver).send_keys(on_button + Keys.ENTER).perform()
    wait_feedback(driver, "good", on_button)
    assert device_with_serial(server, lot, on_button)
    status, _ = server.api("GET", f"/api/devices/{undo_target}")
    assert status == 200, "the undo button was not pressed by the scanner's Enter"
    assert active_id(driver) == "scan"

    # A reload keeps the lot and lists its scans, newest first.
    driver.refresh()
    assert lot_in_url(driver) == lot
    tags = [row.get_attribute("data-tag") for row in rows(driver)]
    expected = [d["assetTag"] for d in sorted(devices_in_lot(server, lot), key=lambda d: d["assetTag"], reverse=True)]
    assert tags == expected
    assert active_id(driver) == "scan"
    assert driver.find_element(By.ID, "setting-printer").get_attribute("value") == chosen, "the settings are remembered"
    assert_no_script_errors(driver)


def test_the_station_in_english_with_a_failing_printer(server, driver_en, login, scan, axe, screenshot):
    driver = driver_en
    status, other_lot = server.api("POST", "/api/lots", {"donor": "Brest Library"})
    assert status == 201, other_lot
    status, lot = server.api("POST", "/api/lots", {"donor": "Rennes City Council", "declaredCount": 2})
    assert status == 201, lot
    broken = unique("broken")
    # Inside the service's printers folder (--file-printers), in a subfolder that does not exist: saved, fails to print.
    status, answer = server.api("PUT", f"/api/printers/{broken}", {"uri": f"file:{server.printer_folder}/nonexistent-folder/labels.bin"})
    assert status in (200, 201), answer
    password = server.make_user("intake-en", ["intake"])
    login(driver, "intake-en", password)
    driver.get(f"{server.base_url}/intake?lot={lot['code']}")
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert "Category" in driver.find_element(By.CSS_SELECTOR, ".categories legend").text
    assert driver.find_element(By.CSS_SELECTOR, "label[for=category-phone]").text.split() == ["5", "phone"]
    assert active_id(driver) == "scan"

    # This station set not to print: the device is created and the page says the label was not printed.
    choose_settings(driver, "none")
    press_category_key(driver, "6", "monitor")
    serial = unique("MON")
    scan(scan_field(driver), serial)
    created = wait_feedback(driver, "good", serial)
    assert "created" in created.text
    device = device_with_serial(server, lot["code"], serial)
    assert device and device["category"] == "monitor"
    wait_for(driver, lambda d: row_for(d, device["assetTag"]).get_attribute("data-print") == "none", "no 'not printed' mark")
    assert "This station does not print" in driver.find_element(By.ID, "print-feedback").text

    # A file printer cannot say which model it is: the service asks for the office's setting rather than guessing.
    choose_settings(driver, broken)
    unknown_language = unique("LANG")
    scan(scan_field(driver), unknown_language)
    wait_feedback(driver, "good", unknown_language)
    wait_for(driver, lambda d: "Office › Printers" in d.find_element(By.ID, "print-feedback").text,
             "no message asking for the printer's model")
    assert "--format" not in driver.find_element(By.ID, "print-feedback").text

    # A printer that fails: its message in red, and the next scan goes through all the same.
    set_printer_model(server, broken, "brother:QL-700")
    failing = unique("FAIL")
    scan(scan_field(driver), failing)
    wait_feedback(driver, "good", failing)
    failed = device_with_serial(server, lot["code"], failing)
    wait_for(driver, lambda d: row_for(d, failed["assetTag"]).get_attribute("data-print") == "failed", "the print did not fail")
    error = driver.find_element(By.CSS_SELECTOR, "#print-feedback .message.error")
    assert failed["assetTag"] in error.text and broken in error.text
    assert "nonexistent-folder" in error.text, "the printer's own message is shown"
    after = unique("NEXT")
    scan(scan_field(driver), after)
    wait_feedback(driver, "good", after)
    assert device_with_serial(server, lot["code"], after)

    # Characters the scanner adds before and after each code are taken off.
    driver.find_element(By.CSS_SELECTOR, "#settings summary").click()
    driver.find_element(By.ID, "setting-prefix").send_keys("]C1")
    driver.find_element(By.ID, "setting-suffix").send_keys("#")
    driver.find_element(By.CSS_SELECTOR, "#settings summary").click()
    wait_for(driver, lambda d: active_id(d) == "scan", "the scan field did not get the focus back after the settings")
    framed = unique("AIM")
    scan(scan_field(driver), "]C1" + framed + "#")
    wait_feedback(driver, "good", framed)
    assert device_with_serial(server, lot["code"], framed), "the prefix and suffix were not taken off"

    # An asset tag scanned shows its device; a misread tag says so.
    scan(scan_field(driver), device["assetTag"])
    found = wait_feedback(driver, "good", device["assetTag"])
    assert "monitor" in found.text
    scan(scan_field(driver), device["assetTag"][:-1] + ("A" if device["assetTag"][-1] != "A" else "B"))
    wait_feedback(driver, "error", "check character")

    axe(driver)
    whole_page_screenshot(driver, screenshot, "intake-en")

    # A serial with no lot chosen is refused; scanning a lot code switches to it.
    driver.get(f"{server.base_url}/intake")
    orphan = unique("ORPHAN")
    scan(scan_field(driver), orphan)
    wait_feedback(driver, "error", orphan)
    # Scanning a lot code switches to it; a serial scanned right behind it is not lost on the way.
    behind = unique("BEHIND")
    ActionChains(driver).send_keys(lot["code"].lower() + Keys.ENTER + behind + Keys.ENTER).perform()
    wait_for(driver, lambda d: lot_in_url(d) == lot["code"], "scanning the lot code did not switch lot")
    wait_feedback(driver, "good", behind)
    assert device_with_serial(server, lot["code"], behind), "the scan behind the lot code was lost"
    assert active_id(driver) == "scan"

    # Choosing another lot from the list switches in place too, and the address follows.
    Select(driver.find_element(By.ID, "choose-lot-select")).select_by_value(other_lot["code"])
    driver.find_element(By.CSS_SELECTOR, "#choose-lot button[type=submit]").click()
    wait_for(driver, lambda d: lot_in_url(d) == other_lot["code"], "choosing a lot did not switch to it")
    assert other_lot["code"] in driver.find_element(By.ID, "lot-banner").text
    assert not rows(driver), "the other lot has no scans yet"
    assert active_id(driver) == "scan"

    axe(driver)
    assert_no_script_errors(driver)
