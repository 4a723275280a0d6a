// FoundationEssentials keeps the full Foundation and ICU out of `refurb probe`: their loading alone
// costs more than the whole probe (see scripts/bench/probe).
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Glibc

/// Runs external commands (smartctl) side by side, each with a deadline and a cap on its output.
///
/// A USB bridge can make smartctl hang for a minute or forever, and a broken binary can print without
/// end. Each command runs in its own process group so that, when its time is up or its output too
/// large, the whole group is killed and its pipe closed: nothing it left behind can keep us waiting.
public enum BoundedCommandRunner {
    public struct Command: Sendable, Equatable {
        public var executable: String
        public var arguments: [String]

        public init(executable: String, arguments: [String]) {
            self.executable = executable
            self.arguments = arguments
        }
    }

    public struct Outcome: Sendable, Equatable {
        public enum Termination: Sendable, Equatable {
            case exited(Int32)
            case signaled(Int32)
            /// Killed by us after the deadline.
            case timedOut
            /// Killed by us because it printed more than the limit.
            case outputTooLarge
            /// It could not be started (errno: ENOENT when the program does not exist).
            case launchFailed(errno: Int32)
        }

        public var termination: Termination
        public var output: [UInt8]
        public var elapsedSeconds: Double
    }

    public static func run(_ commands: [Command], timeoutSeconds: Double, outputLimit: Int = 8 << 20) -> [Outcome] {
        let start = monotonicSeconds()
        var running: [RunningCommand?] = []
        var outcomes: [Outcome?] = []
        for command in commands {
            var launched = RunningCommand.launch(command)
            // ETXTBSY: the program file is still open for writing somewhere (being installed, or inherited
            // by a process forked at that moment). It passes within milliseconds; give it a little time.
            var retries = 0
            while launched.launchErrno == ETXTBSY, retries < 50 {
                usleep(10_000)
                retries += 1
                launched = RunningCommand.launch(command)
            }
            if let launchErrno = launched.launchErrno {
                running.append(nil)
                outcomes.append(Outcome(termination: .launchFailed(errno: launchErrno), output: [], elapsedSeconds: 0))
            } else {
                running.append(launched)
                outcomes.append(nil)
            }
        }

        while running.contains(where: { $0 != nil }) {
            let now = monotonicSeconds()
            let remaining = timeoutSeconds - (now - start)
            if remaining <= 0 {
                for index in running.indices {
                    guard var command = running[index] else { continue }
                    command.kill()
                    outcomes[index] = Outcome(termination: .timedOut, output: command.output, elapsedSeconds: now - start)
                    running[index] = nil
                }
                break
            }

            var pollSet = running.indices.compactMap { index -> pollfd? in
                guard let descriptor = running[index]?.descriptor else { return nil }
                return pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            }
            // Pipes all closed but a process not yet reaped: check back shortly rather than block.
            let waitMilliseconds = pollSet.isEmpty ? 5 : Int32(min(remaining * 1000, 50).rounded(.up))
            if pollSet.isEmpty {
                usleep(UInt32(waitMilliseconds) * 1000)
            } else {
                _ = poll(&pollSet, nfds_t(pollSet.count), waitMilliseconds)
            }

            for index in running.indices {
                guard var command = running[index] else { continue }
                command.drain(limit: outputLimit)
                if command.exceededLimit {
                    command.kill()
                    outcomes[index] = Outcome(termination: .outputTooLarge, output: [], elapsedSeconds: monotonicSeconds() - start)
                    running[index] = nil
                    continue
                }
                if command.descriptor == nil, let termination = command.reap() {
                    outcomes[index] = Outcome(termination: termination, output: command.output, elapsedSeconds: monotonicSeconds() - start)
                    running[index] = nil
                    continue
                }
                running[index] = command
            }
        }
        return outcomes.map { $0 ?? Outcome(termination: .timedOut, output: [], elapsedSeconds: timeoutSeconds) }
    }

    static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// One child process and the read end of its stdout pipe.
private struct RunningCommand {
    var pid: pid_t
    var descriptor: Int32?
    var output: [UInt8] = []
    var exceededLimit = false
    var launchErrno: Int32?

    static func launch(_ command: BoundedCommandRunner.Command) -> RunningCommand {
        var pipeDescriptors: [Int32] = [-1, -1]
        // pipe2 is a GNU extension Swift does not import; close-on-exec is set right after instead.
        guard pipe(&pipeDescriptors) == 0 else {
            return RunningCommand(pid: 0, descriptor: nil, launchErrno: errno)
        }
        for descriptor in pipeDescriptors {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        let readEnd = pipeDescriptors[0]
        let writeEnd = pipeDescriptors[1]

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Own process group (so the whole group can be killed), default signal handling, nothing blocked.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        sigaddset(&defaultSignals, SIGPIPE)
        sigaddset(&defaultSignals, SIGTERM)
        sigaddset(&defaultSignals, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)

        let argv = ([command.executable] + command.arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // A fixed locale keeps smartctl's messages in English whatever the live system is set to.
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }

        var pid: pid_t = 0
        var status: Int32 = 0
        // ETXTBSY: the program file is still open for writing somewhere (being installed, or written
        // by a test while another thread forks). It clears in milliseconds; try a few times.
        for attempt in 0..<5 {
            status = command.executable.contains("/")
                ? posix_spawn(&pid, command.executable, &actions, &attributes, argv, envp)
                : posix_spawnp(&pid, command.executable, &actions, &attributes, argv, envp)
            guard status == ETXTBSY else { break }
            usleep(UInt32(10_000 << attempt))
        }
        close(writeEnd)
        guard status == 0 else {
            close(readEnd)
            return RunningCommand(pid: 0, descriptor: nil, launchErrno: status)
        }
        let flags = fcntl(readEnd, F_GETFL)
        _ = fcntl(readEnd, F_SETFL, flags | O_NONBLOCK)
        return RunningCommand(pid: pid, descriptor: readEnd)
    }

    /// Reads whatever the pipe holds now; closes it at end of file.
    mutating func drain(limit: Int) {
        guard let descriptor else { return }
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                output.append(contentsOf: buffer[0..<count])
                if output.count > limit {
                    exceededLimit = true
                    return
                }
                continue
            }
            if count < 0 && errno == EINTR { continue }
            if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) {
                close(descriptor)
                self.descriptor = nil
            }
            return
        }
    }

    /// The exit status once the process has ended, without waiting for it.
    mutating func reap() -> BoundedCommandRunner.Outcome.Termination? {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        guard result == pid else { return result < 0 ? .exited(-1) : nil }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift cannot import; these are their definitions.
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }

    mutating func kill() {
        if pid > 0 {
            Glibc.kill(-pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        if let descriptor {
            close(descriptor)
            self.descriptor = nil
        }
    }
}
