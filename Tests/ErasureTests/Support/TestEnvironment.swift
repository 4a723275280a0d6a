import Foundation
import Glibc

/// What the machine running the tests allows. Loop-device tests need root and losetup; CI runs as root,
/// so there they always run.
enum TestEnvironment {
    static let isRoot = getuid() == 0
    static let losetup = ["/usr/sbin/losetup", "/sbin/losetup"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let canUseLoopDevices = isRoot && losetup != nil && FileManager.default.fileExists(atPath: "/dev/loop-control")
    static let loopDevicesReason: Comment = "needs root, losetup and /dev/loop-control (CI runs as root)"

    static let hasPythonJSONSchema: Bool = (try? Shell.run(["python3", "-c", "import jsonschema"]).succeeded) ?? false
    static let hasOpenSSL: Bool = (try? Shell.run(["openssl", "version"]).succeeded) ?? false
}

import Testing
