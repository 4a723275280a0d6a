/// The label-printer makers Refurb recognises on USB, and the Brother product IDs it can name
/// (usb.ids 2025.07.26; the Editor Lite IDs from brother_ql issues #60 and matmair/brother_ql-inventree).
public enum KnownLabelPrinters {
    public static let brotherVendorID: UInt16 = 0x04F9
    public static let zebraVendorID: UInt16 = 0x0A5F
    public static let dymoVendorID: UInt16 = 0x0922

    public static let vendorNames: [UInt16: String] = [
        brotherVendorID: "Brother",
        zebraVendorID: "Zebra",
        dymoVendorID: "DYMO",
    ]

    /// Brother QL product IDs in printer mode.
    public static let brotherModels: [UInt16: String] = [
        0x2015: "QL-500", 0x2016: "QL-550", 0x201B: "QL-650TD", 0x2020: "QL-1050", 0x2027: "QL-560",
        0x2028: "QL-570", 0x2029: "QL-580N", 0x202A: "QL-1060N", 0x2042: "QL-700", 0x2043: "QL-710W",
        0x2044: "QL-720NW", 0x209B: "QL-800", 0x209C: "QL-810W", 0x209D: "QL-820NWB", 0x20A7: "QL-1100",
        0x20A8: "QL-1110NWB", 0x20AB: "QL-1115NWB", 0x20C0: "QL-600",
    ]

    /// Brother QL product IDs when "P-touch Editor Lite" turns the printer into a USB disk.
    public static let brotherEditorLiteModels: [UInt16: String] = [
        0x2049: "QL-700", 0x204D: "QL-720NW", 0x209E: "QL-800", 0x20A9: "QL-1100", 0x20AA: "QL-1110NWB",
        0x20AC: "QL-1115NWB",
    ]

    public static func isKnownVendor(_ vendorID: UInt16) -> Bool {
        vendorNames[vendorID] != nil
    }

    /// The printer family, from the IEEE 1284 command set when the printer told it, else from the maker.
    public static func family(vendorID: UInt16, deviceID: IEEE1284DeviceID?) -> PrinterFamily {
        if let commands = deviceID?.commandSets.map({ $0.uppercased() }) {
            if commands.contains("PT-CBP") { return .brotherQL }
            if commands.contains("ZPL") || commands.contains("ZPL2") { return .zebraZPL }
        }
        switch vendorID {
        case brotherVendorID: return .brotherQL
        case zebraVendorID: return .zebraZPL
        case dymoVendorID: return .dymo
        default: return .unknown
        }
    }

    /// The model name: the 1284 MDL field first (the printer's own word), else the product table.
    public static func modelName(vendorID: UInt16, productID: UInt16, deviceID: IEEE1284DeviceID?,
                                 productString: String?) -> String? {
        if let model = deviceID?.model, !model.isEmpty { return model }
        if vendorID == brotherVendorID, let model = brotherModels[productID] ?? brotherEditorLiteModels[productID] {
            return model
        }
        return productString
    }
}

/// The printer languages Refurb knows how to ask for status.
public enum PrinterFamily: String, Codable, Sendable, CaseIterable {
    case brotherQL = "brother-ql"
    case zebraZPL = "zebra-zpl"
    case dymo
    case unknown
}
