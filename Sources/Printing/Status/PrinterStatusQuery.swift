import RefurbCore

/// Asks a printer for its status in its own language, bounded by a timeout.
public enum PrinterStatusQuery {
    /// Clears any half-received job (NULs), resets (ESC @) and asks for status (ESC i S).
    /// 400 NULs as QL-800/810W/820NWB need; older models accept as many (lprint sends 400 to every QL).
    public static let brotherRequest: [UInt8] = [UInt8](repeating: 0, count: 400) + [0x1B, 0x40, 0x1B, 0x69, 0x53]

    public static let defaultTimeout: Duration = .seconds(3)

    /// The printer's status, or nil for a family Refurb cannot ask (DYMO, unknown) or a connection that
    /// cannot read. A printer that should answer and stays silent gives a `PrintingError`.
    public static func query(_ family: PrinterFamily, on connection: PrinterConnection,
                             timeout: Duration = defaultTimeout) async throws -> PrinterStatusReport? {
        guard connection.canRead else { return nil }
        switch family {
        case .brotherQL:
            return PrinterStatusReport(brother: try await brother(on: connection, timeout: timeout))
        case .zebraZPL:
            return PrinterStatusReport(zebra: try await zebra(on: connection, timeout: timeout))
        case .dymo, .unknown:
            return nil
        }
    }

    public static func brother(on connection: PrinterConnection, timeout: Duration = defaultTimeout) async throws -> BrotherStatus {
        try await connection.write(brotherRequest)
        let replies = try await collect(from: connection, timeout: timeout) { data in
            let replies = BrotherStatus.replies(in: data)
            return replies.contains { $0.statusType == .replyToRequest } ? replies : nil
        }
        guard let replies, let reply = replies.last(where: { $0.statusType == .replyToRequest }) ?? replies.last else {
            throw PrintingError(Message("printing.status.silentBrother", connection.summary), kind: .refusal)
        }
        return reply
    }

    /// Zebra stays silent to `~HS` while out of media, ribbon out or with the head open (ZPL guide),
    /// so a timeout here is reported as "check the printer", not as a broken link.
    public static func zebra(on connection: PrinterConnection, timeout: Duration = defaultTimeout) async throws -> ZebraHostStatus {
        try await connection.write(ZebraHostStatus.request)
        let status = try await collect(from: connection, timeout: timeout) { ZebraHostStatus($0) }
        guard let status else {
            throw PrintingError(Message("printing.status.silentZebra", connection.summary), kind: .refusal)
        }
        return status
    }

    /// Reads until `parse` accepts what arrived, or the deadline passes (then nil).
    static func collect<Parsed>(from connection: PrinterConnection, timeout: Duration,
                                parse: ([UInt8]) -> Parsed?) async throws -> Parsed? {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var data: [UInt8] = []
        while clock.now < deadline {
            let remaining = clock.now.duration(to: deadline)
            let chunk = try await connection.read(upTo: 512, timeout: min(remaining, .milliseconds(250)))
            data += chunk
            if let parsed = parse(data) { return parsed }
        }
        return parse(data)
    }
}
