"""The donor report can be handed over (issue 13, item 11): a lot whose desktop still has a drive to erase gives a
provisional report, which the office warns about before the download and which says « provisoire »; the workshop's
name, address and contact, set once by an admin, head it; it gives the kilograms reused and recycled; a drive erased
for real (a loop device, which has no serial) is named in words, never by its device path, with the method in words
and a certificate reference that can be checked without signing in; the lot's tags are links. In French and in
English, at 1366×768 and at a tablet's 820×1180; axe-core on every page; screenshots of the pages and of the PDF's
first page (pdftoppm)."""

import json
import secrets
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from test_bench import laptop_report  # noqa: F401 (a fixture)
from conftest import loop_devices, pass_all_tests, BINARY, REPO, SCREENSHOTS, WAIT_SECONDS, url_path, wait_for

VIEWPORTS = {"1366x768": (1366, 768), "820x1180": (820, 1180)}
IDENTITY = {"name": "Atelier Solidaire de Rennes", "address": "12 rue des Lilas\n35000 Rennes",
            "contact": "02 99 00 00 00 · atelier@example.org"}


def unique(prefix):
    return f"{prefix}-{secrets.token_hex(3).upper()}"


def expect(answer, *statuses):
    status, body = answer
    assert status in (statuses or (200, 201)), f"{status}: {body!r}"
    return body


def pdf_text(data):
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed to read the report: run scripts/setup"
    return subprocess.run([tool, "-", "-"], input=data, capture_output=True, check=True).stdout.decode()


def pdf_first_page_png(data, name):
    """The PDF's first page as a PNG beside the screenshots, to look at; skipped (with its reason) without pdftoppm."""
    tool = shutil.which("pdftoppm")
    if not tool:
        print("pdftoppm is missing: the report's first page was not rendered to PNG")
        return None
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    stem = SCREENSHOTS / name
    subprocess.run([tool, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", "-", str(stem)], input=data, check=True)
    return stem.with_suffix(".png")


def set_viewport(driver, size):
    width, height = VIEWPORTS[size]
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def text_of(driver):
    return driver.find_element(By.TAG_NAME, "main").text


def download(driver, click, file_name):
    """Clicks what downloads the report and returns the saved file's bytes."""
    folder = Path(tempfile.mkdtemp(prefix="refurb-donor-downloads-"))
    try:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)})
        click()
        expected = folder / file_name
        deadline = time.monotonic() + WAIT_SECONDS
        while not expected.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert expected.exists(), f"no download; the folder holds {list(folder.iterdir())}"
        return expected.read_bytes()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------------------------------------------------------
# The lot, prepared through the API as intake and a bench machine would


def report_with(laptop_report, disks):
    report = json.loads(json.dumps(laptop_report))
    report["system"]["serialNumber"] = unique("PF")
    template = report["storage"][0]
    report["storage"] = []
    for disk in disks:
        entry = dict(template)
        for unknown in ("smart", "vendor", "serialNumber", "wwn"):
            entry.pop(unknown, None)
        entry.update({"rotational": False, "removable": False, "readOnly": False, "transport": "unknown"})
        entry.update(disk)
        report["storage"].append(entry)
    return report


