#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import RefurbCore

/// The language `--help` speaks, one at a time: the one `--lang` gives on the command line, else the environment's
/// (`REFURB_LANG`, `LC_ALL`, `LANG`), else French. It is chosen once, at start, because ArgumentParser reads a
/// command's abstract and its options' help from their declarations before any option is parsed.
package enum HelpLanguage {
    package static let current = chosen(
        arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

    /// The value of the last `--lang X`, `--lang=X` (or the former `--language`) before `--`, when it is a language;
    /// an unknown one is refused once the options are parsed, and the help meanwhile follows the environment.
    package static func chosen(arguments: [String], environment: [String: String]) -> Language {
        var explicit: String?
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let argument = arguments[index]
            for name in LanguageOption.longNames {
                if argument == name, index + 1 < arguments.endIndex {
                    explicit = arguments[index + 1]
                } else if argument.hasPrefix(name + "=") {
                    explicit = String(argument.dropFirst(name.count + 1))
                }
            }
            index += 1
        }
        if let explicit, let language = Language(rawValue: explicit.lowercased()) { return language }
        return Language(explicit: nil, environment: environment)
    }
}
