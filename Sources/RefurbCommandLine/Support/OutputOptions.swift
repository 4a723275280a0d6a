import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import RefurbCore

/// `--lang fr|en`: the language of a command's messages. Every command takes it under this name.
package struct LanguageOption: ParsableArguments {
    /// `--language` is what `wipe`, `keys` and `certificate` once took: still understood, no longer shown.
    package static let longNames = ["--lang", "--language"]

    @Option(name: .long, help: ArgumentHelp(CommandLineMessages.help("help.option.lang"), valueName: "fr|en"))
    package var lang: String?

    @Option(name: .customLong("language"), help: .hidden)
    package var formerLang: String?

    package init() {}

    /// The language asked for on the command line, if any.
    package var explicit: String? { lang ?? formerLang }

    /// `--lang`, else the environment's language, else French.
    package var language: Language {
        Language.fromProcessEnvironment(explicit: explicit)
    }

    package func validate() throws {
        if let explicit, Language(rawValue: explicit.lowercased()) == nil {
            throw ValidationError(CommandLineMessages.text("cli.unknownLanguage", explicit, in: .fallback))
        }
    }
}

/// `--json` and `--lang`: how a command speaks, machine-readable JSON or sentences in the person's language.
package struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(CommandLineMessages.help("help.option.json")))
    package var json = false

    @OptionGroup package var languageOption: LanguageOption

    package init() {}

    package var language: Language { languageOption.language }

    /// Bad input (exit 2): the sentence on standard error and, with `--json`, `{"error": {"code", "message"}}`.
    package func badInput(_ message: String, code: String) -> CommandFailure {
        CommandFailure(badInput: message, json: json ? ErrorView(code: code, message: message) : nil)
    }

    /// A refusal (exit 1), said the same way.
    package func refused(_ message: String, code: String) -> CommandFailure {
        CommandFailure(refused: message, json: json ? ErrorView(code: code, message: message) : nil)
    }
}
