"""The shop's sale as a volunteer at the till lives it (issue 13, items 7 and 10): the device page leads to the sale
(the device, the price charged in large type and the two sale buttons at the top, the solidarity rounding explained,
the suggestion as a side note); a sale with F5, Back and Forward pressed all around it, and a double click on its
confirmation, records one sale; the solidarity price needs its referral code or its partner; a device
changed by someone else while its page was open is not sold on the old page: the page reloads and says what changed,
also for a tab left open and looked at again. In French and in English, at a laptop's 1366×768 and a tablet's
820×1180, axe-core on every page, screenshots of each step (shop-sale-<step>-<lang>-<size>.png)."""

import secrets

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

from conftest import url_path, wait_for
from test_shop import expect, laptop_report, wiped_laptop  # noqa: F401  (laptop_report is a fixture)

SIZES = {"1366x768": (1366, 768), "820x1180": (820, 1180)}
WORDS = {
    "fr": {"sold": "Vente enregistrée.", "required": "obligatoire pour le prix solidaire", "changed": "a changé depuis",
           "partner_missing": "partenaire", "not_recorded": "n'a pas été enregistrée", "kind": "prix solidaire", "partner": "CCAS de Rennes"},
    "en": {"sold": "Sale recorded.", "required": "required for the solidarity price", "changed": "changed since",
           "partner_missing": "partner", "not_recorded": "was not recorded", "kind": "solidarity price", "partner": "Town social services"},
}


@pytest.fixture(params=[(lang, size) for lang in ("fr", "en") for size in SIZES], ids=lambda p: f"{p[0]}-{p[1]}")
def till(request, server, login):
    """A signed-in shop account's browser in the language and at the size asked for."""
    lang, size = request.param
    browser = request.getfixturevalue("driver" if lang == "fr" else "driver_en")
    username = f"caisse-{lang}-{secrets.token_hex(3)}"
    login(browser, username, server.make_user(username, ["shop"]), station="caisse")
    browser.set_window_size(*SIZES[size])
    return browser, lang, size


def ready_laptop(server, report, cents=13000):
    """A wiped laptop graded B, priced and put up for sale, as the shop leaves it on the shelf."""
    tag, _ = wiped_laptop(server, report)
    expect(server, {200}, "PUT", f"/api/devices/{tag}/price", {"grade": "B", "priceCents": cents})
    expect(server, {200}, "POST", f"/api/devices/{tag}/moves", {"to": "ready"})
    return tag


def events(server, tag, kind):
    return [event for event in expect(server, {200}, "GET", f"/api/devices/{tag}")["events"] if event["kind"] == kind]


def active_id(driver):
    return driver.switch_to.active_element.get_attribute("id")


def shoot(driver, screenshot, step, lang, size, whole=False):
    """The window as a person sees it, and with `whole` the whole page too (the window made as tall as the page)."""
    name = f"shop-sale-{step}-{lang}-{size}"
    screenshot(driver, name)
    if whole:
        width, height = SIZES[size]
        page = driver.execute_script("return document.documentElement.scrollHeight")
        if page > height:
            chrome = driver.execute_script("return window.outerHeight - window.innerHeight")
            driver.set_window_size(width, page + chrome)
            screenshot(driver, name + "-whole")
            driver.set_window_size(width, height)


def in_view(driver, element_id):
    """The element is within the window without scrolling: what "at the top" means on a till's screen."""
    return driver.execute_script(
        "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;", element_id)


