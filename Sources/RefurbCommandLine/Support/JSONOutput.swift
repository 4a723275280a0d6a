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
        guard let data = data(value) else { return }
        Swift.print(String(decoding: data, as: UTF8.self))
        // Out now: a message may follow on standard error, unbuffered, and read with this in the same pipe.
        fflush(nil)
    }

    /// The same document as bytes, for a file scripts read (the bench's `logs/last-run.json`).
    package static func data(_ value: some Encodable) -> Data? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try? encoder.encode(value)
    }
}

/// An optional written as `null` when absent, where `Encodable` would leave its key out: for the fields of a
/// command's JSON that scripts find on every entry (`"serial": null` for a drive that has none).
@propertyWrapper
package struct NullWhenAbsent<Value: Encodable>: Encodable {
    package var wrappedValue: Value?

    package init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}

extension NullWhenAbsent: Sendable where Value: Sendable {}
