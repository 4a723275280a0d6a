"""The bench over the network (issue 14): dist/pxe/ served over HTTP on the host's 127.0.0.1, and a machine with no
stick that boots from its network card as a bench of PXE machines would. QEMU's e1000 boot ROM is iPXE: it fetches
an iPXE script from QEMU's TFTP server, then the kernel and initrd over HTTP, as dist/pxe/README.txt tells a
workshop to do; live-boot's initramfs then fetches filesystem.squashfs (`fetch=`).

There is no REFURB partition, so the boot line says `refurb.stick=`: the bench's folder on the same HTTP server,
with its refurb.conf (the service, a technician's token, mode = auto) and the station key made once on the host
and registered at the service. The machine must then run unattended, as a stick would: its console shows its
SMBIOS serial, the service finds its intake record, both disks are erased, and the certificates, signed with the
registered key, reach the service so that the device moves to `wiped`. The serial console and a screendump go to
test-output/bench-stick/pxe/.
"""

import functools
import hashlib
import http.server
import json
import shutil
import sys
import threading
from pathlib import Path

import pytest

from qemu_machine import SMBIOS, Machine, missing_tools
from stick_image import PATTERN, REPO, pattern_left, patterned_disk
from test_bench_stick import BOOT_SECONDS, OUTPUT, record
from test_unattended_erasure import ERASE_SECONDS, conf, prepare

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from refurb_server import running_server  # noqa: E402

PXE = REPO / "dist" / "pxe"
FILES = ("vmlinuz", "initrd.img", "filesystem.squashfs")
# Small disks: the erasure itself is tested at full size by the stick's own unattended tests.
PXE_DISK_MIB = 64


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *arguments):
        pass


@pytest.fixture
def served(tmp_path):
    """What the boot server serves: dist/pxe/'s files, and the bench's folder (bench/), filled in by the test."""
    folder = tmp_path / "http"
    (folder / "bench" / "keys").mkdir(parents=True)
    for name in FILES:
        if (PXE / name).exists():
            (folder / name).symlink_to(PXE / name)
    return folder


