import Foundation
import RefurbCore

/// The folder of label templates (Labels/ in the repository, or wherever the workshop keeps its own).
public struct LabelTemplateLibrary: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// The templates folder to use: `REFURB_LABELS_DIR` if set, else the first `Labels/` holding templates
    /// found from the current directory upwards, then from the executable's folder upwards
    /// (`.build/release/refurb` in a checkout, `/opt/refurb/bin/refurb` next to `/opt/refurb/Labels`).
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              currentDirectory: String = FileManager.default.currentDirectoryPath,
                              executablePath: String? = CommandLine.arguments.first) -> LabelTemplateLibrary? {
        if let configured = environment["REFURB_LABELS_DIR"], !configured.isEmpty {
            return LabelTemplateLibrary(directory: URL(fileURLWithPath: configured, isDirectory: true))
        }
        var starts = [URL(fileURLWithPath: currentDirectory, isDirectory: true)]
        if let executablePath {
            starts.append(URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for start in starts {
            var folder = start.standardizedFileURL
            while true {
                let candidate = folder.appendingPathComponent("Labels", isDirectory: true)
                if let names = try? FileManager.default.contentsOfDirectory(atPath: candidate.path),
                   names.contains(where: { $0.hasSuffix(".json") }) {
                    return LabelTemplateLibrary(directory: candidate)
                }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return nil
    }

    /// Template names available, sorted.
    public func names() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    public func load(named name: String) throws -> LabelTemplate {
        // Names are plain words: refuse paths so that --template cannot read elsewhere.
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
            throw LabelError(Message("labels.template.unknown", name, names().joined(separator: ", ")))
        }
        let url = directory.appendingPathComponent(name + ".json")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw LabelError(Message("labels.template.unknown", name, names().joined(separator: ", ")))
        }
        return try Self.load(file: url)
    }

    /// Reads and checks one template file. Errors name the file (as given), the element and the problem.
    public static func load(file url: URL) throws -> LabelTemplate {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LabelTemplateError(file: url.path, element: nil, problem: Message("labels.template.unreadable"))
        }
        return try LabelTemplateParser(file: url.path).parse(data)
    }

    /// Every template in the folder, or the first error met.
    public func loadAll() throws -> [LabelTemplate] {
        try names().map { try load(named: $0) }
    }
}
