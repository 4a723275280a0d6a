"""The office's accounts and tokens, as an admin uses them (issue 13, item 8): an account's page changes its roles,
gives it a new password and disables it after confirming; a made-up password is shown on the page the form
redirects to, with a copy button, and a reload loses nothing; a name that differs only by accents is refused,
naming the account that exists; a token's account is always chosen, and the command its page shows is pasted in a
shell and really sends a probe report. In French and in English, at a laptop's 1366×768 and a tablet's 820×1180,
axe-core on every page, screenshots of each step."""

import os
import secrets
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import BINARY, REPO, WAIT_SECONDS, url_path, wait_for

LAPTOP_FIXTURE = REPO / "Tests" / "DiagnosticsTests" / "Fixtures" / "laptop.tar.gz"
LAPTOP = (1366, 768)
TABLET = (820, 1180)
# Keys and options the pages must never show: they say the screen's words instead (issue 13, item 9). In English
# the roles' words are their keys, so a raw list of keys is looked for in French only.
RAW_WORDS = ["manageAccounts", "manageTokens", "--role", "--token", "--submit"]
RAW_WORDS_FR = ["intake,", "technician,", "shop,", "(admin)", "(technician)"]


def unique(prefix):
    return f"{prefix}{secrets.token_hex(3)}"


def text_of(driver):
    return driver.find_element(By.TAG_NAME, "main").text


def notice(driver):
    return wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".message.good[role=status]"), "no notice shown")[0].text


def error(driver):
    return wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".message.error[role=alert]"), "no error shown")[0].text


def sized(driver, size):
    driver.set_window_size(*size)
    return driver


def shoot(driver, screenshot, name, size):
    """The window as it is, then the whole page (the window made as tall as the page), then the size back."""
    screenshot(driver, f"office-accounts-{name}-{size[0]}x{size[1]}")
    height = driver.execute_script("return document.documentElement.scrollHeight")
    if height > size[1]:
        chrome = driver.execute_script("return window.outerHeight - window.innerHeight")
        driver.set_window_size(size[0], height + chrome)
        screenshot(driver, f"office-accounts-{name}-{size[0]}x{size[1]}-whole")
        driver.set_window_size(*size)


def no_raw_words(driver):
    page = text_of(driver)
    french = driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    for word in RAW_WORDS + (RAW_WORDS_FR if french else []):
        assert word not in page, f"{word!r} shown on {driver.current_url}:\n{page}"


def secret_shown(driver):
    return wait_for(driver, lambda d: d.find_elements(By.ID, "secret-value"), "no secret shown")[0].text


def clipboard(driver):
    """What the page put on the clipboard (Chromium lets a test read it once granted)."""
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "navigator.clipboard.readText().then(done, error => done('ERROR ' + error));")


def allow_clipboard(driver, server):
    driver.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": server.base_url, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})


def session_works(server, username, password):
    import json
    import urllib.error
    import urllib.request
    request = urllib.request.Request(server.base_url + "/api/session", method="POST",
                                     data=json.dumps({"username": username, "password": password}).encode(),
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=WAIT_SECONDS) as answer:
            return answer.status == 200
    except urllib.error.HTTPError:
        return False


def add_account(driver, username, roles, password=""):
    form = driver.find_element(By.CSS_SELECTOR, "form[action='/office/users']")
    form.find_element(By.ID, "new-username").send_keys(username)
    for role in roles:
        form.find_element(By.ID, f"role-{role}").click()
    if password:
        form.find_element(By.ID, "new-password").send_keys(password)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()


