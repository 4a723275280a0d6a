import Glibc
import HostSystem

/// Asks the kernel whether anyone else holds the disk, by opening it read-only with O_EXCL: on a block
/// device that fails with EBUSY while it is mounted, part of a RAID/LVM, or opened exclusively by another
/// program. A read-only open changes nothing on the disk.
public enum ExclusiveOpenProbe {
    public enum Outcome: Sendable, Equatable {
        case available
        case busy
        case failed(SystemCallError)
    }

    public static func probe(_ path: String) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_EXCL | O_CLOEXEC | O_NONBLOCK)
        if descriptor >= 0 {
            close(descriptor)
            return .available
        }
        let error = SystemCallError("open", path: path)
        return error.code == EBUSY ? .busy : .failed(error)
    }
}
