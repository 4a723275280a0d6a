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
        abstract: "Refurb: donated computers from intake to sale, with proof that every disk was erased.",
        discussion: """
            Start with a lot for a donor, then record each device as it is scanned:
              refurb lot open --donor "Mairie de Rennes" --weight-kg 48
              refurb intake --lot LOT-2026-0001 --category laptop --serial 5CG7301XYZ
              refurb device show R000001T

            Every command takes --db PATH (default: $REFURB_DB, else ./data/refurb.sqlite), --json for
            machine-readable output and --lang fr|en. Exit codes: 0 done, 1 refused by a rule (the message
            names it), 2 bad input (unknown lot or device, malformed value, duplicate serial).
            """,
        version: RefurbVersion.current,
        subcommands: [
            LotCommand.self, IntakeCommand.self, DeviceCommand.self, Probe.self, Wipe.self, BenchCommand.self, SyncCommand.self, Keys.self,
            Certificate.self, LabelCommand.self, PrintersCommand.self, ServeCommand.self, UserCommand.self,
            BackupCommand.self, RestoreCommand.self, JournalCommand.self, RegisterCommand.self,
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
