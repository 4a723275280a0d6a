import Printing
import Testing

@Suite struct ZebraHostStatusTests {
    func status(_ name: String) throws -> ZebraHostStatus {
        try #require(ZebraHostStatus(try Fixtures.bytes("zebra-status/\(name).txt")))
    }

    @Test func readsTheGuidesExample() throws {
        let status = try status("guide-example")
        #expect(status.labelLengthDots == 1245)
        #expect(status.problems.isEmpty)
    }

    @Test func readyPrinterHasNoProblem() throws {
        #expect(try status("ready").problems.isEmpty)
    }

    @Test(arguments: [("paper-out", "printing.zebra.paperOut"), ("paused", "printing.zebra.paused"),
                      ("head-open", "printing.zebra.headOpen"), ("ribbon-out-thermal-transfer", "printing.zebra.ribbonOut")])
    func eachBlockingFlagIsReported(file: String, key: String) throws {
        #expect(try status(file).problems.map(\.key) == [key])
    }

    @Test func ribbonFlagDoesNotMatterInDirectThermalMode() throws {
        #expect(try status("ribbon-flag-direct-thermal").problems.isEmpty)
    }

    @Test func anIncompleteReplyIsNotParsed() throws {
        let bytes = try Fixtures.bytes("zebra-status/ready.txt")
        #expect(ZebraHostStatus(Array(bytes.prefix(30))) == nil)
    }
}
