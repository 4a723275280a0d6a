"""The test checklist at the bench (issue 17): a laptop's checklist done by keyboard alone (each test answered by
1, 2 or 3, which moves on to the next; the report's measures come chosen, to confirm), `ready` refused while a
mandatory test fails, with the test named, then allowed once it passes; the printed record; the office's editor.
French and English, at 1366x768 and 820x1180, axe-core, screenshots."""

import secrets
import time

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import SCREENSHOTS, url_path, wait_for
from test_bench import laptop_report, new_device, report_for, stage_of, technician  # noqa: F401 (fixtures)

SIZES = {"1366x768": (1366, 768), "820x1180": (820, 1180)}
WORDS = {
    "fr": {"title": "Tests de fonctionnement", "go": "Aller aux tests", "saved": "Tests enregistrés.",
           "failed": "Test obligatoire en panne : Batterie (seuil de santé).", "complete": "Tous les tests sont faits",
           "ready": "prêt à la vente", "suggested": "d'après le rapport, à confirmer", "by": "Par {}, le"},
    "en": {"title": "Function tests", "go": "Go to the tests", "saved": "Tests saved.",
           "failed": "Mandatory test failed: Battery (health threshold).", "complete": "Every test is done",
           "ready": "ready for sale", "suggested": "from the report, to confirm", "by": "By {}, on"},
}


def active(driver):
    return driver.switch_to.active_element


def press(driver, *keys):
    """Keys sent to whatever has the focus, as a person at the keyboard."""
    for key in keys:
        active(driver).send_keys(key)


@pytest.fixture(params=[(lang, size) for lang in ("fr", "en") for size in SIZES], ids=lambda p: f"{p[0]}-{p[1]}")
def bench(request, server, login, technician):
    lang, size = request.param
    driver = request.getfixturevalue("driver" if lang == "fr" else "driver_en")
    username, password, _ = technician
    login(driver, username, password, station="banc-1")
    driver.set_window_size(*SIZES[size])
    return driver, lang, size


def graded_wiped_laptop(server, token, report):
    """A laptop probed, its disks destroyed, wiped, graded and priced: only its tests are missing for `ready`."""
    tag, drives = new_device(server, token, report)
    for drive in drives:
        status, answer = server.api("POST", f"/api/devices/{tag}/storage/destroyed", {"storage": drive, "note": "percé"}, token=token)
        assert status == 201, answer
    for stage in ("diagnosed", "wiped"):
        status, answer = server.api("POST", f"/api/devices/{tag}/moves", {"to": stage}, token=token)
        assert status == 200, answer
    status, answer = server.api("PUT", f"/api/devices/{tag}/price", {"grade": "B", "priceCents": 12900}, token=token)
    assert status == 200, answer
    return tag


