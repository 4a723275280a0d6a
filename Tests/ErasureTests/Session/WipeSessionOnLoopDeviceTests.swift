@testable import Erasure
import Foundation
import Testing

/// Whole wipes the way `refurb wipe` runs them: certificate files, PDF, schema.
@Suite(.enabled(if: TestEnvironment.canUseLoopDevices, TestEnvironment.loopDevicesReason))
struct WipeSessionOnLoopDeviceTests {
    @Test func certificateFilesAreSignedValidAndRendered() throws {
        let kit = try TestWipeKit()
        let loop = try LoopDevice(backingFile: kit.directory.file("disk.img"), sizeBytes: 6 << 20)
        var request = WipeRequest(method: .auto)
        request.context = WipeContext(workshop: "Atelier du Bocage", station: "banc-1", operator: "Camille", lot: "LOT-7", assetTag: "RF-0001")
        let outcome = try kit.wipe(try loop.disk(), request)
        #expect(outcome.jsonPath == kit.certificateDirectory + "/" + outcome.certificate.id + ".json")
        #expect(outcome.pdfPath == kit.certificateDirectory + "/" + outcome.certificate.id + ".pdf")
        let content = try Data(contentsOf: URL(fileURLWithPath: outcome.jsonPath))
        #expect(CertificateVerifier.verify(fileContent: content, trustedKey: kit.keys.publicKey).isValid)
        let certificate = outcome.certificate
        #expect(certificate.erasure.requestedMethod == .auto && certificate.erasure.method == .zero)  // virtual disk → zeros
        #expect(certificate.source.assetTag == "RF-0001" && certificate.workshop.operator == "Camille")
        #expect(certificate.drive.hiddenAreasBefore == .notApplicable)
        let pdf = try Data(contentsOf: URL(fileURLWithPath: outcome.pdfPath))
        #expect(pdf.starts(with: Data("%PDF".utf8)) && pdf.count > 5_000)
        if TestEnvironment.hasPythonJSONSchema { try SchemaCheck.validate(content, in: kit.directory) }
    }
}
