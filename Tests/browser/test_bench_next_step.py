"""The bench page shows the next step first (issue 13, item 12): a summary at the top with the device's stage, the
stage it usually goes to next and what that stage asks as a checklist, and the one next action as the primary
button; a move not possible is a checklist, not a button; smartctl's own English in the reader's words; the
device's history with who and when in local time; the scan field finding devices by words (maker, model, start of
a serial) with a short list to pick from. In French and in English, at a laptop's 1366×768 and a tablet's
820×1180; axe-core and screenshots."""

import re
import secrets

import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By

from conftest import url_path, wait_for
from test_bench import laptop_report, report_for, technician  # noqa: F401 (fixtures)

SIZES = [(1366, 768), (820, 1180)]
# refurb.css's --good and --bad, as the browser computes them.
GOOD_GREEN = "rgba(23, 102, 58, 1)"
BAD_RED = "rgba(163, 22, 27, 1)"
BRIDGE = "Unknown USB bridge [0x152d:0x0578 (0x301)]"

WORDS = {
    "fr": {
        "received": "reçu", "diagnosed": "diagnostiqué", "wiped": "effacé",
        "heading": "Prochaine étape : « {} »", "move": "Passer à « {} »", "report": "Rapport de diagnostic",
        "erase": "Voir les disques à effacer", "toErase": "à effacer", "done": "C'est fait : l'appareil est à l'étape « {} ».",
        "bridge": "aucune donnée de santé (boîtier USB inconnu : il ne transmet pas la santé du disque)",
        "matches": "2 appareils correspondent à « {} » : choisissez le vôtre.",
        "moved": "Passé de « {} » à « {} »", "when": r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", "notPossible": "Pas encore possible",
    },
    "en": {
        "received": "received", "diagnosed": "diagnosed", "wiped": "wiped",
        "heading": "Next stage: “{}”", "move": "Move to “{}”", "report": "Hardware report",
        "erase": "See the disks to erase", "toErase": "to erase", "done": "Done: the device is now “{}”.",
        "bridge": "no health data (unknown USB enclosure: it does not pass the drive's health on)",
        "matches": "2 devices match “{}”: pick yours.",
        "moved": "Moved from “{}” to “{}”", "when": r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", "notPossible": "Not possible yet",
    },
}


def two_devices(server, token, laptop_report):
    """Two laptops of one model taken in and probed, the first disk of each behind a USB bridge smartctl does not
    know; returns the model's word, the tags and the reports."""
    word = "ZB" + secrets.token_hex(3).upper()
    status, lot = server.api("POST", "/api/lots", {"donor": "Mairie de Rennes"})
    assert status == 201, lot
    devices = []
    for model in ("Carbon", "Yoga"):
        status, device = server.api("POST", "/api/devices", {"lot": lot["code"], "category": "laptop",
                                                             "manufacturer": "Lenovo", "model": f"{word} {model}"})
        assert status == 201, device
        report = report_for(laptop_report)
        report["storage"][0]["smart"] = {
            "verdict": "unknown", "messages": [BRIDGE],
            "reasons": [{"severity": "info", "key": "probe.smart.noData", "arguments": [BRIDGE],
                         "text": f"no health data ({BRIDGE})"}]}
        status, receipt = server.api("POST", f"/api/devices/{device['assetTag']}/diagnostics", report, token=token)
        assert status == 201, receipt
        devices.append((device["assetTag"], report))
    return word, devices


def summary_text(driver):
    return driver.find_element(By.ID, "summary").text


