import ArgumentParser
import Erasure
import Foundation
import RefurbCore

/// `refurb certificate`: checking erasure certificates.
struct Certificate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certificate",
        abstract: "Check erasure certificates / Vérifier les certificats d'effacement.",
        subcommands: [Verify.self]
    )

    /// `refurb certificate verify FILE [--public-key KEY]`: exit 0 when genuine, 1 when changed or
    /// signed by another key, 2 when the file or key can't be read.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check that a certificate is intact and signed by the station's key."
        )

        @Argument(help: "The certificate (<id>.json).")
        var file: String

        @Option(name: .customLong("public-key"), help: "The station's public key (PEM). Default: the one in $REFURB_KEYS or ./keys, if present.")
        var publicKey: String?

        @Flag(help: "Machine-readable output.")
        var json = false

        @Option(help: "fr or en (default: $REFURB_LANG, else the system's language, else fr).")
        var language: String?

        func run() throws {
            let say = Speaker(language: Language(explicit: language, environment: ProcessInfo.processInfo.environment))
            guard let content = FileManager.default.contents(atPath: file) else {
                say.error("erasure.verify.invalid.malformed", file)
                throw ExitCode(2)
            }
            let keyPath = publicKey ?? {
                let path = StationKeyPair.defaultDirectory() + "/" + StationKeyPair.publicKeyFileName
                return FileManager.default.fileExists(atPath: path) ? path : nil
            }()
            var trustedKey: StationKeyPair.PublicKey?
            if let keyPath {
                do {
                    trustedKey = try StationKeyPair.loadPublicKey(path: keyPath)
                } catch {
                    say.error("erasure.verify.invalid.malformed", keyPath)
                    throw ExitCode(2)
                }
            }

            switch CertificateVerifier.verify(fileContent: content, trustedKey: trustedKey) {
            case .valid(let certificate, let keyID, let trusted):
                if json {
                    say.json(["valid": true, "keyId": keyID, "trustedKey": trusted, "certificateId": certificate.id,
                              "status": certificate.result.status.rawValue, "serial": certificate.drive.serial ?? NSNull()])
                } else {
                    say.line(trusted ? "erasure.verify.valid" : "erasure.verify.validEmbeddedKey", keyID)
                }
            case .invalid(let failure):
                let message: Message = switch failure {
                case .malformed(let detail), .notACertificate(let detail), .unsupportedAlgorithm(let detail):
                    Message("erasure.verify.invalid.\(failure.code)", detail)
                case .wrongKey(let signedBy, let expected):
                    Message("erasure.verify.invalid.wrong-key", signedBy, expected)
                case .unsigned, .contentChanged, .badSignature:
                    Message("erasure.verify.invalid.\(failure.code)")
                }
                if json {
                    say.json(["valid": false, "reason": failure.code, "message": say.text(message)])
                } else {
                    say.error(message)
                }
                throw ExitCode(1)
            }
        }
    }
}
