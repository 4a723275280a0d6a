import Printing
import RefurbCore
import Testing

/// Records the libusb calls a session makes and plays back scripted transfer results.
final class RecordingUSBDevice: USBDeviceIO {
    var calls: [String] = []
    var kernelDriverActive = true
    var configuration: UInt8 = 1
    var claimFailure: USBStatus?
    /// Results of successive bulk OUT transfers: how many bytes go (nil = all) and the status.
    var outScript: [(limit: Int?, status: USBStatus)] = []
    var inScript: [(bytes: [UInt8], status: USBStatus)] = []
    var deviceIDReply: [UInt8] = []
    var sent: [UInt8] = []
    var outTimeouts: [Duration] = []
    var requestedInLengths: [Int] = []

    func activeConfiguration() throws(USBStatus) -> UInt8 { calls.append("getConfiguration"); return configuration }
    func setConfiguration(_ value: UInt8) throws(USBStatus) { calls.append("setConfiguration \(value)") }
    func isKernelDriverActive(interface: UInt8) throws(USBStatus) -> Bool {
        calls.append("kernelDriverActive \(interface)")
        return kernelDriverActive
    }
    func detachKernelDriver(interface: UInt8) throws(USBStatus) { calls.append("detach \(interface)") }
    func attachKernelDriver(interface: UInt8) throws(USBStatus) { calls.append("attach \(interface)") }
    func claimInterface(_ interface: UInt8) throws(USBStatus) {
        calls.append("claim \(interface)")
        if let claimFailure { throw claimFailure }
    }
    func releaseInterface(_ interface: UInt8) throws(USBStatus) { calls.append("release \(interface)") }
    func setAlternateSetting(interface: UInt8, setting: UInt8) throws(USBStatus) {
        calls.append("altSetting \(interface) \(setting)")
    }
    func controlIn(requestType: UInt8, request: UInt8, value: UInt16, index: UInt16, length: Int,
                   timeout: Duration) throws(USBStatus) -> [UInt8] {
        calls.append(String(format: "control 0x%02X %d %d 0x%04X", requestType, request, value, index))
        return deviceIDReply
    }
    func bulkOut(endpoint: UInt8, bytes: ArraySlice<UInt8>, timeout: Duration) -> (transferred: Int, status: USBStatus) {
        calls.append("out 0x\(String(endpoint, radix: 16)) \(bytes.count)")
        outTimeouts.append(timeout)
        let (limit, status) = outScript.isEmpty ? (nil, .success) : outScript.removeFirst()
        let count = min(bytes.count, limit ?? bytes.count)
        sent += bytes.prefix(count)
        return (count, status)
    }
    func bulkIn(endpoint: UInt8, maxLength: Int, timeout: Duration) -> (bytes: [UInt8], status: USBStatus) {
        calls.append("in 0x\(String(endpoint, radix: 16))")
        requestedInLengths.append(maxLength)
        return inScript.isEmpty ? ([], .timeout) : inScript.removeFirst()
    }
    func clearHalt(endpoint: UInt8) throws(USBStatus) { calls.append("clearHalt 0x\(String(endpoint, radix: 16))") }
    func close() { calls.append("close") }
}

@Suite struct USBPrinterSessionTests {
    let brother = PrinterInterfaceChoice(configurationValue: 1, interfaceNumber: 0, alternateSetting: 0, interfaceProtocol: 2,
                                         outEndpoint: 0x02, inEndpoint: 0x81, outMaxPacketSize: 64, inMaxPacketSize: 64,
                                         needsAlternateSetting: false)

