#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import HostSystem

/// The local folder where results wait until the service can take them: one JSON file per submission, named
/// `<createdAt-millis>-<id>.json` so that a listing sorts oldest first. Results the service refused, and files
/// that cannot be read, are moved to `rejected/` with a `.reason.txt` beside them: nothing is deleted unsent.
///
/// Concurrency: `refurb sync` holds `<dir>/.lock` (flock) for its whole run, so a second sync at once is told the
/// spool is busy. Whoever is sending one file also holds a flock on that file (a *claim*), so that `submit` and a
/// concurrent `sync` never send the same file both.
public struct SubmissionSpool: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// The spool at `$REFURB_SPOOL`, or else `~/.local/share/refurb/spool`.
    public init() {
        self.init(directory: Self.defaultDirectory())
    }

    public static func defaultDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL {
        if let explicit = environment["REFURB_SPOOL"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, isDirectory: true)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.homeDirectoryForCurrentUser.path
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local/share/refurb/spool", isDirectory: true)
    }

    public var rejectedDirectory: URL {
        directory.appendingPathComponent("rejected", isDirectory: true)
    }

    // MARK: Writing

    /// Writes `submission` as one file, atomically: a temporary file is written and flushed to disk, then renamed.
    /// A crash leaves either no file or the whole file, never half of one.
    public func enqueue(_ submission: Submission) throws(ClientError) {
        let claim = try enqueueClaimed(submission)
        claim.release()
    }

    /// As `enqueue`, but the new file is already claimed by the caller when it appears under its name, so that no
    /// concurrent sync can send it before the caller has tried. Release the claim when done.
    func enqueueClaimed(_ submission: Submission) throws(ClientError) -> SpoolClaim {
        guard submission.hasValidID else {
            throw ClientError("submission.badID", submission.id)
        }
        try createDirectory(directory)
        if try fileName(forID: submission.id) != nil {
            throw ClientError("spool.duplicate", submission.id)
        }
        let data: Data
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            data = try encoder.encode(submission)
        } catch {
            throw ClientError("spool.cannotWrite", directory.path, String(describing: error))
        }
        let name = Self.fileName(for: submission)
        let fd = try writeAtomically(data, name: name, in: directory, keepOpenWithLock: true)
        return SpoolClaim(fd: fd)
    }

    // MARK: Reading

    /// The submissions waiting, oldest first. Files that cannot be read back as a submission are moved to
    /// `rejected/` with the reason, and not returned.
    public func pending() throws(ClientError) -> [Submission] {
        var result: [Submission] = []
        for name in try pendingFileNames() {
            let url = directory.appendingPathComponent(name)
            guard let parsed = Self.parseFileName(name) else {
                try setAside(name, reason: reasonText("spool.badFileName", name))
                continue
            }
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                if !FileManager.default.fileExists(atPath: url.path) { continue }  // sent and removed meanwhile
                throw ClientError("spool.cannotRead", url.path, String(describing: error))
            }
            guard let submission = try? JSONDecoder().decode(Submission.self, from: data) else {
                try setAside(name, reason: reasonText("spool.unreadableFile", name))
                continue
            }
            guard submission.id == parsed.id, submission.hasValidID else {
                try setAside(name, reason: reasonText("spool.idMismatch", name))
                continue
            }
            result.append(submission)
        }
        return result
    }

    /// How many files wait (without reading them).
    public func pendingCount() throws(ClientError) -> Int {
        try pendingFileNames().count
    }

    // MARK: Removing

    /// Deletes the file of a delivered submission. Returns false when there was none.
    @discardableResult
    public func remove(id: String) throws(ClientError) -> Bool {
        guard let name = try fileName(forID: id) else { return false }
        let path = directory.appendingPathComponent(name).path
        do {
            _ = try SystemCallError.retryingInterrupts("unlink", path: path) { unlink(path) }
        } catch where !error.meansMissing {
            throw ClientError("spool.cannotWrite", directory.path, error.reason)
        } catch {}
        syncDirectory(directory)
        return true
    }

    /// Moves a submission the service refused to `rejected/`, with `reason` in `<file>.reason.txt` beside it.
    /// Returns false when there was none.
    @discardableResult
    public func reject(id: String, reason: String) throws(ClientError) -> Bool {
        guard let name = try fileName(forID: id) else { return false }
        try setAside(name, reason: reason)
        return true
    }

    // MARK: Locking

    /// Takes the spool's sync lock without waiting: throws `spool.busy` when another process (or another sync
    /// in this one) holds it. The lock goes when the returned value is released or deallocated.
    public func lockForSync() throws(ClientError) -> SpoolLock {
        try createDirectory(directory)
        let path = directory.appendingPathComponent(".lock").path
        let fd: Int32
        do {
            fd = try SystemCallError.retryingInterrupts("open", path: path) { open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644) }
        } catch {
            throw ClientError("spool.cannotWrite", directory.path, error.reason)
        }
        // A lock just released can look held for a moment (a process forked elsewhere in this program
        // still has the descriptor until it execs), so "busy" is only said after a second of trying.
        var attempts = 0
        while true {
            do {
                _ = try SystemCallError.retryingInterrupts("flock", path: path) { flock(fd, LOCK_EX | LOCK_NB) }
                return SpoolLock(fd: fd)
            } catch where error.meansWouldBlock && attempts < 100 {
                attempts += 1
                usleep(10_000)
            } catch {
                close(fd)
                if error.meansWouldBlock { throw ClientError("spool.busy", directory.path) }
                throw ClientError("spool.cannotWrite", directory.path, error.reason)
            }
        }
    }

    /// Claims the file of `id` for sending: nil when it is gone (delivered or set aside meanwhile) or when someone
    /// else is sending it right now.
    func claim(id: String) throws(ClientError) -> SpoolClaim? {
        guard let name = try fileName(forID: id) else { return nil }
        let path = directory.appendingPathComponent(name).path
        let fd: Int32
        do {
            fd = try SystemCallError.retryingInterrupts("open", path: path) { open(path, O_RDONLY | O_CLOEXEC) }
        } catch where error.meansMissing {
            return nil
        } catch {
            throw ClientError("spool.cannotRead", path, error.reason)
        }
        do {
            _ = try SystemCallError.retryingInterrupts("flock", path: path) { flock(fd, LOCK_EX | LOCK_NB) }
        } catch {
            close(fd)
            if error.meansWouldBlock { return nil }
            throw ClientError("spool.cannotRead", path, error.reason)
        }
        // The holder before us may have removed or moved the file after we opened it: check that the path still
        // names the very file we locked.
        var opened = stat()
        var current = stat()
        guard fstat(fd, &opened) == 0, stat(path, &current) == 0,
              opened.st_dev == current.st_dev, opened.st_ino == current.st_ino else {
            close(fd)
            return nil
        }
        return SpoolClaim(fd: fd)
    }

    // MARK: Files

    static func fileName(for submission: Submission) -> String {
        "\(submission.createdAtMillis)-\(submission.id).json"
    }

    /// `<millis>-<id>.json` → (millis, id).
    static func parseFileName(_ name: String) -> (millis: Int64, id: String)? {
        guard name.hasSuffix(".json"), let dash = name.firstIndex(of: "-") else { return nil }
        guard let millis = Int64(name[..<dash]) else { return nil }
        let id = String(name[name.index(after: dash)..<name.index(name.endIndex, offsetBy: -5)])
        guard Submission.isValidID(id) else { return nil }
        return (millis, id)
    }

    /// Visible `.json` files of the top folder, oldest first (by the time in their name, then by name).
    func pendingFileNames() throws(ClientError) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            if !FileManager.default.fileExists(atPath: directory.path) { return [] }
            throw ClientError("spool.cannotRead", directory.path, String(describing: error))
        }
        let candidates = names.filter { name in
            guard !name.hasPrefix("."), name.hasSuffix(".json") else { return false }
            let path = directory.appendingPathComponent(name).path
            var info = stat()
            return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        }
        return candidates.sorted { left, right in
            let l = Self.parseFileName(left)?.millis ?? Int64.min
            let r = Self.parseFileName(right)?.millis ?? Int64.min
            return l != r ? l < r : left < right
        }
    }

    func fileName(forID id: String) throws(ClientError) -> String? {
        guard Submission.isValidID(id) else { return nil }
        return try pendingFileNames().first { Self.parseFileName($0)?.id == id }
    }

    /// Moves `name` to `rejected/`, writing the reason first so that a rejected file is never without one.
    private func setAside(_ name: String, reason: String) throws(ClientError) {
        let rejected = rejectedDirectory
        try createDirectory(rejected)
        let stamp = Submission.formatTimestamp(Date())
        let text = "\(stamp)\n\(reason)\n"
        _ = try writeAtomically(Data(text.utf8), name: name + ".reason.txt", in: rejected, keepOpenWithLock: false)
        let from = directory.appendingPathComponent(name).path
        let to = rejected.appendingPathComponent(name).path
        do {
            _ = try SystemCallError.retryingInterrupts("rename", path: from) { rename(from, to) }
        } catch where error.meansMissing {
            return  // someone else dealt with it meanwhile
        } catch {
            throw ClientError("spool.cannotWrite", rejected.path, error.reason)
        }
        syncDirectory(rejected)
        syncDirectory(directory)
    }

    private func reasonText(_ key: String, _ name: String) -> String {
        ClientMessages.text(key, language: "fr", name) + "\n" + ClientMessages.text(key, language: "en", name)
    }

    private func createDirectory(_ url: URL) throws(ClientError) {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw ClientError("spool.cannotCreate", url.path, String(describing: error))
        }
    }

    /// Temp file, write, fsync, rename, fsync of the folder. With `keepOpenWithLock`, the file is flocked before it
    /// gets its name and its descriptor is returned still locked; otherwise returns -1.
    private func writeAtomically(_ data: Data, name: String, in folder: URL, keepOpenWithLock: Bool) throws(ClientError) -> Int32 {
        let temporary = folder.appendingPathComponent(".tmp-\(UUID().uuidString.lowercased())-\(name)").path
        let final = folder.appendingPathComponent(name).path
        let fd: Int32
        do {
            fd = try SystemCallError.retryingInterrupts("open", path: temporary) { open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) }
        } catch {
            throw ClientError("spool.cannotWrite", folder.path, error.reason)
        }
        do {
            if keepOpenWithLock { _ = try SystemCallError.retryingInterrupts("flock", path: temporary) { flock(fd, LOCK_EX) } }
            var offset = 0
            while offset < data.count {
                let start = offset
                offset += try SystemCallError.retryingInterrupts("write", path: temporary) {
                    data.withUnsafeBytes { write(fd, $0.baseAddress! + start, $0.count - start) }
                }
            }
            _ = try SystemCallError.retryingInterrupts("fsync", path: temporary) { fsync(fd) }
            _ = try SystemCallError.retryingInterrupts("rename", path: temporary) { rename(temporary, final) }
        } catch {
            close(fd)
            unlink(temporary)
            throw ClientError("spool.cannotWrite", folder.path, error.reason)
        }
        syncDirectory(folder)
        if keepOpenWithLock { return fd }
        close(fd)
        return -1
    }

    /// Makes a rename or an unlink durable. Some file systems (FAT on a USB stick) refuse to fsync a folder: ignored.
    private func syncDirectory(_ url: URL) {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}

/// The spool's sync lock, held until `release()` or deallocation.
public final class SpoolLock {
    private var fd: Int32

    init(fd: Int32) {
        self.fd = fd
    }

    public func release() {
        guard fd >= 0 else { return }
        close(fd)  // closing the descriptor drops the flock
        fd = -1
    }

    deinit {
        release()
    }
}

/// One spool file being sent by its holder: a flock on the file itself.
final class SpoolClaim {
    private var fd: Int32

    init(fd: Int32) {
        self.fd = fd
    }

    func release() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
    }

    deinit {
        release()
    }
}
