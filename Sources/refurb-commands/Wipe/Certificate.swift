import ArgumentParser
import Erasure
import Foundation
import RefurbCommandLine
import RefurbCore

/// `refurb certificate`: checking erasure certificates.
struct Certificate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certificate",
        abstract: CLIMessages.help("help.certificate.abstract"),
        subcommands: [Verify.self]
    )

    /// `refurb certificate verify FILE [--public-key KEY]`: exit 0 when genuine, 1 when changed or
    /// signed by another key, 2 when the file or key can't be read.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: CLIMessages.help("help.certificate.verify.abstract"),
            discussion: CLIMessages.help("help.certificate.verify.discussion")
        )

        @Argument(help: ArgumentHelp(CLIMessages.help("help.certificate.verify.file")))
        var file: String

        @Option(name: .customLong("public-key"), help: ArgumentHelp(CLIMessages.help("help.certificate.verify.publicKey")))
        var publicKey: String?

        @OptionGroup var output: OutputOptions

        /// `refurb certificate verify --json` for a genuine certificate.
        struct ValidView: Encodable {
            let valid = true
            let keyId: String
            let trustedKey: Bool
            let certificateId: String
            let status: String
            @NullWhenAbsent var serial: String?
        }

        /// `refurb certificate verify --json` for one that is not: why, as a code and as a sentence.
        struct InvalidView: Encodable {
            let valid = false
            let reason: String
            let message: String
        }

        func run() throws {
            let say = Speaker(language: output.language)
            guard let content = FileManager.default.contents(atPath: file) else {
                throw output.badInput(say.text("erasure.verify.invalid.malformed", file), code: "unreadable")
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
                    throw output.badInput(say.text("erasure.verify.invalid.malformed", keyPath), code: "unreadable-key")
                }
            }

            switch CertificateVerifier.verify(fileContent: content, trustedKey: trustedKey) {
            case .valid(let certificate, let keyID, let trusted):
                if output.json {
                    JSONOutput.print(ValidView(keyId: keyID, trustedKey: trusted, certificateId: certificate.id,
                                               status: certificate.result.status.rawValue, serial: certificate.drive.serial))
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
                guard output.json else { throw CommandFailure(refused: say.text(message)) }
                JSONOutput.print(InvalidView(reason: failure.code, message: say.text(message)))
                throw CommandFailure.refusedAlreadySaid
            }
        }
    }
}
