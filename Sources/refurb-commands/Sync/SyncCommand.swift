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
        abstract: CLIMessages.help("help.sync.abstract"),
        discussion: CLIMessages.help("help.sync.discussion")
    )

    @OptionGroup var service: SubmitOptions
    @OptionGroup var stickOptions: StickOptions

    @OptionGroup var languageOption: LanguageOption

    var language: Language { languageOption.language }

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
            throw CommandFailure.refusedAlreadySaid
        }
    }
}
