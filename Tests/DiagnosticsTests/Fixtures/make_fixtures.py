#!/usr/bin/env python3
"""Writes the Diagnostics tests' own fixture trees as laptop.tar.gz and desktop-dmi-id.tar.gz.

The trees imitate what a live system shows under / : procfs, sysfs (with its symbolic links), the raw
SMBIOS tables, an EDID and a pci.ids excerpt. Values are invented but shaped like a ThinkPad X1 Carbon
5th generation; the tests unpack the archives into a temporary folder and assert what the probe reads.

They are archives, not folders, on purpose: sysfs links point back up the tree (`device -> ..`), and
SwiftPM follows links when it scans a target's folder, so an unpacked tree would make it loop forever.
Run `python3 make_fixtures.py` in this folder to regenerate them.
"""
import os
import shutil
import struct
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def write(root, path, content, mode="w"):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, mode) as handle:
        handle.write(content)


def link(root, path, target):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    os.symlink(target, full)


# --- SMBIOS -----------------------------------------------------------------------------------------

def structure(kind, handle, formatted, strings=()):
    body = struct.pack("<BBH", kind, 4 + len(formatted), handle) + formatted
    if strings:
        return body + b"".join(s.encode() + b"\0" for s in strings) + b"\0"
    return body + b"\0\0"


def smbios_table():
    uuid = bytes.fromhex("2cc8b7a1d04e11b2a85cd3f1e3b8a7e5")
    parts = [
        # Type 4 first on purpose: the parser must not assume order.
        structure(4, 0x0004,
                  struct.pack("<BBBB8sBBHHHBBHHHBBBBBBHH",
                              1, 3, 0xCD, 2, bytes(8), 3, 0, 100, 3500, 2600, 0x41, 0x2C,
                              0xFFFF, 0xFFFF, 0xFFFF, 0, 0, 0, 2, 2, 4, 0x00EC, 0xC6),
                  ["U3E1", "Intel(R) Corporation", "Intel(R) Core(TM) i5-7300U CPU @ 2.60GHz"]),
        structure(0, 0x0000,
                  struct.pack("<BBHBBQBBBBBB", 1, 2, 0xE000, 3, 0xFF, 0, 0, 0, 1, 37, 1, 20),
                  ["LENOVO", "N1MET37W (1.22 )", "07/04/2017"]),
        structure(1, 0x0001,
                  struct.pack("<BBBB16sBBB", 1, 2, 3, 4, uuid, 6, 5, 6),
                  ["LENOVO", "20HRCTO1WW", "ThinkPad X1 Carbon 5th", "PF0ABCDE", "LENOVO_MT_20HR_BU_Think_FM_ThinkPad X1 Carbon 5th",
                   "ThinkPad X1 Carbon 5th"]),
        structure(2, 0x0002,
                  struct.pack("<BBBBBBBHBB", 1, 2, 3, 4, 5, 0x09, 0, 0x0003, 0x0A, 0),
                  ["LENOVO", "20HRCTO1WW", "SDK0J40697 WIN", "L1HF000000", "Not Available"]),
        structure(3, 0x0003,
                  struct.pack("<BBBBBBBBBIBBBB", 1, 0x0A, 2, 3, 4, 3, 3, 3, 2, 0, 0, 0, 0, 0) + bytes([5]),
                  ["LENOVO", "None", "PF0ABCDE", "No Asset Information", "LENOVO_MT_20HR_BU_Think_FM_ThinkPad X1 Carbon 5th"]),
        structure(16, 0x0010, struct.pack("<BBBIHH", 3, 3, 3, 16 * 1024 * 1024, 0xFFFE, 2)),
        structure(17, 0x0011,
                  struct.pack("<HHHHHBBBBBHHBBBBBIHHHH",
                              0x0010, 0xFFFE, 64, 64, 8192, 0x0B, 0, 1, 2, 0x1D, 0x4080, 1867,
                              3, 4, 5, 6, 0x01, 0, 1867, 1200, 1200, 1200),
                  ["ChannelA-DIMM0", "BANK 0", "Samsung", "00000000", "None", "K4E6E304EB-EGCF"]),
        structure(17, 0x0012,
                  struct.pack("<HHHHHBBBBBHHBBBBBIHHHH",
                              0x0010, 0xFFFE, 0xFFFF, 0xFFFF, 0, 0x02, 0, 1, 2, 0x02, 0x0000, 0,
                              3, 4, 5, 6, 0x00, 0, 0, 0, 0, 0),
                  ["ChannelB-DIMM0", "BANK 2", "Not Specified", "Not Specified", "Not Specified", "Not Specified"]),
        structure(19, 0x0013, struct.pack("<IIHB", 0, 8 * 1024 * 1024 - 1, 0x0010, 1)),
        structure(22, 0x0016,
                  struct.pack("<BBBBBBHHBBHHBBI", 1, 2, 0, 0, 3, 0x02, 5700, 11580, 4, 0xFF, 0x1234, 0x4A21, 5, 10, 0),
                  ["Front", "SMP", "LNV-01AV430", "03.01", "LiP"]),
        structure(127, 0xFEFF, b""),
    ]
    return b"".join(parts)


