import ArgumentParser
import Foundation
import RefurbClient
import RefurbCommandLine
import RefurbCore

/// What `refurb sync --stick` does before the usual sync: reads the stick's refurb.conf for the service, and links
/// the results of an offline bench to their device, found on the service by the machine's serial.
struct StickSync {
    let stick: BenchStick
    let language: Language

    /// The stick's settings; a refurb.conf with a problem is refused here too, naming the line.
    static func settings(of stick: BenchStick, language: Language) throws -> BenchSettings {
        let words = MessageCatalog.core.merging(.benchConsole)
        guard stick.exists else {
            throw CommandFailure(badInput: words.text(for: Message("bench.stick.missing", stick.path), in: language))
        }
        let text: String
        do {
            text = try stick.configurationText()
        } catch {
            throw CommandFailure(badInput: words.text(for: Message("bench.conf.unreadable", stick.configurationFile.path, "\(error)"), in: language))
        }
        let outcome = BenchConfigurationFile.parse(text)
        if let problem = outcome.problems.first {
            throw CommandFailure(badInput: words.text(for: Message(
                "bench.conf.line", stick.configurationFile.path, String(problem.line), words.text(for: problem.message, in: language)), in: language))
        }
        return outcome.settings
    }

    /// Hands each serial's waiting results to the spool under its device's tag; returns how many still wait (their
    /// serial unknown to the service, or the service out of reach).
    func linkAwaiting(to endpoint: ServiceEndpoint, spool: SubmissionSpool) -> Int {
        let words = MessageCatalog.core.merging(.benchConsole)
        let lookup = IntakeRecordLookup(sender: SubmissionSender(language: language.rawValue))
        var left = 0
        for (serial, folder, files) in stick.awaiting.waiting() {
            let answer = waitForAsync { await lookup.lookUp(serial: serial, at: endpoint) }
            guard let tag = answer.tag else {
                left += files.count
                print(words.text(for: Message("bench.sync.stillAwaiting", serial, words.text(for: answer.message, in: language)), in: language))
                continue
            }
            do {
                let moved = try stick.awaiting.release(files, tag: tag, into: spool)
                print(words.text(for: Message("bench.sync.linked", serial, tag, String(moved)), in: language))
                // The folder goes once only its serial.txt is left.
                let rest = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                if rest.allSatisfy({ !$0.hasSuffix(".json") }) { try? FileManager.default.removeItem(at: folder) }
            } catch {
                left += files.count
                printToStandardError("\(folder.path): \(error)")
            }
        }
        return left
    }
}
