import ArgumentParser
import Foundation
import RefurbClient
import RefurbCommandLine
import RefurbCore

/// `refurb sync`: sends the results (reports, certificates) that wait in the spool because the service could
/// not be reached when they were made. Oldest first, each exactly once; refused ones are set aside with the reason.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Send the results waiting in the spool (service unreachable at the time) to the Refurb service.",
        discussion: """
            `refurb probe --device` and `refurb wipe --asset-tag` keep their results
            in the spool while the service cannot be reached. Once it can:
              refurb sync --submit http://192.168.1.10:8080 --token rft_…
            (or set REFURB_URL and REFURB_TOKEN once, then: refurb sync).
            From any machine where a bench stick is mounted:
              refurb sync --stick /media/REFURB
            sends what waits in its spool/, with the address and token of its
            refurb.conf unless --submit and --token say otherwise; results of an
            offline bench are first linked to their device by the machine's serial.
            Results the service refuses go to the spool's rejected/ folder, each
            with a .reason.txt file saying why. Nothing is ever sent twice, even if
            a sync is interrupted or two run at once.
            Exit status: 0 everything was sent (or nothing waited); 1 something was
            refused or still waits; 2 bad input.
            """
    )

    @OptionGroup var service: SubmitOptions
    @OptionGroup var stickOptions: StickOptions

    @Option(name: .long, help: ArgumentHelp(
        "Language of the messages: fr or en (default: $REFURB_LANG, else $LANG, else fr).", valueName: "fr|en"))
    var lang: String?

    var language: Language {
        Language(explicit: lang, environment: ProcessInfo.processInfo.environment)
    }

    func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError(CLIMessages.text("cli.unknownLanguage", lang, in: .fallback))
        }
    }

    func run() async throws {
        let language = self.language
        let stick = stickOptions.stick
        let onStick = try stick.map { try StickSync.settings(of: $0, language: language) }
        guard let address = service.serviceAddress ?? onStick?.url else {
            throw CommandFailure(badInput: CLIMessages.text("cli.sync.noService", in: language))
        }
        let endpoint: ServiceEndpoint
        if service.token == nil, ProcessInfo.processInfo.environment["REFURB_TOKEN"] == nil, let token = onStick?.token {
            do {
                endpoint = try ServiceEndpoint.parse(url: address, token: token)
            } catch {
                throw CommandFailure(badInput: error.text(language: language.rawValue))
            }
        } else {
            endpoint = try service.endpoint(address: address, language: language)
        }
        let spool = service.spool == nil ? stick?.spool ?? service.spoolFolder : service.spoolFolder
        let code = language.rawValue
        let submitter = Submitter(spool: spool, sender: SubmissionSender(language: code))
        var awaiting = 0
        if let stick {
            awaiting = StickSync(stick: stick, language: language).linkAwaiting(to: endpoint, spool: spool)
        }

        print(CLIMessages.text("cli.sync.spool", spool.directory.path, in: language))
        let summary: SyncSummary
        do {
            summary = try await submitter.sync(to: endpoint) { step in
                // The summary below says why a run stopped; saying it here too would repeat it.
                if case .stopped = step { return }
                print(step.text(language: code, spool: spool))
            }
        } catch {
            throw CommandFailure(refused: error.text(language: code))
        }
        let nothingWaited = summary.delivered == 0 && summary.refused.isEmpty && summary.remaining == 0
            && summary.stoppedBecause == nil
        if !nothingWaited {
            print(summary.text(language: code))
        }
        if !summary.refused.isEmpty || summary.remaining > 0 || summary.stoppedBecause != nil || awaiting > 0 {
            throw ExitCode(CommandFailure.refusedCode)
        }
    }
}
