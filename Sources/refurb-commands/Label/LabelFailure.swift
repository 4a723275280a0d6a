import Foundation
import Labels
import Printing
import RefurbCommandLine
import RefurbCore

/// Turns Labels and Printing errors into the CLI's failures: their message in the person's language,
/// exit code 1 for a refusal (printer not ready, wrong roll), 2 for bad input, and with --json an
/// error object scripts can read.
enum LabelFailure {
    static let catalog = MessageCatalog.labels.merging(.printing)

    static func text(_ message: Message, _ options: GlobalOptions) -> String {
        catalog.text(for: message, in: options.language)
    }

    static func badInput(_ message: Message, _ options: GlobalOptions) -> CommandFailure {
        let text = text(message, options)
        return CommandFailure(badInput: text, json: options.json ? ErrorView(code: "invalid-input", message: text) : nil)
    }

    /// Runs `body`, translating the module errors it throws.
    static func translating<T>(_ options: GlobalOptions, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw failure(for: error, options)
        }
    }

    static func failure(for error: Error, _ options: GlobalOptions) -> Error {
        switch error {
        case let error as LabelError:
            let text = error.text(in: options.language)
            return CommandFailure(badInput: text, json: options.json ? ErrorView(code: "invalid-label", message: text) : nil)
        case let error as LabelTemplateError:
            let text = error.text(in: options.language)
            return CommandFailure(badInput: text, json: options.json ? ErrorView(code: "invalid-template", message: text) : nil)
        case let error as PrintingError:
            let text = error.text(in: options.language)
            switch error.kind {
            case .badRequest:
                return CommandFailure(badInput: text, json: options.json ? ErrorView(code: "invalid-printer", message: text) : nil)
            case .refusal:
                return CommandFailure(refused: text, json: options.json ? ErrorView(code: "printer-refused", message: text) : nil)
            case .communication:
                return CommandFailure(refused: text, json: options.json ? ErrorView(code: "printer-failed", message: text) : nil)
            }
        default:
            return error
        }
    }
}
