"""A lot's label for the pallet (issue 13, item 13): printed from intake and from the office's lot page on the
default printer, with nothing set in the browser; it carries the lot code as a barcode, and scanning that code at
intake opens the lot. In French and in English, at 1366x768 and at a tablet's 820x1180; axe-core and screenshots."""

import secrets
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from conftest import running_server, url_path, wait_for
from test_intake import continue_without_labels_if_asked, scan_field, whole_page_screenshot

SIZES = [(1366, 768), (820, 1180)]
WORDS = {
    "fr": {"button": "Imprimer l'étiquette du lot", "printed": "Étiquette du lot {} imprimée",
           "office": "Étiquette du lot imprimée."},
    "en": {"button": "Print the lot's label", "printed": "Label of lot {} printed",
           "office": "The lot's label was printed."},
}


@pytest.fixture(scope="module")
def server():
    """This module's own service, so that its Brother printer is the default one."""
    with running_server("refurb-lot-label-", "browser-lot-label") as service:
        yield service


@pytest.fixture(scope="module")
def pallet_printer(server):
    path = server.printer_folder / "palette.bin"
    status, answer = server.api("PUT", "/api/printers/palette", {"uri": f"file:{path}", "format": "brother:QL-700"})
    assert status in (200, 201), answer
    return Path(path)


def printed_job(path):
    """The job the file printer holds, removed so that the next print is seen."""
    assert path.exists() and path.stat().st_size > 1000, "a Brother raster job in the printer"
    path.unlink()


@pytest.mark.parametrize("width,height", SIZES)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_pallet_label_prints_and_opens_the_lot(request, server, pallet_printer, login, scan, axe, screenshot,
                                                    language, width, height):
    driver = request.getfixturevalue("driver" if language == "fr" else "driver_en")
    words = WORDS[language]
    driver.set_window_size(width, height)
    status, lot = server.api("POST", "/api/lots", {"donor": f"Mairie {secrets.token_hex(2)}", "declaredCount": 12})
    assert status == 201, lot
    code = lot["code"]

    # At intake, from the current lot's line.
    user = f"palette-{language}-{width}"
    password = server.make_user(user, ["intake"])
    login(driver, user, password, station=f"accueil-{language}")
    driver.get(server.base_url + f"/intake?lot={code}")
    continue_without_labels_if_asked(driver)
    button = driver.find_element(By.ID, "print-lot-label")
    assert button.text == words["button"]
    button.click()
    wait_for(driver, lambda d: "done=lot-label" in d.current_url, "printing the lot's label did not come back")
    assert words["printed"].format(code) in driver.find_element(By.TAG_NAME, "main").text
    printed_job(pallet_printer)
    axe(driver)
    whole_page_screenshot(driver, screenshot, f"intake-lot-label-{language}-{width}")

    # Scanning the pallet's label opens the lot.
    driver.get(server.base_url + "/intake")
    continue_without_labels_if_asked(driver)
    scan(scan_field(driver), code)
    wait_for(driver, lambda d: d.find_elements(By.ID, "lot-banner") and code in d.find_element(By.ID, "lot-banner").text,
             "scanning the lot's label did not open the lot")

    # In the office, on the lot's page.
    admin = f"bureau-{language}-{width}"
    password = server.make_user(admin, ["admin"])
    login(driver, admin, password)
    driver.get(server.base_url + f"/office/lots/{code}")
    button = driver.find_element(By.ID, "print-lot-label")
    assert button.text == words["button"]
    button.click()
    wait_for(driver, lambda d: "label=printed" in d.current_url, "printing from the office did not come back")
    assert url_path(driver) == f"/office/lots/{code}"
    assert words["office"] in driver.find_element(By.ID, "lot-label").text
    printed_job(pallet_printer)
    axe(driver)
    driver.execute_script("document.getElementById('lot-label').scrollIntoView({block: 'center'})")
    screenshot(driver, f"office-lot-label-{language}-{width}")