@pytest.fixture
def pxe_server(served):
    """`served` over HTTP on 127.0.0.1, on a free port; the guest reaches it as 10.0.2.2 (QEMU's user network)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(served)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_pxe_bench_erases_unattended_with_the_served_key(tmp_path, served, pxe_server):
    missing = [name for name in FILES if not (PXE / name).exists()]
    if missing:
        pytest.skip(f"{PXE} lacks {', '.join(missing)}: run scripts/build-bench-image")
    reason = missing_tools("seabios")
    if reason:
        pytest.skip(reason)
    output = OUTPUT / "pxe"
    shutil.rmtree(output, ignore_errors=True)
    output.mkdir(parents=True)

    with running_server("refurb-pxe-", "bench-pxe") as server:
        tag, token, keys = prepare(server)
        service_port = server.base_url.rsplit(":", 1)[1]
        # The bench's folder on the boot server, as dist/pxe/README.txt describes it.
        bench = served / "bench"
        (bench / "refurb.conf").write_text(conf(f"http://10.0.2.2:{service_port}", token, offline=False, poweroff=False))
        for name in ("station-ed25519.key.pem", "station-ed25519.pub.pem"):
            shutil.copyfile(keys / name, bench / "keys" / name)

        # The iPXE script a workshop's PXE server would give (dist/pxe/README.txt), with the serial console added.
        base = f"http://10.0.2.2:{pxe_server}"
        tftp = tmp_path / "tftp"
        tftp.mkdir()
        (tftp / "refurb.ipxe").write_text(
            "#!ipxe\n"
            f"kernel {base}/vmlinuz initrd=initrd.img boot=live quiet fetch={base}/filesystem.squashfs "
            f"refurb.mode=auto refurb.stick={base}/bench/ console=tty1 console=ttyS0,115200n8\n"
            f"initrd {base}/initrd.img\n"
            "boot\n")
        network = ["-netdev", f"user,id=net0,tftp={tftp},bootfile=refurb.ipxe",
                   "-device", "e1000,netdev=net0,bootindex=0"]
        disks = {"sata": patterned_disk(tmp_path / "sata.img", PXE_DISK_MIB),
                 "nvme": patterned_disk(tmp_path / "nvme.img", PXE_DISK_MIB)}
        machine = Machine("seabios", None, disks, output, network=network)
        try:
            machine.boot_to_shell(BOOT_SECONDS)
            shell_seconds = machine.elapsed()
            shell = machine.shell

            status, cmdline = shell.run("cat /proc/cmdline")
            assert f"fetch={base}/filesystem.squashfs" in cmdline, cmdline

            # The console on tty1 shows the machine: its screen is read back from the virtual console's memory.
            serial = SMBIOS["serial"]
            status, _ = shell.run(f"for i in $(seq 900); do grep -qs {serial} /dev/vcs1 && break; sleep 0.2; done; "
                                  f"grep -qs {serial} /dev/vcs1", timeout=240)
            assert status == 0, "the console does not show the machine's serial " + serial

            # The unattended run ends with its summary in the bench's folder, in memory.
            status, _ = shell.run(
                "for i in $(seq 4500); do test -e /mnt/refurb/logs/last-run.json && break; sleep 0.2; done; "
                "test -e /mnt/refurb/logs/last-run.json", timeout=ERASE_SECONDS)
            done_seconds = machine.elapsed()
            _, screen_text = shell.run("fold -w 80 /dev/vcs1 | sed 's/ *$//' | grep -a .")
            (output / "console.txt").write_text(screen_text)
            machine.screendump("end-screen")
            _, last_run = shell.run("cat /mnt/refurb/logs/last-run.json")
            (output / "last-run.json").write_text(last_run)
            _, journal = shell.run("journalctl -b -u refurb-stick-mount -u refurb-bench --no-pager -o cat")
            (output / "journal.txt").write_text(journal)
            _, network = shell.run(f"ip -br addr; ip route; networkctl --no-pager; busybox wget -q -O- {base}/bench/refurb.conf")
            (output / "network.txt").write_text(network)
            assert status == 0, f"the unattended run did not finish:\n{screen_text}"

            # No stick: the mount unit said so, and the bench's folder is the one fetched into memory.
            assert "aucune partition REFURB" in journal, journal
            _, filesystem = shell.run("findmnt -no FSTYPE /mnt/refurb")
            assert filesystem.strip() == "tmpfs", filesystem
            _, digest = shell.run("sha256sum < /mnt/refurb/keys/station-ed25519.pub.pem")
            served_digest = hashlib.sha256((keys / "station-ed25519.pub.pem").read_bytes()).hexdigest()
            assert served_digest in digest, "the bench did not sign with the served, registered key"
            summary = json.loads(last_run[last_run.index("{"):])
            assert summary["verdict"] == "erased", last_run
            assert summary["assetTag"] == tag and len(summary["certificates"]) == 2, last_run
            # Report and both certificates sent; nothing left waiting in memory, where the power-off would lose it.
            assert summary["sent"] == 3 and summary["kept"] == 0, last_run
            status, keyboard = shell.run(". /etc/default/keyboard; echo $XKBLAYOUT")
            assert keyboard.strip() == "fr"
            machine.power_off()
        finally:
            machine.close()
        record("pxe", shell_seconds=round(shell_seconds, 1), finished_seconds=round(done_seconds, 1))

        for name, path in disks.items():
            assert pattern_left(path) == 0, f"the {name} disk still holds {pattern_left(path)} bytes of the pattern"
            with open(path, "rb") as file:
                assert PATTERN[:19] not in file.read(), f"the {name} disk still holds the pattern's label"
        # The service accepted the report (linked by serial) and both certificates: the device may move to wiped.
        for stage in ("diagnosed", "wiped"):
            status, moved = server.api("POST", f"/api/devices/{tag}/moves", {"to": stage})
            assert status in (200, 201), f"moving {tag} to {stage}: {status} {moved}"
        status, detail = server.api("GET", f"/api/devices/{tag}")
        (output / "device.json").write_text(json.dumps(detail, indent=2, ensure_ascii=False))
        assert detail["device"]["stage"] == "wiped"
