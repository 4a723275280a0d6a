"""A public body's lot (loi 3DS): its laptop's shop page says the legal cap beforehand, and a price of 200 € is
refused next to the form with the cap and its legal reference named; nothing is saved; 180 € is taken. axe-core and
screenshots, in French at 1366x768."""

import secrets

from selenium.webdriver.common.by import By

from conftest import APIFailure, wait_for


def expect(server, status_codes, method, path, body=None):
    status, answer = server.api(method, path, body)
    if status not in status_codes:
        raise APIFailure(f"{method} {path} answered {status}: {answer!r}")
    return answer


def click_label_of(driver, input_id):
    """The grades' radios are visually replaced by their labels, the targets people click."""
    driver.find_element(By.CSS_SELECTOR, f"label[for='{input_id}']").click()
    wait_for(driver, lambda d: d.find_element(By.ID, input_id).is_selected(), f"{input_id} was not chosen")


def test_public_donor_laptop_above_the_cap(server, driver, login, axe, screenshot):
    lot = expect(server, {201}, "POST", "/api/lots", {"donor": "Mairie de Rennes", "donorType": "public"})
    assert lot["donorType"] == "public"
    serial = f"PF0PUB{secrets.token_hex(3).upper()}"
    tag = expect(server, {201}, "POST", "/api/devices", {"lot": lot["code"], "category": "laptop", "serial": serial})["assetTag"]

    username = f"boutique-pub-{secrets.token_hex(2)}"
    password = server.make_user(username, ["shop"])
    driver.set_window_size(1366, 768)
    login(driver, username, password, station="caisse-pub")
    driver.get(server.base_url + f"/shop/{tag}")
    notice = driver.find_element(By.ID, "public-donor").text
    assert "prix plafonné à 180,00" in notice and "vente solidaire uniquement" in notice, notice

    click_label_of(driver, "grade-A")
    price = driver.find_element(By.ID, "price-input")
    price.clear()
    price.send_keys("200")
    driver.find_element(By.ID, "save-price").click()
    error = wait_for(driver, lambda d: d.find_elements(By.ID, "price-error"), "no refusal for a price above the cap")[0]
    assert "plafond légal de 180,00" in error.text, error.text
    assert "arrêté du 7 novembre 2022, décret n° 2023-266, loi 3DS" in error.text, error.text
    assert expect(server, {200}, "GET", f"/api/devices/{tag}")["device"].get("priceCents") is None, "nothing saved"
    axe(driver)
    screenshot(driver, "public-donor-price-refused")

    price = driver.find_element(By.ID, "price-input")
    price.clear()
    price.send_keys("180")
    click_label_of(driver, "grade-A")
    driver.find_element(By.ID, "save-price").click()
    wait_for(driver, lambda d: expect(server, {200}, "GET", f"/api/devices/{tag}")["device"].get("priceCents") == 18000,
             "180 € was not saved")
