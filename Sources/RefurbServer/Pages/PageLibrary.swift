import Foundation
import Mustache

/// The page templates (`Pages/*.mustache`) and the static files (`Public/`), found beside the program
/// or in the working directory, or where the configuration says.
public struct PageLibrary: Sendable {
    public let templates: MustacheLibrary
    public let publicDirectory: String

    /// Loads every template under `pagesDirectory`; a template that does not parse is a startup error
    /// that names the file, rather than a blank page later.
    public init(pagesDirectory: String, publicDirectory: String) throws {
        var library = MustacheLibrary()
        let enumerator = FileManager.default.enumerator(atPath: pagesDirectory)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".mustache") else { continue }
            let text = try String(contentsOfFile: pagesDirectory + "/" + relative, encoding: .utf8)
            do {
                try library.register(text, named: String(relative.dropLast(".mustache".count)))
            } catch {
                throw PageLibraryError.templateUnreadable(relative, "\(error)")
            }
        }
        templates = library
        self.publicDirectory = publicDirectory
    }

    /// `Pages/` and `Public/` next to the program (installed) or in a parent of the working directory
    /// (a checkout), or under `$REFURB_PAGES_DIR`.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PageLibrary? {
        var candidates: [String] = []
        if let root = environment["REFURB_PAGES_DIR"] { candidates.append(root) }
        let program = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").deletingLastPathComponent()
        var folder = program
        for _ in 0..<6 {
            candidates.append(folder.path)
            folder.deleteLastPathComponent()
        }
        var here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<4 {
            candidates.append(here.path)
            here.deleteLastPathComponent()
        }
        for root in candidates where FileManager.default.fileExists(atPath: root + "/Pages/layout.mustache") {
            return try PageLibrary(pagesDirectory: root + "/Pages", publicDirectory: root + "/Public")
        }
        return nil
    }

    func render(_ context: [String: Any], page: String) -> String {
        templates.render(context, withTemplate: page) ?? "<!doctype html><title>Refurb</title><p>Page « \(page) » introuvable."
    }
}

public enum PageLibraryError: Error, CustomStringConvertible {
    case templateUnreadable(String, String)

    public var description: String {
        switch self {
        case .templateUnreadable(let file, let reason): "Pages/\(file): \(reason)"
        }
    }
}
