extension String {
    /// Orders "card10" after "card9" and "sda" before "sdb", as people expect.
    func naturallyPrecedes(_ other: String) -> Bool {
        let left = Self.naturalKey(self)
        let right = Self.naturalKey(other)
        for (a, b) in zip(left, right) where a != b {
            switch (a, b) {
            case (.number(let x), .number(let y)): return x < y
            case (.text(let x), .text(let y)): return x < y
            case (.number, .text): return true
            case (.text, .number): return false
            }
        }
        return left.count < right.count
    }

    private enum NaturalPart: Equatable {
        case text(String)
        case number(UInt64)
    }

    private static func naturalKey(_ value: String) -> [NaturalPart] {
        var parts: [NaturalPart] = []
        var current = ""
        var inDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            if inDigits, let number = UInt64(current) {
                parts.append(.number(number))
            } else {
                parts.append(.text(current))
            }
            current = ""
        }
        for character in value {
            let isDigit = character.isASCII && character.isNumber
            if isDigit != inDigits { flush(); inDigits = isDigit }
            current.append(character)
        }
        flush()
        return parts
    }
}