def smbios3_entry_point(table_length):
    entry = bytearray(struct.pack("<5sBBBBBBBIQ", b"_SM3_", 0, 0x18, 3, 0, 0, 1, 0, table_length, 0x000F0000))
    entry[5] = (-sum(entry)) & 0xFF
    return bytes(entry)


# --- EDID -------------------------------------------------------------------------------------------

def edid(manufacturer, product, serial, year, width_cm, height_cm, hactive, vactive, name):
    packed = ((ord(manufacturer[0]) - 64) << 10) | ((ord(manufacturer[1]) - 64) << 5) | (ord(manufacturer[2]) - 64)
    block = bytearray(128)
    block[0:8] = b"\x00\xff\xff\xff\xff\xff\xff\x00"
    block[8:10] = struct.pack(">H", packed)
    block[10:12] = struct.pack("<H", product)
    block[12:16] = struct.pack("<I", serial)
    block[16] = 0
    block[17] = year - 1990
    block[18], block[19] = 1, 4
    block[20] = 0xA5
    block[21], block[22] = width_cm, height_cm
    timing = bytearray(18)
    timing[0:2] = struct.pack("<H", 14100)
    timing[2] = hactive & 0xFF
    timing[3] = 160
    timing[4] = ((hactive >> 8) << 4)
    timing[5] = vactive & 0xFF
    timing[6] = 40
    timing[7] = ((vactive >> 8) << 4)
    block[54:72] = timing
    block[72:90] = bytes([0, 0, 0, 0xFE, 0]) + b"LG Display\n  "
    # Descriptor text: up to 13 bytes, a line feed after a shorter text, then spaces.
    text = name.encode()[:13]
    block[90:108] = bytes([0, 0, 0, 0xFC, 0]) + (text if len(text) == 13 else (text + b"\n").ljust(13, b" "))
    block[108:126] = bytes([0, 0, 0, 0x10, 0]) + bytes(13)
    block[126] = 0
    block[127] = (-sum(block[:127])) & 0xFF
    return bytes(block)


# --- Trees ------------------------------------------------------------------------------------------

def block_device(root, name, device_dir, size, rotational, removable=0, logical=512, physical=512, device_link="../../../%s"):
    block_dir = f"{device_dir}/block/{name}"
    write(root, f"sys/{block_dir}/size", f"{size}\n")
    write(root, f"sys/{block_dir}/removable", f"{removable}\n")
    write(root, f"sys/{block_dir}/ro", "0\n")
    write(root, f"sys/{block_dir}/queue/rotational", f"{rotational}\n")
    write(root, f"sys/{block_dir}/queue/logical_block_size", f"{logical}\n")
    write(root, f"sys/{block_dir}/queue/physical_block_size", f"{physical}\n")
    link(root, f"sys/block/{name}", f"../{block_dir}")
    return block_dir


