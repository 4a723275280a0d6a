import Foundation
import Glibc
import HostSystem
import Testing

/// Tools replaced by shell scripts that hang, flood, crash or leave children behind: whatever they do, the
/// runner comes back by the deadline, and nothing they started outlives it.
@Suite("bounded command runner")
struct BoundedCommandRunnerTests {
    @Test("exit statuses and output come back as the process returned them")
    func exitStatus() throws {
        let tree = try FixtureTree()
        let script = try tree.script("status", "echo hello; echo oops >&2; exit 216")
        let outcome = try #require(BoundedCommandRunner.run([.init(executable: script, arguments: [])], timeoutSeconds: 5).first)
        #expect(outcome.termination == .exited(216))
        #expect(outcome.output == Array("hello\n".utf8))
        #expect(outcome.errorOutput.isEmpty, "standard error goes to /dev/null unless asked for")

        let captured = try #require(BoundedCommandRunner.run([.init(executable: script, arguments: [], capturesStandardError: true)], timeoutSeconds: 5).first)
        #expect(captured.errorOutput == Array("oops\n".utf8))
    }

    @Test("a hung tool is killed at its deadline, with its children")
    func hang() throws {
        let tree = try FixtureTree()
        let hung = try tree.script("hung", "sleep 1000 &\necho $! >> \"\(tree.path)/children\"\nsleep 1000")
        let outcomes = BoundedCommandRunner.run([.init(executable: hung, arguments: []), .init(executable: hung, arguments: [])], timeoutSeconds: 0.5)
        #expect(outcomes.map(\.termination) == [.timedOut, .timedOut])
        #expect(outcomes.allSatisfy { $0.elapsedSeconds >= 0.5 && $0.elapsedSeconds < 3 })
        let children = try String(contentsOfFile: tree.path + "/children", encoding: .utf8).split(separator: "\n").compactMap { pid_t($0) }
        #expect(children.count == 2)
        for child in children {
            #expect(eventuallyGone(child), "the tool's child \(child) outlived the deadline")
        }
    }

    @Test("an endless output is cut at the limit and its writer killed")
    func flood() throws {
        let tree = try FixtureTree()
        let flood = try tree.script("flood", "yes '{\"a\":1}'")
        let started = Date()
        let outcome = try #require(BoundedCommandRunner.run([.init(executable: flood, arguments: [])], timeoutSeconds: 10, outputLimit: 1 << 20).first)
        #expect(outcome.termination == .outputTooLarge)
        #expect(Date().timeIntervalSince(started) < 5, "cut at the limit, not at the deadline")

        let stderrFlood = try tree.script("stderr-flood", "yes 'error' >&2")
        let runner = BoundedCommandRunner(outputLimit: 1 << 20)
        #expect(throws: CommandRunnerError.outputTooLarge([stderrFlood])) { try runner.run([stderrFlood], timeout: .seconds(10)) }
    }

    @Test("a tool that exits is not waited for because something it left behind still holds its output")
    func leftBehind() throws {
        let tree = try FixtureTree()
        let script = try tree.script("daemonish", "sleep 30 &\necho $! > \"\(tree.path)/child\"\necho done")
        let outcome = try #require(BoundedCommandRunner.run([.init(executable: script, arguments: [])], timeoutSeconds: 20).first)
        if let child = pid_t((try? String(contentsOfFile: tree.path + "/child", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") {
            kill(child, SIGKILL)
        }
        #expect(outcome.termination == .exited(0))
        #expect(outcome.output == Array("done\n".utf8))
        #expect(outcome.elapsedSeconds < 10)
    }

    @Test("side by side, each command keeps its own outcome")
    func sideBySide() throws {
        let tree = try FixtureTree()
        let quick = try tree.script("quick", "echo \"$1\"")
        let crash = try tree.script("crash", "kill -SEGV $$")
        let hung = try tree.script("hung", "sleep 1000")
        let outcomes = BoundedCommandRunner.run([
            .init(executable: quick, arguments: ["one"]), .init(executable: hung, arguments: []),
            .init(executable: crash, arguments: []), .init(executable: tree.path + "/absent", arguments: []),
        ], timeoutSeconds: 1)
        #expect(outcomes.map(\.termination) == [.exited(0), .timedOut, .signaled(SIGSEGV), .launchFailed(errno: ENOENT)])
        #expect(outcomes[0].output == Array("one\n".utf8))
    }

    @Test("as a CommandRunning: both streams, the exit code, and an error for each way of giving no answer")
    func commandRunning() throws {
        let tree = try FixtureTree()
        let runner = BoundedCommandRunner(searchPath: [tree.path])
        _ = try tree.script("tool", "echo \"out $1\"; echo \"err $LC_ALL\" >&2; exit 3")
        let output = try runner.run(["tool", "x"], timeout: .seconds(5))
        #expect(output == CommandOutput(exitCode: 3, standardOutput: "out x\n", standardError: "err C\n"))
        #expect(!output.succeeded)

        #expect(throws: CommandRunnerError.toolMissing("absent-tool")) { try runner.run(["absent-tool"], timeout: .seconds(5)) }
        _ = try tree.write("not-executable", "#!/bin/sh\n", mode: 0o644)
        #expect(throws: CommandRunnerError.toolMissing("not-executable")) { try runner.run(["not-executable"], timeout: .seconds(5)) }

        _ = try tree.script("hung", "sleep 1000")
        let started = Date()
        #expect(throws: CommandRunnerError.timedOut(["hung", "a"])) { try runner.run(["hung", "a"], timeout: .milliseconds(300)) }
        #expect(Date().timeIntervalSince(started) < 3)

        _ = try tree.script("killed", "kill -KILL $$")
        #expect(try runner.run(["killed"], timeout: .seconds(5)).exitCode == 128 + SIGKILL)
    }

    private func eventuallyGone(_ pid: pid_t) -> Bool {
        // A killed child may linger a moment as a zombie of init; give it that moment, then it must be gone.
        for _ in 0..<50 {
            if kill(pid, 0) != 0 || isZombie(pid) { return true }
            usleep(20_000)
        }
        return false
    }

    private func isZombie(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }
}
