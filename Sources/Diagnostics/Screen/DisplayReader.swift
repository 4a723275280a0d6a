import HostSystem

/// Reads the EDID of every connected DRM connector in `/sys/class/drm` ("card0-eDP-1/edid").
public struct DisplayReader: Sendable {
    public let root: SystemRoot

    static let directory = "sys/class/drm"
    static let builtInConnectorTypes = ["eDP", "LVDS", "DSI"]

    public init(root: SystemRoot) {
        self.root = root
    }

    public func read(warnings: inout WarningLog) -> [DisplayReport] {
        var displays: [DisplayReport] = []
        // Connectors are "cardN-TYPE-M"; plain "cardN" and "renderD128" are the devices themselves.
        for connector in root.entries(Self.directory) where connector.hasPrefix("card") && connector.contains("-") {
            let path = Self.directory + "/" + connector
            if let status = root.text(path + "/status"), status != "connected" { continue }
            guard case .success(let bytes) = root.readBytes(path + "/edid", limit: 64 << 10), !bytes.isEmpty else { continue }
            let type = connector.split(separator: "-").dropFirst().first.map(String.init) ?? ""
            var display = DisplayReport(connector: connector, builtIn: Self.builtInConnectorTypes.contains(type))
            do {
                let edid = try EDID(bytes)
                display.manufacturerID = edid.manufacturerID
                display.productCode = edid.productCode
                display.name = edid.name
                display.serialNumber = edid.serialNumber
                display.widthCentimetres = edid.widthCentimetres
                display.heightCentimetres = edid.heightCentimetres
                display.diagonalInches = Self.diagonalInches(width: edid.widthCentimetres, height: edid.heightCentimetres)
                display.nativeWidth = edid.nativeWidth
                display.nativeHeight = edid.nativeHeight
                display.manufactureYear = edid.manufactureYear
                display.checksumValid = edid.checksumValid
                if !edid.checksumValid { warnings.add(.display, "probe.warning.display.badChecksum", connector) }
            } catch {
                warnings.add(.display, "probe.warning.display.badEDID", connector)
            }
            displays.append(display)
        }
        if displays.isEmpty { warnings.add(.display, "probe.warning.display.none") }
        return displays
    }

    /// The diagonal in inches, to one decimal, as screens are sold ("15.6").
    static func diagonalInches(width: Int?, height: Int?) -> Double? {
        guard let width, let height else { return nil }
        let centimetres = (Double(width * width + height * height)).squareRoot()
        return (centimetres / 2.54 * 10).rounded() / 10
    }
}
