/// Why a file under the probed root could not be read. Each case becomes a warning that says so.
public enum FileReadFailure: Error, Equatable, Sendable {
    case missing
    case permissionDenied
    /// The file is larger than anything the kernel would put there; it was not read whole.
    case tooLarge(limit: Int)
    case failed(errno: Int32)
}
