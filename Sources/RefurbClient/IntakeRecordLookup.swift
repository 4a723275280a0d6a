#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import RefurbCore

/// Asks the service which device has a serial (`GET /api/scan/{serial}`, the route a scanner at intake uses), so
/// that a bench machine finds its own intake record, and its asset tag, from the serial its firmware gives.
public struct IntakeRecordLookup: Sendable {
    public let sender: SubmissionSender

    public init(sender: SubmissionSender) {
        self.sender = sender
    }

    public func lookUp(serial: String, at endpoint: ServiceEndpoint) async -> IntakeLookup {
        let question = Submission(method: "GET", path: "/api/scan/" + Self.pathSegment(serial), body: Data(),
                                  summary: serial)
        return Self.interpret(await sender.send(question, to: endpoint), serial: serial)
    }

    /// The answer in the bench's terms: a device (its tag), no such serial (404, or a lot's code), or why not.
    public static func interpret(_ outcome: SendOutcome, serial: String) -> IntakeLookup {
        struct ScanResult: Decodable {
            struct Device: Decodable { let assetTag: String }
            let kind: String
            let device: Device?
        }
        switch outcome {
        case .accepted(_, let body):
            guard let result = try? JSONDecoder().decode(ScanResult.self, from: body), result.kind == "device",
                  let tag = result.device?.assetTag else { return .notFound(serial: serial) }
            return .found(tag: tag)
        // 422: a code shaped like a tag or lot code, or with an invisible character, is no device's serial.
        case .refused(let status, _) where status == 404 || status == 422:
            return .notFound(serial: serial)
        case .refused(_, let message):
            return .refused(reason: message)
        case .unreachable(let reason):
            return .unreachable(reason: reason)
        }
    }

    /// The serial as one path segment: unreserved characters as they are, every other byte percent-encoded.
    static func pathSegment(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "." || scalar == "_" || scalar == "~" {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
