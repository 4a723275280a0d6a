"""The login page, in French and in English: errors, landing on each role's station, accessibility, language switch."""

import pytest
from selenium.webdriver.common.by import By

from conftest import url_path, wait_for

LANDING_BY_ROLE = {"intake": "/intake", "technician": "/bench", "shop": "/shop", "admin": "/office"}


def page_language(driver):
    return driver.find_element(By.TAG_NAME, "html").get_attribute("lang")


def submit_login(driver, base_url, username, password):
    driver.get(base_url + "/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button[type=submit]").click()


@pytest.mark.parametrize("browser, language, shot", [("driver", "fr", "login-fr"), ("driver_en", "en", "login-en")])
def test_login_page_speaks_the_browser_language_and_is_accessible(request, server, axe, screenshot,
                                                                   browser, language, shot):
    driver = request.getfixturevalue(browser)
    driver.get(server.base_url + "/login")
    assert page_language(driver) == language
    for field in ("username", "password", "station"):
        label = driver.find_element(By.CSS_SELECTOR, f"label[for={field}]")
        assert label.text.strip(), f"the {field} field has no visible label"
    assert driver.switch_to.active_element.get_attribute("id") == "username", "the username field should have focus"
    axe(driver)
    screenshot(driver, shot)


@pytest.mark.parametrize("browser, language", [("driver", "fr"), ("driver_en", "en")])
def test_a_wrong_password_shows_the_error_and_stays_on_login(request, server, axe, browser, language):
    driver = request.getfixturevalue(browser)
    username = f"wrong-password-{language}"
    server.make_user(username, ["intake"])
    submit_login(driver, server.base_url, username, "not-the-password")
    error = wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".message.error[role=alert]"),
                     "no error message after a wrong password")[0]
    assert error.text.strip()
    assert url_path(driver) == "/login"
    assert page_language(driver) == language
    # The name typed is kept, the password is not.
    assert driver.find_element(By.ID, "username").get_attribute("value") == username
    assert driver.find_element(By.ID, "password").get_attribute("value") == ""
    axe(driver)


@pytest.mark.parametrize("role", sorted(LANDING_BY_ROLE))
def test_the_right_password_lands_on_the_role_station(server, driver, login, role):
    username = f"landing-{role}"
    password = server.make_user(username, [role])
    login(driver, username, password, station=f"poste-{role}")
    # Only the path: the station pages themselves are tested in their own files.
    assert url_path(driver) == LANDING_BY_ROLE[role]


def test_the_language_button_switches_the_language_for_that_user(server, driver, login):
    password = server.make_user("switches-language", ["shop"])
    login(driver, "switches-language", password)
    # /login shows the top bar (and so the button) to a signed-in user, whatever station pages exist yet.
    driver.get(server.base_url + "/login")
    assert page_language(driver) == "fr"
    button = driver.find_element(By.CSS_SELECTOR, "form[action='/language'] button[type=submit]")
    assert button.get_attribute("lang") == "en"
    button.click()
    wait_for(driver, lambda d: url_path(d) != "/login", "the language switch did not leave the page")
    driver.get(server.base_url + "/login")
    assert page_language(driver) == "en"
    assert driver.find_element(By.CSS_SELECTOR, "form[action='/language'] button[type=submit]").get_attribute("lang") == "fr"

    # The choice belongs to the account: it follows the user to a French browser, not to other users.
    driver.delete_all_cookies()
    login(driver, "switches-language", password)
    driver.get(server.base_url + "/login")
    assert page_language(driver) == "en"
    other = server.make_user("keeps-french", ["shop"])
    driver.delete_all_cookies()
    login(driver, "keeps-french", other)
    driver.get(server.base_url + "/login")
    assert page_language(driver) == "fr"
