import HostSystem
import RefurbCore

/// The proof that one disk was erased: who, what, how, how well, with what result, signed by the
/// station's key. Every number is an integer (bytes, milliseconds, hundredths of a percent) so that the
/// signed canonical form is exact. Described by Schemas/erasure-certificate.schema.json.
public struct ErasureCertificate: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// Lower-case UUID; also the file name and the QR code's content.
    public var id: String
    /// UTC, ISO 8601, to the second.
    public var issuedAt: String
    public var tool: Tool
    public var workshop: Workshop
    public var source: Source
    public var drive: Drive
    public var erasure: Erasure
    public var run: Run
    public var verification: Verification
    public var faults: Faults
    public var result: Result
    public var signature: Signature?

    public struct Tool: Codable, Sendable, Equatable {
        public var name: String
        public var version: String
    }

    public struct Workshop: Codable, Sendable, Equatable {
        public var name: String?
        public var station: String?
        public var `operator`: String?
    }

    public struct Host: Codable, Sendable, Equatable {
        public var vendor: String?
        public var model: String?
        public var serial: String?
        public var uuid: String?
    }

    public struct Source: Codable, Sendable, Equatable {
        public var lot: String?
        public var assetTag: String?
        public var host: Host
    }

    public struct Drive: Codable, Sendable, Equatable {
        public var devicePath: String
        public var vendor: String?
        public var model: String?
        public var serial: String?
        public var firmware: String?
        public var wwn: String?
        /// Written in the certificate's words: `DiskTransport.certificateName`.
        @CertificateTransport public var transport: DiskTransport
        public var mediaType: MediaType
        public var logicalSectorSize: Int
        public var physicalSectorSize: Int
        public var visibleCapacityBytes: UInt64
        public var nativeCapacityBytes: UInt64?
        public var hiddenAreasBefore: HiddenAreaStatus
        public var hiddenAreasAfter: HiddenAreaStatus
        public var smart: SmartSummary?
    }

    /// One method tried, when `auto` had to fall back (a frozen drive, a sanitize that failed).
    public struct Attempt: Codable, Sendable, Equatable {
        public var method: WipeMethod
        public var outcome: String
    }

    public struct Erasure: Codable, Sendable, Equatable {
        public var method: WipeMethod
        public var requestedMethod: WipeMethod
        public var nistCategory: NISTCategory
        public var technique: String
        /// Exact command lines (firmware methods) or the pattern description (overwrites).
        public var commands: [String]
        public var pattern: String
        public var passes: Int
        /// The generator of a random pass; its key is never recorded.
        public var prng: String?
        public var firmware: FirmwareEvidence?
        public var attempts: [Attempt]
        public var directIO: Bool
    }

    public struct Run: Codable, Sendable, Equatable {
        public var startedAt: String
        public var endedAt: String
        public var durationMilliseconds: Int
        public var bytesWritten: UInt64
        public var throughputBytesPerSecond: UInt64
    }

    public struct Sampling: Codable, Sendable, Equatable {
        /// Hex; with the block size and share it reproduces exactly which blocks were read.
        public var seed: String
        public var blockSize: Int
        public var blocks: Int
    }

    public struct Verification: Codable, Sendable, Equatable {
        public var mode: String
        /// What was expected: "zeros", "regenerated AES-256-CTR stream", "not the previous content".
        public var expected: String
        public var coverageBasisPoints: Int
        public var bytesRead: UInt64
        public var durationMilliseconds: Int
        public var mismatchedSectors: UInt64
        public var mismatchRanges: [ByteRange]
        public var unreadableRanges: [ByteRange]
        public var sampling: Sampling?
        public var passed: Bool
    }

    public struct Faults: Codable, Sendable, Equatable {
        public var writeErrors: Int
        public var readErrors: Int
        public var retries: Int
        /// Ranges that could not be written (after retries) or were never reached.
        public var skippedRanges: [ByteRange]
        public var skippedBytes: UInt64
        /// Why the run stopped early, if it did.
        public var abort: PassAbort?
        public var errorSamples: [String]
    }

    public enum Status: String, Codable, Sendable {
        case erased
        case erasedWithExceptions = "erased-with-exceptions"
        case failed
    }

    public struct Result: Codable, Sendable, Equatable {
        public var status: Status
        /// Why the result is not a plain "erased", as catalog messages (shown in the reader's language).
        public var reasons: [Message]
    }

    public struct Signature: Codable, Sendable, Equatable {
        public var algorithm: String
        /// First 16 hex digits of the SHA-256 of the raw public key.
        public var keyId: String
        /// Raw 32-byte Ed25519 public key, base64.
        public var publicKey: String
        /// SHA-256 (hex) of the signed bytes: the domain prefix followed by the canonical JSON.
        public var recordSHA256: String
        /// Ed25519 signature of the signed bytes, base64.
        public var value: String
    }
}
