import ArgumentParser
import Erasure
import Foundation
import RefurbCommandLine
import RefurbCore

/// `refurb keys`: the station's signing key.
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: CLIMessages.help("help.keys.abstract"),
        subcommands: [Init.self]
    )

    /// `refurb keys init`: creates the Ed25519 key pair that signs this station's certificates. Exit 0 when made,
    /// 1 when a key is already there (it is never replaced), 2 when the folder cannot be written.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: CLIMessages.help("help.keys.init.abstract")
        )

        @Option(name: .customLong("keys"), help: ArgumentHelp(CLIMessages.help("help.option.keys")))
        var keysDirectory: String?

        @OptionGroup var output: OutputOptions

        /// `refurb keys init --json`.
        struct CreatedView: Encodable {
            let keyId: String
            let privateKey: String
            let publicKey: String
        }

        func run() throws {
            let say = Speaker(language: output.language)
            let directory = keysDirectory ?? StationKeyPair.defaultDirectory()
            let privatePath = directory + "/" + StationKeyPair.privateKeyFileName
            let publicPath = directory + "/" + StationKeyPair.publicKeyFileName
            let pair: StationKeyPair
            do {
                pair = try StationKeyPair.create(in: directory)
            } catch StationKeyError.alreadyExists(let path) {
                throw output.refused(say.text("erasure.keys.exists", path), code: "key-exists")
            } catch {
                throw output.badInput(say.text("erasure.error.cannotWrite", directory), code: "cannot-write")
            }
            if output.json {
                JSONOutput.print(CreatedView(keyId: pair.keyID, privateKey: privatePath, publicKey: publicPath))
            } else {
                say.line("erasure.keys.created", pair.keyID, privatePath, publicPath)
            }
        }
    }
}
