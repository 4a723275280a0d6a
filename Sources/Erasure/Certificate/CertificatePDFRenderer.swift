import CCairo
import Foundation
import RefurbCore

public struct PDFRenderError: Error, Sendable, CustomStringConvertible {
    public let description: String
}

/// Renders a certificate as an A4 PDF for the donor: the result in large type, the certificate ID with
/// its QR code, then the drive, the method, the run, the read-back, the faults, the source and the
/// signature. Text comes from the erasure message catalog in the chosen language.
public struct CertificatePDFRenderer: Sendable {
    public let language: Language
    /// The zone the times are shown in: the workshop's (the certificate keeps them in UTC).
    public let timeZone: TimeZone

    public init(language: Language, timeZone: TimeZone = .current) {
        self.language = language
        self.timeZone = timeZone
    }

    private static let pageWidth = 595.0
    private static let pageHeight = 842.0
    private static let margin = 48.0

    public func render(_ certificate: ErasureCertificate, to path: String) throws {
        guard let surface = cairo_pdf_surface_create(path, Self.pageWidth, Self.pageHeight) else {
            throw PDFRenderError(description: "cairo could not create \(path)")
        }
        defer { cairo_surface_destroy(surface) }
        let context = cairo_create(surface)!
        defer { cairo_destroy(context) }
        var page = Page(context: context, language: language, timeZone: timeZone)
        page.draw(certificate)
        cairo_show_page(context)
        cairo_surface_finish(surface)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw PDFRenderError(description: String(cString: cairo_status_to_string(cairo_surface_status(surface))))
        }
    }

    /// Lays out one page top to bottom.
    private struct Page {
        let context: OpaquePointer
        let language: Language
        let timeZone: TimeZone
        var y = CertificatePDFRenderer.margin

        init(context: OpaquePointer, language: Language, timeZone: TimeZone) {
            self.context = context
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
            cairo_set_source_rgb(context, red, green, blue)
            cairo_rectangle(context, left, y, 330, 40)
            cairo_fill(context)
            cairo_set_source_rgb(context, 1, 1, 1)
            font(size: 18, bold: true)
            show(text("erasure.status.\(certificate.result.status.rawValue)"), x: left + 12, y: y + 27)
            cairo_set_source_rgb(context, 0, 0, 0)

            // QR code of the certificate ID, top right.
            if let qr = QRCodeModules(text: certificate.id) {
                let size = 96.0
                let scale = size / max(qr.width, qr.height)
                let originX = CertificatePDFRenderer.pageWidth - left - size
                let originY = y - 22
                for square in qr.squares {
                    cairo_rectangle(context, originX + square.x * scale, originY + square.y * scale, square.width * scale, square.height * scale)
                }
                cairo_fill(context)
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
            row(text("erasure.pdf.type"), "\(drive.mediaType.rawValue) / \(drive.transport.rawValue)")
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
            cairo_set_line_width(context, 0.5)
            cairo_move_to(context, CertificatePDFRenderer.margin, y)
            cairo_line_to(context, CertificatePDFRenderer.pageWidth - CertificatePDFRenderer.margin, y)
            cairo_stroke(context)
            y += 3
            font(size: 9, bold: false)
        }

        /// A label and a value; long values wrap within the right column.
        mutating func row(_ label: String, _ value: String) {
            let labelWidth = 178.0
            let valueX = CertificatePDFRenderer.margin + labelWidth
            let valueWidth = CertificatePDFRenderer.pageWidth - CertificatePDFRenderer.margin - valueX
            font(size: 9, bold: true)
            show(label, x: CertificatePDFRenderer.margin, y: y + 10)
            font(size: 9, bold: false)
            for line in wrap(value.isEmpty ? "—" : value, width: valueWidth) {
                show(line, x: valueX, y: y + 10)
                y += 12
            }
        }

        func wrap(_ text: String, width: Double) -> [String] {
            var lines: [String] = []
            var current = ""
            for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
                let candidate = current.isEmpty ? word : current + " " + word
                if measure(candidate) <= width || current.isEmpty && measure(word) <= width {
                    current = candidate
                    continue
                }
                if !current.isEmpty { lines.append(current) }
                // A single word wider than the column (a signature, a hash) is cut by characters.
                var remainder = word
                while measure(remainder) > width {
                    var cut = remainder.count
                    while cut > 1, measure(String(remainder.prefix(cut))) > width { cut -= 1 }
                    lines.append(String(remainder.prefix(cut)))
                    remainder = String(remainder.dropFirst(cut))
                }
                current = remainder
            }
            if !current.isEmpty { lines.append(current) }
            return lines.isEmpty ? [""] : lines
        }

        func measure(_ text: String) -> Double {
            var extents = cairo_text_extents_t()
            cairo_text_extents(context, text, &extents)
            return extents.x_advance
        }

        func font(size: Double, bold: Bool) {
            cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
            cairo_set_font_size(context, size)
        }

        func show(_ text: String, x: Double, y: Double) {
            cairo_move_to(context, x, y)
            cairo_show_text(context, text)
        }

        static func duration(_ milliseconds: Int) -> String {
            let seconds = milliseconds / 1000
            return String(format: "%d:%02d:%02d.%03d", seconds / 3600, seconds / 60 % 60, seconds % 60, milliseconds % 1000)
        }
    }
}
