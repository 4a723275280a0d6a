import Printing
import Testing

@Suite struct PrinterURITests {
    @Test(arguments: [
        ("usb://auto", PrinterURI.usbAuto),
        ("usb://04f9:2042", .usb(vendorID: 0x04F9, productID: 0x2042, serial: nil)),
        ("usb://0x04F9:0x2042?serial=000M8Z112146", .usb(vendorID: 0x04F9, productID: 0x2042, serial: "000M8Z112146")),
        ("tcp://printer.local", .tcp(host: "printer.local", port: 9100)),
        ("tcp://10.0.0.5:9101", .tcp(host: "10.0.0.5", port: 9101)),
        ("tcp://[::1]:9100", .tcp(host: "::1", port: 9100)),
        ("file:/dev/usb/lp0", .file(path: "/dev/usb/lp0")),
        ("file:///tmp/label%20one.bin", .file(path: "/tmp/label one.bin")),
    ])
    func parses(text: String, expected: PrinterURI) throws {
        #expect(try PrinterURI(parsing: text) == expected)
    }

    @Test func printsBackWhatItParses() throws {
        for text in ["usb://auto", "usb://04f9:2042?serial=ABC", "tcp://10.0.0.5:9100", "file:/tmp/x.zpl"] {
            #expect(try PrinterURI(parsing: text).description == text)
        }
    }

    @Test(arguments: ["lpd://host", "usb://brother/QL-700", "usb://04f9", "tcp://:9100", "tcp://host:notaport",
                      "file:", "usb://04f9:2042?vendor=x", ""])
    func refusesWithAMessage(text: String) {
        #expect(throws: PrintingError.self) { try PrinterURI(parsing: text) }
        do throws(PrintingError) {
            _ = try PrinterURI(parsing: text)
        } catch {
            #expect(error.kind == .badRequest)
            #expect(!error.text(in: .fr).isEmpty && !error.text(in: .fr).contains("printing."))
        }
    }
}