def laptop(root):
    cpu_block = """processor\t: {n}
vendor_id\t: GenuineIntel
cpu family\t: 6
model\t\t: 142
model name\t: Intel(R) Core(TM) i5-7300U CPU @ 2.60GHz
stepping\t: 9
cpu MHz\t\t: 800.024
cache size\t: 3072 KB
physical id\t: 0
siblings\t: 4
core id\t\t: {core}
cpu cores\t: 2
flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush ds acpi mmx fxsr sse sse2 ss ht tm pbe syscall nx pdpe1gb rdtscp lm constant_tsc art arch_perfmon pebs bts rep_good nopl xtopology nonstop_tsc cpuid aperfmperf pni pclmulqdq dtes64 monitor ds_cpl vmx est tm2 ssse3 sdbg fma cx16 xtpr pdcm pcid sse4_1 sse4_2 x2apic movbe popcnt aes xsave avx f16c rdrand lahf_lm abm 3dnowprefetch cpuid_fault epb invpcid_single pti tpr_shadow flexpriority ept vpid fsgsbase tsc_adjust bmi1 avx2 smep bmi2 erms invpcid mpx rdseed adx smap clflushopt intel_pt xsaveopt xsavec xgetbv1 xsaves dtherm ida arat pln pts hwp
bogomips\t: 5399.81

"""
    write(root, "proc/cpuinfo", "".join(cpu_block.format(n=n, core=n % 2) for n in range(4)))
    write(root, "proc/meminfo", "MemTotal:        7987200 kB\nMemFree:         5123456 kB\nMemAvailable:    6543210 kB\n")
    write(root, "sys/devices/system/cpu/present", "0-3\n")
    write(root, "sys/devices/system/cpu/online", "0-3\n")
    for policy in range(4):
        write(root, f"sys/devices/system/cpu/cpufreq/policy{policy}/cpuinfo_max_freq", "3500000\n")
    write(root, "sys/firmware/acpi/pm_profile", "2\n")

    table = smbios_table()
    write(root, "sys/firmware/dmi/tables/DMI", table, "wb")
    write(root, "sys/firmware/dmi/tables/smbios_entry_point", smbios3_entry_point(len(table) + 64), "wb")
    for name, value in {"sys_vendor": "LENOVO", "product_name": "20HRCTO1WW", "product_version": "ThinkPad X1 Carbon 5th",
                        "product_serial": "PF0ABCDE", "board_vendor": "LENOVO", "board_name": "20HRCTO1WW",
                        "chassis_type": "10", "chassis_vendor": "LENOVO", "bios_vendor": "LENOVO",
                        "bios_version": "N1MET37W (1.22 )", "bios_date": "07/04/2017"}.items():
        write(root, f"sys/devices/virtual/dmi/id/{name}", value + "\n")
    link(root, "sys/class/dmi/id", "../../devices/virtual/dmi/id")

    # SATA SSD behind libata.
    sata = "devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0"
    block = block_device(root, "sda", sata, 500118192, 0, physical=4096)
    link(root, f"sys/{block}/device", "../../../0:0:0:0")
    write(root, f"sys/{sata}/model", "Samsung SSD 850 EVO 250GB\n")
    write(root, f"sys/{sata}/vendor", "ATA     \n")
    write(root, f"sys/{sata}/type", "0\n")
    write(root, f"sys/{sata}/rev", "2B6Q\n")
    write(root, f"sys/{sata}/wwid", "naa.5002538d4069aab1\n")
    serial = b"S2R5NX0H612345W     "
    write(root, f"sys/{sata}/vpd_pg80", bytes([0, 0x80, 0, len(serial)]) + serial, "wb")

    # NVMe SSD.
    # NVMe namespaces sit directly under their controller, not in a block/ folder.
    nvme = "devices/pci0000:00/0000:00:1d.0/0000:3d:00.0/nvme/nvme0"
    for name, value in {"size": "1000215216", "removable": "0", "ro": "0", "wwid": "eui.0025388b91b1c5e2",
                        "queue/rotational": "0", "queue/logical_block_size": "512", "queue/physical_block_size": "512"}.items():
        write(root, f"sys/{nvme}/nvme0n1/{name}", value + "\n")
    link(root, f"sys/{nvme}/nvme0n1/device", "..")
    link(root, "sys/block/nvme0n1", f"../{nvme}/nvme0n1")
    write(root, f"sys/{nvme}/model", "SAMSUNG MZVLW512HMJP-000L7              \n")
    write(root, f"sys/{nvme}/serial", "S35ENX0J123456      \n")
    write(root, f"sys/{nvme}/firmware_rev", "6L7QCXY7\n")

    # eMMC with its boot partition (skipped).
    mmc = "devices/pci0000:00/0000:00:14.5/mmc_host/mmc0/mmc0:0001"
    block = block_device(root, "mmcblk0", mmc, 61071360, 0)
    link(root, f"sys/{block}/device", "../../../mmc0:0001")
    write(root, f"sys/{mmc}/name", "DF4032\n")
    write(root, f"sys/{mmc}/serial", "0x1a2b3c4d\n")
    write(root, f"sys/{mmc}/type", "MMC\n")
    block = block_device(root, "mmcblk0boot0", mmc, 8192, 0)
    link(root, f"sys/{block}/device", "../../../mmc0:0001")

    # USB stick (a disk a donor could leave data on) and an empty card reader (skipped).
    usb = "devices/pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host1/target1:0:0/1:0:0:0"
    block = block_device(root, "sdb", usb, 30310400, 1, removable=1)
    link(root, f"sys/{block}/device", "../../../1:0:0:0")
    write(root, f"sys/{usb}/model", "DataTraveler 3.0\n")
    write(root, f"sys/{usb}/vendor", "Kingston\n")
    write(root, f"sys/{usb}/type", "0\n")
    reader = "devices/pci0000:00/0000:00:14.0/usb2/2-2/2-2:1.0/host2/target2:0:0/2:0:0:0"
    block = block_device(root, "sdc", reader, 0, 1, removable=1)
    link(root, f"sys/{block}/device", "../../../2:0:0:0")
    write(root, f"sys/{reader}/model", "SD/MMC Reader\n")
    write(root, f"sys/{reader}/type", "0\n")

    # Optical drive, loop, zram and device-mapper devices: none of them is a disk to report.
    optical = "devices/pci0000:00/0000:00:17.0/ata2/host3/target3:0:0/3:0:0:0"
    block = block_device(root, "sr0", optical, 2097151, 1, removable=1)
    link(root, f"sys/{block}/device", "../../../3:0:0:0")
    write(root, f"sys/{optical}/type", "5\n")
    for virtual in ("loop0", "zram0", "dm-0"):
        block_device(root, virtual, "devices/virtual", 4096, 0)

    # Power supplies: the battery, the charger and a wireless mouse's battery.
    battery = "devices/LNXSYSTM:00/LNXSYBUS:00/PNP0C0A:00/power_supply/BAT0"
    write(root, f"sys/{battery}/uevent", "\n".join([
        "POWER_SUPPLY_NAME=BAT0", "POWER_SUPPLY_TYPE=Battery", "POWER_SUPPLY_STATUS=Unknown", "POWER_SUPPLY_PRESENT=1",
        "POWER_SUPPLY_TECHNOLOGY=Li-poly", "POWER_SUPPLY_CYCLE_COUNT=0", "POWER_SUPPLY_VOLTAGE_MIN_DESIGN=11580000",
        "POWER_SUPPLY_ENERGY_FULL_DESIGN=57000000", "POWER_SUPPLY_ENERGY_FULL=45960000", "POWER_SUPPLY_ENERGY_NOW=40000000",
        "POWER_SUPPLY_CAPACITY=87", "POWER_SUPPLY_MODEL_NAME=01AV430", "POWER_SUPPLY_MANUFACTURER=SMP",
        "POWER_SUPPLY_SERIAL_NUMBER= 1234"]) + "\n")
    write(root, f"sys/{battery}/type", "Battery\n")
    link(root, "sys/class/power_supply/BAT0", f"../../{battery}")
    charger = "devices/LNXSYSTM:00/LNXSYBUS:00/ACPI0003:00/power_supply/AC"
    write(root, f"sys/{charger}/type", "Mains\n")
    write(root, f"sys/{charger}/online", "1\n")
    link(root, "sys/class/power_supply/AC", f"../../{charger}")
    mouse = "devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.2/0003:046D:C52B.0003/power_supply/hidpp_battery_0"
    write(root, f"sys/{mouse}/type", "Battery\n")
    write(root, f"sys/{mouse}/scope", "Device\n")
    write(root, f"sys/{mouse}/capacity", "70\n")
    link(root, "sys/class/power_supply/hidpp_battery_0", f"../../{mouse}")

    # Graphics: integrated Intel HD 620, and a non-display PCI device that must be ignored.
    gpu = "devices/pci0000:00/0000:00:02.0"
    for name, value in {"class": "0x030000", "vendor": "0x8086", "device": "0x5916", "subsystem_vendor": "0x17aa",
                        "subsystem_device": "0x224f", "boot_vga": "1"}.items():
        write(root, f"sys/{gpu}/{name}", value + "\n")
    link(root, f"sys/{gpu}/driver", "../../../bus/pci/drivers/i915")
    os.makedirs(os.path.join(root, "sys/bus/pci/drivers/i915"), exist_ok=True)
    link(root, "sys/bus/pci/devices/0000:00:02.0", f"../../../{gpu}")
    ethernet = "devices/pci0000:00/0000:00:1f.6"
    for name, value in {"class": "0x020000", "vendor": "0x8086", "device": "0x15d8"}.items():
        write(root, f"sys/{ethernet}/{name}", value + "\n")
    link(root, f"sys/{ethernet}/driver", "../../../bus/pci/drivers/e1000e")
    link(root, "sys/bus/pci/devices/0000:00:1f.6", f"../../../{ethernet}")
    write(root, "usr/share/misc/pci.ids", "\n".join([
        "#\tList of PCI ID's (excerpt for the Refurb tests)",
        "#\tSyntax: vendor  vendor_name / device  device_name / subvendor subdevice  subsystem_name",
        "10de  NVIDIA Corporation",
        "\t1c8d  GP107M [GeForce GTX 1050 Mobile]",
        "8086  Intel Corporation",
        "\t1916  Skylake GT2 [HD Graphics 520]",
        "\t5916  HD Graphics 620",
        "\t\t17aa 224f  ThinkPad X1 Carbon 5th",
        "\t15d8  Ethernet Connection (4) I219-V",
        "C 03  Display controller",
        "\t00  VGA compatible controller",
    ]) + "\n")

    # Screens: the built-in panel, and an HDMI port with nothing plugged in.
    drm = "devices/pci0000:00/0000:00:02.0/drm/card0"
    write(root, f"sys/{drm}/card0-eDP-1/status", "connected\n")
    write(root, f"sys/{drm}/card0-eDP-1/edid", edid("LGD", 0x0525, 0, 2016, 31, 17, 1920, 1080, "LP140WF6-SPB7"), "wb")
    write(root, f"sys/{drm}/card0-HDMI-A-1/status", "disconnected\n")
    write(root, f"sys/{drm}/card0-HDMI-A-1/edid", b"", "wb")
    link(root, "sys/class/drm/card0", f"../../{drm}")
    link(root, "sys/class/drm/card0-eDP-1", f"../../{drm}/card0-eDP-1")
    link(root, "sys/class/drm/card0-HDMI-A-1", f"../../{drm}/card0-HDMI-A-1")

    # Network: wired and Wi-Fi; loopback and a Docker bridge are virtual.
    net = {
        "enp0s31f6": ("devices/pci0000:00/0000:00:1f.6", "54:E1:AD:12:34:56", "0", False),
        "wlp4s0": ("devices/pci0000:00/0000:00:1c.2/0000:04:00.0", "a4:34:d9:ab:cd:ef", "3", True),
    }
    for name, (device, mac, assign, wireless) in net.items():
        path = f"{device}/net/{name}"
        write(root, f"sys/{path}/address", mac + "\n")
        write(root, f"sys/{path}/addr_assign_type", assign + "\n")
        write(root, f"sys/{path}/type", "1\n")
        write(root, f"sys/{path}/uevent", f"INTERFACE={name}\nIFINDEX=2\n" + ("DEVTYPE=wlan\n" if wireless else ""))
        if wireless:
            os.makedirs(os.path.join(root, "sys", path, "wireless"), exist_ok=True)
        link(root, f"sys/{path}/device", "../..")
        link(root, f"sys/class/net/{name}", f"../../{path}")
    link(root, "sys/devices/pci0000:00/0000:00:1c.2/0000:04:00.0/driver", "../../../../bus/pci/drivers/iwlwifi")
    for name, mac in {"lo": "00:00:00:00:00:00", "docker0": "02:42:ac:11:00:01"}.items():
        write(root, f"sys/devices/virtual/net/{name}/address", mac + "\n")
        write(root, f"sys/devices/virtual/net/{name}/type", "1\n" if name != "lo" else "772\n")
        link(root, f"sys/class/net/{name}", f"../../devices/virtual/net/{name}")


