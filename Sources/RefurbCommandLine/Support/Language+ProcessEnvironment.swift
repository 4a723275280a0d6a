import Glibc
import RefurbCore

extension Language {
    /// `explicit` (`--lang`), else the language the process's environment says (`Language.environmentVariables`),
    /// else French. Only those variables are read, with getenv: `ProcessInfo.processInfo.environment` copies the
    /// whole environment into a dictionary first: 0.33 ms on a desktop, in a program that did nothing else. Under
    /// the bench stick's emulation that program ran 15 ms longer than one without it (103 against 88 ms, medians
    /// of 7, loaded machine), FoundationEssentials' loading included.
    package static func fromProcessEnvironment(explicit: String?) -> Language {
        var environment: [String: String] = [:]
        for name in environmentVariables {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return Language(explicit: explicit, environment: environment)
    }
}
