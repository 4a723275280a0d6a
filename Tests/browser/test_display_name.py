"""The shop names a device (issue 13, item 6): from the shop's card, « Nom affiché, marque, modèle… » opens the
correction page, where the display name is typed with a reason; back on the card, the device is called by that
name, and so is its price label. In French and in English, at 1366x768 and at a tablet's 820x1180; axe-core and
screenshots."""

import secrets

import pytest
from selenium.webdriver.common.by import By

from conftest import url_path, wait_for

SIZES = [(1366, 768), (820, 1180)]
WORDS = {
    "fr": {"link": "Nom affiché, marque, modèle…", "field": "Nom affiché"},
    "en": {"link": "Display name, maker, model…", "field": "Display name"},
}


@pytest.mark.parametrize("width,height", SIZES)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_shop_names_a_device(request, server, login, axe, screenshot, language, width, height):
    driver = request.getfixturevalue("driver" if language == "fr" else "driver_en")
    words = WORDS[language]
    driver.set_window_size(width, height)
    status, lot = server.api("POST", "/api/lots", {"donor": "Mairie de Rennes"})
    assert status == 201, lot
    status, device = server.api("POST", "/api/devices", {"lot": lot["code"], "category": "laptop",
                                                         "serial": f"NOM-{secrets.token_hex(4).upper()}"})
    assert status == 201, device
    tag = device["assetTag"]

    user = f"boutique-nom-{language}-{width}"
    password = server.make_user(user, ["shop"])
    login(driver, user, password)
    driver.get(server.base_url + f"/shop/{tag}")
    link = driver.find_element(By.ID, "device-name")
    assert link.text == words["link"]
    link.click()
    wait_for(driver, lambda d: url_path(d) == f"/devices/{tag}/correct", "the link did not open the correction page")
    assert words["field"] in driver.find_element(By.CSS_SELECTOR, "label[for=correct-displayName]").text
    name = "Portable 14 pouces reconditionné"
    driver.find_element(By.ID, "correct-displayName").send_keys(name)
    driver.find_element(By.ID, "correct-reason").send_keys("ni marque ni modèle lisibles")
    axe(driver)
    screenshot(driver, f"correct-display-name-{language}-{width}")
    driver.find_element(By.ID, "correct-submit").click()
    wait_for(driver, lambda d: url_path(d) == f"/shop/{tag}", "the correction did not go back to the shop's card")
    assert name in driver.find_element(By.TAG_NAME, "main").text

    status, detail = server.api("GET", f"/api/devices/{tag}")
    assert status == 200 and detail["device"]["displayName"] == name, detail
    status, events = server.api("GET", f"/api/devices/{tag}/events")
    assert any(event["kind"] == "corrected" and event["user"] == user for event in events)
    axe(driver)
    driver.execute_script("document.getElementById('device-heading').scrollIntoView({block: 'center'})")
    screenshot(driver, f"shop-display-name-{language}-{width}")
