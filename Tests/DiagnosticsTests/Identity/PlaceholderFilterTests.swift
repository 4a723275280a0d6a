import Testing
@testable import Diagnostics

@Suite("Placeholder values")
struct PlaceholderFilterTests {
    @Test("fillers seen in real firmware are placeholders", arguments: [
        "To Be Filled By O.E.M.", "To be filled by O.E.M.", "Default string", "System Serial Number", "System Product Name",
        "System manufacturer", "0123456789", "1234567890", "123456789", "00000000", "0000000000000000", "FFFFFFFF", "XXXXXXXX",
        "Not Specified", "Not Available", "None", "N/A", "INVALID", "Unknown", "Undefined", "Manufacturer0", "Manufacturer1",
        "SerNum0", "PartNum3", "AssetTagNum2", "LNVNB161216", "Type1ProductConfigId", "All Series", "  ", "", "0x00000000", "....",
        "03000200-0400-0500-0006-000700080009", "Base Board Serial Number", "Chassis Serial Number", "O.E.M.",
    ])
    func placeholders(value: String) {
        #expect(PlaceholderFilter.isPlaceholder(value))
    }

    @Test("real identities are kept", arguments: [
        "LENOVO", "ThinkPad T61p", "64606XG", "PF0ABCDE", "Dell Inc.", "Precision WorkStation 490", "BLVX13J", "CZJ7140658",
        "HP", "ProLiant DL385 G1", "K4E6E304EB-EGCF", "Samsung", "Hynix/Hyundai", "1.0", "VMware-50 36 00 e5 9f 24 76 3a-84 d1 b1 7d fc b7 4a ff",
        "Manufacturer X", "C100000000000000", "80CE808980CE",
    ])
    func realValues(value: String) {
        #expect(!PlaceholderFilter.isPlaceholder(value))
    }
}
