import Foundation
@testable import RefurbClient

/// A fresh folder per test; call `remove()` in a `defer`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("refurb-client-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var spool: SubmissionSpool { SubmissionSpool(directory: url.appendingPathComponent("spool", isDirectory: true)) }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Names of the visible files of a folder, sorted.
func fileNames(in url: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
}

/// A diagnostic report submission for device `tag`, created `secondsAgo` before now (to order them).
func makeSubmission(_ tag: String, secondsAgo: Double = 0, body: String? = nil) -> Submission {
    Submission(
        path: "/api/devices/\(tag)/diagnostics",
        body: Data((body ?? #"{"assetTag":"\#(tag)","cpu":"Intel Core i5-6500"}"#).utf8),
        createdAt: Date(timeIntervalSinceNow: -secondsAgo),
        summary: "rapport de diagnostic \(tag)")
}
