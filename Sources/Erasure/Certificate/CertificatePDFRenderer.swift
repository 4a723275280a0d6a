import Documents
import Foundation
import RefurbCore

/// Renders a certificate as an A4 PDF for the donor: the result in large type, the certificate ID with
/// its QR code, then the drive, the method, the run, the read-back, the faults, the source and the
/// signature. Text comes from the erasure message catalog in the chosen language. Drawn through Documents'
/// PDF writer, as the service's documents are.
public struct CertificatePDFRenderer: Sendable {
    public let language: Language
    /// The zone the times are shown in: the workshop's (the certificate keeps them in UTC).
    public let timeZone: TimeZone

    public init(language: Language, timeZone: TimeZone = .current) {
        self.language = language
        self.timeZone = timeZone
    }

    private static let pageWidth = PageSize.a4.width
    private static let pageHeight = PageSize.a4.height
    private static let margin = 48.0

    /// The PDF's bytes.
    public func render(_ certificate: ErasureCertificate) throws -> [UInt8] {
        let title = Message(key: "erasure.pdf.title", arguments: []).text(in: language, catalog: .erasure)
        return try PDFDocument.render(document: "certificate \(certificate.id)", title: title, author: certificate.workshop.name) { canvas in
            var page = Page(canvas: canvas, language: language, timeZone: timeZone)
            page.draw(certificate)
            canvas.endPage()
        }
    }

    /// The PDF written to `path`.
    public func render(_ certificate: ErasureCertificate, to path: String) throws {
        try Data(render(certificate)).write(to: URL(fileURLWithPath: path))
    }

    /// Lays out one page top to bottom.
    private struct Page {
        let canvas: Canvas
        let language: Language
        let timeZone: TimeZone
        var y = CertificatePDFRenderer.margin

        init(canvas: Canvas, language: Language, timeZone: TimeZone) {
            self.canvas = canvas
            self.language = language
            self.timeZone = timeZone
        }

        /// A UTC timestamp of the certificate in local time, as people write it: "28/11/2026 11:15:00 (heure
        /// de Europe/Paris)"; as recorded when it cannot be read.
        func localTime(_ recorded: String) -> String {
            guard let date = ISO8601DateFormatter().date(from: recorded) else { return recorded }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = timeZone
            formatter.dateFormat = language == .fr ? "dd/MM/yyyy HH:mm:ss" : "yyyy-MM-dd HH:mm:ss"
            return formatter.string(from: date) + " (" + text("erasure.pdf.localTime", timeZone.identifier) + ")"
        }

        func text(_ key: String, _ arguments: String...) -> String {
            Message(key: key, arguments: arguments).text(in: language, catalog: .erasure)
        }