def test_sale_with_back_and_f5_records_one_sale(server, till, axe, screenshot, laptop_report):
    driver, lang, size = till
    words = WORDS[lang]
    tag = ready_laptop(server, laptop_report)
    driver.get(server.base_url + f"/shop/{tag}")
    driver.execute_script("window.scrollTo(0, 0)")

    # At the top: the device, the prices in large type and the two sale buttons; the suggestion a side note.
    assert tag in driver.find_element(By.ID, "sale-heading").text
    public = driver.find_element(By.ID, "public-price").text
    assert public.replace("\u202f", " ") in ("130,00 €", "€130.00"), public
    assert float(driver.find_element(By.ID, "public-price").value_of_css_property("font-size").rstrip("px")) >= 36
    for element_id in ("sale-heading", "public-price", "sell-public", "solidarity-price", "referral-code", "partner", "sell-solidarity"):
        assert in_view(driver, element_id), f"{element_id} is not on the first screen at {size}: " + str(driver.execute_script(
            "return [window.innerHeight, document.getElementById(arguments[0]).getBoundingClientRect().bottom]", element_id))
    rounding = driver.find_element(By.ID, "solidarity-rounding").text
    assert "30" in rounding and ("91" in rounding) and ("90" in rounding), rounding
    assert driver.find_element(By.ID, "note-suggested").text
    assert active_id(driver) == "shop-scan", "a device opened by a scan keeps the scan field ready"
    axe(driver)
    shoot(driver, screenshot, "ready", lang, size, whole=True)

    # The public price chosen: a confirmation, the price to pay in large type, nothing sold yet. F5 on it is harmless.
    driver.find_element(By.ID, "sell-public").click()
    wait_for(driver, lambda d: d.find_elements(By.ID, "confirm-sale"), "no confirmation after choosing the public price")
    assert active_id(driver) == "confirm-sale", "the confirmation has the focus"
    assert driver.find_element(By.ID, "charged-price").text == public
    confirm_url = driver.current_url
    axe(driver)
    shoot(driver, screenshot, "confirm", lang, size)
    driver.refresh()
    wait_for(driver, lambda d: d.find_elements(By.ID, "confirm-sale"), "F5 on the confirmation lost it")
    assert events(server, tag, "sold") == [], "choosing and reloading sold nothing"

    # Confirmed with a double click (real mouse clicks: a click made by a script would let Chrome skip this page on
    # Back): one sale, then the receipt with its print button focused.
    ActionChains(driver).double_click(driver.find_element(By.ID, "confirm-sale")).perform()
    wait_for(driver, lambda d: url_path(d) == f"/shop/{tag}/receipt", "the sale did not lead to the receipt")
    notice = wait_for(driver, lambda d: d.find_elements(By.ID, "done-notice"), "no notice that the sale was recorded")[0]
    assert notice.text == words["sold"]
    assert active_id(driver) == "print-receipt", "after the sale, the next thing is the receipt"
    assert "done=" not in driver.current_url, "the notice is taken out of the address once shown"
    axe(driver)
    shoot(driver, screenshot, "receipt", lang, size)

    # F5 on the receipt: the receipt again, no notice, nothing posted.
    driver.refresh()
    wait_for(driver, lambda d: d.find_elements(By.ID, "receipt-paid"), "F5 on the receipt did not show it")
    assert driver.find_elements(By.ID, "done-notice") == [], "the notice is not said again"
    assert len(events(server, tag, "sold")) == 1

    # Back: to the confirmation's address, or to the device page before it (Chrome driven by Selenium sometimes skips
    # the confirmation's entry; its address is opened again below). F5 there, then Forward: the device is sold, no
    # sale button, no confirmation, and still one sale.
    driver.back()
    wait_for(driver, lambda d: url_path(d) == f"/shop/{tag}" and d.find_elements(By.ID, "open-receipt"),
             "the page after Back does not say the device is sold")
    assert driver.find_elements(By.ID, "confirm-sale") == [] and driver.find_elements(By.ID, "sell-public") == []
    axe(driver)
    shoot(driver, screenshot, "after-back", lang, size, whole=True)
    driver.refresh()
    wait_for(driver, lambda d: d.find_elements(By.ID, "open-receipt"), "F5 after Back does not say the device is sold")
    driver.forward()
    wait_for(driver, lambda d: url_path(d) == f"/shop/{tag}/receipt", "Forward did not return to the receipt")

    # The confirmation's own address again (its history entry, or a tab left on it): no confirmation any more, the
    # sale and its receipt, and what changed since it was shown: the sale.
    driver.get(confirm_url)
    wait_for(driver, lambda d: d.find_elements(By.ID, "open-receipt"), "the confirmation's address does not say the device is sold")
    assert driver.find_elements(By.ID, "confirm-sale") == [], "a sold device offers no confirmation"
    assert words["changed"] in driver.find_element(By.ID, "changed").text
    axe(driver)
    shoot(driver, screenshot, "confirmation-address-after-sale", lang, size)
    sales = events(server, tag, "sold")
    assert len(sales) == 1, sales
    assert expect(server, {200}, "GET", f"/api/devices/{tag}")["device"]["stage"] == "sold"


