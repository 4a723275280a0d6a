@testable import Erasure
import Foundation
import HostSystem
import Testing

/// The certificate names a disk's transport in the words its schema fixed in version 1, whatever case of
/// HostSystem's one classification the disk has.
@Suite struct CertificateTransportTests {
    @Test func everyTransportHasAWordTheSchemaKnows() throws {
        let root = try #require(Fixtures.projectRoot)
        let schema = try String(contentsOfFile: root + "/Schemas/erasure-certificate.schema.json", encoding: .utf8)
        #expect(schema.contains(#""transport": { "enum": ["sata", "sas", "nvme", "usb", "mmc", "virtio", "loop", "other"] }"#))
        let words = Set(DiskTransport.allCases.map(\.certificateName))
        #expect(words == ["sata", "sas", "nvme", "usb", "mmc", "virtio", "loop", "other"])
        #expect(DiskTransport.scsi.certificateName == "other")
        #expect(DiskTransport.unknown.certificateName == "other")
    }

    @Test func aCertificateSaysOtherAndReadsBackTheSame() throws {
        let drive = CertificateTransport(wrappedValue: .scsi)
        let encoded = try JSONEncoder().encode([drive])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["other"]"#)
        // Read back, "other" is the unknown case; written again, it is the same word, so the signature still holds.
        let decoded = try JSONDecoder().decode([CertificateTransport].self, from: encoded)
        #expect(decoded.map(\.wrappedValue) == [.unknown])
        #expect(try JSONEncoder().encode(decoded) == encoded)
        for transport in DiskTransport.allCases where transport.certificateName != "other" {
            let again = try JSONDecoder().decode(CertificateTransport.self, from: JSONEncoder().encode(CertificateTransport(wrappedValue: transport)))
            #expect(again.wrappedValue == transport)
        }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CertificateTransport.self, from: Data(#""scsi""#.utf8)) }
    }
}
