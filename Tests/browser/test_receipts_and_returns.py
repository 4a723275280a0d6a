"""Receipts and returns (issue 17): a sale made at the till gives a receipt that carries what the law asks (its number,
the day and time, the workshop's name and address, the device with its grade in the screens' words and its serial, how
it was paid, the legal guarantee's end two years on and the presumption's twelve months on, the commercial warranty,
« Régime particulier – Biens d'occasion » and the mention of art. D211-7 in French and English), checked on the page
and in the PDF's text (pdftotext); an invoice for an association, with its SIRET. A return found by the receipt's
number is received, diagnosed and repaired, and the legal guarantee then ends six months later. In French and in
English, at a laptop's 1366×768 and a tablet's 820×1180, axe-core on every page, screenshots of each step
(receipts-<step>-<lang>-<size>.png) and of the PDFs' first pages."""

import calendar
import datetime
import secrets
import shutil
import subprocess
import urllib.request
import zoneinfo

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import SCREENSHOTS, WAIT_SECONDS, url_path, wait_for
from test_shop import expect, laptop_report, wiped_laptop  # noqa: F401  (laptop_report is a fixture)

SIZES = {"1366x768": (1366, 768), "820x1180": (820, 1180)}
WORKSHOP = {"name": "Atelier Solidaire du Blosne", "address": "12 rue de Bourgogne\n35200 Rennes", "contact": "02 99 00 00 00"}
WORDS = {
    "fr": {"card": "carte bancaire", "grade": "B — bon état", "receipt": "Reçu de vente n° {}", "legal": "Garantie légale de conformité jusqu'au {}",
           "presumption": "Défaut présumé exister à la vente jusqu'au {}", "commercial": "Garantie commerciale de l'atelier (6 mois) jusqu'au {}",
           "invoice": "Facture n° {}", "left": "30 jours restants", "opened": "enregistré", "repaired": "Réparé et rendu"},
    "en": {"card": "card", "grade": "B — good", "receipt": "Sales receipt no. {}", "legal": "Legal guarantee of conformity until {}",
           "presumption": "Defect presumed to exist at the sale until {}", "commercial": "The workshop's commercial warranty (6 months) until {}",
           "invoice": "Invoice no. {}", "left": "30 days left", "opened": "recorded", "repaired": "Repaired and handed back"},
}
MENTION_FR = "Mention prévue par l'article D. 211-7 du Code de la consommation."
MENTION_EN = "Mention required by article D. 211-7 of the Consumer Code."


def ready_laptop(server, report, cents=13000):
    """A wiped laptop, every test of its checklist passed (where the service keeps checklists), graded B, priced and
    put up for sale."""
    tag, _ = wiped_laptop(server, report)
    status, tests = server.api("GET", f"/api/devices/{tag}/tests")
    if status == 200:
        expect(server, {200}, "POST", f"/api/devices/{tag}/tests", {
            "checklistVersion": tests["checklistVersion"],
            "tests": [{"key": test["key"], "outcome": "pass"} for test in tests["tests"]]})
    expect(server, {200}, "PUT", f"/api/devices/{tag}/price", {"grade": "B", "priceCents": cents})
    expect(server, {200}, "POST", f"/api/devices/{tag}/moves", {"to": "ready"})
    return tag


def device(server, tag):
    answer = expect(server, {200}, "GET", f"/api/devices/{tag}")
    return answer.get("device", answer)


def today():
    return datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Paris")).date()


