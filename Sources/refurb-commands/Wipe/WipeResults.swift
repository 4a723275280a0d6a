import Erasure
import RefurbCommandLine
import RefurbCore

/// Step 5, the delivery: says what became of each disk (its certificate, and with --submit whether the service has
/// it), as sentences or as `{"results": [...]}` with --json, and ends the command: exit 0 only when every disk
/// asked for was erased and no certificate was refused or lost.
struct WipeResults {
    let say: Speaker
    let json: Bool
    let submission: WipeSubmission?

    func deliver(_ erased: WipeErasure.Erased, refusals: [WipePlan], unconfirmed: Int, attempted: Int) throws {
        var allErased = refusals.isEmpty && unconfirmed == 0 && attempted > 0
        var views: [WipeResultView] = []
        for result in erased.results {
            switch result {
            case .finished(let outcome):
                let delivered = erased.deliveries[outcome.certificate.id]
                if outcome.certificate.result.status != .erased || delivered?.isFailure == true { allErased = false }
                views.append(.finished(finished(outcome, delivered: delivered)))
            case .error(let disk, let description):
                allErased = false
                views.append(.failed(.init(device: "/dev/" + disk, error: description)))
                if !json { say.plain("\(disk): \(description)") }
            }
        }
        if json {
            JSONOutput.print(WipeResultsView(results: views + refusals.map { .refused(.init($0)) }))
        }
        if !allErased { throw CommandFailure.refusedAlreadySaid }
    }

    /// A disk's certificate: said at once without --json, and its entry for --json.
    private func finished(_ outcome: WipeOutcome, delivered: ResultDelivery.Outcome?) -> WipeResultView.Finished {
        let certificate = outcome.certificate
        let reasons = certificate.result.reasons.map { $0.text(in: say.language, catalog: .erasure) }
        let sentence = delivered.flatMap { delivered in submission?.text(delivered, outcome: outcome) }
        if !json {
            say.line("erasure.done", certificate.drive.devicePath,
                     say.text("erasure.status.\(certificate.result.status.rawValue)"), outcome.jsonPath)
            for reason in reasons { say.plain("  - " + reason) }
            if let sentence, let delivered {
                if delivered.isFailure { printToStandardError(sentence) } else { say.plain(sentence) }
            }
        }
        return WipeResultView.Finished(
            device: certificate.drive.devicePath, serial: certificate.drive.serial,
            status: certificate.result.status.rawValue, certificateId: certificate.id,
            certificate: outcome.jsonPath, pdf: outcome.pdfPath, reasons: reasons,
            submission: sentence == nil ? nil : delivered?.code, submissionMessage: sentence)
    }
}