    @Test func detachesUsblpClaimsAndGivesItBackOnClose() throws {
        let device = RecordingUSBDevice()
        let session = USBPrinterSession(io: device, choice: brother, deviceName: "QL-710W")
        try session.open()
        session.close()
        session.close()
        #expect(device.calls == ["getConfiguration", "kernelDriverActive 0", "detach 0", "claim 0",
                                 "release 0", "attach 0", "close"])
    }

    @Test func leavesTheKernelDriverAloneWhenItWasNotBound() throws {
        let device = RecordingUSBDevice()
        device.kernelDriverActive = false
        let session = USBPrinterSession(io: device, choice: brother, deviceName: "QL-710W")
        try session.open()
        session.close()
        #expect(!device.calls.contains("detach 0") && !device.calls.contains("attach 0"))
    }

    @Test func setsConfigurationAndAlternateSettingOnlyWhenNeeded() throws {
        let device = RecordingUSBDevice()
        device.configuration = 2
        var epson = brother
        epson.interfaceNumber = 1
        epson.needsAlternateSetting = true
        let session = USBPrinterSession(io: device, choice: epson, deviceName: "ET-2826")
        try session.open()
        #expect(device.calls.prefix(6) == ["getConfiguration", "setConfiguration 1", "kernelDriverActive 1", "detach 1",
                                           "claim 1", "altSetting 1 0"])
        session.close()
    }

    @Test func aFailedClaimReattachesTheDriverAndSaysWhoHoldsThePrinter() {
        let device = RecordingUSBDevice()
        device.claimFailure = .busy
        let session = USBPrinterSession(io: device, choice: brother, deviceName: "QL-710W")
        do throws(PrintingError) {
            try session.open()
            Issue.record("claim failure must throw")
        } catch {
            #expect(error.message.key == "printing.usb.busy")
            #expect(error.text(in: .fr).contains("CUPS"))
        }
        #expect(device.calls.suffix(2) == ["attach 0", "close"])
    }

    @Test func sendsInChunksOnTheBulkOutEndpointWithTheStallTimeout() throws {
        let device = RecordingUSBDevice()
        let session = USBPrinterSession(io: device, choice: brother, deviceName: "QL-710W", chunkSize: 1024,
                                        timeouts: .init(writeStall: .seconds(7)))
        let job = (0..<2500).map { UInt8($0 % 251) }
        try session.write(job)
        #expect(device.calls.filter { $0.hasPrefix("out") } == ["out 0x2 1024", "out 0x2 1024", "out 0x2 452"])
        #expect(device.sent == job)
        #expect(device.outTimeouts.allSatisfy { $0 == .seconds(7) })
    }

    @Test func aTimeoutThatMovedBytesContinuesFromWhereItStopped() throws {
        let device = RecordingUSBDevice()
        device.outScript = [(limit: 300, status: .timeout), (limit: nil, status: .success), (limit: nil, status: .success)]
        let session = USBPrinterSession(io: device, choice: brother, deviceName: "QL-710W", chunkSize: 1000)
        let job = (0..<1500).map { UInt8($0 & 0xFF) }
        try session.write(job)
        #expect(device.sent == job)
        #expect(device.calls.filter { $0.hasPrefix("out") } == ["out 0x2 1000", "out 0x2 1000", "out 0x2 200"])
    }

    @Test func aPrinterThatTakesNothingEndsTheJobWithAPlainMessage() {
        let device = RecordingUSBDevice()
        device.outScript = [(limit: 0, status: .timeout)]
        let session = USBPrinterSession(io: device, choice: brother, deviceName: "QL-710W", chunkSize: 1000)
        do throws(PrintingError) {
            try session.write([UInt8](repeating: 0, count: 10))
            Issue.record("a stalled printer must end the write")
        } catch {
            #expect(error.message.key == "printing.io.writeTimeout")
            #expect(error.text(in: .fr).contains("0 octets envoyés sur 10"))
        }
    }

    @Test func aStalledEndpointIsClearedOnceAndRetried() throws {
        let device = RecordingUSBDevice()
        device.outScript = [(limit: 0, status: .pipe)]
        let session = USBPrinterSession(io: device, choice: brother, deviceName: "QL-710W")
        try session.write([1, 2, 3])
        #expect(device.calls.filter { $0.hasPrefix("out") || $0.hasPrefix("clearHalt") }
                == ["out 0x2 3", "clearHalt 0x2", "out 0x2 3"])
        #expect(device.sent == [1, 2, 3])
    }

    @Test func readsStatusOnBulkInWithAtLeastOnePacketOfBuffer() throws {
        let device = RecordingUSBDevice()
        device.inScript = [(bytes: [0x80, 0x20, 0x42], status: .success)]
        let session = USBPrinterSession(io: device, choice: brother, deviceName: "QL-710W")
        #expect(try session.read(upTo: 32, timeout: .milliseconds(100)) == [0x80, 0x20, 0x42])
        #expect(device.calls.last == "in 0x81")
        #expect(device.requestedInLengths == [64])
        // Nothing arriving in time is an empty read, not an error.
        #expect(try session.read(upTo: 32, timeout: .milliseconds(10)) == [])
    }

    @Test func asksForTheIEEE1284DeviceIDWithThePrinterClassRequest() {
        let device = RecordingUSBDevice()
        let text = Array("MFG:Brother;CMD:PT-CBP;MDL:QL-710W;CLS:PRINTER;".utf8)
        device.deviceIDReply = [0, UInt8(text.count + 2)] + text
        let session = USBPrinterSession(io: device, choice: brother, deviceName: "QL-710W")
        #expect(session.deviceID()?.model == "QL-710W")
        #expect(device.calls == ["control 0xA1 0 0 0x0000"])
    }
}
