import ArgumentParser
import NIOCore
import NIOPosix
import RefurbCommandLine
import RefurbCore

/// Every command but a plain `probe`, which the small `refurb` program runs itself and hands the rest to this one.
@main
struct Refurb: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refurb",
        abstract: CLIMessages.help("help.refurb.abstract"),
        discussion: CLIMessages.help("help.refurb.discussion"),
        version: RefurbVersion.current,
        subcommands: [
            LotCommand.self, IntakeCommand.self, DeviceCommand.self, Probe.self, Wipe.self, BenchCommand.self, SyncCommand.self, Keys.self,
            Certificate.self, LabelCommand.self, PrintersCommand.self, ServeCommand.self, UserCommand.self,
            BackupCommand.self, RestoreCommand.self, JournalCommand.self, RegisterCommand.self, DatabaseCommand.self,
        ]
    )

    static func main() async {
        await CommandRunner.run(self) { command in
            if command is ServeCommand {
                // The service's tasks then run on its network threads rather than hopping between those and
                // Swift's own pool at every request; scans got much faster. It must happen before any task starts.
                _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
            }
        }
    }
}
