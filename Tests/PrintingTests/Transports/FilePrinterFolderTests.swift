import Foundation
import Printing
import Testing

/// The service's `file:` printers write only inside the folder it was started with, and never through a
/// symbolic link; without that folder they are refused.
@Suite("file: printers confined to one folder")
struct FilePrinterFolderTests {
    /// A folder for the printers' files, another one outside it that must never be written to, both removed at the end.
    final class Place {
        let root: String
        var inside: String { root + "/printers" }
        var outside: String { root + "/elsewhere" }

        init() throws {
            root = NSTemporaryDirectory() + "refurb-file-printers-" + UUID().uuidString
            for folder in [root + "/printers", root + "/elsewhere"] {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        var folder: FilePrinterFolder { get throws { try FilePrinterFolder(inside) } }

        func contents(_ path: String) -> [UInt8]? {
            FileManager.default.contents(atPath: path).map(Array.init)
        }
    }

    static func refusal(_ work: () async throws -> Void) async -> PrintingError? {
        do {
            try await work()
            return nil
        } catch let error as PrintingError {
            return error
        } catch {
            Issue.record("not a PrintingError: \(error)")
            return nil
        }
    }

    static let job: [UInt8] = Array("^XA^FDtest^FS^XZ".utf8)

    static func print(_ path: String, _ access: FilePrinterAccess) async throws {
        let connection = try await PrinterConnector.connect(.file(path: path), files: access)
        try await connection.write(job)
        await connection.close()
    }

    @Test("without a folder the service refuses file: printers, saying how to allow them; other printers pass")
    func refusedWithoutFolder() async throws {
        let place = try Place()
        let target = place.inside + "/label.bin"
        let refused = await Self.refusal { try await Self.print(target, .refused) }
        #expect(refused?.text(in: .en).contains("--file-printers") == true, "\(String(describing: refused))")
        #expect(refused?.text(in: .fr).contains("--file-printers") == true)
        #expect(place.contents(target) == nil)
        #expect(throws: PrintingError.self) { try FilePrinterAccess.refused.check(.file(path: target)) }
        try FilePrinterAccess.refused.check(.tcp(host: "192.0.2.1", port: 9100))
        try FilePrinterAccess.refused.check(.usbAuto)
    }

    @Test("inside the folder a job is written, and an existing file is replaced by the new job")
    func writesInside() async throws {
        let place = try Place()
        let access = FilePrinterAccess.inside(try place.folder)
        let target = place.inside + "/label.bin"
        try Data(repeating: 0x55, count: 10_000).write(to: URL(fileURLWithPath: target))
        try access.check(.file(path: target))
        try await Self.print(target, access)
        #expect(place.contents(target) == Self.job)
        try FileManager.default.createDirectory(atPath: place.inside + "/bench", withIntermediateDirectories: true)
        try await Self.print(place.inside + "/bench/label.bin", access)
        #expect(place.contents(place.inside + "/bench/label.bin") == Self.job)
    }

    @Test("a path outside the folder, with .. or ., or relative is refused when saved and when printing; nothing is written")
    func outsideRefused() async throws {
        let place = try Place()
        let access = FilePrinterAccess.inside(try place.folder)
        for path in [place.outside + "/label.bin", place.inside + "/../elsewhere/label.bin", place.inside + "/./label.bin",
                     "printers/label.bin", place.inside, place.inside + "x/label.bin", place.root + "/label.bin"] {
            #expect(throws: PrintingError.self, "\(path) saved") { try access.check(.file(path: path)) }
            let refused = await Self.refusal { try await Self.print(path, access) }
            #expect(refused != nil, "\(path) printed")
        }
        let dotDot = await Self.refusal { try await Self.print(place.inside + "/../elsewhere/label.bin", access) }
        #expect(dotDot?.text(in: .en).contains("..") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: place.outside).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: place.root + "/label.bin"))
    }

    @Test("a symbolic link inside the folder is never followed: to a file outside, to a folder outside, or put there after saving")
    func symlinksRefused() async throws {
        let place = try Place()
        let access = FilePrinterAccess.inside(try place.folder)
        let victim = place.outside + "/victim.txt"
        try Data("precious".utf8).write(to: URL(fileURLWithPath: victim))
        try FileManager.default.createSymbolicLink(atPath: place.inside + "/to-file.bin", withDestinationPath: victim)
        try FileManager.default.createSymbolicLink(atPath: place.inside + "/to-folder", withDestinationPath: place.outside)

        for path in [place.inside + "/to-file.bin", place.inside + "/to-folder/victim.txt", place.inside + "/to-folder/new.bin"] {
            let saved = Result { try access.check(.file(path: path)) }
            #expect((try? saved.get()) == nil, "\(path) saved")
            let refused = await Self.refusal { try await Self.print(path, access) }
            #expect(refused?.text(in: .en).contains("symbolic link") == true, "\(path): \(String(describing: refused))")
        }
        // Saved while it was a plain file, replaced by a link before printing: the print is refused all the same.
        let later = place.inside + "/later.bin"
        try access.check(.file(path: later))
        try FileManager.default.createSymbolicLink(atPath: later, withDestinationPath: victim)
        #expect(await Self.refusal { try await Self.print(later, access) } != nil)

        #expect(String(decoding: place.contents(victim) ?? [], as: UTF8.self) == "precious")
        #expect(!FileManager.default.fileExists(atPath: place.outside + "/new.bin"))
    }

    @Test("a pipe in the folder is refused rather than waited on")
    func pipeRefused() async throws {
        let place = try Place()
        let access = FilePrinterAccess.inside(try place.folder)
        let pipe = place.inside + "/pipe"
        try #require(mkfifo(pipe, 0o600) == 0)
        #expect(throws: PrintingError.self) { try access.check(.file(path: pipe)) }
        #expect(await Self.refusal { try await Self.print(pipe, access) } != nil)
    }

    @Test("a folder reached through a symbolic link is written in by the name it was given; a device node in it opens as a printer")
    func folderThroughALink() async throws {
        let place = try Place()
        let alias = place.root + "/alias"
        try FileManager.default.createSymbolicLink(atPath: alias, withDestinationPath: place.inside)
        let access = FilePrinterAccess.inside(try FilePrinterFolder(alias))
        try await Self.print(alias + "/label.bin", access)
        try await Self.print(place.inside + "/other.bin", access)
        #expect(place.contents(place.inside + "/label.bin") == Self.job)
        #expect(place.contents(place.inside + "/other.bin") == Self.job)

        // /dev holds character devices as /dev/usb holds usblp printers: /dev/null stands in for one.
        let devices = FilePrinterAccess.inside(try FilePrinterFolder("/dev"))
        let connection = try await PrinterConnector.connect(.file(path: "/dev/null"), files: devices)
        #expect(connection.summary == "device /dev/null")
        await connection.close()
    }

    @Test("a folder that does not exist, or a file, cannot be the printers' folder")
    func unusableFolder() throws {
        let place = try Place()
        #expect(throws: PrintingError.self) { try FilePrinterFolder(place.root + "/missing") }
        try Data().write(to: URL(fileURLWithPath: place.root + "/plain"))
        #expect(throws: PrintingError.self) { try FilePrinterFolder(place.root + "/plain") }
    }
}
