"""A donated laptop in QEMU, booted from the bench stick: software emulation (TCG), SMBIOS identity, an AHCI SATA
disk and an NVMe disk with serials, the stick as a USB mass-storage device, the serial console on a socket (a root
shell there drives the guest) and recorded to a file, the monitor for screendumps.

/dev/kvm exists on the CI machine but is not hardware KVM: a stock kernel hangs under it before printing anything.
So KVM is used only where it really boots, which `accelerator()` checks once with a 15-second limit, and TCG
(software emulation) otherwise. REFURB_QEMU_ACCEL=tcg|kvm decides instead.
"""

import codecs
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

QEMU = shutil.which("qemu-system-x86_64")
OVMF_DIR = Path("/usr/share/OVMF")

# Each firmware: the flash images (None for SeaBIOS, QEMU's default) and the machine options it needs.
FIRMWARES = {
    "seabios": {"code": None, "vars": None, "machine": "q35"},
    "ovmf": {"code": OVMF_DIR / "OVMF_CODE_4M.fd", "vars": OVMF_DIR / "OVMF_VARS_4M.fd", "machine": "q35"},
    # Secure Boot on, with Microsoft's keys enrolled: shim (signed by Microsoft) → GRUB and kernel (signed by Debian).
    "ovmf-secureboot": {"code": OVMF_DIR / "OVMF_CODE_4M.secboot.fd", "vars": OVMF_DIR / "OVMF_VARS_4M.ms.fd",
                        "machine": "q35,smm=on", "secure": True},
}

# The laptop's identity, as a donated machine's firmware would give it.
SMBIOS = {
    "maker": "LENOVO",
    "model": "20L5CTO1WW",
    "family": "ThinkPad T480",
    "serial": "PF1QEMU42",
    "chassis_serial": "CHS-PF1QEMU42",
    "memory_serial": "MEM0QEMU42",
}
# SMBIOS chassis type 0x0A, "Notebook": what makes the probe say "ordinateur portable". QEMU's -smbios type=3 has
# no option for the chassis type, so the whole type 3 structure is given as a binary entry (QEMU then leaves its
# own out).
NOTEBOOK_CHASSIS = 0x0A
SATA_SERIAL = "QM-SATA-000042"
NVME_SERIAL = "QM-NVME-000042"

PROMPT = "root@refurb-bench"

# A kernel under working KVM prints its first line on the serial console within a second or two; under TCG it takes
# about 13 s to reach the initramfs, so 15 s is long enough to see KVM work and short enough to lose once.
KVM_CHECK_SECONDS = 15
_accelerator = None


def accelerator():
    """"kvm" when /dev/kvm boots the stick's own kernel far enough to print its version, else "tcg"; decided once."""
    global _accelerator
    if _accelerator is None:
        _accelerator = os.environ.get("REFURB_QEMU_ACCEL") or _kvm_boots() and "kvm" or "tcg"
        print(f"QEMU accelerator: {_accelerator}", file=sys.stderr)
    return _accelerator


