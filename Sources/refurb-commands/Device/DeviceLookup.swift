import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbStore

extension GlobalOptions {
    /// The device a person named by its asset tag or serial number.
    func device(_ input: String, in database: AppDatabase) throws -> Device {
        try perform { try database.device(scanned: input) }
    }

    func stage(_ text: String) throws -> Stage {
        guard let stage = Stage(rawValue: text.lowercased()) else {
            let message = CLIMessages.text("cli.unknownStage", text,
                                           Stage.allCases.map(\.rawValue).joined(separator: ", "), in: language)
            throw CommandFailure(badInput: message, json: json ? ErrorView(code: "invalid-input", message: message) : nil)
        }
        return stage
    }

    func failure(_ message: Message) -> CommandFailure {
        let text = CLIMessages.text(message, in: language)
        return CommandFailure(badInput: text, json: json ? ErrorView(code: "invalid-input", message: text) : nil)
    }
}