@pytest.fixture(scope="module")
def donor_lot(server, laptop_report):
    """A lot weighed 30,4 kg: a laptop whose disk (a loop device: no serial) was wiped for real and which is ready for
    sale, a desktop whose drive (serial in lower case, as its firmware gives it) still waits, and a monitor recycled.
    Typical weights 2,2 + 8 + 5 = 15,2 kg, so each device counts double."""
    with loop_devices(1, "refurb-donor-lot-") as (devices, folder):
        loop = devices[0]
        technician = unique("tech").lower()
        server.make_user(technician, ["technician"])
        token = server.make_token(technician)
        donor = unique("Banque Solidaire")
        lot = expect(server.api("POST", "/api/lots", {"donor": donor, "weightKg": "30,4", "declaredCount": 3}))
        code = lot["code"]

        laptop = expect(server.api("POST", "/api/devices", {"lot": code, "category": "laptop"}))["assetTag"]
        expect(server.api("POST", f"/api/devices/{laptop}/diagnostics", report_with(laptop_report, [
            {"name": Path(loop).name, "devicePath": loop, "model": "Loop device", "sizeBytes": 8 * 1024 * 1024}]), token=token))
        keys = folder / "keys"
        made = subprocess.run([str(BINARY), "keys", "init", "--keys", str(keys)], capture_output=True, text=True)
        assert made.returncode == 0, made.stderr
        server.register_station_key((keys / "station-ed25519.pub.pem").read_text())
        wipe = subprocess.run(
            [str(BINARY), "wipe", loop, "--yes", "--method", "zero", "--asset-tag", laptop, "--submit", server.base_url,
             "--token", token, "--keys", str(keys), "--certificate-dir", str(folder / "certificates"),
             "--spool", str(folder / "spool"), "--station", "banc-1", "--operator", technician, "--workshop", "Atelier test",
             "--progress", "none", "--lang", "en"],
            capture_output=True, text=True, timeout=300)
        assert wipe.returncode == 0, f"refurb wipe failed:\n{wipe.stdout}\n{wipe.stderr}"
        certificates = expect(server.api("GET", f"/api/devices/{laptop}/erasures"))
        assert len(certificates) == 1 and certificates[0]["passed"], certificates
        expect(server.api("PUT", f"/api/devices/{laptop}/price", {"grade": "B", "priceCents": 12900}, token=token))
        pass_all_tests(server, laptop, token)
        for stage in ("diagnosed", "wiped", "ready"):
            expect(server.api("POST", f"/api/devices/{laptop}/moves", {"to": stage}, token=token))

        desktop = expect(server.api("POST", "/api/devices", {"lot": code, "category": "desktop"}))["assetTag"]
        expect(server.api("POST", f"/api/devices/{desktop}/diagnostics", report_with(laptop_report, [
            {"name": "sda", "devicePath": "/dev/sda", "model": "WDC WD5000AAKX", "serialNumber": "wd-wcc2ez123456",
             "sizeBytes": 500_107_862_016, "rotational": True, "transport": "sata"}]), token=token))

        monitor = expect(server.api("POST", "/api/devices", {"lot": code, "category": "monitor", "serial": unique("EC")}))["assetTag"]
        expect(server.api("POST", f"/api/devices/{monitor}/storage/none", {"note": "un écran"}))
        expect(server.api("POST", f"/api/devices/{monitor}/moves", {"to": "recycled"}))

        certificate = expect(server.api("GET", f"/api/certificates/{certificates[0]['id']}"))
        fingerprint = "-".join(certificate["signature"]["recordSHA256"][i:i + 4] for i in range(0, 16, 4))
        yield {"code": code, "donor": donor, "laptop": laptop, "desktop": desktop, "monitor": monitor,
               "certificate": certificates[0]["id"], "fingerprint": fingerprint, "loop": loop}


@pytest.fixture(scope="module")
def admin(server):
    username = unique("bureau").lower()
    return username, server.make_user(username, ["admin"])


# ---------------------------------------------------------------------------------------------------------------
# Tests


