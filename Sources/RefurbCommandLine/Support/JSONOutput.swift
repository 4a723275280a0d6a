#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

package enum JSONOutput {
    /// Prints one JSON document on standard output, keys sorted so that output is stable.
    package static func print(_ value: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(value) else { return }
        Swift.print(String(decoding: data, as: UTF8.self))
        // Out now: a message may follow on standard error, unbuffered, and read with this in the same pipe.
        fflush(nil)
    }
}
