"""The register of second-hand goods (issue 17): a laptop given to the workshop and sold by card today shows in the
office's register (/office/register) as an entry (« don (gratuit) », its donor and lot) and an exit (« vente », card),
both marked « journée en cours, non scellée »; the CSV the page links to carries the serial and the payment method, and
the PDF comes. In French and English at a laptop's 1366×768, axe-core on the page, screenshots
(register-<lang>.png) and the PDF's first page (register-pdf-<lang>.png)."""

import secrets
import urllib.request

import pytest
from selenium.webdriver.common.by import By

from conftest import WAIT_SECONDS, wait_for
from test_receipts_and_returns import device, flat, pdf_first_page_png, ready_laptop, today
from test_shop import expect, laptop_report  # noqa: F401  (laptop_report is a fixture)

WORDS = {
    "fr": {"entry": "entrée", "exit": "sortie", "donation": "don (gratuit)", "sale": "vente", "card": "carte bancaire",
           "open": "journée en cours, non scellée", "title": "Registre des objets mobiliers"},
    "en": {"entry": "in", "exit": "out", "donation": "donation (free)", "sale": "sale", "card": "card",
           "open": "today, not sealed yet", "title": "Register of second-hand goods"},
}


def fetch(driver, path, content_type):
    """A file's bytes with the browser's session, as the page's link gives them."""
    cookie = driver.get_cookie("refurb_session")
    request = urllib.request.Request(driver.base_url + path, headers={"Cookie": f"refurb_session={cookie['value']}"})
    with urllib.request.urlopen(request, timeout=WAIT_SECONDS) as answer:
        assert answer.headers["Content-Type"] == content_type
        return answer.read()


@pytest.fixture(scope="module")
def sold_laptop(server, laptop_report):
    """A laptop received, made ready and sold by card today: its tag and serial."""
    tag = ready_laptop(server, laptop_report)
    expect(server, {200}, "POST", f"/api/devices/{tag}/sale", {"payment": "card"})
    return tag, device(server, tag)["serial"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_office_register_shows_the_sale_and_exports_it(server, login, axe, screenshot, sold_laptop, request, lang):
    tag, serial = sold_laptop
    words = WORDS[lang]
    driver = request.getfixturevalue("driver" if lang == "fr" else "driver_en")
    admin = f"registre-{lang}-{secrets.token_hex(3)}"
    login(driver, admin, server.make_user(admin, ["admin"]))
    driver.set_window_size(1366, 768)
    day = today()
    driver.get(server.base_url + "/office/register")
    assert driver.find_element(By.ID, "register-to").get_attribute("value") == day.isoformat()
    driver.find_element(By.ID, "register-show").click()
    wait_for(driver, lambda d: d.find_elements(By.ID, "register-count"), "the register's lines did not show")
    assert words["title"] in driver.title or words["title"] in driver.page_source

    rows = [flat(row.text) for row in driver.find_elements(By.CSS_SELECTOR, "tr.register-line") if tag in row.text]
    assert len(rows) == 2, rows
    entry, sale = rows
    assert words["entry"] in entry and words["donation"] in entry and serial in entry, entry
    assert words["exit"] in sale and words["sale"] in sale and words["card"] in sale and serial in sale, sale
    caption = driver.find_element(By.CSS_SELECTOR, f"table.register-day[data-day='{day.isoformat()}'] caption").text
    assert words["open"] in caption, caption
    axe(driver)
    screenshot(driver, f"register-{lang}")
    chrome = driver.execute_script("return window.outerHeight - window.innerHeight")
    driver.set_window_size(1366, driver.execute_script("return document.documentElement.scrollHeight") + chrome)
    screenshot(driver, f"register-{lang}-whole")
    driver.set_window_size(1366, 768)

    csv_link = driver.find_element(By.ID, "register-csv").get_attribute("href")
    csv = fetch(driver, csv_link.removeprefix(driver.base_url), "text/csv; charset=utf-8").decode()
    lines = [line for line in csv.split("\r\n") if tag in line]
    assert len(lines) == 2, csv
    assert serial in lines[1] and ",sortie,vente," in lines[1] and ",carte bancaire," in lines[1], lines[1]
    assert "journée en cours, non scellée" in lines[1]

    pdf_link = driver.find_element(By.ID, "register-pdf").get_attribute("href")
    pdf = fetch(driver, pdf_link.removeprefix(driver.base_url), "application/pdf")
    assert pdf.startswith(b"%PDF-")
    pdf_first_page_png(pdf, f"register-pdf-{lang}")
