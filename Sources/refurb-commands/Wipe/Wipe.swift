import ArgumentParser
import Erasure
import Foundation
import Glibc
import RefurbClient
import RefurbCommandLine
import RefurbCore
import Synchronization

/// `refurb wipe`: erase disks, refusing any the running system uses, and sign a certificate for each.
struct Wipe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wipe",
        abstract: "Erase disks and sign a certificate for each one / Effacer des disques et signer un certificat pour chacun.",
        discussion: """
        Methods: \(WipeMethod.allCases.map { $0.rawValue }.joined(separator: ", ")).
        To send each certificate to the workshop's service as soon as it is signed:
          refurb wipe /dev/sdb --asset-tag R000123X \\
            --submit http://192.168.1.10:8080 --token rft_…
        (or set REFURB_URL and REFURB_TOKEN once). Register the station's public
        key (keys/station-ed25519.pub.pem) on the service first. Certificates
        wait in the spool while the service cannot be reached: run `refurb sync`.
        Exit status: 0 every disk erased (its certificate sent or kept for later);
        1 a disk was refused, not confirmed or not fully erased, or the service
        refused a certificate; 2 bad input.
        """
    )

    @Argument(help: "Disks to erase (/dev/sdb, /dev/disk/by-id/…).")
    var devices: [String] = []

    @Flag(help: "List the disks, with those that would be refused and why.")
    var list = false

    @Flag(help: "Erase every disk that is not refused, in parallel.")
    var all = false

    @Option(help: "auto, zero, random, or a firmware method (see above).")
    var method = "auto"

    @Option(help: "full, sample, sample:PERCENT or none (default: full for overwrites, sample:10 for firmware methods).")
    var verify: String?

    @Flag(name: .customLong("restore-hpa"), help: "Restore the drive's full native size (remove a Host Protected Area) before erasing.")
    var restoreHPA = false

    @Flag(help: "Do not ask for the serial number before erasing.")
    var yes = false

    @Flag(name: .customLong("dry-run"), help: "Say what would happen; write nothing.")
    var dryRun = false

    @Option(help: "bar, json or none (default: bar on a terminal).")
    var progress: String?

    @Flag(name: .customLong("send-progress"), help: """
        Also show each disk's progress to the office: sent to the service about once a second (needs --asset-tag \
        and --submit or $REFURB_URL). Best effort: it never slows or stops a wipe.
        """)
    var sendProgress = false

    @Flag(help: "Machine-readable output.")
    var json = false

    @Option(name: .customLong("certificate-dir"), help: "Where certificates go.")
    var certificateDirectory = "certificates"

    @Option(name: .customLong("keys"), help: "Folder of the station key (default: $REFURB_KEYS or ./keys).")
    var keysDirectory: String?

    @Option(help: "Workshop name (default: $REFURB_WORKSHOP).") var workshop: String?
    @Option(help: "Station name (default: $REFURB_STATION or the host name).") var station: String?
    @Option(name: .customLong("operator"), help: "Who runs the erasure (default: $REFURB_OPERATOR).") var operatorName: String?
    @Option(help: "Donation lot.") var lot: String?
    @Option(name: .customLong("asset-tag"), help: """
        Asset tag of the computer the disk came from (e.g. R000123X). With --submit (or $REFURB_URL), each \
        certificate is sent to the service for this computer.
        """) var assetTag: String?
    @Option(help: "fr or en (default: $REFURB_LANG, else the system's language, else fr).") var language: String?

    @OptionGroup var service: SubmitOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = Language(explicit: language, environment: environment)
        let say = Speaker(language: language)

        if list { return try listDisks(say: say) }

        guard let method = WipeMethod(rawValue: method) else {
            say.error("erasure.error.badMethod", method, WipeMethod.allCases.map(\.rawValue).joined(separator: ", "))
            throw ExitCode(2)
        }
        var verification: VerificationMode?
        if let verify {
            guard let mode = VerificationMode(argument: verify) else {
                say.error("erasure.error.badVerify", verify)
                throw ExitCode(2)
            }
            verification = mode
        }
        guard !devices.isEmpty || all else {
            say.error("erasure.error.noDisk")
            throw ExitCode(2)
        }
        // Checked before any disk is touched: a wrong address or tag is said now, not after hours of erasing.
        let submission = try plannedSubmission(language: language)

        // Which disks: resolved from sysfs only. Nothing is opened yet.
        let inventory = DiskInventory()
        var disks: [Disk] = []
        if all {
            disks = inventory.disks()
        }
        for path in devices {
            do {
                disks.append(try inventory.disk(atPath: path))
            } catch DiskLookupError.isPartition(let path, let disk) {
                say.error("erasure.error.partition", path, "/dev/" + disk)
                throw ExitCode(2)
            } catch {
                say.error("erasure.error.unknownDisk", path)
                throw ExitCode(2)
            }
        }

        let settings = WipeSettings()
        let context = WipeContext(
            workshop: workshop ?? environment["REFURB_WORKSHOP"],
            station: station ?? environment["REFURB_STATION"] ?? ProcessInfo.processInfo.hostName,
            operator: operatorName ?? environment["REFURB_OPERATOR"],
            lot: lot, assetTag: submission?.tag.text ?? assetTag
        )
        let request = WipeRequest(method: method, verification: verification, restoreHPA: restoreHPA, context: context)
        let usage = SystemUsage.read()
        let plans = disks.map { WipePlanner(settings: settings).plan($0, request: request, usage: usage) }
        let refused = plans.filter { !$0.verdict.isCleared }
        // With --all, refused disks (the system disk among them) are simply left out.
        let explicitRefusals = all ? refused.filter { plan in devices.contains { (try? inventory.disk(atPath: $0))?.name == plan.disk.name } } : refused

        if dryRun {
            report(plans: plans, say: say)
            if !explicitRefusals.isEmpty { throw ExitCode(1) }
            return
        }
        for plan in explicitRefusals {
            say.refusal(plan)
        }

        let keysDirectory = keysDirectory ?? StationKeyPair.defaultDirectory()
        let keys: StationKeyPair
        do {
            keys = try StationKeyPair.load(from: keysDirectory)
        } catch {
            say.error("erasure.error.noKey", keysDirectory)
            throw ExitCode(2)
        }

        var jobs: [(plan: WipePlan, cleared: ClearedDisk)] = []
        for plan in plans {
            guard let cleared = plan.verdict.clearance else { continue }
            if !yes, !confirm(plan, say: say) { continue }
            jobs.append((plan, cleared))
        }
        let unconfirmed = plans.filter(\.verdict.isCleared).count - jobs.count

        let localSink: ProgressSink = switch progress ?? (isatty(STDERR_FILENO) == 1 && !json ? "bar" : "none") {
        case "json": JSONLinesProgress()
        case "bar": TerminalProgressBar(language: language)
        default: SilentProgress()
        }
        let diskProgress = sendProgress ? submission?.progressReporters(for: jobs.map(\.plan)) ?? [:] : [:]
        let sink: ProgressSink = diskProgress.isEmpty ? localSink : ServiceProgressSink(local: localSink, disks: diskProgress)
        // First Ctrl-C: stop the passes and still write (failed) certificates. A second one ends the process.
        let interrupt = WipeInterruption.listen()
        defer { interrupt.cancel() }

        let session = WipeSession(settings: settings, keys: keys, store: CertificateStore(directory: certificateDirectory), language: language, progress: sink)
        // Each certificate goes to the service from its disk's thread as soon as it is written; what became of it
        // is said below, with the disk's result, so that the progress bars are not broken up meanwhile.
        let sent = Mutex<[String: ResultDelivery.Outcome]>([:])
        let progressByPath = Dictionary(jobs.map { ($0.plan.disk.devicePath, diskProgress[$0.plan.disk.name]) },
                                        uniquingKeysWith: { first, _ in first })
        let results = WipeBatch(session: session).run(jobs) { result in
            // A disk that ended without a certificate is said on the office's board as failed, with the reason.
            if let submission, case .error(let disk, let description) = result, let progress = diskProgress[disk] {
                waitForAsync { await submission.sendFailure(description, progress: progress) }
                return
            }
            guard let submission, case .finished(let outcome) = result else { return }
            let progress = progressByPath[outcome.certificate.drive.devicePath] ?? nil
            let delivered = waitForAsync { await submission.send(outcome, progress: progress) }
            sent.withLock { $0[outcome.certificate.id] = delivered }
        }
        if !diskProgress.isEmpty {
            let reporters = diskProgress.values.map(\.reporter)
            waitForAsync { for reporter in reporters { await reporter.finish() } }
        }

        var allErased = explicitRefusals.isEmpty && unconfirmed == 0 && !jobs.isEmpty
        var output: [[String: Any]] = []
        for result in results {
            switch result {
            case .finished(let outcome):
                let certificate = outcome.certificate
                if certificate.result.status != .erased { allErased = false }
                var entry: [String: Any] = [
                    "device": certificate.drive.devicePath, "serial": certificate.drive.serial ?? NSNull(),
                    "status": certificate.result.status.rawValue, "certificateId": certificate.id,
                    "certificate": outcome.jsonPath, "pdf": outcome.pdfPath,
                    "reasons": certificate.result.reasons.map { $0.text(in: language, catalog: .erasure) },
                ]
                let delivered = sent.withLock { $0[certificate.id] }
                if let submission, let delivered {
                    if delivered.isFailure { allErased = false }
                    entry["submission"] = delivered.code
                    entry["submissionMessage"] = submission.text(delivered, outcome: outcome)
                }
                output.append(entry)
                if !json {
                    say.line("erasure.done", certificate.drive.devicePath,
                             Message("erasure.status.\(certificate.result.status.rawValue)").text(in: language, catalog: .erasure), outcome.jsonPath)
                    for reason in certificate.result.reasons { say.plain("  - " + reason.text(in: language, catalog: .erasure)) }
                }
                if !json, let submission, let delivered {
                    let text = submission.text(delivered, outcome: outcome)
                    if delivered.isFailure { printToStandardError(text) } else { say.plain(text) }
                }
            case .error(let disk, let description):
                allErased = false
                output.append(["device": "/dev/" + disk, "status": "error", "error": description])
                if !json { say.plain("\(disk): \(description)") }
            }
        }
        if json {
            let refusedOutput = explicitRefusals.map { plan -> [String: Any] in
                ["device": plan.disk.devicePath, "status": "refused", "reasons": plan.verdict.refusals.map(\.code)]
            }
            say.json(["results": output + refusedOutput])
        }
        if !allErased { throw ExitCode(1) }
    }

    /// Where certificates go, when they are to be sent: with an address (--submit, else $REFURB_URL) and
    /// --asset-tag. An explicit --submit, or --send-progress, without an asset tag is refused; $REFURB_URL alone
    /// with a loose drive (no asset tag) only keeps the certificate here, as without a service.
    private func plannedSubmission(language: Language) throws -> WipeSubmission? {
        let wanted = service.url != nil || sendProgress
        guard let address = service.serviceAddress else {
            if sendProgress { throw CommandFailure(badInput: CLIMessages.text("cli.wipe.progressNeedsService", in: language)) }
            return nil
        }
        guard let assetTag, !assetTag.trimmingCharacters(in: .whitespaces).isEmpty else {
            if wanted { throw CommandFailure(badInput: CLIMessages.text("cli.wipe.submitNeedsTag", in: language)) }
            return nil
        }
        let tag: AssetTag
        do {
            tag = try AssetTag(parsing: assetTag)
        } catch {
            throw CommandFailure(badInput: CLIMessages.text("cli.wipe.badTag", CLIMessages.text(error.message, in: language), in: language))
        }
        let endpoint = try service.endpoint(address: address, language: language)
        return WipeSubmission(delivery: ResultDelivery(endpoint: endpoint, spool: service.spoolFolder, language: language), tag: tag)
    }

    /// Shows what will be destroyed and asks for the drive's serial number (or its kernel name when it
    /// has none), so the wrong disk is never wiped by a slip of Enter.
    private func confirm(_ plan: WipePlan, say: Speaker) -> Bool {
        let disk = plan.disk
        let token = plan.identity.serial ?? disk.confirmationToken
        say.line("erasure.confirm.summary", disk.devicePath, plan.identity.model ?? "?", token,
                 QuantityFormat.diskSize(Double(disk.sizeBytes), language: say.language), plan.runnableCandidates.first?.method.rawValue ?? method)
        say.prompt("erasure.confirm.prompt", token)
        guard let answer = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces),
              answer.caseInsensitiveCompare(token) == .orderedSame else {
            say.line("erasure.confirm.mismatch")
            return false
        }
        return true
    }

    private func listDisks(say: Speaker) throws {
        let entries = DiskListing.entries()
        if json {
            say.json(["disks": entries.map { entry -> [String: Any] in
                [
                    "device": entry.disk.devicePath, "model": entry.disk.identity.model ?? NSNull(),
                    "serial": entry.disk.identity.serial ?? NSNull(), "sizeBytes": entry.disk.sizeBytes,
                    "mediaType": entry.disk.mediaType.rawValue, "transport": entry.disk.transport.rawValue,
                    "refused": !entry.refusals.isEmpty, "reasons": entry.refusals.map(\.code),
                    "reasonTexts": entry.refusals.map { say.text($0.message) },
                ]
            }])
            return
        }
        if entries.isEmpty { say.line("erasure.list.none") }
        for entry in entries {
            let disk = entry.disk
            let state = entry.refusals.isEmpty ? say.text(Message("erasure.list.available")) : say.text(Message("erasure.list.refused"))
            say.plain("\(disk.devicePath)  \(disk.identity.model ?? "?")  \(disk.identity.serial ?? "-")  \(QuantityFormat.diskSize(Double(disk.sizeBytes), language: say.language))  \(disk.mediaType.rawValue)/\(disk.transport.rawValue)  \(state)")
            for refusal in entry.refusals { say.plain("    - " + say.text(refusal.message)) }
        }
    }

    private func report(plans: [WipePlan], say: Speaker) {
        if json {
            say.json(["dryRun": true, "disks": plans.map { plan -> [String: Any] in
                [
                    "device": plan.disk.devicePath, "refused": !plan.verdict.isCleared,
                    "reasons": plan.verdict.refusals.map(\.code),
                    "openedForReadingToCheck": plan.verdict.exclusiveProbeRan,
                    "methods": plan.candidates.map { candidate -> [String: Any] in
                        [
                            "method": candidate.method.rawValue, "nistCategory": candidate.method.category.rawValue,
                            "commands": candidate.firmwarePlan?.commandLines ?? [], "status": candidate.firmwarePlan?.statusCommand.joined(separator: " ") ?? NSNull(),
                            "skippedBecause": candidate.skippedBecause.map { say.text($0) } ?? NSNull(),
                            "verification": plan.verification(for: candidate.method).description,
                        ]
                    },
                    "hiddenAreas": plan.hiddenAreas.state.rawValue,
                ]
            }])
            return
        }
        say.line("erasure.dryRun.header")
        for plan in plans {
            guard plan.verdict.isCleared else {
                say.refusal(plan)
                continue
            }
            for candidate in plan.candidates {
                say.line("erasure.dryRun.wouldRun", plan.disk.devicePath, "\(candidate.method.rawValue) (\(candidate.method.category.rawValue))")
                if let reason = candidate.skippedBecause {
                    say.line("erasure.dryRun.skipped", candidate.method.rawValue, say.text(reason))
                    continue
                }
                for line in candidate.firmwarePlan?.commandLines ?? [] { say.line("erasure.dryRun.command", line) }
                say.line("erasure.dryRun.verification", plan.verification(for: candidate.method).description)
            }
        }
    }
}

/// Prints catalog messages in the operator's language: results on standard output, problems on
/// standard error.
struct Speaker {
    let language: Language

    func text(_ message: Message) -> String { message.text(in: language, catalog: .erasure) }
    func line(_ key: String, _ arguments: String...) { print(text(Message(key: key, arguments: arguments))) }
    func plain(_ text: String) { print(text) }
    func error(_ key: String, _ arguments: String...) {
        error(Message(key: key, arguments: arguments))
    }
    func error(_ message: Message) {
        FileHandle.standardError.write(Data((text(message) + "\n").utf8))
    }
    func prompt(_ key: String, _ arguments: String...) {
        FileHandle.standardError.write(Data(text(Message(key: key, arguments: arguments)).utf8))
    }
    func refusal(_ plan: WipePlan) {
        FileHandle.standardError.write(Data("\(plan.disk.devicePath): \(text(Message("erasure.list.refused")))\n".utf8))
        for refusal in plan.verdict.refusals {
            FileHandle.standardError.write(Data("  - \(text(refusal.message))\n".utf8))
        }
    }
    func json(_ object: [String: Any]) {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
        print(String(decoding: data, as: UTF8.self))
    }
}
