"""A scanner set to QWERTY on a French computer, refused at intake with its setup barcode shown; the intake serial
then corrected through the "Corriger" form, back on the intake page (POST/redirect/GET); axe-core and screenshots."""

import secrets

from selenium.webdriver.common.by import By

from conftest import wait_for
from test_intake import (assert_no_script_errors, device_with_serial, devices_in_lot, open_lot_through_the_form,
                         scan_field, wait_feedback, whole_page_screenshot)


def test_a_qwerty_scanner_then_a_correction(server, driver, login, scan, axe, screenshot):
    password = server.make_user("accueil-azerty", ["intake"])
    login(driver, "accueil-azerty", password, station="accueil-2")
    lot = open_lot_through_the_form(driver, "Collège Anne de Bretagne", "20", "3")

    # "5CG7301XYZ" as a QWERTY scanner types it on an AZERTY computer.
    scan(scan_field(driver), "(CGè\"à&XYW")
    refused = wait_feedback(driver, "scanner-layout", "QWERTY")
    assert "« 5CG7301XYZ »" in refused.text, refused.text
    assert driver.find_element(By.ID, "scanner-setup").get_attribute("open") is not None, "the setup barcode is shown"
    barcode = driver.find_element(By.ID, "scanner-setup-barcode")
    wait_for(driver, lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", barcode),
             "the setup barcode did not load")
    assert devices_in_lot(server, lot) == [], "nothing is created"
    whole_page_screenshot(driver, screenshot, "intake-qwerty-scanner-refused")
    axe(driver)

    # The scanner set right, but the sticker typed with a mistake by hand.
    typed = "PF1" + secrets.token_hex(3).upper() + "X"
    scan(scan_field(driver), typed)
    wait_feedback(driver, "good", typed)
    device = device_with_serial(server, lot, typed)
    tag = device["assetTag"]

    # Corriger, from the device panel: the form shows what was recorded, asks why, then goes back to intake.
    driver.find_element(By.ID, "correct-device").click()
    wait_for(driver, lambda d: d.find_elements(By.ID, "correct-form"), "the correction form did not open")
    serial = driver.find_element(By.ID, "correct-serial")
    assert serial.get_attribute("value") == typed
    right = typed[:-1] + "Y"
    serial.clear()
    serial.send_keys(right)
    driver.find_element(By.ID, "correct-reason").send_keys("faute de frappe à l'accueil")
    axe(driver)
    screenshot(driver, "correct-device-form")
    driver.find_element(By.ID, "correct-submit").click()
    wait_for(driver, lambda d: "/intake" in d.current_url and f"tag={tag}" in d.current_url, "not back on the intake page")
    assert device_with_serial(server, lot, right)["assetTag"] == tag
    status, events = server.api("GET", f"/api/devices/{tag}/events")
    assert status == 200
    assert any("faute de frappe à l'accueil" in event.get("summary", "") for event in events), events
    assert_no_script_errors(driver)
