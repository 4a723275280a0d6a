/// A referral code: what a partner organisation (a social worker's service, a Les Bons Clics partner)
/// hands to the people it sends to the shop, and what the shop redeems at a solidarity sale. Eight
/// characters from an alphabet without the ones people confuse when they copy by hand (0 and O, 1, I
/// and L, U and V), shown in two groups of four: `7K3Q-9FMB`. Twenty-nine symbols to the power of eight
/// is 5 × 10¹¹ codes, so a guessed code is as good as none.
public struct ReferralCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    public static let alphabet: [Character] = Array("23456789ABCDEFGHJKMNPQRSTWXYZ")
    public static let length = 8

    /// The eight characters, without the hyphen, as the store keeps them.
    public let text: String

    /// A code as typed or read back: case, spaces and hyphens do not matter (`7k3q 9fmb`); anything else
    /// than eight characters of the alphabet is nil.
    public init?(_ typed: String) {
        var kept = ""
        for character in typed.uppercased() {
            if character == "-" || character == " " || character == "\u{00A0}" || character == "\u{202F}" { continue }
            guard Self.alphabet.contains(character) else { return nil }
            kept.append(character)
        }
        guard kept.count == Self.length else { return nil }
        text = kept
    }

    /// A new code, drawn with `generator` (the system's, unless a test gives its own).
    public static func random<Generator: RandomNumberGenerator>(using generator: inout Generator) -> ReferralCode {
        ReferralCode(String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))!
    }

    public static func random() -> ReferralCode {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    /// `7K3Q-9FMB`, as printed and shown.
    public var shown: String { String(text.prefix(4)) + "-" + String(text.suffix(4)) }

    public var description: String { shown }

    public static func < (lhs: ReferralCode, rhs: ReferralCode) -> Bool { lhs.text < rhs.text }
}

/// What a partner is given when a code is issued: how many sales it allows, and its last day.
public struct ReferralCodeTerms: Hashable, Sendable {
    /// A code serves one household or one association's order; a hundred sales is a generous ceiling
    /// that still stops a leaked code from emptying the shop.
    public static let quotaRange = 1...100
    /// Two years at most: partners renew their codes each school or budget year.
    public static let longestValidityDays = 731

    public let quota: Int
    public let lastDay: CivilDay

    /// Checks the quota's range and that the last day is between `today` and two years on.
    public init(quota: Int, lastDay: String, today: CivilDay) throws(ReferralError) {
        guard Self.quotaRange.contains(quota) else { throw .quotaOutOfRange(quota) }
        guard let day = CivilDay(lastDay.trimmingSpaces()) else { throw .lastDayMalformed(lastDay) }
        guard day >= today else { throw .lastDayPast(day) }
        guard today.days(until: day) <= Self.longestValidityDays else { throw .lastDayTooFar(day) }
        self.quota = quota
        self.lastDay = day
    }
}

/// Where a code stands on a given day.
public enum ReferralCodeState: String, Hashable, Sendable, CaseIterable {
    case active
    case usedUp = "used-up"
    case expired
    case revoked

    public var label: Message { Message("referral.state.\(rawValue)") }
}

/// A partner organisation that refers people to the solidarity sale. Only its name is kept: it is what
/// the sale records, and nothing about the people it refers.
public struct ReferralPartner: Hashable, Sendable {
    public static let maximumNameLength = SaleTerms.maximumPartnerLength

    public let id: Int64
    public let name: String

    public init(id: Int64, name: String) {
        self.id = id
        self.name = name
    }

    /// A partner's name as typed: trimmed, not empty, no invisible characters, 120 characters at most.
    public static func checkedName(_ typed: String) throws(ReferralError) -> String {
        guard let name = cleanedText(typed) else { throw .partnerNameMissing }
        guard name.count <= maximumNameLength, !name.containsControlCharacters else { throw .partnerNameMalformed(maximumNameLength) }
        return name
    }
}

/// One issued code with its use so far.
public struct ReferralCodeStatus: Hashable, Sendable {
    public let code: ReferralCode
    public let partner: ReferralPartner
    public let quota: Int
    public let used: Int
    public let lastDay: CivilDay
    public let revoked: Bool

    public init(code: ReferralCode, partner: ReferralPartner, quota: Int, used: Int, lastDay: CivilDay, revoked: Bool) {
        self.code = code
        self.partner = partner
        self.quota = quota
        self.used = used
        self.lastDay = lastDay
        self.revoked = revoked
    }

    public var remaining: Int { max(0, quota - used) }

    /// Revoked first (an admin's decision), then used up, then past its last day.
    public func state(on day: CivilDay) -> ReferralCodeState {
        if revoked { return .revoked }
        if used >= quota { return .usedUp }
        if day > lastDay { return .expired }
        return .active
    }

    /// Nothing when the code may be redeemed on `day`; else the refusal that says why.
    public func refusal(on day: CivilDay) -> ReferralError? {
        switch state(on: day) {
        case .active: nil
        case .revoked: .codeRevoked(code)
        case .usedUp: .codeUsedUp(code, partner: partner.name, quota: quota)
        case .expired: .codeExpired(code, lastDay: lastDay)
        }
    }
}

public enum ReferralError: Error, Hashable, Sendable {
    case codeMalformed(String)
    case codeUnknown(ReferralCode)
    case codeRevoked(ReferralCode)
    case codeUsedUp(ReferralCode, partner: String, quota: Int)
    case codeExpired(ReferralCode, lastDay: CivilDay)
    case quotaOutOfRange(Int)
    case lastDayMalformed(String)
    case lastDayPast(CivilDay)
    case lastDayTooFar(CivilDay)
    case partnerNameMissing
    case partnerNameMalformed(Int)
    case partnerNameTaken(String)
    case partnerUnknown(Int64)

    /// Whether the code's state refuses it (a conflict with what is stored), rather than what was typed.
    public var isStateRefusal: Bool {
        switch self {
        case .codeRevoked, .codeUsedUp, .codeExpired, .partnerNameTaken: true
        default: false
        }
    }

    public var message: Message {
        switch self {
        case .codeMalformed(let typed):
            Message("referral.codeMalformed", String(typed.prefix(40)), String(ReferralCode.length))
        case .codeUnknown(let code): Message("referral.codeUnknown", code.shown)
        case .codeRevoked(let code): Message("referral.codeRevoked", code.shown)
        case .codeUsedUp(let code, let partner, let quota): Message("referral.codeUsedUp", code.shown, partner, String(quota))
        case .codeExpired(let code, let lastDay): Message("referral.codeExpired", code.shown, lastDay.text)
        case .quotaOutOfRange(let quota):
            Message("referral.quotaRange", String(quota), String(ReferralCodeTerms.quotaRange.lowerBound),
                    String(ReferralCodeTerms.quotaRange.upperBound))
        case .lastDayMalformed: Message("referral.lastDayMalformed")
        case .lastDayPast(let day): Message("referral.lastDayPast", day.text)
        case .lastDayTooFar(let day): Message("referral.lastDayTooFar", day.text, String(ReferralCodeTerms.longestValidityDays))
        case .partnerNameMissing: Message("referral.partnerNameMissing")
        case .partnerNameMalformed(let limit): Message("referral.partnerNameMalformed", String(limit))
        case .partnerNameTaken(let name): Message("referral.partnerNameTaken", name)
        case .partnerUnknown(let id): Message("referral.partnerUnknown", String(id))
        }
    }
}
