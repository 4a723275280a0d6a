import Erasure
import RefurbCommandLine

// What `refurb wipe --json` prints. The field names are a contract with scripts (scripts/bench/wipe, the bench
// tests): the same as before these views existed.

/// `refurb wipe --json`: `{"results": [...]}`, one entry per disk erased, failed or refused.
struct WipeResultsView: Encodable {
    let results: [WipeResultView]
}

/// One disk's end: its certificate, the error that left it without one, or the refusal that kept it untouched.
enum WipeResultView: Encodable {
    case finished(Finished)
    case failed(Failed)
    case refused(Refused)

    struct Finished: Encodable {
        let device: String
        @NullWhenAbsent var serial: String?
        let status: String
        let certificateId: String
        /// The certificate's file (`<id>.json`).
        let certificate: String
        let pdf: String
        let reasons: [String]
        /// With --submit: delivered, spooled, refused or lost, and the sentence saying it.
        var submission: String?
        var submissionMessage: String?
    }

    struct Failed: Encodable {
        let device: String
        let status = "error"
        let error: String
    }

    struct Refused: Encodable {
        let device: String
        let status = "refused"
        /// The refusals' codes.
        let reasons: [String]

        init(_ plan: WipePlan) {
            device = plan.disk.devicePath
            reasons = plan.verdict.refusals.map(\.code)
        }
    }

    func encode(to encoder: Encoder) throws {
        switch self {
        case .finished(let entry): try entry.encode(to: encoder)
        case .failed(let entry): try entry.encode(to: encoder)
        case .refused(let entry): try entry.encode(to: encoder)
        }
    }
}

/// `refurb wipe --list --json`: every disk, with those that would be refused and why.
struct DiskListView: Encodable {
    struct Entry: Encodable {
        let device: String
        @NullWhenAbsent var model: String?
        @NullWhenAbsent var serial: String?
        let sizeBytes: UInt64
        let mediaType: String
        let transport: String
        let refused: Bool
        let reasons: [String]
        let reasonTexts: [String]
    }

    let disks: [Entry]

    init(_ entries: [DiskListing.Entry], say: Speaker) {
        disks = entries.map { entry in
            Entry(device: entry.disk.devicePath, model: entry.disk.identity.model, serial: entry.disk.identity.serial,
                  sizeBytes: entry.disk.sizeBytes, mediaType: entry.disk.mediaType.rawValue,
                  transport: entry.disk.transport.certificateName, refused: !entry.refusals.isEmpty,
                  reasons: entry.refusals.map(\.code), reasonTexts: entry.refusals.map { say.text($0.message) })
        }
    }
}

/// `refurb wipe --dry-run --json`: what would run on each disk.
struct DryRunView: Encodable {
    struct Disk: Encodable {
        let device: String
        let refused: Bool
        let reasons: [String]
        let openedForReadingToCheck: Bool
        let methods: [Method]
        let hiddenAreas: String
    }

    struct Method: Encodable {
        let method: String
        let nistCategory: String
        let commands: [String]
        /// The command that reports a firmware erasure's progress.
        @NullWhenAbsent var status: String?
        @NullWhenAbsent var skippedBecause: String?
        let verification: String
    }

    let dryRun = true
    let disks: [Disk]

    init(plans: [WipePlan], say: Speaker) {
        disks = plans.map { plan in
            Disk(
                device: plan.disk.devicePath, refused: !plan.verdict.isCleared, reasons: plan.verdict.refusals.map(\.code),
                openedForReadingToCheck: plan.verdict.exclusiveProbeRan,
                methods: plan.candidates.map { candidate in
                    Method(
                        method: candidate.method.rawValue, nistCategory: candidate.method.category.rawValue,
                        commands: candidate.firmwarePlan?.commandLines ?? [],
                        status: candidate.firmwarePlan?.statusCommand.joined(separator: " "),
                        skippedBecause: candidate.skippedBecause.map { say.text($0) },
                        verification: plan.verification(for: candidate.method).description)
                },
                hiddenAreas: plan.hiddenAreas.state.rawValue)
        }
    }
}
