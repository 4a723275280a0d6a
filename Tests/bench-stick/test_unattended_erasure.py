"""Unattended erasure from the bench stick, for real (issue 14): the image boots in QEMU (TCG) as a donated laptop
whose serial the workshop's service knows from intake, erases the laptop's SATA and NVMe disks with no key pressed,
and its results reach the service:
- online: a `refurb serve` on the host, which the guest reaches through QEMU's user networking (restrict=on: the
  guest reaches nothing but the guestfwd rule, relayed to 127.0.0.1 by guest_relay.py), booted under OVMF;
- offline: no network card at all, booted under SeaBIOS, the results spooled on the stick, which powers the machine
  off; then `refurb sync --stick` on the host sends them from a copy of the REFURB partition.
Afterwards, from the host: no block of the known pattern is left on either disk image, every certificate verifies
with the stick's public key, the service has the report linked by serial and the certificates so that the device
moves to `wiped` (the stick itself is left out of the report), and the stick's system part is unchanged.
"""

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qemu_machine import SMBIOS, Machine
from stick_image import IMAGE, PATTERN, RefurbPartition, pattern_left, patterned_disk, system_hash
from test_bench_stick import BOOT_SECONDS, DISK_MIB, OUTPUT, record, skip_reason

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from refurb_server import BINARY, running_server  # noqa: E402

# Erasing and verifying 2 × 256 MiB under TCG, on top of the boot.
ERASE_SECONDS = 900
GUEST_SERVICE = "10.0.2.100:8080"


def prepare(server):
    """The intake record with the laptop's serial, a technician's token, and the station's key made on the host
    (so that it can be registered before the stick's first boot)."""
    status, lot = server.api("POST", "/api/lots", {"donor": "Mairie de Rennes"})
    assert status == 201, lot
    status, device = server.api("POST", "/api/devices", {
        "lot": lot["code"], "category": "laptop", "serial": SMBIOS["serial"],
        "manufacturer": "Lenovo", "model": SMBIOS["family"]})
    assert status == 201, device
    server.make_user("banc", ["technician"])
    token = server.make_token("banc")
    keys = Path(server.folder) / "keys"
    subprocess.run([str(BINARY), "keys", "init", "--keys", str(keys)], check=True, capture_output=True)
    server.register_station_key((keys / "station-ed25519.pub.pem").read_text(), name="banc-qemu")
    return device["assetTag"], token, keys


def stick_for(image, keys, conf, kernel_options):
    partition = RefurbPartition(image)
    try:
        partition.write("refurb.conf", conf)
        partition.write("kernel-options.cfg", f'set refurb_kernel_options="{kernel_options}"\n')
        for name in ("station-ed25519.key.pem", "station-ed25519.pub.pem"):
            partition.write_bytes(f"keys/{name}", (keys / name).read_bytes())
    finally:
        partition.close()


def conf(url, token, offline, poweroff):
    return (f"url = {url}\ntoken = {token}\nworkshop = Atelier de test\nstation = banc-qemu\nlang = fr\nkeymap = fr\n"
            f"mode = auto\noffline = {'yes' if offline else 'no'}\npoweroff = {'yes' if poweroff else 'no'}\n")


def check_after(server, tag, stick, disks, system_before, output):
    """What the host sees afterwards: disks erased, certificates valid, the device may move to wiped."""
    for name, path in disks.items():
        assert pattern_left(path) == 0, f"the {name} disk still holds {pattern_left(path)} bytes of the pattern"
        with open(path, "rb") as file:
            assert PATTERN[:19] not in file.read(), f"the {name} disk still holds the pattern's label"
    assert system_hash(stick) == system_before, "the stick's system part (MBR, ISO, ESP) changed"

    partition = RefurbPartition(stick)
    try:
        copy = partition.copy_out(output / "refurb-partition")
    finally:
        partition.close()
    certificates = sorted((copy / "certificates").glob("*.json"))
    assert len(certificates) >= 2, f"certificates on the stick: {[c.name for c in certificates]}"
    for certificate in certificates:
        verified = subprocess.run([str(BINARY), "certificate", "verify", str(certificate),
                                   "--public-key", str(copy / "keys" / "station-ed25519.pub.pem")],
                                  capture_output=True, text=True)
        assert verified.returncode == 0, f"{certificate.name}: {verified.stdout}{verified.stderr}"

    status, moved = server.api("POST", f"/api/devices/{tag}/moves", {"to": "diagnosed"})
    assert status in (200, 201), f"moving {tag} to diagnosed (the report linked by serial): {status} {moved}"
    status, moved = server.api("POST", f"/api/devices/{tag}/moves", {"to": "wiped"})
    assert status in (200, 201), f"moving {tag} to wiped: {status} {moved}"
    status, detail = server.api("GET", f"/api/devices/{tag}")
    (output / "device.json").write_text(json.dumps(detail, indent=2, ensure_ascii=False))
    assert detail["device"]["stage"] == "wiped"
    return copy


