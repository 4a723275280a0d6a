import Glibc
import HostSystem
import RefurbCommandLine
import RefurbCore

/// `refurb-commands`, the program with every command, found beside this one and run in its place (same process,
/// same arguments), so that a caller waiting on `refurb serve` or signalling it reaches the service itself.
enum FullProgram {
    static let fileName = "refurb-commands"

    static func run(_ arguments: [String]) -> Never {
        let path = location()
        var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) }
        argv.append(nil)
        execv(path, &argv)
        let reason = SystemCallError("execv", path: path).reason
        var environment: [String: String] = [:]
        for name in Language.environmentVariables { environment[name] = getenv(name).map { String(cString: $0) } }
        let language = Language(explicit: nil, environment: environment)
        printToStandardError(CommandLineMessages.text("cli.fullProgramMissing", path, reason, in: language))
        exit(127)
    }

    /// Beside the running executable, symbolic links resolved (`/usr/local/bin/refurb` → `/opt/refurb/bin/refurb`).
    static func location() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let executable = length > 0 ? String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : CommandLine.arguments.first ?? fileName
        guard let slash = executable.lastIndex(of: "/") else { return fileName }
        return String(executable[...slash]) + fileName
    }
}
