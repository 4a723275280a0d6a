/// Parses `hdparm -N DEV`: " max sectors   = 310484656/312581808, HPA is enabled". The first number is
/// what the drive shows, the second its native size. hdparm also prints "HPA setting seems invalid"
/// (buggy bridges answer 0/1), which is treated as unknown rather than believed.
public enum HdparmMaxSectorsParser {
    public struct Reading: Sendable, Equatable {
        public var visibleSectors: UInt64
        public var nativeSectors: UInt64
    }

    public static func parse(_ output: String) -> Reading? {
        for line in output.split(separator: "\n") where line.contains("max sectors") {
            guard line.contains("="), !line.contains("seems invalid") else { return nil }
            let value = line.split(separator: "=", maxSplits: 1)[1]
            let numbers = value.split(separator: ",")[0].split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
            guard numbers.count == 2, let visible = UInt64(numbers[0]), let native = UInt64(numbers[1]), native > 1 else { return nil }
            return Reading(visibleSectors: visible, nativeSectors: native)
        }
        return nil
    }
}

import Foundation