        mutating func draw(_ certificate: ErasureCertificate) {
            let left = CertificatePDFRenderer.margin
            font(size: 16, bold: true)
            show(text("erasure.pdf.title"), x: left, y: y + 16)
            y += 36

            // Result banner, coloured like a traffic light.
            let (red, green, blue): (Double, Double, Double) = switch certificate.result.status {
            case .erased: (0.13, 0.55, 0.13)
            case .erasedWithExceptions: (0.85, 0.55, 0.0)
            case .failed: (0.75, 0.1, 0.1)
            }
            canvas.color(red, green, blue)
            canvas.fill(x: left, y: y, width: 330, height: 40)
            canvas.color(1, 1, 1)
            font(size: 18, bold: true)
            show(text("erasure.status.\(certificate.result.status.rawValue)"), x: left + 12, y: y + 27)
            canvas.color(0, 0, 0)

            // QR code of the certificate ID, top right, 96 points wide (error correction M).
            if let qr = try? BarcodeEncoder.encode(certificate.id, as: .qr(errorCorrection: .M)) {
                let size = 96.0
                let module = size / Double(max(qr.columns, qr.rows))
                canvas.barcode(qr, x: CertificatePDFRenderer.pageWidth - left - size, y: y - 22, module: module, rowHeight: module)
            }
            y += 56
            font(size: 9, bold: false)
            row(text("erasure.pdf.certificateId"), certificate.id)
            if let reference = CertificateReference(certificate) {
                // The id is on the row above; the value stays clear of the QR code.
                row(text("erasure.pdf.reference"), text("erasure.pdf.fingerprint", reference.fingerprint))
            }
            row(text("erasure.pdf.assetTag"), certificate.source.assetTag ?? "—")
            row(text("erasure.pdf.issued"), localTime(certificate.issuedAt))
            if !certificate.result.reasons.isEmpty {
                row(text("erasure.pdf.reasons"), certificate.result.reasons.map { $0.text(in: language, catalog: .erasure) }.joined(separator: " "))
            }

            let drive = certificate.drive
            section(text("erasure.pdf.drive"))
            row(text("erasure.pdf.model"), [drive.vendor, drive.model].compactMap { $0 }.joined(separator: " "))
            row(text("erasure.pdf.serial"), drive.serial ?? "—")
            row(text("erasure.pdf.firmware"), [drive.firmware, drive.wwn.map { "WWN \($0)" }].compactMap { $0 }.joined(separator: " · "))
            row(text("erasure.pdf.capacity"), QuantityFormat.diskSize(Double(drive.visibleCapacityBytes), language: language) + " (\(drive.visibleCapacityBytes) B, \(drive.logicalSectorSize)/\(drive.physicalSectorSize) B)")
            row(text("erasure.pdf.type"), "\(drive.mediaType.rawValue) / \(drive.transport.certificateName)")
            row(text("erasure.pdf.hidden"), "\(hidden(drive.hiddenAreasBefore)) → \(hidden(drive.hiddenAreasAfter))")
            if let smart = drive.smart { row(text("erasure.pdf.health"), health(smart)) }

            let erasure = certificate.erasure
            section(text("erasure.pdf.method"))
            row(text("erasure.pdf.category"), erasure.nistCategory.rawValue)
            row(text("erasure.pdf.technique"), erasure.method.name.text(in: language, catalog: .erasure)
                + " (" + erasure.technique + (erasure.prng.map { $0 == "none" ? "" : ", PRNG \($0)" } ?? "") + ")")
            // The device path is where the station saw the drive, not the drive: the donor reads "the drive".
            let commands = erasure.commands.map { $0.replacingOccurrences(of: drive.devicePath, with: text("erasure.pdf.theDrive")) }
            row(text("erasure.pdf.commands"), (commands + [erasure.pattern]).joined(separator: " ; "))

            let run = certificate.run
            section(text("erasure.pdf.run"))
            row(text("erasure.pdf.started"), localTime(run.startedAt))
            row(text("erasure.pdf.ended"), localTime(run.endedAt))
            row(text("erasure.pdf.duration"), Self.duration(run.durationMilliseconds))
            row(text("erasure.pdf.written"), "\(QuantityFormat.diskSize(Double(run.bytesWritten), language: language)) · \(QuantityFormat.speed(Double(run.throughputBytesPerSecond), language: language))")

            let verification = certificate.verification
            section(text("erasure.pdf.verification"))
            row(text("erasure.pdf.method"), "\(verification.mode) — \(verification.expected)")
            row(text("erasure.pdf.coverage"), VerificationMode.percentText(verification.coverageBasisPoints) + " %"
                + (verification.sampling.map { " (seed \($0.seed), \($0.blocks) × \($0.blockSize) B)" } ?? ""))
            row(text("erasure.pdf.mismatches"), "\(verification.mismatchedSectors)")
            let faults = certificate.faults
            row(text("erasure.pdf.faults"), "\(faults.writeErrors + faults.readErrors) / \(faults.retries) / \(QuantityFormat.diskSize(Double(faults.skippedBytes), language: language))"
                + (faults.skippedRanges.isEmpty ? "" : " " + faults.skippedRanges.prefix(4).map(\.description).joined(separator: ", ")))

            section(text("erasure.pdf.source"))
            let workshop = certificate.workshop
            row(text("erasure.pdf.workshop"), [workshop.name, workshop.station, workshop.operator].map { $0 ?? "—" }.joined(separator: " / "))
            row(text("erasure.pdf.lot"), [certificate.source.lot, certificate.source.assetTag].map { $0 ?? "—" }.joined(separator: " / "))
            let host = certificate.source.host
            row(text("erasure.pdf.host"), [host.vendor, host.model, host.serial.map { "S/N \($0)" }].compactMap { $0 }.joined(separator: " ").nilIfEmpty ?? "—")

            if let signature = certificate.signature {
                section(text("erasure.pdf.signature"))
                row("Ed25519", "key \(signature.keyId)")
                row("SHA-256", signature.recordSHA256)
                row("", signature.value)
                row("", text("erasure.pdf.howToVerify", certificate.id))
            }
            font(size: 7, bold: false)
            show("\(certificate.tool.name) \(certificate.tool.version)", x: CertificatePDFRenderer.margin, y: CertificatePDFRenderer.pageHeight - 24)
        }

        func hidden(_ status: HiddenAreaStatus) -> String {
            switch status.state {
            case .none: "0"
            case .hidden: "\(status.hiddenSectors)"
            case .unknown: text("erasure.pdf.unknown")
            case .notApplicable: "n/a"
            }
        }

        func health(_ smart: SmartSummary) -> String {
            var parts: [String] = []
            if let passed = smart.passed { parts.append("SMART \(passed ? "OK" : "FAILED")") }
            if let hours = smart.powerOnHours { parts.append("\(hours) h") }
            if let value = smart.reallocatedSectors { parts.append("realloc \(value)") }
            if let value = smart.pendingSectors { parts.append("pending \(value)") }
            if let value = smart.mediaErrors { parts.append("media errors \(value)") }
            if let value = smart.percentageUsed { parts.append("used \(value) %") }
            return parts.joined(separator: " · ")
        }

        mutating func section(_ title: String) {
            y += 10
            font(size: 11, bold: true)
            show(title, x: CertificatePDFRenderer.margin, y: y + 11)
            y += 15
            canvas.line(from: CertificatePDFRenderer.margin, y, to: CertificatePDFRenderer.pageWidth - CertificatePDFRenderer.margin, y)
            y += 3
            font(size: 9, bold: false)
        }

        /// A label and a value; long values wrap within the right column, a word wider than it (a signature,
        /// a hash) cut by characters.
        mutating func row(_ label: String, _ value: String) {
            let labelWidth = 178.0
            let valueX = CertificatePDFRenderer.margin + labelWidth
            let valueWidth = CertificatePDFRenderer.pageWidth - CertificatePDFRenderer.margin - valueX
            font(size: 9, bold: true)
            show(label, x: CertificatePDFRenderer.margin, y: y + 10)
            let lines = canvas.wrap(value.isEmpty ? "—" : value, width: valueWidth, size: 9, longWords: .cut)
            for line in lines.isEmpty ? [""] : lines {
                show(line, x: valueX, y: y + 10)
                y += 12
            }
        }

        func font(size: Double, bold: Bool) { canvas.font(size: size, bold: bold) }
        func show(_ text: String, x: Double, y: Double) { canvas.show(text, x: x, y: y) }

        static func duration(_ milliseconds: Int) -> String {
            let seconds = milliseconds / 1000
            return String(format: "%d:%02d:%02d.%03d", seconds / 3600, seconds / 60 % 60, seconds % 60, milliseconds % 1000)
        }
    }
}