def test_solidarity_price_needs_its_partner(server, till, axe, screenshot, laptop_report):
    driver, lang, size = till
    words = WORDS[lang]
    tag = ready_laptop(server, laptop_report)
    driver.get(server.base_url + f"/shop/{tag}")

    # Who referred the buyer is marked required: a referral code, or without one the partner's name. Either field
    # will do, so neither is `required` for the browser; the service refuses the sale with neither, the refusal
    # next to the fields, the focus on the code (the usual way), and nothing sold.
    legend = driver.find_element(By.CSS_SELECTOR, "#sale-solidarity fieldset.referral legend").text
    assert words["required"] in legend, legend
    solidarity = driver.find_element(By.ID, "solidarity-price").text
    driver.find_element(By.ID, "sell-solidarity").click()
    error = wait_for(driver, lambda d: d.find_elements(By.ID, "sale-error"), "no refusal without a partner")[0]
    assert words["partner_missing"] in error.text.lower(), error.text
    assert active_id(driver) == "referral-code"
    assert events(server, tag, "sold") == []
    axe(driver)
    shoot(driver, screenshot, "partner-missing", lang, size)

    # With the partner: confirmed at the solidarity price, which the receipt shows with the partner.
    driver.find_element(By.ID, "partner").send_keys(words["partner"])
    driver.find_element(By.ID, "sell-solidarity").click()
    wait_for(driver, lambda d: d.find_elements(By.ID, "confirm-sale"), "no confirmation of the solidarity sale")
    assert driver.find_element(By.ID, "charged-price").text == solidarity
    assert driver.find_element(By.ID, "confirm-partner").text == words["partner"]
    axe(driver)
    shoot(driver, screenshot, "confirm-solidarity", lang, size)
    driver.find_element(By.ID, "confirm-sale").click()
    wait_for(driver, lambda d: url_path(d) == f"/shop/{tag}/receipt", "the solidarity sale did not lead to the receipt")
    assert driver.find_element(By.ID, "receipt-partner").text == words["partner"]
    assert driver.find_element(By.ID, "receipt-paid").text == solidarity
    assert driver.find_element(By.ID, "receipt-kind").text == words["kind"]
    assert len(events(server, tag, "sold")) == 1


def test_version_conflict_reloads_the_card_and_says_what_changed(server, till, axe, screenshot, laptop_report):
    driver, lang, size = till
    words = WORDS[lang]
    tag = ready_laptop(server, laptop_report)
    driver.get(server.base_url + f"/shop/{tag}")
    driver.find_element(By.ID, "sell-public").click()
    wait_for(driver, lambda d: d.find_elements(By.ID, "confirm-sale"), "no confirmation")

    # Someone else changes the price while the confirmation is open: confirming sells nothing, the page says why.
    expect(server, {200}, "PUT", f"/api/devices/{tag}/price", {"grade": "B", "priceCents": 15000})
    driver.find_element(By.ID, "confirm-sale").click()
    changed = wait_for(driver, lambda d: d.find_elements(By.ID, "changed"), "a changed device did not say what changed")[0]
    assert words["changed"] in changed.text and "150" in changed.text, changed.text
    assert words["not_recorded"] in changed.text, changed.text
    assert events(server, tag, "sold") == []
    assert "150" in driver.find_element(By.ID, "public-price").text, "the card shows the device as it is now"
    assert driver.find_elements(By.ID, "confirm-sale") == []
    axe(driver)
    shoot(driver, screenshot, "conflict", lang, size, whole=True)

    # A tab left open: when it is looked at again after a change, it reloads itself and says what changed.
    driver.get(server.base_url + f"/shop/{tag}")
    assert driver.find_elements(By.ID, "changed") == []
    expect(server, {200}, "PUT", f"/api/devices/{tag}/price", {"grade": "A", "priceCents": 16000})
    driver.execute_script("document.dispatchEvent(new Event('visibilitychange'))")
    changed = wait_for(driver, lambda d: d.find_elements(By.ID, "changed"), "the old tab did not reload itself")[0]
    assert "160" in changed.text, changed.text
    assert "160" in driver.find_element(By.ID, "public-price").text
    assert "since=" not in driver.current_url, "what changed is said once"
    axe(driver)
    shoot(driver, screenshot, "stale-tab", lang, size)

    # The sale on the page as it now is goes through, once.
    driver.find_element(By.ID, "sell-public").click()
    wait_for(driver, lambda d: d.find_elements(By.ID, "confirm-sale"), "no confirmation").pop().click()
    wait_for(driver, lambda d: url_path(d) == f"/shop/{tag}/receipt", "the sale did not go through")
    sales = events(server, tag, "sold")
    assert len(sales) == 1 and ("160" in sales[0]["summary"]), sales
