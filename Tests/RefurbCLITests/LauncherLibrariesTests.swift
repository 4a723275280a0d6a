import Foundation
import Testing

/// `refurb` starts in a few milliseconds because it loads almost nothing: no full Foundation (ICU), no libcurl
/// (opened with dlopen on the first send), nothing of the store, labels or erasure (those are in
/// `refurb-commands`, reached through execv). A dependency added to the probe's chain would bring a library
/// back at every start without any test failing; this one fails. See docs/fast-paths.md.
@Suite("What the small refurb program loads")
struct LauncherLibrariesTests {
    static let readelf = ["/usr/bin/readelf", "/bin/readelf"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// What each library would mean had it come back.
    static let forbidden: [(prefix: String, why: String)] = [
        ("libcurl", "libcurl is opened with dlopen when something is sent, never linked"),
        ("libFoundationNetworking", "FoundationNetworking loads libcurl and ~25 libraries"),
        ("libFoundation.so", "the full Foundation loads ICU; the probe's chain uses FoundationEssentials"),
        ("libFoundationInternationalization", "the full Foundation loads ICU; the probe's chain uses FoundationEssentials"),
        ("lib_FoundationICU", "ICU is the largest library of all"),
        ("libsqlite3", "the store belongs to refurb-commands"),
        ("libcairo", "PDFs and labels belong to refurb-commands"),
        ("libzint", "barcodes belong to refurb-commands"),
        ("libusb", "printers belong to refurb-commands"),
        ("libcrypto", "erasure belongs to refurb-commands"),
    ]

    /// The libraries the dynamic loader must open for `executable` (its DT_NEEDED entries).
    static func neededLibraries(of executable: URL, readelf: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: readelf)
        process.arguments = ["--dynamic", executable.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard line.contains("(NEEDED)"), let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]") else { return nil }
            return String(line[line.index(after: open)..<close])
        }
    }

    @Test("refurb needs none of the full program's libraries, libcurl or the full Foundation",
          .enabled(if: readelf != nil, "readelf (Debian package binutils) is not installed"))
    func smallProgramStaysSmall() throws {
        let needed = try Self.neededLibraries(of: RefurbProcess.executable, readelf: try #require(Self.readelf))
        for library in needed {
            if let rule = Self.forbidden.first(where: { library.hasPrefix($0.prefix) }) {
                Issue.record("refurb needs \(library): \(rule.why)")
            }
        }
    }

    @Test("refurb-commands, beside it, does need them: the test reads what it claims to read",
          .enabled(if: readelf != nil, "readelf (Debian package binutils) is not installed"))
    func fullProgramHasThem() throws {
        let full = RefurbProcess.executable.deletingLastPathComponent().appendingPathComponent("refurb-commands")
        try #require(FileManager.default.fileExists(atPath: full.path), "refurb-commands is not built beside refurb")
        let needed = try Self.neededLibraries(of: full, readelf: try #require(Self.readelf))
        #expect(needed.contains { $0.hasPrefix("libsqlite3") }, "\(needed)")
        #expect(needed.contains { $0.hasPrefix("libcairo") }, "\(needed)")
        #expect(!needed.contains { $0.hasPrefix("libcurl") }, "libcurl is never linked, in either program")
    }
}
