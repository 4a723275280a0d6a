import Diagnostics
import Erasure
import Foundation
import Glibc
import RefurbClient
import RefurbCommandLine
import RefurbCore

/// One run of the bench console, in its five steps: the machine, which device it is, the disks, their erasure,
/// and the end screen with the results sent or kept on the stick.
struct BenchRun {
    let stick: BenchStick
    let settings: BenchSettings
    let screen: BenchScreen
    let machine: MachineSourceOptions
    let method: WipeMethod
    let onlyDisks: [String]

    var language: Language { screen.language }
    var unattended: Bool { settings.mode == .auto }

    /// True when every disk to erase was erased and verified and its results sent or kept.
    func run() -> Bool {
        let summary = BenchSummary(stick: stick)
        let keys: StationKeyPair
        let keyJustMade: Bool
        do {
            let (pair, created) = try stick.stationKey()
            keys = pair
            keyJustMade = created
            screen.say(created ? "bench.key.created" : "bench.key.known", pair.keyID, stick.publicKeyPath)
            if !stick.keepsResults { screen.say("bench.stick.inMemory") }
        } catch {
            return finish(summary.failed(screen.text("bench.key.unusable", stick.keysDirectory, "\(error)")))
        }

        // 1. The machine.
        screen.step(1, "bench.step.machine")
        var report = HardwareProbe(options: machine.probeOptions).run()
        // The stick is the bench's, not the donor's: left out of the machine's report, or the service would count it
        // among the drives to erase before the device may move to wiped. Only on the live machine: a tree given with
        // --root is another machine, whose disk names say nothing of where the stick is.
        if machine.root == "/" || machine.root.isEmpty {
            let stickDisks = BenchDisks(stick: stick, only: []).stickDiskNames()
            if !stickDisks.isEmpty {
                report.storage.removeAll { stickDisks.contains($0.name) }
                screen.say("bench.stick.leftOut", stickDisks.sorted().joined(separator: ", "))
            }
        }
        screen.show(ProbeSummary.render(report, language: language))
        let concerns = BenchConcerns.of(report)
        screen.show("")
        screen.say(concerns.isEmpty ? "bench.concerns.none" : "bench.concerns.title")
        for concern in concerns { screen.show("  ⚠ " + screen.text(concern)) }
        let serial = report.system.serialNumber
        summary.serial = serial

        // 2. Which device.
        screen.step(2, "bench.step.device")
        let endpoint = serviceEndpoint()
        let lookup = identify(serial: serial, endpoint: endpoint)
        screen.show(screen.text(lookup.message))
        var tag = lookup.tag
        if tag == nil, !unattended { tag = askTag() }
        summary.tag = tag
        // Earlier runs' results first, so that this machine's report, sent next, stays its device's latest.
        if let endpoint, !settings.offline, Self.reached(lookup) {
            BenchBacklog(stick: stick, screen: screen).send(to: endpoint)
        }
        let delivery = BenchDelivery(stick: stick, endpoint: settings.offline ? nil : endpoint, screen: screen,
                                     keyJustMade: keyJustMade)
        if let data = try? report.jsonData() {
            stick.keepReport(data, serial: serial)
            let fate = delivery.deliver(body: data, kind: .report, tag: tag, serial: serial)
            screen.show(fate.sentence)
            summary.note(fate)
        }

        // 3. The disks.
        screen.step(3, "bench.step.disks")
        let disks = BenchDisks(stick: stick, only: onlyDisks).entries()
        BenchDisks.show(disks, on: screen)
        let erasable = disks.filter(\.isErasable)

        // 4. Erasure.
        screen.step(4, "bench.step.erase")
        if unattended {
            let permission = AutoErasurePermission.decide(offline: settings.offline, keepsResults: stick.keepsResults,
                                                          lookup: lookup, erasableDisks: erasable.count)
            guard permission.mayErase else {
                if case .withheld(let reason) = permission { return finish(summary.withheld(screen.text(reason))) }
                return finish(summary.withheld(""))
            }
            screen.say("bench.auto.erasing", String(erasable.count))
        } else {
            guard !erasable.isEmpty else { return finish(summary.withheld(screen.text("bench.auto.noDisk"))) }
            guard confirm(count: erasable.count, tag: tag) else {
                return finish(summary.withheld(screen.text("bench.confirm.notGiven")))
            }
        }
        let erasure = BenchErasure(stick: stick, settings: settings, keys: keys, language: language, method: method)
        let results = erasure.run(erasable.map(\.disk), tag: tag, endpoint: settings.offline ? nil : endpoint)

        // 5. Results: each certificate sent, or kept on the stick.
        for result in results {
            switch result {
            case .finished(let outcome):
                summary.certificate(outcome, text: screen.text(Message("erasure.status.\(outcome.certificate.result.status.rawValue)")))
                guard let body = FileManager.default.contents(atPath: outcome.jsonPath) else { continue }
                let fate = delivery.deliver(body: body, kind: .certificate(outcome.certificate.drive.serial ?? outcome.certificate.drive.devicePath),
                                            tag: tag, serial: serial)
                screen.show(fate.sentence)
                summary.note(fate)
            case .error(let disk, let description):
                summary.diskFailed("/dev/" + disk, description)
            }
        }
        return finish(summary)
    }

