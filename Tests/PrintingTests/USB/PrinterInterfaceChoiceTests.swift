import Foundation
import Printing
import Testing

/// Interface and endpoint choice on descriptors recorded from real devices (see Fixtures/README.md).
@Suite struct PrinterInterfaceChoiceTests {
    func device(_ name: String) throws -> USBDeviceDescription {
        try JSONDecoder().decode(USBDeviceDescription.self, from: Data(contentsOf: Fixtures.url("usb-descriptors/\(name).json")))
    }

    @Test func brotherQLUsesBulkInForStatusAndBulkOutForData() throws {
        let choice = try #require(PrinterInterfaceChoice.choose(for: device("brother-ql710w-usb-appendix")))
        #expect(choice.interfaceNumber == 0)
        #expect(choice.outEndpoint == 0x02)
        #expect(choice.inEndpoint == 0x81)
        #expect(choice.outMaxPacketSize == 64)
        #expect(choice.isBidirectional)
        #expect(!choice.needsAlternateSetting)
    }

    @Test func endpointAddressesAreTakenFromTheDescriptorNotAssumed() throws {
        // The SRM-20 has OUT on endpoint 1 and IN on endpoint 2, the reverse of Brother's.
        let choice = try #require(PrinterInterfaceChoice.choose(for: device("roland-srm20-printer-class")))
        #expect(choice.outEndpoint == 0x01)
        #expect(choice.inEndpoint == 0x82)
    }

    @Test func unidirectionalInterfaceHasNoStatusEndpoint() throws {
        let choice = try #require(PrinterInterfaceChoice.choose(for: device("prolific-pl2305-unidirectional")))
        #expect(choice.interfaceProtocol == 1)
        #expect(choice.inEndpoint == nil)
        #expect(!choice.isBidirectional)
    }

    @Test func multifunctionDevicePicksTheBidirectionalPrinterSettingNotIPPOverUSB() throws {
        let choice = try #require(PrinterInterfaceChoice.choose(for: device("epson-et2826-multifunction")))
        #expect(choice.interfaceNumber == 1)
        #expect(choice.alternateSetting == 0)
        #expect(choice.interfaceProtocol == 2)
        #expect(choice.outEndpoint == 0x04)
        #expect(choice.inEndpoint == 0x85)
        #expect(choice.needsAlternateSetting)
    }

    @Test func devicesWithoutAPrinterInterfaceAreNotPrinters() throws {
        #expect(PrinterInterfaceChoice.choose(for: try device("brother-ql800-editor-lite")) == nil)
        #expect(PrinterInterfaceChoice.choose(for: try device("dymo-labelmanager-pnp")) == nil)
    }

    @Test func scanSortsPrintersEditorLiteAndOtherLabelDevices() throws {
        let names = ["roland-srm20-printer-class", "brother-ql710w-usb-appendix", "brother-ql800-editor-lite",
                     "dymo-labelmanager-pnp", "epson-et2826-multifunction"]
        let scan = USBScanResult.classify(try names.map { (try device($0), nil) })
        // Label-printer makers first, so that usb://auto takes the Brother rather than the milling machine.
        #expect(scan.printers.first?.model == "QL-710W")
        #expect(scan.printers.first?.family == .brotherQL)
        #expect(scan.printers.count == 3)
        #expect(scan.editorLiteDevices.map(\.productID) == [0x209E])
        #expect(scan.unsupportedLabelDevices.map(\.vendorID) == [0x0922])
        #expect(scan.printers.first?.uri == .usb(vendorID: 0x04F9, productID: 0x2043, serial: "000000000001"))
    }

    @Test func editorLiteGetsPlainAdviceInFrenchAndEnglish() throws {
        let scan = USBScanResult.classify([(try device("brother-ql800-editor-lite"), nil)])
        #expect(scan.printers.isEmpty)
        let advice = scan.advice.map { $0.text(in: .fr, catalog: .printing) }
        #expect(advice.contains { $0.contains("QL-800") && $0.contains("Editor Lite") && $0.contains("voyant") })
        let english = scan.advice.map { $0.text(in: .en, catalog: .printing) }
        #expect(english.contains { $0.contains("Hold the Editor Lite button") })
    }

    @Test func descriptionRoundTripsThroughJSONWithHexIDs() throws {
        let original = try device("epson-et2826-multifunction")
        let data = try JSONEncoder().encode(original)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"04b8\"") && text.contains("\"0x85\""))
        #expect(try JSONDecoder().decode(USBDeviceDescription.self, from: data) == original)
    }

    @Test func usbAutoPicksTheFirstReachableLabelPrinterOrExplainsEditorLite() throws {
        let lite = USBScanResult.classify([(try device("brother-ql800-editor-lite"), nil)])
        #expect(throws: PrintingError.self) { try USBPrinterConnection.choosePrinter(.usbAuto, from: lite) }
        do throws(PrintingError) {
            _ = try USBPrinterConnection.choosePrinter(.usbAuto, from: lite)
        } catch {
            #expect(error.message.key == "printing.scan.editorLite")
        }
        let blocked = USBScanResult.classify([(try device("brother-ql710w-usb-appendix"), .access)])
        do throws(PrintingError) {
            _ = try USBPrinterConnection.choosePrinter(.usb(vendorID: 0x04F9, productID: 0x2043, serial: nil), from: blocked)
            Issue.record("a printer that cannot be opened must not be picked")
        } catch {
            #expect(error.message.key == "printing.usb.access")
        }
    }
}