@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_provisional_report_in_french(server, driver, login, axe, screenshot, donor_lot, admin, size):
    login(driver, *admin)
    set_viewport(driver, size)
    code = donor_lot["code"]
    driver.get(server.base_url + f"/office/lots/{code}")
    page = text_of(driver)
    warning = driver.find_element(By.ID, "report-provisional").text
    assert warning.startswith("Rapport provisoire : 1 appareil(s) du lot peuvent encore contenir des données du donateur")
    assert donor_lot["desktop"] in warning
    assert driver.find_element(By.ID, "lot-weight-outcome").text == "Réemployé : 4,4 kg ; recyclé : 10 kg ; encore à l'atelier : 16 kg."
    assert "selon le poids habituel de leur catégorie" in driver.find_element(By.ID, "lot-weight-how").text
    # Every tag is a link to the device's page; the loop disk is named in words, never by its path.
    links = {a.text: a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "table.devices th.tag a")}
    for tag in (donor_lot["laptop"], donor_lot["desktop"], donor_lot["monitor"]):
        assert links.get(tag) == server.base_url + f"/bench/{tag}", links
    assert "sans numéro de série" in page and "path:" not in page.lower()
    assert "wd-wcc2ez123456" in page, "the serial as its firmware gave it"
    assert "écrasement par des zéros, 1 passe" in page
    assert f"référence {donor_lot['certificate']} · {donor_lot['fingerprint']}" in page
    axe(driver)
    screenshot(driver, f"donor-lot-provisional-fr-{size}")
    driver.execute_script("document.querySelector('table.devices').scrollIntoView()")
    screenshot(driver, f"donor-lot-devices-fr-{size}")

    # A tag leads to the device.
    driver.find_element(By.LINK_TEXT, donor_lot["desktop"]).click()
    wait_for(driver, lambda d: url_path(d) == f"/bench/{donor_lot['desktop']}")
    driver.back()
    wait_for(driver, lambda d: url_path(d) == f"/office/lots/{code}")

    # The report's button warns first; the download is a deliberate second step.
    driver.find_element(By.ID, "donor-report").click()
    wait_for(driver, lambda d: url_path(d) == f"/office/lots/{code}/report")
    assert driver.find_element(By.TAG_NAME, "h1").text == f"Rapport provisoire — lot {code}"
    assert "portera en tête la mention « RAPPORT PROVISOIRE »" in driver.find_element(By.ID, "report-warning").text
    assert donor_lot["desktop"] in text_of(driver)
    axe(driver)
    screenshot(driver, f"donor-report-warning-fr-{size}")
    data = download(driver, lambda: driver.find_element(By.ID, "download-provisional").click(), f"rapport-donateur-{code}.pdf")
    assert data.startswith(b"%PDF-")
    report = pdf_text(data)
    flat = " ".join(report.split())
    for expected in ["RAPPORT PROVISOIRE", f"Rapport au donateur — lot {code}", "Ce rapport est provisoire : 1 appareil(s)",
                     donor_lot["desktop"], "rapport provisoire du", "Ce que sont devenus les 30,4 kg du lot",
                     # pdftotext reads the labels' column, then the values'.
                     "Réemployés (vendus, donnés ou prêts à la vente) Recyclés (filière agréée, ou démontés pour pièces) "
                     "Encore à l'atelier 4,4 kg 10 kg 16 kg", "sans numéro de série", "écrasement par des zéros, 1 passe",
                     f"Certificat n° {donor_lot['certificate']} — empreinte {donor_lot['fingerprint']}", "wd-wcc2ez123456",
                     "pas encore effacé"]:
        assert expected in flat, f"{expected!r} not in the report:\n{report}"
    assert "PATH:" not in flat.upper() and donor_lot["loop"] not in flat, "no device path in the report"
    pdf_first_page_png(data, f"donor-report-pdf-fr-{size}")


def test_reference_is_checked_without_signing_in(server, donor_lot):
    """The link next to a certificate on the lot's page is the check a donor can make: no cookie, no token."""
    url = (server.base_url + f"/api/certificates/{donor_lot['certificate']}/verification"
           f"?fingerprint={donor_lot['fingerprint'].upper()}")
    with urllib.request.urlopen(urllib.request.Request(url), timeout=WAIT_SECONDS) as answer:
        checked = json.load(answer)
    assert checked["signatureValid"] is True and checked["stationKeyRegistered"] is True
    assert checked["assetTag"] == donor_lot["laptop"] and checked["status"] == "erased"
    wrong = url[:-1] + ("0" if url[-1] != "0" else "1")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(urllib.request.Request(wrong, headers={"Accept-Language": "fr"}), timeout=WAIT_SECONDS)
    assert refused.value.code == 404
    assert json.load(refused.value)["detail"].startswith("Aucun certificat ne porte la référence")


def test_certificate_pdf_speaks_french(server, donor_lot):
    """The certificate handed with the report: the method in words, local times, the asset tag and the reference."""
    status, data = server.api("GET", f"/api/certificates/{donor_lot['certificate']}/pdf?lang=fr")
    assert status == 200 and data[:5] == b"%PDF-"
    flat = " ".join(pdf_text(data).split())
    for expected in ["écrasement par des zéros, 1 passe", donor_lot["laptop"], f"empreinte {donor_lot['fingerprint']}",
                     "(heure de Europe/Paris)"]:
        assert expected in flat, f"{expected!r} not in the certificate:\n{flat}"
    assert donor_lot["loop"] not in flat, "no device path in the certificate"
    pdf_first_page_png(data, "donor-certificate-pdf-fr")


