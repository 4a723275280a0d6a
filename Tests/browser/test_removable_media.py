"""Removable media are not the computer's disks (issue 13, item 5): the ThinkPad fixture's report has a USB stick
plugged in. The bench shows it apart, « ne fait pas partie de l'appareil », never in the disks' table and never
holding « effacé » back; the technician says it is the workshop's stick, with a reason, and the page says so with
who and when. In French and in English, at 1366x768 and at a tablet's 820x1180; axe-core and screenshots."""

import pytest
from selenium.webdriver.common.by import By

from conftest import url_path, wait_for
from test_bench import is_removable, laptop_report, move_form, new_device, report_for, stage_of  # noqa: F401

SIZES = [(1366, 768), (820, 1180)]
WORDS = {
    "fr": {"title": "Supports amovibles", "apart": "ne fait pas partie de l'appareil", "stick": "Clé de l'atelier",
           "returned": "Rendue ou retirée", "done": "Support amovible enregistré.", "by": "par "},
    "en": {"title": "Removable media", "apart": "not part of the device", "stick": "The workshop's stick",
           "returned": "Returned or removed", "done": "Removable medium recorded.", "by": "by "},
}


@pytest.mark.parametrize("width,height", SIZES)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_stick_is_shown_apart_and_never_blocks(request, server, login, axe, screenshot, laptop_report, language,
                                                 width, height):
    driver = request.getfixturevalue("driver" if language == "fr" else "driver_en")
    words = WORDS[language]
    driver.set_window_size(width, height)
    user = f"amovible-{language}-{width}"
    password = server.make_user(user, ["technician"])
    token = server.make_token(user)

    report = report_for(laptop_report)
    sticks = [disk for disk in report["storage"] if is_removable(disk)]
    assert sticks, "the laptop fixture has a USB stick plugged in"
    tag, drives = new_device(server, token, report)
    # The device's own disks are dealt with (taken out and destroyed, through the API); the stick is left undecided.
    for drive in drives:
        status, answer = server.api("POST", f"/api/devices/{tag}/storage/destroyed", {"storage": drive, "note": "percé"},
                                    token=token)
        assert status == 201, answer
    status, answer = server.api("POST", f"/api/devices/{tag}/moves", {"to": "diagnosed"}, token=token)
    assert status == 200, answer

    login(driver, user, password, station=f"banc-{language}")
    driver.get(server.base_url + f"/bench/{tag}")
    disks = driver.find_element(By.ID, "disks")
    assert words["title"] in disks.text
    for stick in sticks:
        key = stick.get("serialNumber") or stick.get("wwn") or "path:" + stick["devicePath"]
        assert not disks.find_elements(By.CSS_SELECTOR, f"tr[data-drive='{key}']"), "a stick is not in the disks' table"
        item = disks.find_element(By.CSS_SELECTOR, f"ul.removable-media li[data-drive='{key}']")
        assert words["apart"] in item.text and stick["name"] in item.text
        assert words["stick"] in item.text and words["returned"] in item.text
        assert not item.find_elements(By.CSS_SELECTOR, "button.danger"), "no « destroyed » for a stick"
    # The stick holds nothing back: « wiped » is a button, not a checklist.
    assert move_form(driver, "wiped").find_elements(By.CSS_SELECTOR, "button[type=submit]"), "wiped is possible"
    axe(driver)
    driver.execute_script("document.querySelector('ul.removable-media').scrollIntoView({block: 'center'})")
    screenshot(driver, f"bench-removable-{language}-{width}")

    # The technician says it is the workshop's stick; a reason is required (the browser asks for it first).
    stick = sticks[0]
    key = stick.get("serialNumber") or stick.get("wwn") or "path:" + stick["devicePath"]
    item = driver.find_element(By.CSS_SELECTOR, f"ul.removable-media li[data-drive='{key}']")
    item.find_element(By.CSS_SELECTOR, "input[value='workshop-stick']").click()
    item.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    reason = item.find_element(By.CSS_SELECTOR, "input[name=reason]")
    assert reason.get_property("validity")["valueMissing"], "the reason is required before sending"
    reason.send_keys("clé de démarrage du banc 2")
    item.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for(driver, lambda d: "done=removable" in d.current_url, "recording the stick did not come back")
    assert url_path(driver) == f"/bench/{tag}"
    item = driver.find_element(By.CSS_SELECTOR, f"ul.removable-media li[data-drive='{key}']")
    assert words["stick"] in item.text and "clé de démarrage du banc 2" in item.text and words["by"] + user in item.text
    assert not item.find_elements(By.TAG_NAME, "form"), "once decided, the choice is said, not asked again"
    assert words["done"] in driver.find_element(By.ID, "disks").text
    status, events = server.api("GET", f"/api/devices/{tag}/events")
    assert any(event["kind"] == "removable-media-set" and event["user"] == user for event in events)
    axe(driver)
    driver.execute_script("document.querySelector('ul.removable-media').scrollIntoView({block: 'center'})")
    screenshot(driver, f"bench-removable-decided-{language}-{width}")

    # And « wiped » goes through.
    move_form(driver, "wiped").find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for(driver, lambda d: "done=moved" in d.current_url, "the move to wiped did not come back")
    assert stage_of(server, tag) == "wiped"