@pytest.mark.parametrize("size", [LAPTOP, TABLET], ids=["laptop", "tablet"])
def test_made_up_password_survives_a_reload_and_accented_twin_is_refused(server, driver, login, axe, screenshot, size):
    sized(driver, size)
    admin = unique("chef")
    login(driver, admin, server.make_user(admin, ["admin"]))
    allow_clipboard(driver, server)
    driver.get(server.base_url + "/office/users")
    axe(driver)
    no_raw_words(driver)

    lea = unique("lea")
    add_account(driver, lea, ["shop"])
    wait_for(driver, lambda d: url_path(d) == f"/office/users/{lea}/new-password", "the form redirects to the password's page")
    assert f"Le compte « {lea} » a été créé." in notice(driver)
    password = secret_shown(driver)
    assert len(password) == 16 and password not in driver.current_url
    assert "jusqu'à" in text_of(driver) and "10 minutes" in text_of(driver)
    axe(driver)
    no_raw_words(driver)
    shoot(driver, screenshot, "made-up-password", size)

    # The copy button puts exactly the password on the clipboard and says so.
    copy = driver.find_element(By.CSS_SELECTOR, "button.copy[data-copy='secret-value']")
    assert copy.is_displayed()
    copy.click()
    wait_for(driver, lambda d: d.find_element(By.ID, "copy-status").text == "Copié.", "the copy is announced")
    assert clipboard(driver) == password

    # F5 loses nothing: the same password, on the same address.
    driver.refresh()
    assert secret_shown(driver) == password
    assert session_works(server, lea, password)

    # « Léa… » is « lea… » to anyone reading: refused at creation, naming the account that exists.
    driver.get(server.base_url + "/office/users")
    twin = "Léa" + lea[3:]
    add_account(driver, twin, ["shop"], password="un mot de passe assez long")
    message = error(driver)
    assert f"« {twin} »" in message and f"compte existant « {lea} »" in message, message
    assert driver.find_element(By.ID, "new-username").get_attribute("value") == twin
    status, accounts = server.api("GET", "/api/users")
    assert twin not in [account["username"] for account in accounts]
    axe(driver)
    shoot(driver, screenshot, "accented-twin-refused", size)

    # Once noted, the page no longer shows it, even on its old address.
    driver.get(server.base_url + f"/office/users/{lea}/new-password")
    driver.find_element(By.ID, "secret-noted").click()
    wait_for(driver, lambda d: url_path(d) == f"/office/users/{lea}")
    driver.get(server.base_url + f"/office/users/{lea}/new-password")
    assert not driver.find_elements(By.ID, "secret-value")
    assert "n'est plus affiché" in driver.find_element(By.ID, "secret-gone").text
    axe(driver)


@pytest.mark.parametrize("size", [LAPTOP, TABLET], ids=["laptop", "tablet"])
def test_roles_new_password_and_disabling_from_the_account_page(server, driver, login, axe, screenshot, size):
    sized(driver, size)
    admin = unique("chef")
    login(driver, admin, server.make_user(admin, ["admin"]))
    volunteer = unique("camille")
    old_password = server.make_user(volunteer, ["technician"])
    token = server.make_token(volunteer)

    driver.get(server.base_url + "/office/users")
    driver.find_element(By.CSS_SELECTOR, f"tr[data-username='{volunteer}'] a").click()
    wait_for(driver, lambda d: url_path(d) == f"/office/users/{volunteer}")
    assert driver.find_element(By.TAG_NAME, "h1").text == f"Compte « {volunteer} »"
    assert driver.find_element(By.ID, "role-technician").is_selected()
    axe(driver)
    no_raw_words(driver)

    # Roles: ticked and saved, in place.
    driver.find_element(By.ID, "role-shop").click()
    driver.find_element(By.ID, "save-roles").click()
    assert f"Les rôles du compte « {volunteer} » sont enregistrés." in notice(driver)
    assert driver.find_element(By.ID, "role-shop").is_selected()
    status, accounts = server.api("GET", "/api/users")
    assert sorted(next(a for a in accounts if a["username"] == volunteer)["roles"]) == ["shop", "technician"]
    shoot(driver, screenshot, "account-page", size)

    # A new password: asked first (cancel changes nothing), then shown after the redirect.
    driver.find_element(By.ID, "new-password").click()
    wait_for(driver, lambda d: url_path(d) == f"/office/users/{volunteer}/password")
    assert f"Donner un nouveau mot de passe à « {volunteer} » ?" == driver.find_element(By.TAG_NAME, "h1").text
    axe(driver)
    shoot(driver, screenshot, "new-password-confirm", size)
    driver.find_element(By.LINK_TEXT, "Annuler").click()
    wait_for(driver, lambda d: url_path(d) == f"/office/users/{volunteer}")
    assert session_works(server, volunteer, old_password)
    driver.find_element(By.ID, "new-password").click()
    wait_for(driver, lambda d: url_path(d) == f"/office/users/{volunteer}/password")
    driver.find_element(By.ID, "confirm-action").click()
    wait_for(driver, lambda d: url_path(d) == f"/office/users/{volunteer}/new-password")
    new_password = secret_shown(driver)
    assert "ses sessions ouvertes sont fermées" in notice(driver)
    driver.refresh()
    assert secret_shown(driver) == new_password
    assert not session_works(server, volunteer, old_password)
    assert session_works(server, volunteer, new_password)
    axe(driver)
    shoot(driver, screenshot, "new-password-shown", size)

    # Disabling: asked first, saying it can be undone; then its token is refused at once.
    driver.get(server.base_url + f"/office/users/{volunteer}")
    driver.find_element(By.ID, "disable-account").click()
    wait_for(driver, lambda d: url_path(d) == f"/office/users/{volunteer}/disable")
    assert "pourra être réactivé" in text_of(driver)
    assert server.api("GET", "/api/lots", token=token)[0] == 200, "asking changes nothing"
    axe(driver)
    shoot(driver, screenshot, "disable-confirm", size)
    driver.find_element(By.ID, "confirm-action").click()
    wait_for(driver, lambda d: url_path(d) == f"/office/users/{volunteer}")
    assert f"Le compte « {volunteer} » est désactivé" in notice(driver)
    assert server.api("GET", "/api/lots", token=token)[0] == 401
    assert not session_works(server, volunteer, new_password)
    axe(driver)
    driver.get(server.base_url + "/office/users")
    row = driver.find_element(By.CSS_SELECTOR, f"tr[data-username='{volunteer}']")
    assert "désactivé" in row.text
    shoot(driver, screenshot, "accounts-list", size)

    # Enabled again from its page; nobody is offered to disable themselves.
    driver.get(server.base_url + f"/office/users/{volunteer}")
    driver.find_element(By.ID, "enable-account").click()
    assert f"Le compte « {volunteer} » est réactivé." in notice(driver)
    assert server.api("GET", "/api/lots", token=token)[0] == 200
    driver.get(server.base_url + f"/office/users/{admin}")
    assert not driver.find_elements(By.ID, "disable-account")
    assert "C'est votre propre compte" in text_of(driver)
    status, events = server.api("GET", "/api/audit")
    done = [event for event in events if volunteer in event.get("text", "") or volunteer in str(event)]
    assert done, "the changes are in the administration log"