def _kvm_boots():
    kernel = Path(__file__).resolve().parents[2] / "dist" / "pxe" / "vmlinuz"
    if QEMU is None or not os.access("/dev/kvm", os.R_OK | os.W_OK) or not kernel.exists():
        return False
    process = subprocess.Popen([QEMU, "-accel", "kvm", "-m", "256", "-display", "none", "-no-reboot", "-serial", "stdio",
                                "-kernel", str(kernel), "-append", "console=ttyS0 panic=-1"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    seen = bytearray()

    def read():
        while b"Linux version" not in seen:
            part = process.stdout.read1(65536)
            if not part:
                return
            seen.extend(part)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(KVM_CHECK_SECONDS)
    process.kill()
    process.wait()
    return b"Linux version" in seen


def missing_tools(firmware):
    """Why this firmware cannot be booted here, or None."""
    if QEMU is None:
        return "qemu-system-x86_64 is missing (Debian package qemu-system-x86; scripts/lib/extra-packages lists it)"
    settings = FIRMWARES[firmware]
    for key in ("code", "vars"):
        if settings[key] is not None and not settings[key].exists():
            return f"{settings[key]} is missing (Debian package ovmf; scripts/lib/extra-packages lists it)"
    return None


# What the guest's kernel prints when software emulation wedges a virtual CPU (seen in usb-storage on the
# emulated xHCI, twice in one fresh-clone run and never on the rerun): nothing the stick does can follow it.
SOFT_LOCKUP = "watchdog: BUG: soft lockup"


def chassis_structure(manufacturer, serial, asset, chassis_type=NOTEBOOK_CHASSIS):
    """An SMBIOS type 3 (System Enclosure) structure, version 2.7 layout with no contained elements: the formatted
    part (22 bytes), then its strings, each ended by a NUL, and a final NUL."""
    formatted = bytes([
        3, 0x16, 0x00, 0x03,  # type 3, length 22, handle 0x0300 (QEMU's own for this table)
        1, chassis_type, 0, 2, 3,  # manufacturer (string 1), type, version (none), serial (2), asset tag (3)
        0x03, 0x03, 0x03, 0x03,  # boot-up, power supply and thermal state "safe", security status "none"
        0, 0, 0, 0,  # OEM-defined
        0, 0,  # height, power cords: unspecified
        0, 0,  # contained elements: none, record length 0
        0,  # SKU: none
    ])
    strings = b"".join(text.encode("ascii") + b"\0" for text in (manufacturer, serial, asset))
    return formatted + strings + b"\0"


class EmulatorStuck(Exception):
    """The guest's kernel reported a soft lockup: the emulator, not the stick, stopped the boot."""


class SerialShell:
    """The guest's serial console: everything it prints is kept (and QEMU records it to a file too); once the
    root shell is there, run() sends a command and returns its output and exit status."""

    def __init__(self, path, deadline_seconds):
        self.text = ""
        self.lock = threading.Lock()
        end = time.monotonic() + deadline_seconds
        while True:
            try:
                self.socket = socket.socket(socket.AF_UNIX)
                self.socket.connect(str(path))
                break
            except (FileNotFoundError, ConnectionRefusedError):
                self.socket.close()
                if time.monotonic() > end:
                    raise
                time.sleep(0.05)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.sequence = 0

    def _read(self):
        # One decoder for the whole stream: a character's bytes may arrive in two reads.
        decoder = codecs.getincrementaldecoder("utf-8")("replace")
        while True:
            try:
                data = self.socket.recv(65536)
            except OSError:
                return
            if not data:
                return
            with self.lock:
                self.text += decoder.decode(data)

    def wait_for(self, pattern, timeout, start=0):
        """Waits until the output from `start` on matches the regular expression; returns the match."""
        end = time.monotonic() + timeout
        expression = re.compile(pattern)
        while True:
            with self.lock:
                found = expression.search(self.text, start)
            if found:
                return found
            with self.lock:
                stuck = self.text.find(SOFT_LOCKUP, start)
            if stuck >= 0:
                raise EmulatorStuck(self.text[stuck:stuck + 120].splitlines()[0])
            if time.monotonic() > end:
                with self.lock:
                    tail = self.text[-3000:]
                raise TimeoutError(f"no {pattern!r} on the serial console within {timeout} s; it last showed:\n{tail}")
            time.sleep(0.1)

    def send(self, line):
        self.socket.sendall(line.encode() + b"\n")

    def run(self, command, timeout=60):
        """Runs a shell command in the guest; returns (exit status, output)."""
        self.sequence += 1
        with self.lock:
            start = len(self.text)
        # The marker is printed by printf, so the echo of the command line (if any) never matches it.
        self.send(f"{command}; printf '@@%s-%s@@\\n' {self.sequence} $?")
        found = self.wait_for(rf"@@{self.sequence}-(\d+)@@", timeout, start)
        output = self.text[start:found.start()]
        return int(found.group(1)), output.replace("\r", "")

    def close(self):
        try:
            self.socket.close()
        except OSError:
            pass


class Machine:
    """One boot of the stick image in QEMU. Files (serial log, screendumps) go to `output`."""

    def __init__(self, firmware, stick, disks, output, memory_mib=1280, network=None):
        self.firmware = firmware
        self.stick = Path(stick) if stick else None
        self.disks = disks  # {"sata": path, "nvme": path}
        self.output = Path(output)
        self.output.mkdir(parents=True, exist_ok=True)
        self.memory_mib = memory_mib
        self.network = network or ["-nic", "user,model=e1000"]
        self.process = None
        self.shell = None
        self.started = None
        # UNIX socket paths are limited to 108 bytes: they live in a short temporary folder.
        self.sockets = Path(subprocess.check_output(["mktemp", "-d", "/tmp/refurb-qemu.XXXXXX"], text=True).strip())

    def command(self):
        settings = FIRMWARES[self.firmware]
        smbios = SMBIOS
        arguments = [
            QEMU, "-accel", accelerator(), "-machine", settings["machine"], "-smp", "2", "-m", str(self.memory_mib),
            "-display", "none", "-vga", "std", "-no-reboot",
            "-smbios", f"type=1,manufacturer={smbios['maker']},product={smbios['model']},version={smbios['family']},"
                       f"family={smbios['family']},serial={smbios['serial']},sku=LENOVO_MT_20L5",
            "-smbios", f"file={self.chassis_file()}",
            "-smbios", f"type=17,loc_pfx=ChannelA-DIMM,bank=BANK 0,manufacturer=Samsung,serial={smbios['memory_serial']},"
                       "part=M471A1K43CB1-CTD,speed=2400",
            # q35's own AHCI controller holds the SATA disk.
            "-drive", f"if=none,id=sata,file={self.disks['sata']},format=raw",
            "-device", f"ide-hd,drive=sata,bus=ide.0,serial={SATA_SERIAL},model=QEMU SATA SSD",
            "-drive", f"if=none,id=nvme,file={self.disks['nvme']},format=raw",
            "-device", f"nvme,drive=nvme,serial={NVME_SERIAL}",
            "-device", "qemu-xhci,id=xhci",
            # No stick for a machine booted over the network (PXE).
            *(["-drive", f"if=none,id=stick,file={self.stick},format=raw",
               "-device", "usb-storage,bus=xhci.0,drive=stick,bootindex=0"] if self.stick else []),
            "-chardev", f"socket,id=serial0,path={self.sockets / 'serial'},server=on,wait=off,"
                        f"logfile={self.output / 'serial.log'}",
            "-serial", "chardev:serial0",
            "-monitor", f"unix:{self.sockets / 'monitor'},server=on,wait=off",
            *self.network,
        ]
        if settings["code"] is not None:
            variables = self.output / "OVMF_VARS.fd"
            shutil.copyfile(settings["vars"], variables)
            arguments += [
                "-drive", f"if=pflash,format=raw,unit=0,readonly=on,file={settings['code']}",
                "-drive", f"if=pflash,format=raw,unit=1,file={variables}",
            ]
            if settings.get("secure"):
                arguments += ["-global", "driver=cfi.pflash01,property=secure,value=on"]
        return arguments

    def chassis_file(self):
        path = self.sockets / "smbios-type3.bin"
        path.write_bytes(chassis_structure(SMBIOS["maker"], SMBIOS["chassis_serial"], "R000042X"))
        return path

    def start(self):
        arguments = self.command()
        (self.output / "qemu-command.txt").write_text(" ".join(str(a) for a in arguments) + "\n")
        self.started = time.monotonic()
        self.process = subprocess.Popen(arguments, stdout=open(self.output / "qemu.out", "wb"), stderr=subprocess.STDOUT)
        self.shell = SerialShell(self.sockets / "serial", deadline_seconds=30)
        return self

    def elapsed(self):
        return time.monotonic() - self.started

    def boot_to_shell(self, timeout, menu=None):
        """Starts the machine and waits for its root shell (and first for `menu` on the console, returning the
        seconds it took). A boot that the emulator wedges (a soft lockup, before the system is up, so the
        stick is untouched) is started once more, and says so."""
        for attempt in (1, 2):
            self.start()
            try:
                menu_seconds = None
                if menu is not None:
                    self.shell.wait_for(menu, timeout)
                    menu_seconds = self.elapsed()
                self.wait_for_shell(timeout)
                return menu_seconds
            except EmulatorStuck as stuck:
                if attempt == 2:
                    raise
                print(f"\nQEMU {self.firmware}: the emulated guest wedged while booting ({stuck}); booting it once more",
                      file=sys.stderr)
                with open(self.output / "boot-retries.txt", "a") as retries:
                    retries.write(f"{stuck}\n")
                self.kill()
                self.shell.close()

    def wait_for_shell(self, timeout=420):
        """Waits for the autologin root shell on the serial console; quiets its echo."""
        self.shell.wait_for(PROMPT, timeout)
        self.shell.send("stty -echo; export PS1='# ' TERM=dumb; unset PROMPT_COMMAND")
        status, _ = self.shell.run("true", timeout=60)
        assert status == 0

    def monitor(self, command):
        connection = socket.socket(socket.AF_UNIX)
        connection.connect(str(self.sockets / "monitor"))
        connection.settimeout(10)
        answer = b""
        try:
            answer += connection.recv(65536)
            connection.sendall(command.encode() + b"\n")
            end = time.monotonic() + 10
            # The banner's prompt, then the one after the command has run.
            while answer.count(b"(qemu)") < 2 and time.monotonic() < end:
                answer += connection.recv(65536)
        except socket.timeout:
            pass
        finally:
            connection.close()
        return answer.decode("utf-8", "replace")

    def screendump(self, name):
        """Saves the screen (tty1 on the VGA) as <output>/<name>.png (PPM when Pillow is missing)."""
        ppm = self.output / f"{name}.ppm"
        self.monitor(f"screendump {ppm}")
        for _ in range(100):
            if ppm.exists() and ppm.stat().st_size > 0:
                break
            time.sleep(0.1)
        try:
            from PIL import Image
            png = self.output / f"{name}.png"
            Image.open(ppm).save(png)
            ppm.unlink()
            return png
        except ImportError:
            return ppm

    def power_off(self, timeout=120):
        """Shuts the guest down from its shell, as a technician would, and waits for QEMU to end."""
        if self.process.poll() is None:
            try:
                self.shell.send("systemctl poweroff")
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill()
        return self.process.returncode

    def kill(self):
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def close(self):
        self.kill()
        if self.shell is not None:
            self.shell.close()
        shutil.rmtree(self.sockets, ignore_errors=True)
