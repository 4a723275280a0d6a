import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbStore

/// `refurb register verify`: checks every sealed line and every seal; exit 1 when anything was altered.
struct RegisterVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: CLIMessages.help("help.registerVerify.abstract"),
        discussion: CLIMessages.help("help.registerVerify.discussion"))

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("public-key"), help: ArgumentHelp(
        CLIMessages.help("help.registerVerify.publicKey"), valueName: "file"))
    var publicKey: String?

    struct Report: Encodable {
        var intact: Bool
        var linesChecked: Int64
        var sealsChecked: Int
        var signaturesChecked: Bool
        var keyId: String?
        var problems: [JournalVerifyCommand.Report.Problem]
    }

    func run() throws {
        let language = options.language
        let (database, path) = try JournalDatabase.open(url: nil, options: options)
        let key = try JournalDatabase.publicKey(explicit: publicKey, forDatabase: path, language: language)
        let result = try options.perform { try database.verifyRegister(publicKey: key?.0) }
        let say = { (message: Message) in RegisterCommand.catalog.text(for: message, in: language) }
        if options.json {
            JSONOutput.print(Report(intact: result.isIntact, linesChecked: result.linesChecked, sealsChecked: result.sealsChecked,
                                    signaturesChecked: result.signaturesChecked, keyId: key?.0.keyId,
                                    problems: result.problems.map { .init(code: $0.code, message: say($0.message)) }))
        }
        guard result.isIntact else {
            let lines = [say(Message("register.verify.problems", String(result.problems.count)))] + result.problems.map { say($0.message) }
            throw CommandFailure(refused: lines.joined(separator: "\n"))
        }
        guard !options.json else { return }
        print(say(Message("register.verify.intact", String(result.linesChecked), String(result.sealsChecked))))
        if let key {
            print(say(Message("register.verify.signatures", key.0.keyId, key.1)))
        } else if result.sealsChecked > 0 {
            print(say(Message("register.verify.noKey")))
        }
    }
}
