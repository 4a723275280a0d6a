import Diagnostics
import Foundation
import RefurbCore
import RefurbStore

/// Everything the device page at the bench shows, read from the store in one go: the device, its
/// hardware and disks' health, each disk's erasure, the next stages and what blocks them, the repairs,
/// and the live board of wipes.
struct BenchDevicePage {
    /// What the last form said, for pages sent back without a redirect (a refusal, bad input).
    struct Feedback {
        /// A change that went through (`?done=` after the redirect).
        var done: String?
        /// The section the error belongs to (repairs, grade, disks, moves) and what went wrong.
        var error: (section: String, text: String)?
        var refusal: (stage: Stage, text: String)?
        /// The fields as sent, to fill the form again rather than make the person type twice.
        var fields: [String: String] = [:]
    }

    let state: ServiceState
    let progress: WipeProgressBoard

    func values(for tag: AssetTag, context: RefurbRequestContext, feedback: Feedback) async throws -> [String: Any] {
        let words = BenchWords(language: context.language)
        guard let device = try await state.database.device(tag: tag) else { throw StoreError.deviceNotFound(tag.text) }
        let history = try await state.database.history(of: tag)
        let facts = EventReplay.facts(after: history.map(\.change))
        let certificates = try await state.database.certificates(of: tag)
        let now = Date()
        let running = progress.running(at: now)
        let wipesHere = running.filter { $0.assetTag == tag.text }.map { WipeBoardRow($0, now: now, language: context.language) }

        var values = PageContext.base(context, page: "bench", title: words("ui.bench.device.title", tag.text))
        values["tag"] = tag.text
        values["version"] = device.version
        values["correctPath"] = CorrectionPages.devicePath(tag.text, back: "/bench/\(tag.text)")
        // A report refused because its firmware serial differs from intake's: offer to replace intake's.
        if let offered = state.refusedReportSerials.serial(for: tag), let intake = device.serial, SerialNumber.key(for: offered) != intake.key {
            let reason = words("ui.correct.reportSerialReason", offered)
            values["reportSerialOffer"] = [
                "text": words("ui.correct.reportSerialOffer", offered, intake.text),
                "path": CorrectionPages.devicePath(tag.text, back: "/bench/\(tag.text)")
                    + "&serial=" + (offered.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                    + "&reason=" + (reason.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""),
            ]
        }
        values["device"] = deviceValues(device, words: words)

        var known = BenchChecklist.Known(grade: device.grade.map { words.text($0.label) },
                                         price: device.price.map { Quantity.money.shown($0.cents, in: words.language) })
        var mediaNames: [String: String] = [:]
        var probed: HardwareReport?
        if let body = try await state.database.latestReport(of: tag) {
            if let report = try? HardwareReport.decode(from: body) {
                probed = report
                known.reportDate = WorkshopClock.display(report.probe.startedAt, in: words.language)
                known.disks = hardwareValues(report, into: &values, facts: facts, certificates: certificates, history: history,
                                             wipes: wipesHere, mediaNames: &mediaNames, words: words)
            } else {
                values["noReport"] = words("ui.bench.hardware.unreadable", tag.text)
            }
        } else {
            values["noReport"] = words("ui.bench.hardware.none", tag.text)
        }

        let tests = try await DeviceTests.load(device, facts: facts, report: probed, state: state, language: words.language)
        values["tests"] = BenchTestsView(tests, fields: feedback.error?.section == "tests" ? feedback.fields : nil, words: words).values
        known.tests = facts.tests.map { record in
            words("ui.bench.checklist.testsDone", String(record.answers.count - record.unanswered.count), String(record.answers.count),
                  String(record.checklistVersion))
        }
        let checklist = BenchChecklist(facts: facts, known: known, words: words)
        let moves = BenchMovesView(device: device, facts: facts, checklist: checklist, refusal: feedback.refusal, words: words)
        values["forward"] = moves.forward
        values["exits"] = moves.exits
        values["hasExits"] = !moves.exits.isEmpty
        values["exitsOpen"] = moves.exits.contains { $0["refusal"] != nil }
        values["noMoves"] = moves.forward.isEmpty && moves.exits.isEmpty

        let repairs = BenchRepairLog(history: history, words: words)
        values["repairs"] = repairs.entries
        values["hasRepairs"] = !repairs.entries.isEmpty
        if let total = repairs.totalParts { values["repairTotal"] = words("ui.bench.repairs.total", total) }
        values["summary"] = BenchNextStep(device: device, facts: facts, checklist: checklist, repairs: repairs, words: words).values
        let drives = Dictionary(known.disks.map { ($0.key, $0.label) }, uniquingKeysWith: { first, _ in first })
            .merging(mediaNames) { first, _ in first }
        values["history"] = BenchHistoryView(history: history, drives: drives, words: words).entries

        values["grades"] = Grade.allCases.map { grade -> [String: Any] in
            ["value": grade.rawValue, "label": words.text(grade.label), "checked": device.grade == grade]
        }
        values["priceText"] = feedback.fields["price"] ?? device.price.map { Self.editable($0, language: words.language) } ?? ""
        values["repairNote"] = feedback.fields["note"] ?? ""
        values["repairParts"] = feedback.fields["parts"] ?? ""

        values["board"] = BenchBoard.values(running, now: now, language: words.language, highlight: tag.text)
        let notices = WipeBoardRow.notices(wipesHere, shownWith: values["disks"] as? [[String: Any]] ?? [], words: words)
        values["wipeNotices"] = notices
        values["hasWipeNotices"] = !notices.isEmpty
        // Said in the section the browser comes back to (the address's #fragment), where the person looks.
        if let done = feedback.done, let (section, text) = Self.doneText(done, device: device, words: words) {
            values["done"] = true
            values["done_" + section] = text
        }
        if let error = feedback.error { values["error_" + error.section] = error.text }
        values["refused"] = feedback.error != nil || feedback.refusal != nil
        return values
    }

    /// The hardware summary, and each disk with its health, its erasure and its wipe on the board: running, gone
    /// quiet, failed or refused (a certificate's end is the erasure itself). Returns the disks as the checklist
    /// and the history name them.
    private func hardwareValues(_ report: HardwareReport, into values: inout [String: Any], facts: LifecycleFacts,
                                certificates: [CertificateSummary], history: [Event], wipes: [WipeBoardRow],
                                mediaNames: inout [String: String], words: BenchWords) -> [BenchChecklist.Disk] {
        let hardware = BenchHardwareView(report, words: words)
        values["hardware"] = hardware.values
        for medium in hardware.disks where medium.isRemovableMedia { mediaNames[medium.key] = medium.label }
        var cleared = 0
        var known: [BenchChecklist.Disk] = []
        values["removableMedia"] = hardware.disks.filter(\.isRemovableMedia).map {
            Self.removableValues($0, facts: facts, history: history, words: words)
        }
        values["hasRemovableMedia"] = hardware.disks.contains(where: \.isRemovableMedia)
        let disks = hardware.disks.filter { !$0.isRemovableMedia }.map { disk -> [String: Any] in
            var entry = disk.values
            let erasure = DiskErasureState(key: disk.key, facts: facts, certificates: certificates, history: history)
            if !erasure.blocksLeaving { cleared += 1 }
            let erasureValues = erasure.templateValues(words: words)
            known.append(BenchChecklist.Disk(key: disk.key, label: disk.label, cleared: !erasure.blocksLeaving,
                                             state: erasureValues["text"] as? String ?? ""))
            entry["erasure"] = erasureValues
            entry["canDestroy"] = erasure.blocksLeaving
            if let wipe = wipes.first(where: { SerialNumber.key(for: $0.drive) == disk.key }) {
                if wipe.state == "running" { entry["wiping"] = wipe.progressText }
                if let state = wipe.diskState(words: words) { entry["wipeState"] = state }
            }
            return entry
        }
        values["disks"] = disks
        values["hasDisks"] = !disks.isEmpty
        values["erasureSummary"] = words("ui.bench.disks.summary", String(cleared), String(disks.count))
        // A probe can miss a drive, so a report without disks asks a person to confirm there is none.
        if disks.isEmpty {
            values["noStorage"] = facts.erasure.noStorageConfirmed
                ? ["confirmed": words("ui.bench.storage.noneConfirmed")] as [String: Any]
                : ["ask": true] as [String: Any]
        }
        return known
    }

    /// A USB stick or card reader, apart from the device's disks: what a person said became of it (by whom,
    /// when, why), or the choice to make. It holds nothing back either way.
    private static func removableValues(_ disk: BenchHardwareView.Disk, facts: LifecycleFacts, history: [Event],
                                        words: BenchWords) -> [String: Any] {
        var entry = disk.values
        let decided = history.last { event in
            if case .removableMediaSet(let storage, _, _) = event.change { return storage == disk.key }
            return false
        }
        if facts.erasure.removableDispositions[disk.key] != nil,
           let decided, case .removableMediaSet(_, let disposition, let reason) = decided.change {
            entry["decided"] = [
                "text": words("ui.bench.removable." + disposition.rawValue), "reason": reason,
                "detail": words("ui.bench.erasure.destroyedBy", decided.actor.user, WorkshopClock.display(decided.occurredAt, in: words.language)),
            ]
        } else {
            entry["undecided"] = true
            entry["choices"] = RemovableMediaDisposition.allCases.map { choice -> [String: Any] in
                ["value": choice.rawValue, "label": words("ui.bench.removable." + choice.rawValue)]
            }
        }
        return entry
    }

    private func deviceValues(_ device: Device, words: BenchWords) -> [String: Any] {
        var values: [String: Any] = [
            "stage": words.text(device.stage.label),
            "category": words("category." + device.category.rawValue),
            "lot": device.lotCode.text,
            "serial": device.serial?.text ?? words("ui.bench.unknown"),
            "grade": device.grade.map { words.text($0.label) } ?? words("ui.bench.device.noGrade"),
            "price": device.price.map { Quantity.money.shown($0.cents, in: words.language) } ?? words("ui.bench.device.noPrice"),
        ]
        let name = [device.manufacturer, device.model].compactMap { $0 }.joined(separator: " ")
        if !name.isEmpty { values["name"] = name }
        return values
    }

    /// An amount as a person would type it back into the field: "129,00" in French, "129.00" in English.
    static func editable(_ money: Money, language: Language) -> String {
        let cents = money.cents.magnitude % 100
        return "\(money.cents / 100)" + (language == .fr ? "," : ".") + (cents < 10 ? "0" : "") + "\(cents)"
    }

    /// The section a change belongs to, and the sentence that says it was made.
    private static func doneText(_ done: String, device: Device, words: BenchWords) -> (String, String)? {
        switch done {
        case "moved": ("moves", words("ui.bench.done.moved", words.text(device.stage.label)))
        case "repair": ("repairs", words("ui.bench.done.repair"))
        case "grade": ("grade", words("ui.bench.done.grade"))
        case "destroyed": ("disks", words("ui.bench.done.destroyed"))
        case "no-storage": ("disks", words("ui.bench.done.noStorage"))
        case "tests": ("tests", words("ui.bench.done.tests"))
        case "removable": ("disks", words("ui.bench.done.removable"))
        default: nil
        }
    }
}
