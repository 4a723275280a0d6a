/// Opens the connection a `PrinterURI` names.
public enum PrinterConnector {
    public static func connect(_ uri: PrinterURI) async throws -> PrinterConnection {
        switch uri {
        case .usbAuto, .usb:
            return try await USBPrinterConnection.connect(uri)
        case let .tcp(host, port):
            return try await TCPPrinterConnection.connect(host: host, port: port)
        case let .file(path):
            return try await FilePrinterConnection.open(path: path)
        }
    }
}