    /// The end screen, the run's summary on the stick, and in auto mode the power-off the configuration asks for.
    private func finish(_ summary: BenchSummary) -> Bool {
        screen.step(5, "bench.step.end")
        let success = summary.succeeded
        screen.endScreen(success: success, title: screen.text(summary.titleKey), details: summary.details(screen))
        summary.write()
        if unattended {
            if settings.poweroff { BenchPower.off(screen: screen) }
        } else if isatty(STDIN_FILENO) == 1 {
            _ = screen.ask("bench.end.pressEnter")
        }
        return success
    }

    /// The service from refurb.conf (else $REFURB_URL and $REFURB_TOKEN); nil without one, or with one that cannot
    /// be used (said on the screen).
    private func serviceEndpoint() -> ServiceEndpoint? {
        let environment = ProcessInfo.processInfo.environment
        guard let url = settings.url ?? environment["REFURB_URL"], !url.isEmpty else { return nil }
        do {
            return try ServiceEndpoint.parse(url: url, token: settings.token ?? environment["REFURB_TOKEN"] ?? "")
        } catch {
            screen.show(error.text(language: language.rawValue))
            return nil
        }
    }

    /// This machine's intake record on the service, by the serial its firmware gives.
    private func identify(serial: String?, endpoint: ServiceEndpoint?) -> IntakeLookup {
        if settings.offline { return .offline }
        guard let endpoint else { return .noService }
        guard let serial else { return .noSerial }
        let lookup = IntakeRecordLookup(sender: SubmissionSender(timeout: .seconds(10), language: language.rawValue))
        return waitForAsync { await lookup.lookUp(serial: serial, at: endpoint) }
    }

    /// Whether the look-up got through to the service (so that what waits on the stick may be sent now).
    static func reached(_ lookup: IntakeLookup) -> Bool {
        switch lookup {
        case .found, .notFound, .noSerial: true
        case .noService, .offline, .unreachable, .refused: false
        }
    }

    /// Asks for the asset tag on the device's label (typed, or scanned: a scanner types it); Enter alone goes on
    /// without one.
    private func askTag() -> String? {
        for _ in 0..<3 {
            guard let answer = screen.ask("bench.device.ask"), !answer.isEmpty else { return nil }
            do {
                return try AssetTag(parsing: answer).text
            } catch {
                screen.show(screen.text(error.message))
            }
        }
        return nil
    }

    /// The confirmation that cannot be given by accident: the device's tag typed or scanned again, or without a tag
    /// the word the screen shows. Anything else, or no keyboard at all, erases nothing.
    private func confirm(count: Int, tag: String?) -> Bool {
        if let tag {
            guard let answer = screen.ask("bench.confirm.tag", String(count), tag) else { return false }
            return (try? AssetTag(parsing: answer))?.text == tag
        }
        let word = screen.text("bench.confirm.word")
        guard let answer = screen.ask("bench.confirm.withoutTag", String(count), word) else { return false }
        return answer.uppercased() == word
    }
}
