// FoundationEssentials keeps the full Foundation and ICU out of `refurb probe`: their loading alone
// costs more than the whole probe (see scripts/bench/probe).
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Glibc

/// Runs external commands (smartctl, hdparm, nvme…), side by side if asked, each with a deadline and a cap on
/// its output. It is the only way Refurb runs a drive tool: the probe's smartctl and the erasure's firmware
/// commands alike.
///
/// A USB bridge can make smartctl or hdparm hang for a minute or forever, and a broken binary can print
/// without end. Each command runs in its own process group so that, when its time is up or its output too
/// large, the whole group is killed and its pipes closed: nothing it left behind can keep us waiting.
///
/// `run(_:timeoutSeconds:outputLimit:)` runs a batch and reports each command's outcome; the instance
/// (`CommandRunning`) runs one tool found on a search path and throws when it could not give an answer.
public struct BoundedCommandRunner: Sendable {
    /// Where a tool named without a slash is looked for (CommandRunning.swift).
    public var searchPath: [String]
    /// At most this many bytes of standard output and error together.
    public var outputLimit: Int

    public struct Command: Sendable, Equatable {
        public var executable: String
        public var arguments: [String]
        /// Keep what the command writes on standard error (in `Outcome.errorOutput`); otherwise it goes to
        /// /dev/null. Either way the output limit counts both streams together.
        public var capturesStandardError: Bool

        public init(executable: String, arguments: [String], capturesStandardError: Bool = false) {
            self.executable = executable
            self.arguments = arguments
            self.capturesStandardError = capturesStandardError
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
        /// Standard error, when the command asked for it.
        public var errorOutput: [UInt8] = []
        public var elapsedSeconds: Double
    }

    public static let defaultOutputLimit = 8 << 20

    public static func run(_ commands: [Command], timeoutSeconds: Double, outputLimit: Int = defaultOutputLimit) -> [Outcome] {
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
                    outcomes[index] = Outcome(termination: .timedOut, output: command.output.bytes,
                                              errorOutput: command.errorOutput.bytes, elapsedSeconds: now - start)
                    running[index] = nil
                }
                break
            }

            var pollSet = running.indices.flatMap { index -> [pollfd] in
                guard let command = running[index] else { return [] }
                return command.openDescriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
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
                if !command.exceededLimit, let termination = command.reap() {
                    // It has exited, so all it wrote is in the pipes now. A pipe still open after that is held
                    // by something it left behind, or by a process another thread started while the pipe was
                    // being made: neither is worth waiting for.
                    command.drain(limit: outputLimit)
                    command.closePipes()
                    if !command.exceededLimit {
                        outcomes[index] = Outcome(termination: termination, output: command.output.bytes,
                                                  errorOutput: command.errorOutput.bytes, elapsedSeconds: monotonicSeconds() - start)
                        running[index] = nil
                        continue
                    }
                }
                if command.exceededLimit {
                    command.kill()
                    outcomes[index] = Outcome(termination: .outputTooLarge, output: [], elapsedSeconds: monotonicSeconds() - start)
                    running[index] = nil
                    continue
                }
                running[index] = command
            }
        }
        return outcomes.map { $0 ?? Outcome(termination: .timedOut, output: [], elapsedSeconds: timeoutSeconds) }
    }

    public static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// One child process and the read ends of its output pipes.
private struct RunningCommand {
    struct Stream {
        var descriptor: Int32?
        var bytes: [UInt8] = []
    }

    var pid: pid_t
    var output = Stream()
    var errorOutput = Stream()
    var exceededLimit = false
    var launchErrno: Int32?

    var openDescriptors: [Int32] { [output.descriptor, errorOutput.descriptor].compactMap { $0 } }

    static func launch(_ command: BoundedCommandRunner.Command) -> RunningCommand {
        var failed = RunningCommand(pid: 0)
        guard let outputPipe = makePipe() else {
            failed.launchErrno = errno
            return failed
        }
        var errorPipe: (read: Int32, write: Int32)?
        if command.capturesStandardError {
            errorPipe = makePipe()
            guard errorPipe != nil else {
                failed.launchErrno = errno
                close(outputPipe.read)
                close(outputPipe.write)
                return failed
            }
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe.write, 1)
        if let errorPipe {
            posix_spawn_file_actions_adddup2(&actions, errorPipe.write, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }

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
        // A fixed locale keeps the tools' messages in English (what the parsers read) whatever the live
        // system is set to.
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
        close(outputPipe.write)
        if let errorPipe { close(errorPipe.write) }
        guard status == 0 else {
            close(outputPipe.read)
            if let errorPipe { close(errorPipe.read) }
            failed.launchErrno = status
            return failed
        }
        var launched = RunningCommand(pid: pid)
        launched.output.descriptor = nonBlocking(outputPipe.read)
        launched.errorOutput.descriptor = errorPipe.map { nonBlocking($0.read) }
        return launched
    }

    private static func makePipe() -> (read: Int32, write: Int32)? {
        var descriptors: [Int32] = [-1, -1]
        // pipe2 is a GNU extension Swift does not import; close-on-exec is set right after instead. A process
        // another thread spawns in between may inherit the write end: `run` stops waiting for the pipe once
        // the command itself has exited, so that stray copy cannot hold it up.
        guard pipe(&descriptors) == 0 else { return nil }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        return (descriptors[0], descriptors[1])
    }

    private static func nonBlocking(_ descriptor: Int32) -> Int32 {
        let flags = fcntl(descriptor, F_GETFL)
        _ = fcntl(descriptor, F_SETFL, flags | O_NONBLOCK)
        return descriptor
    }

    /// Reads whatever the pipes hold now; closes each at end of file.
    mutating func drain(limit: Int) {
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        exceededLimit = exceededLimit
            || !Self.drain(&output, buffer: &buffer, limit: limit - errorOutput.bytes.count)
            || !Self.drain(&errorOutput, buffer: &buffer, limit: limit - output.bytes.count)
    }

    /// False when the stream went past `limit` bytes.
    private static func drain(_ stream: inout Stream, buffer: inout [UInt8], limit: Int) -> Bool {
        guard let descriptor = stream.descriptor else { return true }
        while true {
            do {
                let count = try SystemCallError.retryingInterrupts("read", path: "pipe") {
                    buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                }
                if count > 0 {
                    stream.bytes.append(contentsOf: buffer[0..<count])
                    if stream.bytes.count > limit { return false }
                    continue
                }
            } catch where error.meansWouldBlock {
                return true
            } catch {}
            // End of file, or a pipe that cannot be read any more.
            close(descriptor)
            stream.descriptor = nil
            return true
        }
    }

    /// The exit status once the process has ended, without waiting for it.
    mutating func reap() -> BoundedCommandRunner.Outcome.Termination? {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        guard result == pid else { return result < 0 ? .exited(-1) : nil }
        pid = 0
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift cannot import; these are their definitions.
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }

    mutating func closePipes() {
        for descriptor in openDescriptors {
            close(descriptor)
        }
        output.descriptor = nil
        errorOutput.descriptor = nil
    }

    mutating func kill() {
        if pid > 0 {
            Glibc.kill(-pid, SIGKILL)
            // A process stuck inside the kernel (a disk command that does not come back) dies only when that
            // call returns, which may be never. Give it a moment, then leave it unreaped rather than hang with it.
            let giveUp = BoundedCommandRunner.monotonicSeconds() + 2
            var status: Int32 = 0
            while waitpid(pid, &status, WNOHANG) == 0, BoundedCommandRunner.monotonicSeconds() < giveUp {
                usleep(5_000)
            }
            pid = 0
        }
        closePipes()
    }
}
