import Glibc
import RefurbCore

extension Language {
    /// `explicit` (`--lang`), else the language the process's environment says (`Language.environmentVariables`),
    /// else French. Only those variables are read, with getenv: `ProcessInfo.processInfo.environment` copies the
    /// whole environment into a dictionary first, 0.3 ms on a desktop and about 10 ms of a probe under the bench
    /// stick's emulation (scripts/bench/bench-stick).
    package static func fromProcessEnvironment(explicit: String?) -> Language {
        var environment: [String: String] = [:]
        for name in environmentVariables {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return Language(explicit: explicit, environment: environment)
    }
}
