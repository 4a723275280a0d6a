"""Back, refresh and stale tabs on every station (issue 13, item 10): a page the browser restores from its
back-forward cache loads again from the service, at the bench, at intake and in the office as in the shop (the
restore is played by the `pageshow` event it fires, `persisted` set). In French and in English, at 1366x768 and at a
tablet's 820x1180; axe-core and screenshots."""

import pytest

from conftest import wait_for

SIZES = [(1366, 768), (820, 1180)]
STATIONS = ["/bench", "/intake", "/office", "/shop"]


def restored_from_cache_reloads(driver):
    driver.execute_script("window.__refurbStale = true;"
                          "window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));")
    wait_for(driver, lambda d: d.execute_script("return window.__refurbStale !== true && document.readyState === 'complete'"),
             f"{driver.current_url} restored from the back-forward cache did not load again")


@pytest.mark.parametrize("width,height", SIZES)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_station_reloads_a_page_restored_from_the_cache(request, server, login, axe, screenshot, language,
                                                               width, height):
    driver = request.getfixturevalue("driver" if language == "fr" else "driver_en")
    driver.set_window_size(width, height)
    user = f"retour-{language}-{width}"
    password = server.make_user(user, ["admin", "intake", "technician", "shop"])
    login(driver, user, password)
    for path in STATIONS:
        driver.get(server.base_url + path)
        for dialog in driver.find_elements("css selector", "dialog#no-printer[open]"):
            dialog.find_element("id", "no-printer-continue").click()
        restored_from_cache_reloads(driver)
        axe(driver)
        screenshot(driver, f"reloaded{path.replace('/', '-')}-{language}-{width}")
    # A page that is not restored (an ordinary pageshow) stays as it is.
    driver.execute_script("window.__refurbKept = true; window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: false}));")
    assert driver.execute_script("return window.__refurbKept === true")