@pytest.fixture
def laptop_tree():
    """The ThinkPad fixture tree of the Diagnostics tests, for a probe run as a bench machine would, with a serial
    of its own (same length, in the SMBIOS table and in sysfs): the service refuses one machine's report for two
    devices."""
    folder = Path(tempfile.mkdtemp(prefix="refurb-accounts-laptop-"))
    with tarfile.open(LAPTOP_FIXTURE) as archive:
        archive.extractall(folder, filter="tar")
    tree = folder / "laptop"
    serial = ("PF" + secrets.token_hex(3)).upper().encode()
    for path in [tree / "sys/firmware/dmi/tables/DMI", tree / "sys/devices/virtual/dmi/id/product_serial"]:
        data = path.read_bytes()
        assert b"PF0ABCDE" in data, path
        path.write_bytes(data.replace(b"PF0ABCDE", serial))
    yield tree
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("size", [LAPTOP, TABLET], ids=["laptop", "tablet"])
def test_token_command_pasted_on_a_bench_sends_a_report(server, driver_en, login, axe, screenshot, laptop_tree, size):
    driver = sized(driver_en, size)
    admin = unique("boss")
    login(driver, admin, server.make_user(admin, ["admin"]))
    bench = unique("bench")
    server.make_user(bench, ["technician"])
    allow_clipboard(driver, server)

    driver.get(server.base_url + "/office/tokens")
    axe(driver)
    no_raw_words(driver)
    account = Select(driver.find_element(By.ID, "token-account"))
    assert account.first_selected_option.get_attribute("value") == "", "no account is chosen for you"
    assert account.first_selected_option.text == "— Choose the account —"
    assert driver.find_element(By.ID, "token-account").get_attribute("required") is not None
    labels = [option.text for option in account.options]
    assert f"{bench} (technician)" in labels

    # Sent without an account anyway (the browser's own check taken off), the service refuses it in words.
    name = unique("bench-")
    driver.find_element(By.ID, "token-name").send_keys(name)
    driver.execute_script("document.getElementById('token-account').removeAttribute('required')")
    driver.find_element(By.CSS_SELECTOR, "form[action='/office/tokens'] button[type=submit]").click()
    assert "Choose the account the token will act as." in error(driver)
    assert driver.find_element(By.ID, "token-name").get_attribute("value") == name
    axe(driver)

    Select(driver.find_element(By.ID, "token-account")).select_by_visible_text(f"{bench} (technician)")
    driver.find_element(By.CSS_SELECTOR, "form[action='/office/tokens'] button[type=submit]").click()
    wait_for(driver, lambda d: url_path(d).endswith("/new"), "the form redirects to the token's page")
    assert f"The token “{name}” was created." in notice(driver)
    secret = secret_shown(driver)
    assert secret.startswith("rft_") and secret not in driver.current_url
    command = driver.find_element(By.ID, "bench-command").text
    assert command == f"export REFURB_URL='{server.base_url}' REFURB_TOKEN='{secret}'"
    assert driver.find_element(By.ID, "loopback-warning").is_displayed(), "127.0.0.1 only works on the server: said so"
    example = driver.find_element(By.ID, "bench-example").text
    assert example == "refurb probe --device R000123X"
    axe(driver)
    no_raw_words(driver)
    shoot(driver, screenshot, "token-command", size)

    driver.find_element(By.CSS_SELECTOR, "button.copy[data-copy='bench-command']").click()
    wait_for(driver, lambda d: d.find_element(By.ID, "copy-status").text == "Copied.")
    pasted = clipboard(driver)
    assert pasted == command
    driver.refresh()
    assert secret_shown(driver) == secret and driver.find_element(By.ID, "bench-command").text == command

    # On the bench: the pasted line, then the example with a real tag (plus what this test machine needs: the
    # fixture tree instead of its own hardware, no SMART, a spool of its own). The report reaches the service.
    status, lot = server.api("POST", "/api/lots", {"donor": "Mairie de Rennes"})
    status, device = server.api("POST", "/api/devices", {"lot": lot["code"], "category": "laptop"})
    tag = device["assetTag"]
    spool = Path(tempfile.mkdtemp(prefix="refurb-accounts-spool-"))
    try:
        script = (pasted + "\n" + example.replace("R000123X", tag)
                  + f" --root '{laptop_tree}' --no-smart --spool '{spool}'\n")
        environment = {key: value for key, value in os.environ.items() if not key.startswith("REFURB_")}
        environment["PATH"] = f"{Path(BINARY).parent}:{environment.get('PATH', '')}"
        environment["REFURB_LANG"] = "en"
        shell = subprocess.run(["bash", "-e"], input=script, capture_output=True, text=True, timeout=120, env=environment)
        assert shell.returncode == 0, f"the pasted command failed:\n{shell.stdout}\n{shell.stderr}"
        assert not any(spool.rglob("*.json")), "sent, not kept for later"
    finally:
        shutil.rmtree(spool, ignore_errors=True)
    status, moved = server.api("POST", f"/api/devices/{tag}/moves", {"to": "diagnosed"})
    assert status == 200, f"the report did not reach the service: {moved}"


