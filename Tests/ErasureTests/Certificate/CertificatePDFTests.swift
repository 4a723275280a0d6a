@testable import Erasure
import Foundation
import RefurbCore
import Testing

/// The certificate's PDF writes sizes and speeds as every other page does (`QuantityFormat`): « 1,9 To »
/// and « 85,3 Mo/s » in French, "1.9 TB" in English, never a second formatter's "1920.38 GB".
@Suite("Certificate PDF")
struct CertificatePDFTests {
    static func text(of certificate: ErasureCertificate, in language: Language) throws -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("certificate-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("certificate.pdf").path
        try CertificatePDFRenderer(language: language, timeZone: TimeZone(identifier: "Europe/Paris")!).render(certificate, to: file)
        guard let tool = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            Issue.record("pdftotext (poppler-utils) is needed to read the certificate back: run scripts/setup")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [file, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test("a drive's capacity, the bytes written and the speed in the reader's units: Go/To and a decimal comma in French")
    func sizesAsEveryPageWritesThem() throws {
        var certificate = CertificateSamples.full()
        certificate.run = .init(startedAt: "2026-11-28T10:14:00Z", endedAt: "2026-11-28T10:15:00Z", durationMilliseconds: 60_000,
                                bytesWritten: 500_107_862_016, throughputBytesPerSecond: 85_300_000)
        let french = try #require(try Self.text(of: certificate, in: .fr))
        #expect(french.contains("1,9 To"), "\(french)")
        #expect(french.contains("500 Go") && french.contains("85,3 Mo/s"), "\(french)")
        #expect(!french.contains("1920.38") && !french.contains("MB/s"), "\(french)")
        let english = try #require(try Self.text(of: certificate, in: .en))
        #expect(english.contains("1.9 TB") && english.contains("500 GB") && english.contains("85.3 MB/s"), "\(english)")
    }
}