def plus_months(day, months):
    """The same day `months` later, or the later month's last day (as the service counts guarantees)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return datetime.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shown(day, lang):
    return day.strftime("%d/%m/%Y") if lang == "fr" else day.isoformat()


def flat(text):
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").replace("’", "'").split())


def pdf_text(data):
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed to read the receipt: run scripts/setup"
    return subprocess.run([tool, "-", "-"], input=data, capture_output=True, check=True).stdout.decode()


def pdf_first_page_png(data, name):
    tool = shutil.which("pdftoppm")
    if tool:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", "-", str(SCREENSHOTS / name)], input=data, check=True)


def fetch(driver, path, lang):
    """A page's bytes with the browser's session, as the link in the page gives them."""
    cookie = driver.get_cookie("refurb_session")
    request = urllib.request.Request(driver.base_url + path, headers={
        "Cookie": f"refurb_session={cookie['value']}", "Accept-Language": "fr-FR,fr" if lang == "fr" else "en-GB,en"})
    with urllib.request.urlopen(request, timeout=WAIT_SECONDS) as answer:
        assert answer.headers["Content-Type"] == "application/pdf"
        return answer.read()


@pytest.fixture(scope="module")
def sales_settings(server):
    """The workshop sells under the margin scheme and offers six months on laptops."""
    expect(server, {200}, "PUT", "/api/sale-settings", {"marginScheme": True})
    expect(server, {201}, "POST", "/api/warranty-policies", {"category": "laptop", "months": 6, "from": "2020-01-01"})


@pytest.fixture(params=[(lang, size) for lang in ("fr", "en") for size in SIZES], ids=lambda p: f"{p[0]}-{p[1]}")
def till(request, server, login, sales_settings):
    """A signed-in shop account's browser in the language and at the size asked for, the workshop's identity set."""
    lang, size = request.param
    browser = request.getfixturevalue("driver" if lang == "fr" else "driver_en")
    admin = f"admin-{lang}-{secrets.token_hex(3)}"
    login(browser, admin, server.make_user(admin, ["admin"]))
    browser.get(server.base_url + "/office/workshop")
    for field, value in (("workshop-name", WORKSHOP["name"]), ("workshop-address", WORKSHOP["address"]),
                         ("workshop-contact", WORKSHOP["contact"])):
        element = browser.find_element(By.ID, field)
        element.clear()
        element.send_keys(value)
    browser.find_element(By.ID, "workshop-save").click()
    wait_for(browser, lambda d: "done=" in d.current_url or d.find_elements(By.CSS_SELECTOR, "[role=status]"), "identity not saved")
    browser.delete_all_cookies()
    username = f"caisse-{lang}-{secrets.token_hex(3)}"
    login(browser, username, server.make_user(username, ["shop", "technician"]), station="caisse")
    browser.set_window_size(*SIZES[size])
    return browser, lang, size


def shoot(driver, screenshot, step, lang, size):
    name = f"receipts-{step}-{lang}-{size}"
    screenshot(driver, name)
    width, height = SIZES[size]
    page = driver.execute_script("return document.documentElement.scrollHeight")
    if page > height:
        chrome = driver.execute_script("return window.outerHeight - window.innerHeight")
        driver.set_window_size(width, page + chrome)
        screenshot(driver, name + "-whole")
        driver.set_window_size(width, height)


def test_sale_gives_a_receipt_with_every_mention(server, till, axe, screenshot, laptop_report):
    driver, lang, size = till
    words = WORDS[lang]
    tag = ready_laptop(server, laptop_report)
    serial = device(server, tag)["serial"]
    driver.get(server.base_url + f"/shop/{tag}")
    driver.find_element(By.ID, "sell-public").click()
    wait_for(driver, lambda d: d.find_elements(By.ID, "confirm-sale"), "no confirmation")
    Select(driver.find_element(By.ID, "sale-payment")).select_by_value("card")
    driver.find_element(By.ID, "confirm-sale").click()
    wait_for(driver, lambda d: url_path(d) == f"/shop/{tag}/receipt", "the sale did not lead to the receipt")
    sold = today()

    number = driver.find_element(By.ID, "receipt-number").text
    assert number.isdigit() and len(number) >= 6, number
    page = flat(driver.find_element(By.ID, "shop-receipt").text)
    for expected in [WORKSHOP["name"], "35200 Rennes", WORKSHOP["contact"], serial, tag, words["grade"], words["card"],
                     words["legal"].format(shown(plus_months(sold, 24), lang)),
                     words["presumption"].format(shown(plus_months(sold, 12), lang)),
                     words["commercial"].format(shown(plus_months(sold, 6), lang)),
                     "Régime particulier – Biens d'occasion", MENTION_FR, MENTION_EN]:
        assert flat(expected) in page, f"{expected!r} not on the receipt page:\n{page}"
    axe(driver)
    shoot(driver, screenshot, "receipt", lang, size)

    receipt = flat(pdf_text(fetch(driver, f"/shop/{tag}/receipt.pdf", lang)))
    for expected in [WORKSHOP["name"], "12 rue de Bourgogne", "35200 Rennes", words["receipt"].format(number),
                     shown(sold, lang), tag, serial, words["grade"], words["card"],
                     words["legal"].format(shown(plus_months(sold, 24), lang)),
                     words["presumption"].format(shown(plus_months(sold, 12), lang)),
                     words["commercial"].format(shown(plus_months(sold, 6), lang)),
                     "Régime particulier – Biens d'occasion", MENTION_FR, MENTION_EN]:
        assert flat(expected) in receipt, f"{expected!r} not in the receipt PDF:\n{receipt}"
    pdf_first_page_png(fetch(driver, f"/shop/{tag}/receipt.pdf", lang), f"receipts-pdf-{lang}-{size}")

    # An invoice for an association: its name, address and SIRET (checked: a wrong one is refused first).
    driver.find_element(By.CSS_SELECTOR, ".invoice-form summary").click()
    driver.find_element(By.ID, "buyer-name").send_keys("Association Le Lien")
    driver.find_element(By.ID, "buyer-address").send_keys("3 rue Haute\n35000 Rennes")
    driver.find_element(By.ID, "buyer-siret").send_keys("732 829 320 00075")
    driver.find_element(By.ID, "invoice-submit").click()
    error = wait_for(driver, lambda d: d.find_elements(By.ID, "invoice-error"), "a wrong SIRET was not refused")[0]
    assert "SIRET" in error.text
    axe(driver)
    siret = driver.find_element(By.ID, "buyer-siret")
    siret.clear()
    siret.send_keys("732 829 320 00074")
    driver.find_element(By.ID, "invoice-submit").click()
    wait_for(driver, lambda d: d.find_elements(By.ID, "invoice-notice"), "no invoice made")
    assert driver.find_element(By.ID, "invoice-pdf").get_attribute("href").endswith(f"/shop/{tag}/invoice.pdf")
    axe(driver)
    shoot(driver, screenshot, "invoice", lang, size)
    invoice_pdf = fetch(driver, f"/shop/{tag}/invoice.pdf", lang)
    invoice = flat(pdf_text(invoice_pdf))
    for expected in ["Association Le Lien", "3 rue Haute", "73282932000074", words["receipt"].format(number), MENTION_FR, MENTION_EN]:
        assert expected in invoice, f"{expected!r} not in the invoice PDF:\n{invoice}"
    assert words["invoice"].format("")[:-1] in invoice
    pdf_first_page_png(invoice_pdf, f"receipts-invoice-pdf-{lang}-{size}")


def test_return_repaired_gives_six_more_months(server, till, axe, screenshot, laptop_report):
    driver, lang, size = till
    words = WORDS[lang]
    tag = ready_laptop(server, laptop_report)
    expect(server, {200}, "POST", f"/api/devices/{tag}/sale", {"payment": "cash"})
    sold = today()
    driver.get(server.base_url + f"/shop/{tag}/receipt")
    number = driver.find_element(By.ID, "receipt-number").text

    driver.get(server.base_url + "/shop")
    driver.find_element(By.ID, "returns-link").click()
    wait_for(driver, lambda d: url_path(d) == "/shop/returns", "the shop's returns link did not lead to the returns desk")
    axe(driver)
    driver.find_element(By.ID, "return-scan").send_keys(number)
    driver.find_element(By.ID, "return-complaint").send_keys("L'écran clignote" if lang == "fr" else "The screen flickers")
    driver.find_element(By.ID, "return-open").click()
    wait_for(driver, lambda d: d.find_elements(By.ID, "return-notice"), "the return was not recorded")
    assert words["opened"] in driver.find_element(By.ID, "return-notice").text
    assert words["left"] in driver.find_element(By.ID, "return-countdown").text
    assert device(server, tag)["stage"] == "received", "the device goes back through the bench"
    assert flat(words["legal"].format(shown(plus_months(sold, 24), lang))) in flat(driver.find_element(By.ID, "return-guarantee-ends").text)
    axe(driver)
    shoot(driver, screenshot, "return-received", lang, size)

    driver.find_element(By.ID, "return-diagnosis-text").send_keys("Nappe d'écran desserrée" if lang == "fr" else "Loose screen cable")
    driver.find_element(By.ID, "return-diagnose").click()
    wait_for(driver, lambda d: d.find_elements(By.ID, "return-outcome-form"), "no outcome form after the diagnosis")
    axe(driver)
    shoot(driver, screenshot, "return-diagnosed", lang, size)

    driver.find_element(By.CSS_SELECTOR, "input[name=outcome][value=repaired]").click()
    driver.find_element(By.ID, "return-settle").click()
    wait_for(driver, lambda d: not d.find_elements(By.ID, "return-outcome-form"), "the return was not settled")
    extended = words["legal"].format(shown(plus_months(plus_months(sold, 24), 6), lang))
    assert flat(extended) in flat(driver.find_element(By.ID, "return-guarantee-ends").text)
    assert words["repaired"] in driver.find_element(By.ID, "shop-return").text
    assert device(server, tag)["stage"] == "sold", "repaired, the device is handed back"
    axe(driver)
    shoot(driver, screenshot, "return-repaired", lang, size)

    driver.get(server.base_url + f"/shop/{tag}/receipt")
    assert flat(extended) in flat(driver.find_element(By.ID, "receipt-guarantee").text), "the receipt shows the new end"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("size", list(SIZES))
def test_office_sales_settings_and_returns_statistics(server, request, login, axe, screenshot, lang, size):
    """The office's sales settings (the sentence that Refurb is not a certified till, the margin scheme, a commercial
    warranty added then ended) and the returns per model, grade and technician."""
    driver = request.getfixturevalue("driver" if lang == "fr" else "driver_en")
    admin = f"bureau-{lang}-{secrets.token_hex(3)}"
    login(driver, admin, server.make_user(admin, ["admin"]))
    driver.set_window_size(*SIZES[size])
    driver.get(server.base_url + "/office/sales")
    assert ("n'est pas une caisse certifiée" if lang == "fr" else "is not a certified till") in driver.find_element(By.ID, "not-certified").text
    driver.find_element(By.ID, "warranty-months").send_keys("3")
    Select(driver.find_element(By.ID, "warranty-category")).select_by_value("tablet")
    driver.find_element(By.ID, "warranty-add").click()
    wait_for(driver, lambda d: "done=warranty-added" in d.current_url, "the warranty was not added")
    rows = driver.find_elements(By.CSS_SELECTOR, "#warranty-policies tbody tr")
    assert any(("tablette" if lang == "fr" else "tablet") in row.text.lower() for row in rows), [row.text for row in rows]
    axe(driver)
    shoot(driver, screenshot, "office-sales", lang, size)
    driver.get(server.base_url + "/office/returns")
    assert driver.find_element(By.ID, "returns-stats-heading").text
    axe(driver)
    shoot(driver, screenshot, "office-returns", lang, size)
