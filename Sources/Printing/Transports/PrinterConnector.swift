/// Opens the connection a `PrinterURI` names. `files` says where a `file:` printer may write: anywhere for a
/// person's own command line, only inside one folder (or nowhere) for the service.
public enum PrinterConnector {
    public static func connect(_ uri: PrinterURI, files: FilePrinterAccess) async throws -> PrinterConnection {
        switch uri {
        case .usbAuto, .usb:
            return try await USBPrinterConnection.connect(uri)
        case let .tcp(host, port):
            return try await TCPPrinterConnection.connect(host: host, port: port)
        case let .file(path):
            return try await FilePrinterConnection.open(path: path, access: files)
        }
    }
}
