@testable import Erasure
import Foundation
import RefurbCore

/// Builds small, fast wipe sessions for tests: 1 MiB chunks, no pauses between retries, a short stall
/// timeout, no smartctl, a fresh station key and certificate folder.
struct TestWipeKit {
    let directory: TemporaryDirectory
    let keys: StationKeyPair
    var settings: WipeSettings

    init() throws {
        directory = try TemporaryDirectory()
        keys = try StationKeyPair.create(in: directory.file("keys"))
        var settings = WipeSettings()
        settings.chunkSize = 1 << 20
        settings.pipelineDepth = 3
        settings.retry = RetryPolicy(delays: [.milliseconds(1)], smallestRange: 64 << 10, consecutiveFailedChunksLimit: 4, stallTimeout: .seconds(30))
        settings.readsSMART = false
        self.settings = settings
    }

    var certificateDirectory: String { directory.file("certificates") }

    func session() -> WipeSession {
        WipeSession(settings: settings, keys: keys, store: CertificateStore(directory: certificateDirectory), language: .fr, progress: SilentProgress())
    }

    /// Plans and wipes one disk the way `refurb wipe --yes` does.
    func wipe(_ disk: Disk, _ request: WipeRequest) throws -> WipeOutcome {
        let plan = WipePlanner(settings: settings).plan(disk, request: request)
        guard let cleared = plan.verdict.clearance else {
            throw TestFailure("disk refused: \(plan.verdict.refusals)")
        }
        return try session().wipe(plan, cleared: cleared)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Random bytes with recognisable marker strings at known places: at the start, in the middle, across a
/// chunk boundary and in the last sector.
enum DiskContent {
    static let markers = ["REFURB-MARKER-ALPHA-secret-donor-data", "REFURB-MARKER-BRAVO-payroll.xlsx", "REFURB-MARKER-CHARLIE-last-sector"]

    static func randomWithMarkers(size: Int) -> Data {
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8](repeating: 0, count: size)
        bytes.withUnsafeMutableBytes { buffer in
            let words = buffer.bindMemory(to: UInt64.self)
            for index in words.indices { words[index] = generator.next() }
        }
        let places = [0, size / 2 - 10, size - 512]
        for (marker, place) in zip(markers, places) {
            bytes.replaceSubrange(place ..< place + marker.utf8.count, with: Array(marker.utf8))
        }
        return Data(bytes)
    }

    static func isAllZero(_ data: Data) -> Bool {
        data.withUnsafeBytes { buffer in
            let words = buffer.bindMemory(to: UInt64.self)
            return words.allSatisfy { $0 == 0 } && buffer[(words.count * 8)...].allSatisfy { $0 == 0 }
        }
    }
}
