import RefurbCore

/// Where a job goes, as a person or a script writes it:
/// `usb://auto`, `usb://04f9:2042`, `usb://04f9:2042?serial=000G4G754388`, `tcp://host[:9100]`, `file:/path`.
/// A `file:` path that is a character device (`/dev/usb/lp0`) is opened as a device node.
public enum PrinterURI: Hashable, Sendable, CustomStringConvertible {
    case usbAuto
    case usb(vendorID: UInt16, productID: UInt16, serial: String?)
    case tcp(host: String, port: UInt16)
    case file(path: String)

    public static let defaultRawPort: UInt16 = 9100

    public init(parsing text: String) throws(PrintingError) {
        let trimmed = text.trimmingWhitespace()
        if trimmed.lowercased().hasPrefix("usb://") {
            self = try Self.parseUSB(String(trimmed.dropFirst(6)), original: text)
        } else if trimmed.lowercased().hasPrefix("tcp://") {
            self = try Self.parseTCP(String(trimmed.dropFirst(6)), original: text)
        } else if trimmed.lowercased().hasPrefix("file://") {
            self = try Self.parseFile(String(trimmed.dropFirst(7)), original: text)
        } else if trimmed.lowercased().hasPrefix("file:") {
            self = try Self.parseFile(String(trimmed.dropFirst(5)), original: text)
        } else {
            throw PrintingError(Message("printing.uri.unknownScheme", text))
        }
    }

    public var description: String {
        switch self {
        case .usbAuto:
            return "usb://auto"
        case let .usb(vendor, product, serial):
            let base = "usb://\(vendor.hex4):\(product.hex4)"
            return serial.map { "\(base)?serial=\($0)" } ?? base
        case let .tcp(host, port):
            let shownHost = host.contains(":") ? "[\(host)]" : host
            return "tcp://\(shownHost):\(port)"
        case let .file(path):
            return "file:\(path)"
        }
    }

    private static func parseUSB(_ rest: String, original: String) throws(PrintingError) -> PrinterURI {
        let (target, query) = rest.splitOnce("?")
        if target.lowercased() == "auto" && query == nil { return .usbAuto }
        let (vendorText, productText) = target.splitOnce(":")
        guard let productText,
              let vendor = UInt16(vendorText.droppingHexPrefix(), radix: 16),
              let product = UInt16(productText.droppingHexPrefix(), radix: 16)
        else { throw PrintingError(Message("printing.uri.badUSB", original)) }
        var serial: String?
        if let query {
            for pair in query.split(separator: "&") {
                let (key, value) = String(pair).splitOnce("=")
                guard key == "serial", let value, !value.isEmpty else {
                    throw PrintingError(Message("printing.uri.badUSB", original))
                }
                serial = value.removingPercentEncoding()
            }
        }
        return .usb(vendorID: vendor, productID: product, serial: serial)
    }

    private static func parseTCP(_ rest: String, original: String) throws(PrintingError) -> PrinterURI {
        let authority = rest.hasSuffix("/") ? String(rest.dropLast()) : rest
        var host = authority
        var port = defaultRawPort
        if authority.hasPrefix("[") {
            // IPv6 literal: tcp://[::1]:9100
            guard let close = authority.firstIndex(of: "]") else {
                throw PrintingError(Message("printing.uri.badTCP", original))
            }
            host = String(authority[authority.index(after: authority.startIndex)..<close])
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") {
                guard let parsed = UInt16(after.dropFirst()) else { throw PrintingError(Message("printing.uri.badTCP", original)) }
                port = parsed
            } else if !after.isEmpty {
                throw PrintingError(Message("printing.uri.badTCP", original))
            }
        } else if let colon = authority.lastIndex(of: ":") {
            host = String(authority[..<colon])
            guard let parsed = UInt16(authority[authority.index(after: colon)...]) else {
                throw PrintingError(Message("printing.uri.badTCP", original))
            }
            port = parsed
        }
        guard !host.isEmpty, port != 0 else { throw PrintingError(Message("printing.uri.badTCP", original)) }
        return .tcp(host: host, port: port)
    }

    private static func parseFile(_ path: String, original: String) throws(PrintingError) -> PrinterURI {
        guard !path.isEmpty else { throw PrintingError(Message("printing.uri.badFile", original)) }
        return .file(path: path.removingPercentEncoding())
    }
}

extension UInt16 {
    /// Four lower-case hex digits, the way lsusb and udev rules write USB IDs.
    var hex4: String {
        let digits = String(self, radix: 16)
        return String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }
}

private extension String {
    func splitOnce(_ separator: Character) -> (String, String?) {
        guard let index = firstIndex(of: separator) else { return (self, nil) }
        return (String(self[..<index]), String(self[self.index(after: index)...]))
    }

    func droppingHexPrefix() -> String {
        lowercased().hasPrefix("0x") ? String(dropFirst(2)) : self
    }

    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// Decodes %XX escapes (a serial or a path pasted from a browser or CUPS).
    func removingPercentEncoding() -> String {
        var bytes: [UInt8] = []
        var iterator = Array(utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
               let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
