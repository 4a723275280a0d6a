import Printing
import Testing

/// libusb runs for real. On a machine with no label printer (CI, containers) the list is empty and the
/// advice says what to check; where a printer is plugged in, it is listed.
@Suite struct LibUSBEnumerationTests {
    @Test func scanRunsForRealAndExplainsAnEmptyResult() async {
        let scan = await USBPrinterDiscovery.scan(readDeviceIDs: false)
        if scan.printers.isEmpty {
            let advice = scan.advice.map { $0.text(in: .fr, catalog: .printing) }
            #expect(!advice.isEmpty)
            #expect(advice.contains { $0.contains("Aucune imprimante d'étiquettes USB trouvée") })
            if scan.unavailable != nil {
                #expect(advice.contains { $0.contains("Aucun bus USB visible") })
            }
            print("USB scan: \(scan.allDevices.count) device(s), no label printer. Advice: \(advice.joined(separator: " | "))")
        } else {
            print("USB scan found: \(scan.printers.map { $0.model ?? $0.device.idText })")
        }
    }

    @Test func connectingToUSBAutoWithoutAPrinterFailsQuicklyWithAMessage() async {
        do {
            let connection = try await USBPrinterConnection.connect(.usbAuto)
            await connection.close()
        } catch let error as PrintingError {
            #expect(!error.text(in: .fr).isEmpty)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
