"""The bench over the network (issue 14): dist/pxe/ served over HTTP on the host's 127.0.0.1, and a machine with no
stick that boots from its network card as a bench of PXE machines would. QEMU's e1000 boot ROM is iPXE: it fetches
an iPXE script from QEMU's TFTP server, then the kernel and initrd over HTTP, as dist/pxe/README.txt tells a
workshop to do; live-boot's initramfs then fetches filesystem.squashfs (`fetch=`). The machine must reach the
bench console on tty1, showing its SMBIOS serial and saying that no REFURB partition was found (results are not
kept on a stick), with the keyboard French. The serial console and a screendump go to test-output/bench-stick/pxe/.
"""

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from qemu_machine import SMBIOS, Machine, missing_tools
from stick_image import REPO, patterned_disk
from test_bench_stick import BOOT_SECONDS, OUTPUT, record

PXE = REPO / "dist" / "pxe"
FILES = ("vmlinuz", "initrd.img", "filesystem.squashfs")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *arguments):
        pass


@pytest.fixture
def pxe_server():
    """dist/pxe/ over HTTP on 127.0.0.1, on a free port; the guest reaches it as 10.0.2.2 (QEMU's user network)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(PXE)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_boots_over_the_network_to_the_bench_console(tmp_path, pxe_server):
    missing = [name for name in FILES if not (PXE / name).exists()]
    if missing:
        pytest.skip(f"{PXE} lacks {', '.join(missing)}: run scripts/build-bench-image")
    reason = missing_tools("seabios")
    if reason:
        pytest.skip(reason)
    output = OUTPUT / "pxe"
    shutil.rmtree(output, ignore_errors=True)
    output.mkdir(parents=True)

    # The iPXE script a workshop's PXE server would give (dist/pxe/README.txt), with the serial console added.
    base = f"http://10.0.2.2:{pxe_server}"
    tftp = tmp_path / "tftp"
    tftp.mkdir()
    (tftp / "refurb.ipxe").write_text(
        "#!ipxe\n"
        f"kernel {base}/vmlinuz initrd=initrd.img boot=live quiet fetch={base}/filesystem.squashfs "
        "console=tty1 console=ttyS0,115200n8\n"
        f"initrd {base}/initrd.img\n"
        "boot\n")
    network = ["-netdev", f"user,id=net0,tftp={tftp},bootfile=refurb.ipxe",
               "-device", "e1000,netdev=net0,bootindex=0"]
    disks = {"sata": patterned_disk(tmp_path / "sata.img", 64), "nvme": patterned_disk(tmp_path / "nvme.img", 64)}
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
        _, screen_text = shell.run("fold -w 80 /dev/vcs1 | sed 's/ *$//' | grep -a .")
        (output / "console.txt").write_text(screen_text)
        machine.screendump("console")
        assert status == 0, f"the console does not show the machine's serial {serial}:\n{screen_text}"
        status, active = shell.run("systemctl is-active refurb-bench.service")
        assert active.strip() == "active", active

        # No stick: nothing is mounted at /mnt/refurb, and the mount unit said why.
        status, _ = shell.run("mountpoint -q /mnt/refurb")
        assert status != 0
        _, journal = shell.run("journalctl -b -u refurb-stick-mount --no-pager -o cat")
        assert "aucune partition REFURB" in journal, journal
        status, keyboard = shell.run(". /etc/default/keyboard; echo $XKBLAYOUT")
        assert keyboard.strip() == "fr"
        machine.power_off()
    finally:
        machine.close()
    record("pxe", shell_seconds=round(shell_seconds, 1))