@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_workshop_identity_heads_the_report(server, driver, login, axe, screenshot, donor_lot, admin, size):
    login(driver, *admin)
    set_viewport(driver, size)
    code = donor_lot["code"]
    driver.get(server.base_url + f"/office/lots/{code}")
    if driver.find_elements(By.ID, "identity-missing"):
        # Before it is set, the lot's page says the report will carry only the service's name, and leads to the form.
        assert "ne sont pas renseignés" in driver.find_element(By.ID, "identity-missing").text
        driver.find_element(By.CSS_SELECTOR, "#identity-missing a[href='/office/workshop']").click()
    else:
        driver.get(server.base_url + "/office/workshop")
    wait_for(driver, lambda d: url_path(d) == "/office/workshop")
    assert driver.find_element(By.TAG_NAME, "h1").text == "L'atelier sur les documents"
    axe(driver)

    # A name left empty is refused on the form, in words, and the field is marked.
    name = driver.find_element(By.ID, "workshop-name")
    driver.execute_script("arguments[0].removeAttribute('required'); arguments[0].value = '   ';", name)
    driver.find_element(By.ID, "workshop-save").click()
    error = wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".message.error[role=alert]"))[0]
    assert error.text == "Indiquez le nom de l'atelier."
    assert driver.find_element(By.ID, "workshop-name").get_attribute("aria-invalid") == "true"
    axe(driver)
    screenshot(driver, f"donor-workshop-refused-fr-{size}")

    for field, value in [("workshop-name", IDENTITY["name"]), ("workshop-address", IDENTITY["address"]),
                         ("workshop-contact", IDENTITY["contact"])]:
        element = driver.find_element(By.ID, field)
        element.clear()
        element.send_keys(value)
    driver.find_element(By.ID, "workshop-save").click()
    notice = wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".message.good[role=status]"))[0]
    assert notice.text.startswith(f"L'atelier « {IDENTITY['name']} » est enregistré")
    assert driver.find_element(By.ID, "workshop-address").get_attribute("value") == IDENTITY["address"]
    axe(driver)
    screenshot(driver, f"donor-workshop-saved-fr-{size}")

    driver.get(server.base_url + f"/office/lots/{code}")
    assert not driver.find_elements(By.ID, "identity-missing")
    driver.find_element(By.ID, "donor-report").click()
    wait_for(driver, lambda d: url_path(d) == f"/office/lots/{code}/report")
    data = download(driver, lambda: driver.find_element(By.ID, "download-provisional").click(), f"rapport-donateur-{code}.pdf")
    report = pdf_text(data)
    for expected in [IDENTITY["name"], "12 rue des Lilas", "35000 Rennes", f"Contact : {IDENTITY['contact']}"]:
        assert expected in report, f"{expected!r} not in the report:\n{report}"
    pdf_first_page_png(data, f"donor-report-identity-pdf-fr-{size}")


@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_provisional_report_in_english(server, driver_en, login, axe, screenshot, donor_lot, admin, size):
    driver = driver_en
    login(driver, *admin)
    set_viewport(driver, size)
    code = donor_lot["code"]
    driver.get(server.base_url + f"/office/lots/{code}")
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert driver.find_element(By.ID, "report-provisional").text.startswith(
        "Provisional report: 1 device(s) of the lot may still hold the donor's data")
    assert driver.find_element(By.ID, "lot-weight-outcome").text == "Reused: 4.4 kg; recycled: 10 kg; still at the workshop: 16 kg."
    page = text_of(driver)
    assert "with no serial number" in page and "overwrite with zeros, 1 pass" in page and "path:" not in page.lower()
    axe(driver)
    screenshot(driver, f"donor-lot-provisional-en-{size}")
    driver.find_element(By.ID, "donor-report").click()
    wait_for(driver, lambda d: url_path(d) == f"/office/lots/{code}/report")
    assert driver.find_element(By.ID, "download-provisional").text == "Download the provisional report anyway (PDF)"
    axe(driver)
    screenshot(driver, f"donor-report-warning-en-{size}")
    data = download(driver, lambda: driver.find_element(By.ID, "download-provisional").click(), f"donor-report-{code}.pdf")
    flat = " ".join(pdf_text(data).split())
    for expected in ["PROVISIONAL REPORT", f"Donor report — lot {code}", "This report is provisional",
                     "What became of the lot's 30.4 kg", "Reused (sold, donated or ready for sale)", "4.4 kg 10 kg 16 kg",
                     "overwrite with zeros, 1 pass", f"Certificate {donor_lot['certificate']} — fingerprint {donor_lot['fingerprint']}"]:
        assert expected in flat, f"{expected!r} not in the report:\n{flat}"
    pdf_first_page_png(data, f"donor-report-pdf-en-{size}")
