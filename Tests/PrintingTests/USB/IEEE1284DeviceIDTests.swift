import Printing
import Testing

@Suite struct IEEE1284DeviceIDTests {
    @Test func parsesBrotherQLIdentity() {
        let id = IEEE1284DeviceID(parsing: "MFG:Brother;CMD:PT-CBP;MDL:QL-700;CLS:PRINTER;")
        #expect(id.manufacturer == "Brother")
        #expect(id.model == "QL-700")
        #expect(id.commandSets == ["PT-CBP"])
        #expect(KnownLabelPrinters.family(vendorID: 0x04F9, deviceID: id) == .brotherQL)
    }

    @Test func readsTheBigEndianLengthPrefixOfTheReply() {
        let text = Array("MANUFACTURER:Zebra Technologies;COMMAND SET:ZPL;MODEL:ZTC ZD420-203dpi ZPL;".utf8)
        let length = text.count + 2
        let reply = [UInt8(length >> 8), UInt8(length & 0xFF)] + text + [0, 0, 0]
        let id = IEEE1284DeviceID(reply: reply)
        #expect(id?.model == "ZTC ZD420-203dpi ZPL")
        #expect(id?.commandSets == ["ZPL"])
        #expect(KnownLabelPrinters.family(vendorID: 0x0A5F, deviceID: id) == .zebraZPL)
    }

    @Test func acceptsALittleEndianLengthAsSomeDevicesSendIt() {
        let text = Array("MFG:Brother;CMD:PT-CBP;MDL:QL-500;CLS:PRINTER;".utf8)
        let length = text.count + 2
        let reply = [UInt8(length & 0xFF), UInt8(length >> 8)] + text
        #expect(IEEE1284DeviceID(reply: reply)?.model == "QL-500")
    }

    @Test func anEmptyReplyIsNoIdentity() {
        #expect(IEEE1284DeviceID(reply: []) == nil)
        #expect(IEEE1284DeviceID(reply: [0, 2]) == nil)
    }
}
