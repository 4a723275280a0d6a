import Foundation

/// Small, forgiving reads of sysfs/procfs-style text files: a missing or unreadable file is `nil`,
/// because the kernel omits attributes freely and the callers decide what absence means.
public struct SysfsReader: Sendable {
    public init() {}

    public func text(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1)
        else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed
    }

    /// Like `text`, but also treats an empty value as absent.
    public func value(_ path: String) -> String? {
        guard let text = text(path), !text.isEmpty else { return nil }
        return text
    }

    public func integer(_ path: String) -> UInt64? {
        value(path).flatMap { UInt64($0) }
    }

    public func bytes(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    public func entries(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// The target of a symbolic link, resolved against the link's own folder.
    public func linkTarget(_ path: String) -> String? {
        guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else { return nil }
        if destination.hasPrefix("/") { return destination }
        let base = (path as NSString).deletingLastPathComponent
        return ((base as NSString).appendingPathComponent(destination) as NSString).standardizingPath
    }
}
