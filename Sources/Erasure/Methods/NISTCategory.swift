/// The sanitisation level reached, as NIST SP 800-88 and IEEE 2883 name it. Clear resists simple
/// recovery through the drive's normal interface; Purge resists laboratory recovery.
public enum NISTCategory: String, Codable, Sendable {
    case clear = "Clear"
    case purge = "Purge"
}
