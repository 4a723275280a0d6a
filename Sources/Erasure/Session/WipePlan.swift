import RefurbCore

/// Everything decided before a disk is touched: the safety verdict, what the drive can do, and the
/// methods that will be tried in order with their exact commands. `--dry-run` prints it; the wipe
/// carries it out.
public struct WipePlan: Sendable {
    public struct Candidate: Sendable {
        public var method: WipeMethod
        public var firmwarePlan: FirmwarePlan?
        /// Set when this method can't run on this drive, and why.
        public var skippedBecause: Message?
    }

    public var disk: Disk
    public var verdict: SafetyVerdict
    public var request: WipeRequest
    public var candidates: [Candidate]
    public var capabilities: DriveCapabilities
    public var hiddenAreas: HiddenAreaStatus
    public var smart: SmartSummary?
    /// Identity completed from smartctl and the drive's identify data.
    public var identity: DriveIdentity

    public var runnableCandidates: [Candidate] { candidates.filter { $0.skippedBecause == nil } }

    public func verification(for method: WipeMethod) -> VerificationMode {
        request.verification ?? method.defaultVerification
    }
}

/// Builds a `WipePlan`. A refused disk gets no further look: not even a read-only tool is run on it.
public struct WipePlanner: Sendable {
    public let settings: WipeSettings

    public init(settings: WipeSettings) {
        self.settings = settings
    }

    public func plan(_ disk: Disk, request: WipeRequest, usage: SystemUsage? = nil) -> WipePlan {
        let verdict = DiskSafetyInspector(root: settings.root).inspect(disk, usage: usage)
        guard verdict.isCleared else {
            return WipePlan(disk: disk, verdict: verdict, request: request, candidates: [], capabilities: DriveCapabilities(),
                            hiddenAreas: HiddenAreaStatus(state: .unknown), smart: nil, identity: disk.identity)
        }
        let capabilities = DriveCapabilities.read(for: disk, runner: settings.runner)
        let smart = settings.readsSMART ? SmartSummary.read(for: disk, runner: settings.runner) : nil
        var identity = disk.identity
        if let smart { identity = identity.filling(from: smart.identity) }
        if let ata = capabilities.ata { identity = identity.filling(from: DriveIdentity(model: ata.model, serial: ata.serial, firmware: ata.firmware, wwn: ata.wwn)) }
        if let nvme = capabilities.nvme { identity = identity.filling(from: DriveIdentity(model: nvme.model, serial: nvme.serial, firmware: nvme.firmware)) }

        let methods = request.method == .auto ? AutoMethodPolicy.candidates(for: disk, capabilities: capabilities) : [request.method]
        let planner = FirmwareCommandPlanner()
        let candidates = methods.map { method -> WipePlan.Candidate in
            guard method.isFirmware else { return WipePlan.Candidate(method: method) }
            do throws(FirmwareRefusal) {
                return WipePlan.Candidate(method: method, firmwarePlan: try planner.plan(method, for: disk, capabilities: capabilities))
            } catch {
                return WipePlan.Candidate(method: method, skippedBecause: Self.message(for: error, disk: disk))
            }
        }
        return WipePlan(disk: disk, verdict: verdict, request: request, candidates: candidates, capabilities: capabilities,
                        hiddenAreas: HiddenAreaInspector(runner: settings.runner).inspect(disk), smart: smart?.summary, identity: identity)
    }

    static func message(for refusal: FirmwareRefusal, disk: Disk) -> Message {
        switch refusal {
        case .frozen: Message("erasure.firmware.frozen")
        case .passwordSet: Message("erasure.firmware.passwordSet", disk.devicePath)
        case .locked: Message("erasure.firmware.locked")
        case .wrongTransport(let method, let transport): Message("erasure.firmware.wrongTransport", method.rawValue, transport.rawValue)
        case .unsupported(let method): Message("erasure.firmware.unsupported", method.rawValue)
        case .capabilitiesUnknown(let method): Message("erasure.firmware.capabilitiesUnknown", method.rawValue)
        }
    }
}
