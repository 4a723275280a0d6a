import ArgumentParser
import Erasure
import Foundation
import RefurbCore

/// `refurb keys`: the station's signing key.
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "The station's certificate signing key / La clé de signature des certificats du poste.",
        subcommands: [Init.self]
    )

    /// `refurb keys init`: creates the Ed25519 key pair that signs this station's certificates.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create the station key pair (private key mode 0600). Never replaces an existing key."
        )

        @Option(name: .customLong("keys"), help: "Folder for the keys (default: $REFURB_KEYS or ./keys).")
        var keysDirectory: String?

        @Flag(help: "Machine-readable output.")
        var json = false

        @Option(help: "fr or en (default: $REFURB_LANG, else the system's language, else fr).")
        var language: String?

        func run() throws {
            let say = Speaker(language: Language(explicit: language, environment: ProcessInfo.processInfo.environment))
            let directory = keysDirectory ?? StationKeyPair.defaultDirectory()
            let privatePath = directory + "/" + StationKeyPair.privateKeyFileName
            let publicPath = directory + "/" + StationKeyPair.publicKeyFileName
            do {
                let pair = try StationKeyPair.create(in: directory)
                if json {
                    say.json(["keyId": pair.keyID, "privateKey": privatePath, "publicKey": publicPath])
                } else {
                    say.line("erasure.keys.created", pair.keyID, privatePath, publicPath)
                }
            } catch StationKeyError.alreadyExists(let path) {
                say.error("erasure.keys.exists", path)
                throw ExitCode(1)
            } catch {
                say.error("erasure.error.cannotWrite", directory)
                throw ExitCode(2)
            }
        }
    }
}