def full_page(driver, screenshot, name, size):
    """The whole page at the size's width, then the window back to the size."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(size[0], max(size[1], height + 140))
    path = screenshot(driver, name)
    driver.set_window_size(*size)
    return path


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_next_step_comes_first(request, server, login, scan, axe, screenshot, technician, laptop_report, language, size):
    driver = request.getfixturevalue("driver" if language == "fr" else "driver_en")
    words = WORDS[language]
    username, password, token = technician
    word, devices = two_devices(server, token, laptop_report)
    (tag, report), (other, _) = devices
    suffix = f"{language}-{size[0]}x{size[1]}"

    driver.set_window_size(*size)
    login(driver, username, password, station="banc-3")
    driver.get(server.base_url + "/bench")

    # Words in the scan field: both laptops of the model are listed; picking one opens it.
    scan(driver.find_element(By.ID, "scan"), word.lower())
    matches = wait_for(driver, lambda d: d.find_elements(By.ID, "matches"), "words in the scan field listed nothing")[0]
    assert words["matches"].format(word.lower()) in matches.text
    links = {a.get_attribute("href"): a for a in matches.find_elements(By.CSS_SELECTOR, "a.match")}
    assert set(links) == {server.base_url + f"/bench/{tag}", server.base_url + f"/bench/{other}"}
    assert f"{word} Carbon" in matches.text and f"{word} Yoga" in matches.text
    axe(driver)
    screenshot(driver, f"bench-search-{suffix}")
    links[server.base_url + f"/bench/{tag}"].click()
    wait_for(driver, lambda d: url_path(d) == f"/bench/{tag}", "picking a device did not open it")

    # The summary is the first thing of the page, in view: the stage, the next stage's checklist, one primary action.
    main = driver.find_element(By.TAG_NAME, "main")
    first_card = main.find_element(By.CSS_SELECTOR, "section.card")
    assert first_card.get_attribute("id") == "summary"
    top = driver.execute_script("return document.getElementById('summary').getBoundingClientRect().top")
    assert 0 <= top < size[1] / 3, f"the summary starts at {top}px, not at the top"
    assert driver.find_element(By.ID, "summary-stage").text == words["received"]
    assert driver.find_element(By.ID, "next-heading").text == words["heading"].format(words["diagnosed"])
    met = driver.find_elements(By.CSS_SELECTOR, "#next-checklist li.met")
    assert [item.find_element(By.TAG_NAME, "strong").text for item in met] == [words["report"]]
    assert met[0].find_element(By.CSS_SELECTOR, ".mark").value_of_css_property("color") == GOOD_GREEN
    action = driver.find_element(By.ID, "next-action")
    assert action.tag_name == "button" and action.text == words["move"].format(words["diagnosed"])
    assert "primary" in action.get_attribute("class").split()
    assert driver.find_elements(By.CSS_SELECTOR, "#summary .primary") == [action], "one next action"
    rect = driver.execute_script("return arguments[0].getBoundingClientRect().bottom", action)
    assert rect <= driver.execute_script("return window.innerHeight"), "the next action is in view without scrolling"
    axe(driver)
    screenshot(driver, f"bench-next-step-received-{suffix}")

    # The next action moves the device; the summary says so and leads to the next thing: the disks to erase.
    action.click()

    def moved(d):
        try:
            return words["done"].format(words["diagnosed"]) in summary_text(d)
        except StaleElementReferenceException:
            return False
    wait_for(driver, moved, "the next action did not move the device")
    assert driver.find_element(By.ID, "next-heading").text == words["heading"].format(words["wiped"])
    missing = driver.find_elements(By.CSS_SELECTOR, "#next-checklist li.missing")
    # The fixture's USB sticks are not the device's disks (issue 13, item 5): nothing to erase on them.
    disks = [disk for disk in report["storage"] if not disk["removable"] and disk["transport"] != "usb"]
    assert len(missing) == len(disks), "one line per disk to erase"
    for item in missing:
        assert words["toErase"] in item.text
        assert item.find_element(By.CSS_SELECTOR, ".mark").value_of_css_property("color") == BAD_RED
    for disk in disks:
        if disk.get("serialNumber"):
            assert disk["serialNumber"] in summary_text(driver), "each disk by its serial as the firmware gave it"
    action = driver.find_element(By.ID, "next-action")
    assert action.tag_name == "a" and action.text == words["erase"]
    assert action.get_attribute("href").endswith("#disks")

    # "Wiped" is not possible: a checklist with what is missing, and no button.
    wiped = driver.find_element(By.CSS_SELECTOR, "#moves .move[data-stage='wiped']")
    assert not wiped.find_elements(By.TAG_NAME, "button")
    assert words["notPossible"] in wiped.text and words["move"].format(words["wiped"]) in wiped.text
    assert wiped.find_elements(By.CSS_SELECTOR, ".rules li.missing")

    # smartctl's message in the reader's words, its own text kept beside it.
    disks = driver.find_element(By.ID, "disks")
    assert words["bridge"] in disks.text
    raw = disks.find_element(By.CSS_SELECTOR, ".reasons .raw span[lang=en]")
    assert raw.text == BRIDGE
    axe(driver)
    screenshot(driver, f"bench-next-step-{suffix}")
    full_page(driver, screenshot, f"bench-next-step-full-{suffix}", size)

    # The history: every event, the latest first, with who and when in the workshop's local time.
    rows = driver.find_elements(By.CSS_SELECTOR, "#history tbody tr")
    status, events = server.api("GET", f"/api/devices/{tag}/events")
    assert status == 200 and len(rows) == len(events), "every event"
    latest = rows[0].find_elements(By.TAG_NAME, "td")
    assert re.fullmatch(words["when"], latest[0].text), latest[0].text
    assert username in latest[1].text and "banc-3" in latest[1].text
    assert latest[2].text == words["moved"].format(words["received"], words["diagnosed"])
    assert rows[-1].get_attribute("data-kind") == "received"
    driver.execute_script("document.getElementById('history').scrollIntoView()")
    screenshot(driver, f"bench-history-{suffix}")

    # A move through the checklist's way: the primary link goes to the disks.
    action.click()
    wait_for(driver, lambda d: d.current_url.endswith("#disks"), "the next action did not lead to the disks")
