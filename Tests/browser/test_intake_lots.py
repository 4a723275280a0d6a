"""Lots at intake: with no lot open, the lots come first on the page; a lot scanned in place sends them back
after the scans; past the declared number the lot warns by how many, and the count follows each scan and undo.
In French and in English, at 1366x768 and at a tablet's 820x1180; axe-core and screenshots."""

import pytest
from selenium.webdriver.common.by import By

from conftest import wait_for
from test_intake import (continue_without_labels_if_asked, open_lot_through_the_form, scan_field, unique,
                         wait_feedback, whole_page_screenshot)

SIZES = [(1366, 768), (820, 1180)]
WORDS = {
    "fr": {"first": "Ouvrir un lot pour commencer", "over": "3 appareils scannés pour 2 annoncés : 1 de plus",
           "switched": "choisi"},
    "en": {"first": "Open a lot to begin", "over": "3 devices scanned for 2 declared: 1 more",
           "switched": "chosen"},
}


def top_of(driver, element_id):
    return driver.find_element(By.ID, element_id).rect["y"]


def lots_come_first(driver):
    return top_of(driver, "lots-card") < top_of(driver, "scan-heading")


def count_is(driver, value):
    return wait_for(driver, lambda d: d.find_element(By.ID, "lot-count").text == str(value),
                    f"the lot's count did not become {value}: {driver.find_element(By.ID, 'lot-count').text!r}")


@pytest.mark.parametrize("width,height", SIZES)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_lots_first_and_the_declared_number(request, server, login, scan, axe, screenshot, language, width, height):
    driver = request.getfixturevalue("driver" if language == "fr" else "driver_en")
    words = WORDS[language]
    driver.set_window_size(width, height)
    user = f"lots-{language}-{width}"
    password = server.make_user(user, ["intake"])
    login(driver, user, password, station=f"accueil-{language}")
    continue_without_labels_if_asked(driver)

    # No lot open: the lots card is the first thing, titled as the step to take.
    assert driver.find_element(By.ID, "lots-heading").text == words["first"]
    assert lots_come_first(driver), "the lots card is not above the scan field while no lot is open"
    assert ("plus haut" if language == "fr" else "above") in driver.find_element(By.ID, "no-lot").text
    axe(driver)
    if width == 1366:
        whole_page_screenshot(driver, screenshot, f"intake-lots-first-{language}")

    # A lot of 2 declared devices; once open, the lots go after the scans.
    lot = open_lot_through_the_form(driver, unique("Mairie"), "", "2")
    continue_without_labels_if_asked(driver)
    assert not lots_come_first(driver), "the lots card stays above the scans with a lot open"
    assert driver.find_element(By.ID, "lots-heading").text != words["first"]
    over = driver.find_element(By.ID, "lot-over")
    serials = [unique("SNL") for _ in range(3)]
    for number, serial in enumerate(serials, start=1):
        scan(scan_field(driver), serial)
        wait_feedback(driver, "good", serial)
        count_is(driver, number)
        if number <= 2:
            assert not over.is_displayed(), f"the over-count warning shows at {number} of 2"
    wait_for(driver, lambda d: d.find_element(By.ID, "lot-over").is_displayed(), "no warning past the declared number")
    assert words["over"] in driver.find_element(By.ID, "lot-over").text
    option = driver.find_element(By.CSS_SELECTOR, f"#choose-lot-select option[value='{lot}']")
    assert option.text.endswith("(3)"), f"the lot's line in the list keeps an old count: {option.text!r}"
    axe(driver)
    if width == 1366:
        whole_page_screenshot(driver, screenshot, f"intake-lots-over-{language}")
    else:
        whole_page_screenshot(driver, screenshot, f"intake-lots-over-{language}-tablet")

    # Undo the third scan: back to 2, and the warning goes.
    driver.find_element(By.ID, "undo").click()
    wait_for(driver, lambda d: serials[2] not in d.find_element(By.ID, "scans").text, "the undone scan is still listed")
    count_is(driver, 2)
    wait_for(driver, lambda d: not d.find_element(By.ID, "lot-over").is_displayed(), "the warning stayed after the undo")

    # No lot again, then the lot's code scanned: switched in place, the lots go back after the scans, the count is the lot's.
    driver.get(server.base_url + "/intake")
    continue_without_labels_if_asked(driver)
    assert lots_come_first(driver)
    scan(scan_field(driver), lot)
    wait_feedback(driver, "good", words["switched"])
    count_is(driver, 2)
    wait_for(driver, lambda d: not lots_come_first(d), "the lots card did not go after the scans on a lot scanned in place")
    assert driver.find_element(By.ID, "lots-heading").text != words["first"]