def test_laptop_checklist_by_keyboard_then_ready(server, bench, axe, screenshot, technician, laptop_report):
    driver, lang, size = bench
    words = WORDS[lang]
    username, _, token = technician
    tag = graded_wiped_laptop(server, token, report_for(laptop_report))
    driver.get(server.base_url + f"/bench/{tag}")

    # The next step is the tests; the link takes the keyboard there.
    link = driver.find_element(By.ID, "next-action")
    assert link.text == words["go"]
    tests = driver.find_element(By.ID, "tests")
    assert words["title"] in tests.find_element(By.TAG_NAME, "h2").text
    # What the probe measured comes chosen, marked as the report's, to confirm.
    memory = driver.find_element(By.ID, "test-memory-pass")
    assert memory.is_selected()
    assert words["suggested"] in driver.find_element(By.CSS_SELECTOR, "li.test[data-key='memory']").text
    axe(driver)
    driver.execute_script("document.getElementById('tests').scrollIntoView()")
    screenshot(driver, f"checklist-before-{lang}-{size}")

    # Keyboard alone: Enter on the link, Tab into the first test, then one key per test.
    link.send_keys(Keys.ENTER)
    wait_for(driver, lambda d: d.execute_script("return location.hash") == "#tests", "the link did not lead to the tests")
    press(driver, Keys.TAB)
    groups = driver.find_elements(By.CSS_SELECTOR, "#tests-form li.test")
    keys_pressed = 2
    started = time.monotonic()
    assert active(driver).get_attribute("name") == "outcome.keyboard", "Tab from the link lands on the first test"
    for group in groups:
        key = group.get_attribute("data-key")
        assert active(driver).get_attribute("name") == f"outcome.{key}", f"the focus is on {key}"
        # The battery fails (it holds 20 minutes): a mandatory test.
        press(driver, "2" if key == "battery" else "1")
        keys_pressed += 1
    assert active(driver).get_attribute("id") == "tests-submit", "after the last test, the save button"
    failed = driver.find_element(By.CSS_SELECTOR, "li.test[data-key='battery']")
    assert "failed" in failed.get_attribute("class")
    screenshot(driver, f"checklist-answered-{lang}-{size}")
    press(driver, Keys.ENTER)
    keys_pressed += 1
    wait_for(driver, lambda d: words["saved"] in d.find_element(By.ID, "tests").text, "the tests were not saved")
    elapsed = time.monotonic() - started
    # 15 tests: one key each, plus Enter on the link, Tab and Enter to save.
    assert keys_pressed == len(groups) + 3 and len(groups) == 15, keys_pressed
    print(f"checklist by keyboard: {keys_pressed} keys, {elapsed:.1f} s in the browser")

    # Ready is refused, the failed test named, in the summary and in the tests.
    assert words["failed"] in driver.find_element(By.ID, "tests-state").text
    summary = driver.find_element(By.ID, "summary").text
    assert words["failed"] in summary, summary
    status, detail = server.api("GET", f"/api/devices/{tag}/tests", token=token)
    battery = next(test for test in detail["tests"] if test["key"] == "battery")
    assert battery["outcome"] == "fail" and battery["testedBy"] == username
    keyboard = next(test for test in detail["tests"] if test["key"] == "keyboard")
    assert keyboard["outcome"] == "pass" and keyboard["testedAt"]
    memory = next(test for test in detail["tests"] if test["key"] == "memory")
    assert memory["fromReport"], "a suggestion confirmed is marked as the report's"
    status, refused = server.api("POST", f"/api/devices/{tag}/moves", {"to": "ready"}, token=token)
    assert status == 409 and refused["rules"] == ["mandatory-tests-failed"], refused
    blocked = driver.find_element(By.CSS_SELECTOR, "#moves .move[data-stage='ready']").text
    assert words["failed"] in blocked, blocked
    axe(driver)
    driver.execute_script("document.getElementById('summary').scrollIntoView()")
    screenshot(driver, f"checklist-refused-{lang}-{size}")

    # A new battery: the battery's test passes, with a note; ready goes, by keyboard.
    battery_pass = driver.find_element(By.ID, "test-battery-pass")
    driver.execute_script("arguments[0].focus()", driver.find_element(By.ID, "test-battery-fail"))
    press(driver, Keys.TAB)
    assert active(driver).get_attribute("id") == "note-battery", "Tab goes from a test to its note"
    press(driver, "batterie neuve", Keys.SHIFT + Keys.TAB, "1")
    assert battery_pass.is_selected()
    driver.find_element(By.ID, "tests-submit").send_keys(Keys.ENTER)
    wait_for(driver, lambda d: words["complete"] in d.find_element(By.ID, "tests").text, "the tests did not come back complete")
    assert words["by"].format(username) in driver.find_element(By.CSS_SELECTOR, "li.test[data-key='battery']").text
    action = driver.find_element(By.ID, "next-action")
    action.send_keys(Keys.ENTER)
    wait_for(driver, lambda d: stage_of(server, tag) == "ready", "the device did not go to ready")
    wait_for(driver, lambda d: words["ready"] in d.find_element(By.ID, "summary").text.lower(), "the page did not say ready")
    axe(driver)
    screenshot(driver, f"checklist-ready-{lang}-{size}")

    # The record prints: a PDF with every test, who and when.
    status, pdf = server.api("GET", f"/api/devices/{tag}/tests/pdf?lang={lang}", token=token)
    assert status == 200 and pdf[:5] == b"%PDF-"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS / f"checklist-record-{lang}.pdf").write_bytes(pdf)


@pytest.mark.parametrize("lang,size", [("fr", "1366x768"), ("en", "820x1180")])
def test_office_checklist_editor(server, request, login, axe, screenshot, lang, size):
    driver = request.getfixturevalue("driver" if lang == "fr" else "driver_en")
    username = f"admin-{secrets.token_hex(3)}"
    login(driver, username, server.make_user(username, ["admin"]))
    driver.set_window_size(*SIZES[size])
    driver.get(server.base_url + "/office/checklists?category=tablet")
    assert url_path(driver) == "/office/checklists"
    version = driver.find_element(By.ID, "checklist-version").text
    axe(driver)
    screenshot(driver, f"checklist-office-{lang}-{size}")
    # The card reader becomes mandatory (whatever an earlier run left), and the workshop adds its own test.
    mandatory = driver.find_element(By.ID, "mandatory-card-reader")
    if not mandatory.is_selected():
        mandatory.click()
    own = f"Stylet {lang}"
    driver.find_element(By.ID, "new-1-label").send_keys(own)
    driver.find_element(By.ID, "checklist-save").click()
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "p.message.good"), "no notice after saving")
    assert driver.find_element(By.ID, "checklist-version").text != version
    status, saved = server.api("GET", "/api/checklists/tablet")
    assert status == 200
    items = {item["key"]: item for item in saved["items"]}
    assert items["card-reader"]["mandatory"] and any(item["name"] == own for item in saved["items"]), saved
