import Glibc
import HostSystem
import RefurbCore

/// Where `file:` printers may write. A person's own command (`refurb label print --printer file:…`) writes
/// wherever that person may. The service writes with its own rights for whoever may print, so there an
/// admin's printer setting must not become a write anywhere: `file:` printers are refused unless the
/// service was started with one folder for them (`refurb serve --file-printers DIR`), and then they write
/// only inside it, never through a symbolic link.
public enum FilePrinterAccess: Sendable, Equatable {
    /// A person's own command line.
    case anywhere
    /// The service started without `--file-printers`.
    case refused
    /// The service started with `--file-printers DIR`.
    case inside(FilePrinterFolder)

    /// Checks the address of a printer when it is saved and again before it prints: a `file:` path must be
    /// one this access allows. Other schemes pass.
    public func check(_ uri: PrinterURI) throws(PrintingError) {
        guard case .file(let path) = uri else { return }
        switch self {
        case .anywhere: return
        case .refused: throw PrintingError(Message("printing.file.disabled", path))
        case .inside(let folder): try folder.check(path)
        }
    }
}

/// The one folder where the service's `file:` printers write, resolved once at start (its own path may go
/// through symbolic links an admin set up). A path is accepted only when it is absolute, names no `.` or
/// `..`, and lies under the folder; below the folder, every component is opened with O_NOFOLLOW, so that a
/// symbolic link placed there later cannot lead out of it either.
public struct FilePrinterFolder: Sendable, Equatable {
    /// As given at start, absolute.
    public let path: String
    /// The same folder without symbolic links: where files are opened.
    public let realPath: String

    /// Refuses a folder that does not exist or is not a folder.
    public init(_ path: String) throws(PrintingError) {
        guard let resolved = realpath(path, nil) else {
            throw PrintingError(Message("printing.file.folderUnusable", path, SystemCallError("realpath", path: path).reason))
        }
        defer { free(resolved) }
        var info = stat()
        guard stat(resolved, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw PrintingError(Message("printing.file.folderUnusable", path, SystemCallError.reason(of: ENOTDIR)))
        }
        realPath = String(cString: resolved)
        self.path = path.hasPrefix("/") ? path : realPath
    }

    /// The check made when a printer is saved: the path is under the folder, and nothing on the way that
    /// exists already is a symbolic link. A file or subfolder that does not exist yet is allowed: the job
    /// creates the file, and a missing subfolder is told at print time.
    public func check(_ filePath: String) throws(PrintingError) {
        let components = try relativeComponents(of: filePath)
        var current = realPath
        for (index, component) in components.enumerated() {
            current += "/" + component
            var info = stat()
            guard lstat(current, &info) == 0 else { return }
            let type = info.st_mode & S_IFMT
            if type == S_IFLNK { throw PrintingError(Message("printing.file.symlink", filePath, current)) }
            let isLast = index == components.count - 1
            if !isLast && type != S_IFDIR || isLast && type != S_IFREG && type != S_IFCHR {
                throw PrintingError(Message("printing.file.notAFile", filePath))
            }
        }
    }

    /// Opens `filePath` for a job, component by component under the folder without following any symbolic
    /// link: a regular file is created or emptied, a character device (a usblp printer node) opened as is.
    /// Anything else (a link, a pipe, a socket, a folder) is refused. Blocking: called on a `BlockingIOThread`.
    func open(_ filePath: String) throws(PrintingError) -> (descriptor: Int32, isDevice: Bool) {
        let components = try relativeComponents(of: filePath)
        var folder: Int32
        do {
            folder = try SystemCallError.retryingInterrupts("open", path: realPath) { Glibc.open(realPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        } catch {
            throw openFailed(filePath, error)
        }
        defer { Glibc.close(folder) }
        for component in components.dropLast() {
            let parent = folder
            do {
                folder = try SystemCallError.retryingInterrupts("openat", path: filePath) {
                    openat(parent, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                }
            } catch {
                throw refusal(filePath, error)
            }
            Glibc.close(parent)
        }
        let name = components[components.count - 1]
        var info = stat()
        if fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFCHR {
            let parent = folder
            let descriptor: Int32
            do {
                descriptor = try FileDescriptorIO.openDevice(path: filePath) { openat(parent, name, $0 | O_NOFOLLOW) }
            } catch {
                throw refusal(filePath, error)
            }
            return try confirmed(descriptor, type: S_IFCHR, filePath)
        }
        // O_NONBLOCK: a pipe put in the file's place does not hold the open; it is refused just below.
        let parent = folder
        let descriptor: Int32
        do {
            descriptor = try SystemCallError.retryingInterrupts("openat", path: filePath) {
                openat(parent, name, O_WRONLY | O_CREAT | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC, 0o644)
            }
        } catch {
            throw refusal(filePath, error)
        }
        let opened = try confirmed(descriptor, type: S_IFREG, filePath)
        do {
            _ = try SystemCallError.retryingInterrupts("ftruncate", path: filePath) { ftruncate(descriptor, 0) }
        } catch {
            Glibc.close(descriptor)
            throw openFailed(filePath, error)
        }
        return opened
    }

    /// The components of `filePath` below the folder, or a refusal that says why.
    func relativeComponents(of filePath: String) throws(PrintingError) -> [String] {
        let components = filePath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard filePath.hasPrefix("/"), !components.contains(where: { $0.utf8.contains(0) }) else {
            throw PrintingError(Message("printing.file.outsideFolder", filePath, path))
        }
        if components.contains(where: { $0 == ".." || $0 == "." }) {
            throw PrintingError(Message("printing.file.dotDot", filePath, path))
        }
        for base in [path, realPath] {
            let prefix = base.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            if components.count > prefix.count, Array(components.prefix(prefix.count)) == prefix {
                return Array(components.dropFirst(prefix.count))
            }
        }
        throw PrintingError(Message("printing.file.outsideFolder", filePath, path))
    }

    /// The descriptor, once `fstat` says it is what was meant to be opened.
    private func confirmed(_ descriptor: Int32, type: mode_t, _ filePath: String) throws(PrintingError) -> (descriptor: Int32, isDevice: Bool) {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == type else {
            Glibc.close(descriptor)
            throw PrintingError(Message("printing.file.notAFile", filePath))
        }
        return (descriptor, type == S_IFCHR)
    }

    private func refusal(_ filePath: String, _ error: SystemCallError) -> PrintingError {
        // ELOOP or ENOTDIR: a symbolic link (or a file) where O_NOFOLLOW or O_DIRECTORY expected otherwise;
        // the walk of `check` names it.
        if error.code == ELOOP || error.code == ENOTDIR {
            do { try check(filePath) } catch { return error }
            return PrintingError(Message("printing.file.symlink", filePath, filePath))
        }
        if error.code == ENXIO { return PrintingError(Message("printing.file.notAFile", filePath)) }
        return openFailed(filePath, error)
    }

    private func openFailed(_ filePath: String, _ error: SystemCallError) -> PrintingError {
        PrintingError(Message("printing.file.openFailed", filePath, error.reason))
    }
}