def fresh_machine(mode, firmware, tmp_path):
    """Skips without QEMU or the image; else the run's output folder, a copy of the stick, and both disks full of
    the pattern, as a donated machine arrives."""
    reason = skip_reason(firmware)
    if reason:
        pytest.skip(reason)
    output = OUTPUT / f"unattended-{mode}-{firmware}"
    shutil.rmtree(output, ignore_errors=True)
    output.mkdir(parents=True)
    stick = tmp_path / "stick.img"
    shutil.copyfile(IMAGE, stick)
    disks = {"sata": patterned_disk(tmp_path / "sata.img", DISK_MIB), "nvme": patterned_disk(tmp_path / "nvme.img", DISK_MIB)}
    return output, stick, disks


@pytest.mark.parametrize("firmware", ["ovmf"])
def test_unattended_erasure_online(firmware, tmp_path):
    output, stick, disks = fresh_machine("online", firmware, tmp_path)

    with running_server("refurb-stick-online-", "bench-stick") as server:
        tag, token, keys = prepare(server)
        port = server.base_url.rsplit(":", 1)[1]
        # poweroff = no here, so that the end screen can be photographed; the offline test powers off by itself.
        stick_for(stick, keys, conf(f"http://{GUEST_SERVICE}", token, offline=False, poweroff=False),
                  "console=tty1 console=ttyS0,115200n8")
        system_before = system_hash(stick)
        relay = f"{sys.executable} {Path(__file__).resolve().parent / 'guest_relay.py'} {port}"
        network = ["-nic", f"user,model=e1000,restrict=on,guestfwd=tcp:{GUEST_SERVICE}-cmd:{relay}"]
        machine = Machine(firmware, stick, disks, output, network=network)
        try:
            machine.boot_to_shell(BOOT_SECONDS)
            status, _ = machine.shell.run(
                "for i in $(seq 4500); do test -e /mnt/refurb/logs/last-run.json && break; sleep 0.2; done; "
                "test -e /mnt/refurb/logs/last-run.json", timeout=ERASE_SECONDS)
            done_seconds = machine.elapsed()
            time.sleep(2)
            machine.screendump("end-screen")
            _, last_run = machine.shell.run("cat /mnt/refurb/logs/last-run.json")
            (output / "last-run.json").write_text(last_run)
            _, network = machine.shell.run(f"ip -br addr; ip route; busybox wget -q -O- http://{GUEST_SERVICE}/healthz")
            (output / "network.txt").write_text(network)
            assert status == 0, "the unattended run did not finish"
            machine.power_off()
        finally:
            machine.close()
        record(f"unattended-online-{firmware}", finished_seconds=round(done_seconds, 1))
        check_after(server, tag, stick, disks, system_before, output)


@pytest.mark.parametrize("firmware", ["seabios"])
def test_unattended_erasure_offline_then_sync(firmware, tmp_path):
    output, stick, disks = fresh_machine("offline", firmware, tmp_path)

    with running_server("refurb-stick-offline-", "bench-stick") as server:
        tag, token, keys = prepare(server)
        # The stick names the service as the host sees it: only refurb sync, on the host, uses it. The kernel's
        # arguments ask for the unattended offline run and the power-off, as a PXE or boot-menu entry would.
        stick_for(stick, keys, conf(server.base_url, token, offline=False, poweroff=False),
                  "console=tty1 console=ttyS0,115200n8 refurb.mode=auto refurb.offline=yes refurb.poweroff=yes")
        system_before = system_hash(stick)
        machine = Machine(firmware, stick, disks, output, network=["-nic", "none"])
        try:
            machine.start()
            machine.process.wait(timeout=BOOT_SECONDS + ERASE_SECONDS)
            powered_off_seconds = machine.elapsed()
        finally:
            machine.close()
        record(f"unattended-offline-{firmware}", powered_off_seconds=round(powered_off_seconds, 1))

        partition = RefurbPartition(stick)
        try:
            mounted = partition.copy_out(tmp_path / "stick-on-the-host")
        finally:
            partition.close()
        synced = subprocess.run([str(BINARY), "sync", "--stick", str(mounted), "--lang", "en"],
                                capture_output=True, text=True, timeout=120)
        (output / "sync.txt").write_text(synced.stdout + synced.stderr)
        assert synced.returncode == 0, synced.stdout + synced.stderr
        check_after(server, tag, stick, disks, system_before, output)
