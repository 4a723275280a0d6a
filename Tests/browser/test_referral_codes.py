"""Referral partners (issue 17): the office adds a partner and gives it a code for two sales; at the till, the code
typed as a volunteer copies it from the partner's slip (lower case, a space for the hyphen) sells two laptops at the
solidarity price, each confirmed with the partner and the use (« vente 1 sur 2 »); the third sale on the same code is
refused, with the quota named, and nothing is sold; the office then sees the code used up and the partner's two sales.
In French at 1366×768, axe-core on every page, screenshots (referral-<step>.png)."""

import datetime
import secrets

from selenium.webdriver.common.by import By

from conftest import url_path, wait_for
from test_shop import expect, laptop_report  # noqa: F401  (laptop_report is a fixture)
from test_shop_sale import events, ready_laptop


def test_referral_code_used_up_to_its_quota(server, driver, login, axe, screenshot, laptop_report):
    driver.set_window_size(1366, 768)
    admin = f"bureau-{secrets.token_hex(3)}"
    login(driver, admin, server.make_user(admin, ["admin"]), station="bureau")

    # The office: a partner, then a code for two sales until next month.
    partner = f"CCAS d'Arras {secrets.token_hex(2)}"
    driver.get(server.base_url + "/office/partners")
    axe(driver)
    driver.find_element(By.ID, "partner-name").send_keys(partner)
    driver.find_element(By.ID, "partner-add").click()
    wait_for(driver, lambda d: f"Partenaire « {partner} » ajouté." in d.page_source, "the partner was not added")
    section = [s for s in driver.find_elements(By.CSS_SELECTOR, "section.partner") if s.find_element(By.TAG_NAME, "h2").text == partner][0]
    partner_id = section.get_attribute("id").removeprefix("partner-")
    quota = driver.find_element(By.ID, f"quota-{partner_id}")
    quota.clear()
    quota.send_keys("2")
    last_day = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.ID, f"last-day-{partner_id}"), last_day)
    driver.find_element(By.ID, f"issue-{partner_id}").click()
    notice = wait_for(driver, lambda d: [p for p in d.find_elements(By.CSS_SELECTOR, "p.message.good") if "créé" in p.text],
                      "no code was shown")[0].text
    code = notice.split()[1]
    assert len(code) == 9 and code[4] == "-", notice
    row = driver.find_element(By.CSS_SELECTOR, f"tr[data-code='{code}']")
    assert "0 sur 2" in row.text and "valable" in row.text, row.text
    axe(driver)
    driver.execute_script("arguments[0].scrollIntoView()", driver.find_element(By.ID, f"partner-{partner_id}"))
    screenshot(driver, "referral-office-code-issued")

    # The till: two laptops sold on the code, typed as copied from the slip.
    typed = code.lower().replace("-", " ")
    tags = [ready_laptop(server, laptop_report) for _ in range(3)]
    for number, tag in enumerate(tags[:2], start=1):
        driver.get(server.base_url + f"/shop/{tag}")
        driver.find_element(By.ID, "referral-code").send_keys(typed)
        driver.find_element(By.ID, "sell-solidarity").click()
        wait_for(driver, lambda d: d.find_elements(By.ID, "confirm-sale"), "no confirmation of the solidarity sale")
        assert driver.find_element(By.ID, "confirm-partner").text == partner
        assert driver.find_element(By.ID, "confirm-referral-code").text == code
        assert f"vente {number} sur 2 permises" in driver.find_element(By.ID, "confirm-referral-use").text
        axe(driver)
        driver.execute_script("arguments[0].scrollIntoView()", driver.find_element(By.ID, "charged-price"))
        screenshot(driver, f"referral-confirm-{number}")
        driver.find_element(By.ID, "confirm-sale").click()
        wait_for(driver, lambda d: url_path(d) == f"/shop/{tag}/receipt", "the sale did not lead to the receipt")
        assert driver.find_element(By.ID, "receipt-partner").text == partner
        assert len(events(server, tag, "sold")) == 1

    # The third: refused before the confirmation, the quota named, nothing sold.
    driver.get(server.base_url + f"/shop/{tags[2]}")
    driver.find_element(By.ID, "referral-code").send_keys(typed)
    driver.find_element(By.ID, "sell-solidarity").click()
    error = wait_for(driver, lambda d: d.find_elements(By.ID, "sale-error"), "the used-up code was not refused")[0]
    assert "a déjà servi 2 fois" in error.text and "nouveau code" in error.text, error.text
    # The code typed is still there (as printed), and the focus on it, to type the new one.
    assert driver.find_element(By.ID, "referral-code").get_attribute("value") == code
    assert driver.switch_to.active_element.get_attribute("id") == "referral-code"
    assert driver.find_elements(By.ID, "confirm-sale") == []
    assert events(server, tags[2], "sold") == []
    axe(driver)
    driver.execute_script("arguments[0].scrollIntoView()", error)
    screenshot(driver, "referral-used-up")

    # The office sees the code used up and the partner's two sales.
    driver.get(server.base_url + "/office/partners")
    row = driver.find_element(By.CSS_SELECTOR, f"tr[data-code='{code}']")
    assert "2 sur 2" in row.text and "épuisé" in row.text, row.text
    section = driver.find_element(By.ID, f"partner-{partner_id}")
    assert section.find_element(By.CSS_SELECTOR, ".partner-sales").text == "2"
    axe(driver)
    driver.execute_script("arguments[0].scrollIntoView()", section)
    screenshot(driver, "referral-office-used-up")
    partners = expect(server, {200}, "GET", "/api/referral-partners")
    mine = [p for p in partners if p["name"] == partner][0]
    assert mine["sales"] == 2 and mine["codes"][0]["state"] == "used-up"
