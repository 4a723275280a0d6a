import Foundation

/// Runs Tests/tools/labels/decode.py (zxing-cpp, brother-label, zplkit) in the test venv.
/// The venv is `REFURB_TEST_PYTHON` if set, else `<repo>/.venv/bin/python` as scripts/test makes it.
/// Tests that need it are skipped, with the reason printed, when it is missing (offline machine).
enum PythonDecoders {
    static let python: String = {
        if let configured = ProcessInfo.processInfo.environment["REFURB_TEST_PYTHON"], !configured.isEmpty {
            return configured
        }
        return RepositoryPaths.root.appendingPathComponent(".venv/bin/python").path
    }()

    static let script = RepositoryPaths.root.appendingPathComponent("Tests/tools/labels/decode.py").path

    /// True when the venv exists and holds the three decoders.
    static let available: Bool = {
        guard FileManager.default.isExecutableFile(atPath: python),
              FileManager.default.fileExists(atPath: script) else {
            print("Skipping independent decoding: no test venv at \(python) (run scripts/test, or set REFURB_TEST_PYTHON).")
            return false
        }
        let probe = try? run([python, "-c", "import zxingcpp, zplkit, brother_label, PIL"])
        if probe?.status != 0 {
            print("Skipping independent decoding: \(python) lacks zxing-cpp, zplkit or brother-label "
                  + "(pip install -r Tests/tools/requirements.txt).")
            return false
        }
        return true
    }()

    struct Barcode: Decodable, Equatable {
        let format: String
        let text: String
    }

    struct ImageReport: Decodable {
        let width: Int
        let height: Int
        let barcodes: [Barcode]
        /// Grey level of the top-left pixel: 255 is white.
        let topLeftPixel: Int
        let darkFraction: Double
    }

    struct BrotherReport: Decodable {
        struct Page: Decodable {
            let width: Int
            let height: Int
            let mediaWidth: Int?
            let rasterLines: Int?
            let compression: Bool
            let barcodes: [Barcode]
        }

        let pages: [Page]
    }

    struct ZPLReport: Decodable {
        let width: Int
        let height: Int
        let warnings: [String]
        let barcodes: [Barcode]
    }

    static func barcodes(inPNG bytes: [UInt8]) throws -> ImageReport {
        try decode(["barcodes"], input: bytes, suffix: ".png")
    }

    static func brother(_ bytes: [UInt8]) throws -> BrotherReport {
        try decode(["brother"], input: bytes, suffix: ".bin")
    }

    static func zpl(_ text: String, dpi: Int, saveTo png: URL? = nil) throws -> ZPLReport {
        var arguments = ["zpl", "--dpi", String(dpi)]
        if let png { arguments += ["--save", png.path] }
        return try decode(arguments, input: Array(text.utf8), suffix: ".zpl", fileFirst: true)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private static func decode<Report: Decodable>(_ arguments: [String], input: [UInt8], suffix: String,
                                                  fileFirst: Bool = false) throws -> Report {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("input" + suffix)
        try Data(input).write(to: file)
        // The file argument goes right after the subcommand.
        let command = [python, script, arguments[0], file.path] + arguments.dropFirst()
        let result = try run(command)
        guard result.status == 0 else {
            throw Failure(description: "decode.py \(arguments[0]) failed: \(result.output) \(result.errors)")
        }
        return try JSONDecoder().decode(Report.self, from: Data(result.output.utf8))
    }

    private static func run(_ command: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self),
                String(decoding: errorData, as: UTF8.self))
    }
}
