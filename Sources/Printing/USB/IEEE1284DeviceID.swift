import RefurbCore

/// The IEEE 1284 device ID a printer returns to the USB printer-class GET_DEVICE_ID request,
/// e.g. `MFG:Brother;CMD:PT-CBP;MDL:QL-700;CLS:PRINTER;`.
public struct IEEE1284DeviceID: Hashable, Sendable, Codable {
    public let raw: String
    public let fields: [String: String]

    public init(parsing text: String) {
        raw = text
        var fields: [String: String] = [:]
        for pair in text.split(separator: ";") {
            guard let colon = pair.firstIndex(of: ":") else { continue }
            let key = pair[..<colon].trimmingSpaces().uppercased()
            let value = pair[pair.index(after: colon)...].trimmingSpaces()
            // Long and short key names mean the same (MANUFACTURER/MFG, MODEL/MDL, COMMAND SET/CMD).
            let canonical = ["MANUFACTURER": "MFG", "MODEL": "MDL", "COMMAND SET": "CMD"][key] ?? key
            if fields[canonical] == nil { fields[canonical] = value }
        }
        self.fields = fields
    }

    /// Parses the reply of GET_DEVICE_ID: two length bytes, then the text. The length is big-endian and
    /// counts itself; some devices send it little-endian, which PAPPL accepts when the big-endian
    /// reading is implausible. Returns nil for a reply too short to hold anything.
    public init?(reply: [UInt8]) {
        guard reply.count > 2 else { return nil }
        var length = Int(reply[0]) << 8 | Int(reply[1])
        if length < 14 || length > reply.count {
            length = Int(reply[1]) << 8 | Int(reply[0])
        }
        if length < 3 || length > reply.count { length = reply.count }
        let body = reply[2..<length].prefix { $0 != 0 }
        guard !body.isEmpty else { return nil }
        self.init(parsing: String(decoding: body, as: UTF8.self))
    }

    public var manufacturer: String? { fields["MFG"] }
    public var model: String? { fields["MDL"] }
    public var commandSets: [String] {
        (fields["CMD"] ?? "").split(separator: ",").map { $0.trimmingSpaces() }
    }
}

private extension Substring {
    func trimmingSpaces() -> String {
        var result = self
        while result.first == " " { result.removeFirst() }
        while result.last == " " { result.removeLast() }
        return String(result)
    }
}
