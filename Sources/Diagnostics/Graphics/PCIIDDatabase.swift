import Glibc
import HostSystem
import RefurbCore

/// Looks up vendor and device names in a `pci.ids` file (the pciutils / hwdata database).
///
/// The file is over a megabyte; it is scanned once, as bytes, only for the IDs asked for, which is
/// much faster than building a full dictionary for the one or two graphics adapters a PC has.
public struct PCIIDDatabase: Sendable {
    public struct Key: Hashable, Sendable {
        public var vendor: UInt16
        public var device: UInt16

        public init(vendor: UInt16, device: UInt16) {
            self.vendor = vendor
            self.device = device
        }
    }

    public struct Names: Equatable, Sendable {
        public var vendor: String?
        public var device: String?
    }

    /// Where distributions install the file, relative to the probed root.
    public static let candidatePaths = ["usr/share/misc/pci.ids", "usr/share/hwdata/pci.ids", "usr/share/pci.ids"]

    let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public static func load(root: SystemRoot) -> PCIIDDatabase? {
        for path in candidatePaths {
            if case .success(let bytes) = root.readBytes(path, limit: 32 << 20) {
                return PCIIDDatabase(bytes: bytes)
            }
        }
        return nil
    }

    /// Names for each key; a key whose vendor or device is not listed gets nil for that part.
    ///
    /// Lines are found with `memchr` on the file's bytes, and the scan stops at the first vendor past the last one
    /// asked for: the file lists vendors in ascending order ("Please keep sorted", its header says). Under the
    /// bench stick's emulation the byte-by-byte scan of the whole file took 25–35 ms, the largest part of the probe.
    public func names(for keys: Set<Key>) -> [Key: Names] {
        bytes.withUnsafeBufferPointer { Self.names(for: keys, in: $0) }
    }

    /// The names from the first pci.ids found under `root`, read in place (`SystemRoot.withMappedFile`); nil when
    /// the probed system has no such file.
    public static func names(for keys: Set<Key>, root: SystemRoot) -> [Key: Names]? {
        for path in candidatePaths {
            if let names = root.withMappedFile(path, limit: 32 << 20, { names(for: keys, in: $0) }) { return names }
        }
        return nil
    }

    static func names(for keys: Set<Key>, in file: UnsafeBufferPointer<UInt8>) -> [Key: Names] {
        var result: [Key: Names] = [:]
        let vendorsWanted = Set(keys.map(\.vendor))
        guard let lastVendor = vendorsWanted.max() else { return result }
        do {
            guard let base = file.baseAddress else { return result }
            var currentVendor: UInt16?
            var lineStart = 0
            while lineStart < file.count {
                let remaining = file.count - lineStart
                let newline = memchr(base + lineStart, 0x0A, remaining)
                let lineEnd = newline.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? file.count
                defer { lineStart = lineEnd + 1 }
                let first = file[lineStart]
                guard lineEnd > lineStart, first != 0x23 /* # */ else { continue }
                if first != 0x09 {
                    let line = Array(file[lineStart..<lineEnd])[...]
                    // "8086  Intel Corporation": a vendor line. "C 03  Display controller" starts the class
                    // list at the end of the file, after every vendor.
                    if first == 0x43 /* C */ && line.count > 1 && line[line.startIndex + 1] == 0x20 { return result }
                    currentVendor = Self.hex4(line, at: 0)
                    guard let vendor = currentVendor else { continue }
                    if vendor > lastVendor { return result }
                    if vendorsWanted.contains(vendor) {
                        let name = Self.name(line, after: 4)
                        for key in keys where key.vendor == vendor {
                            result[key, default: Names()].vendor = name
                        }
                    }
                } else if let vendor = currentVendor, vendorsWanted.contains(vendor),
                          lineEnd - lineStart > 1, file[lineStart + 1] != 0x09 {
                    // "\t1916  HD Graphics 520": a device line of the current vendor.
                    let line = Array(file[lineStart..<lineEnd])[...]
                    if let device = Self.hex4(line, at: 1) {
                        let key = Key(vendor: vendor, device: device)
                        if keys.contains(key) {
                            result[key, default: Names()].device = Self.name(line, after: 5)
                        }
                    }
                }
            }
        }
        return result
    }

    private static func hex4(_ line: ArraySlice<UInt8>, at offset: Int) -> UInt16? {
        guard line.count >= offset + 4 else { return nil }
        var value: UInt16 = 0
        for byte in line.dropFirst(offset).prefix(4) {
            guard let digit = hexDigit(byte) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x61...0x66: byte - 0x61 + 10
        case 0x41...0x46: byte - 0x41 + 10
        default: nil
        }
    }

    private static func name(_ line: ArraySlice<UInt8>, after offset: Int) -> String? {
        PrintableText.trimmed(line.dropFirst(offset))
    }
}
