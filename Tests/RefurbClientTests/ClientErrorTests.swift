import Testing
@testable import RefurbClient

@Suite struct ClientErrorTests {
    @Test func carriesAFrenchAndAnEnglishMessage() {
        let error = ClientError("spool.busy", "/tmp/spool")
        #expect(error.french.contains("/tmp/spool"))
        #expect(error.french.contains("synchronisation"))
        #expect(error.english.contains("/tmp/spool"))
        #expect(error.english.contains("sync"))
        #expect(error.description == error.french)
        #expect(error.text(language: "en_US.UTF-8") == error.english)
    }

    @Test func errorsCompareByKeyAndArguments() {
        #expect(ClientError("spool.busy", "a") == ClientError(key: "spool.busy", arguments: ["a"]))
        #expect(ClientError("spool.busy", "a") != ClientError("spool.busy", "b"))
    }
}