@pytest.mark.parametrize("size", [LAPTOP, TABLET], ids=["laptop", "tablet"])
def test_accounts_pages_in_english(server, driver_en, login, axe, screenshot, size):
    driver = sized(driver_en, size)
    admin = unique("boss")
    login(driver, admin, server.make_user(admin, ["admin"]))
    volunteer = unique("sam")
    server.make_user(volunteer, ["intake"])
    driver.get(server.base_url + "/office/users")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Accounts"
    axe(driver)
    driver.find_element(By.CSS_SELECTOR, f"tr[data-username='{volunteer}'] a").click()
    wait_for(driver, lambda d: url_path(d) == f"/office/users/{volunteer}")
    assert driver.find_element(By.TAG_NAME, "h1").text == f"Account “{volunteer}”"
    page = text_of(driver)
    for words in ["Roles", "Save the roles", "Give a new password", "Disable the account"]:
        assert words in page, words
    # No role ticked: refused with the roles' names, and nothing changes.
    driver.find_element(By.ID, "role-intake").click()
    driver.find_element(By.ID, "save-roles").click()
    assert "Tick at least one role: intake, technician, shop, admin." in error(driver)
    status, accounts = server.api("GET", "/api/users")
    assert next(a for a in accounts if a["username"] == volunteer)["roles"] == ["intake"]
    axe(driver)
    shoot(driver, screenshot, "account-page-en", size)
    driver.find_element(By.ID, "disable-account").click()
    wait_for(driver, lambda d: url_path(d).endswith("/disable"))
    assert driver.find_element(By.TAG_NAME, "h1").text == f"Disable the account “{volunteer}”?"
    assert "can be enabled again later" in text_of(driver)
    axe(driver)
    driver.find_element(By.LINK_TEXT, "Cancel").click()
    wait_for(driver, lambda d: url_path(d) == f"/office/users/{volunteer}")
