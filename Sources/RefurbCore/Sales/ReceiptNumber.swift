/// How a receipt's or an invoice's number is written and read back: six digits or more (000042), so that
/// a number scanned or typed at the returns desk is told apart from an asset tag (R000042T).
public enum ReceiptNumber {
    public static func text(_ number: Int64) -> String {
        let digits = String(number)
        return digits.count >= 6 ? digits : String(repeating: "0", count: 6 - digits.count) + digits
    }

    /// A typed or scanned number: digits only (spaces and a leading « N° » or « # » allowed); nil otherwise.
    public static func parse(_ text: String) -> Int64? {
        var rest = Substring(text.trimmingSpaces())
        for prefix in ["N°", "n°", "No", "no", "#"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        let digits = rest.filter { $0 != " " }
        guard (1...12).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let number = Int64(digits), number > 0 else { return nil }
        return number
    }
}
