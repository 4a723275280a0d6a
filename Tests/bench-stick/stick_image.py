"""The bench stick image as the host sees it: its MBR partitions (1 the ISO, 2 the ESP, 3 the REFURB FAT), the
hash of everything before the REFURB partition (the system, which must never change), and files on the REFURB
partition read and written with mtools, as a technician's computer would. Also the guest's disks, filled with a
known pattern before a boot."""

import hashlib
import os
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
IMAGE = Path(os.environ.get("REFURB_BENCH_IMAGE") or REPO / "dist" / "refurb-bench.iso")
MTOOLS = shutil.which("mcopy")

# 4 KiB that no erasure leaves behind: a label, then counting bytes.
PATTERN = (b"REFURB-TEST-PATTERN " + bytes(range(256)) * 16)[:4096]


def partitions(image):
    """[(number, type, first byte, size in bytes)] from the MBR."""
    with open(image, "rb") as file:
        sector = file.read(512)
    assert sector[510:512] == b"\x55\xaa", "no MBR signature"
    found = []
    for index in range(4):
        entry = sector[446 + 16 * index: 462 + 16 * index]
        kind = entry[4]
        start, count = struct.unpack("<II", entry[8:16])
        if kind:
            found.append((index + 1, kind, start * 512, count * 512))
    return found


def refurb_partition(image):
    """(first byte, size) of the REFURB partition: the FAT one after the ISO and its ESP."""
    for number, kind, start, size in partitions(image):
        if kind in (0x0B, 0x0C, 0x0E, 0x06) and number == 3:
            return start, size
    raise AssertionError(f"no REFURB partition (MBR partition 3, FAT) in {image}: {partitions(image)}")


def system_hash(image):
    """SHA-256 of every byte before the REFURB partition: MBR, ISO (kernel, initrd, root) and ESP."""
    end, _ = refurb_partition(image)
    digest = hashlib.sha256()
    with open(image, "rb") as file:
        remaining = end
        while remaining:
            chunk = file.read(min(remaining, 8 << 20))
            digest.update(chunk)
            remaining -= len(chunk)
    return digest.hexdigest()


class RefurbPartition:
    """The REFURB FAT partition inside the image file, through mtools (no loop device, no root)."""

    def __init__(self, image):
        start, _ = refurb_partition(image)
        self.folder = Path(tempfile.mkdtemp(prefix="refurb-mtools-"))
        self.config = self.folder / "mtoolsrc"
        self.config.write_text(f'drive r: file="{image}" offset={start}\nmtools_skip_check=1\n')

    def _run(self, *arguments, binary=False):
        result = subprocess.run(list(arguments), env={**os.environ, "MTOOLSRC": str(self.config)},
                                capture_output=True, check=True)
        return result.stdout if binary else result.stdout.decode("utf-8", "replace")

    def write(self, name, text):
        source = self.folder / "upload"
        source.write_text(text)
        self._run("mcopy", "-o", "-n", str(source), f"r:/{name}")

    def write_bytes(self, name, data):
        source = self.folder / "upload"
        source.write_bytes(data)
        self._run("mcopy", "-o", "-n", str(source), f"r:/{name}")

    def copy_out(self, destination):
        """The whole partition into a folder of the host, as a computer would see it mounted."""
        Path(destination).mkdir(parents=True, exist_ok=True)
        self._run("mcopy", "-s", "-n", "-m", "r:/*", str(destination))
        return Path(destination)

    def read(self, name):
        return self._run("mtype", f"r:/{name}")

    def names(self, folder=""):
        """The file names in a folder of the partition ([] when the folder is missing)."""
        try:
            listing = self._run("mdir", "-b", f"r:/{folder}")
        except subprocess.CalledProcessError:
            return []
        return [Path(line.strip()).name for line in listing.splitlines() if line.strip()]

    def label(self):
        return self._run("mlabel", "-s", "r:").strip()

    def close(self):
        shutil.rmtree(self.folder, ignore_errors=True)


def patterned_disk(path, size_mib):
    """A raw disk image filled with PATTERN from its first byte to its last."""
    block = PATTERN * ((1 << 20) // len(PATTERN))
    with open(path, "wb") as file:
        for _ in range(size_mib):
            file.write(block)
    return path


def pattern_left(path):
    """How many bytes of the disk image still hold the pattern (0 once it is all erased)."""
    block = PATTERN * ((1 << 20) // len(PATTERN))
    left = 0
    with open(path, "rb") as file:
        while chunk := file.read(len(block)):
            if chunk == block[:len(chunk)]:
                left += len(chunk)
            else:
                for offset in range(0, len(chunk), len(PATTERN)):
                    if chunk[offset:offset + len(PATTERN)] == PATTERN[:len(chunk) - offset]:
                        left += min(len(PATTERN), len(chunk) - offset)
    return left