def desktop_dmi_id(root):
    """A desktop seen without root: no raw tables, only /sys/class/dmi/id with an ASRock board's fillers."""
    for name, value in {"sys_vendor": "To Be Filled By O.E.M.", "product_name": "To Be Filled By O.E.M.",
                        "product_version": "To Be Filled By O.E.M.", "board_vendor": "ASRock", "board_name": "H81M-DGS",
                        "chassis_type": "3", "chassis_vendor": "To Be Filled By O.E.M.", "bios_vendor": "American Megatrends Inc.",
                        "bios_version": "P2.10", "bios_date": "03/04/2015"}.items():
        write(root, f"sys/class/dmi/id/{name}", value + "\n")
    write(root, "proc/cpuinfo", "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Pentium(R) CPU G3220 @ 3.00GHz\n"
          "physical id\t: 0\ncore id\t\t: 0\ncpu cores\t: 2\nflags\t\t: fpu lm vmx sse4_2\n\n"
          "processor\t: 1\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Pentium(R) CPU G3220 @ 3.00GHz\n"
          "physical id\t: 0\ncore id\t\t: 1\ncpu cores\t: 2\nflags\t\t: fpu lm vmx sse4_2\n\n")
    write(root, "proc/meminfo", "MemTotal:        3946384 kB\n")


def normalized(info):
    """Same bytes on every run: no owner, no time stamps."""
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mtime = 0
    return info


def main():
    for name, builder in (("laptop", laptop), ("desktop-dmi-id", desktop_dmi_id)):
        with tempfile.TemporaryDirectory() as scratch:
            root = os.path.join(scratch, name)
            os.makedirs(root)
            builder(root)
            paths = []
            for directory, folders, files in os.walk(root):
                folders.sort()
                for entry in sorted(folders + files):
                    paths.append(os.path.join(directory, entry))
            archive_path = os.path.join(HERE, name + ".tar.gz")
            with open(archive_path, "wb") as raw:
                import gzip
                with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as compressed:
                    with tarfile.open(fileobj=compressed, mode="w", format=tarfile.PAX_FORMAT) as archive:
                        for path in [root] + paths:
                            archive.add(path, arcname=os.path.relpath(path, scratch), recursive=False, filter=normalized)


if __name__ == "__main__":
    main()
