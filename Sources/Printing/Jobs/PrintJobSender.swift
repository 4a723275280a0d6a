import RefurbCore

/// Sends a job the careful way: status first, and nothing at all if the printer is not ready or holds
/// the wrong media (a wasted roll is what the workshop complained about); then the bytes; then, for a
/// Brother, wait for "printing completed", since some models report success with the wrong roll only
/// if asked beforehand.
public struct PrintJobSender: Sendable {
    public var statusTimeout: Duration
    public var completionTimeout: Duration

    public init(statusTimeout: Duration = PrinterStatusQuery.defaultTimeout, completionTimeout: Duration = .seconds(10)) {
        self.statusTimeout = statusTimeout
        self.completionTimeout = completionTimeout
    }

    public func send(_ job: PrintJob, over connection: PrinterConnection) async throws -> PrintOutcome {
        let status = try await PrinterStatusQuery.query(job.family, on: connection, timeout: statusTimeout)
        if let status {
            try Self.refuseIfNotReady(status, for: job)
        }
        try await connection.write(job.bytes)
        var completion: PrintOutcome.Completion = status == nil ? .notChecked : .unconfirmed
        if job.family == .brotherQL && connection.canRead {
            completion = try await awaitBrotherCompletion(on: connection)
        }
        return PrintOutcome(statusBefore: status, bytesSent: job.bytes.count, completion: completion)
    }

    /// Throws the refusal to show when the printer reports an error or media that does not fit.
    public static func refuseIfNotReady(_ status: PrinterStatusReport, for job: PrintJob) throws {
        if !status.problems.isEmpty {
            throw PrintingError(problems: status.problems, heading: Message("printing.status.notReady"), kind: .refusal)
        }
        if let required = job.requiredMedia, let loaded = status.loadedMedia,
           let mismatch = MediaCheck.problem(loaded: loaded, required: required) {
            throw PrintingError(mismatch, kind: .refusal)
        }
    }

    private func awaitBrotherCompletion(on connection: PrinterConnection) async throws -> PrintOutcome.Completion {
        let outcome = try await PrinterStatusQuery.collect(from: connection, timeout: completionTimeout) { data -> BrotherStatus? in
            BrotherStatus.replies(in: data).first { $0.statusType == .printingCompleted || $0.statusType == .errorOccurred }
        }
        guard let outcome else { return .unconfirmed }
        if outcome.statusType == .errorOccurred {
            throw PrintingError(problems: outcome.errors.messages, heading: Message("printing.status.failedWhilePrinting"),
                                kind: .communication)
        }
        return .confirmed
    }
}
