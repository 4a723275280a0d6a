import Glibc
import HostSystem
import Testing

/// The one errno translation: what a failed call means, asked of the error rather than of errno.
@Suite("System call errors")
struct SystemCallErrorTests {
    @Test("a failed call keeps its errno and says what it means")
    func meanings() throws {
        let missing = "/nonexistent-\(getpid())/file"
        #expect(throws: SystemCallError("open", path: missing, code: ENOENT)) {
            try SystemCallError.retryingInterrupts("open", path: missing) { open(missing, O_RDONLY) }
        }
        #expect(SystemCallError("open", path: missing, code: ENOTDIR).meansMissing)
        #expect(SystemCallError("open", path: missing, code: EACCES).meansPermissionDenied)
        #expect(SystemCallError("flock", path: missing, code: EWOULDBLOCK).meansWouldBlock)
        #expect(SystemCallError("connect", path: "tcp", code: EINPROGRESS).meansInProgress)
        #expect(SystemCallError.reason(of: ENOENT) == SystemCallError("x", path: "y", code: ENOENT).reason)
        #expect(SystemCallError("open", path: "/p", code: ENOENT).description == "open(/p): \(SystemCallError.reason(of: ENOENT)) (errno \(ENOENT))")
    }

    @Test("a call that succeeds gives its result, zero included")
    func success() throws {
        var descriptors: [Int32] = [-1, -1]
        #expect(try SystemCallError.retryingInterrupts("pipe", path: "pipe") { pipe(&descriptors) } == 0)
        defer { descriptors.forEach { close($0) } }
        let written = try SystemCallError.retryingInterrupts("write", path: "pipe") { write(descriptors[1], "ab", 2) }
        #expect(written == 2)
    }
}
