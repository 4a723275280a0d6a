/// The highest price, all taxes included, at which equipment given by a public body may be resold (loi 3DS;
/// arrêté du 7 novembre 2022; décret n° 2023-266): a hard ceiling, above the pricing rules and above what a
/// person types. Categories the arrêté does not name (printers, other equipment) have no cap.
public struct PublicDonorPriceCap: Hashable, Sendable {
    public let category: DeviceCategory
    /// All taxes included.
    public let ceiling: Money

    /// The texts that set the caps, named in every refusal so that a volunteer can look them up.
    public static let legalReference = "arrêté du 7 novembre 2022, décret n° 2023-266, loi 3DS"

    /// The cap for a device of this category given by a public body, nil when the arrêté sets none.
    /// An all-in-one is a desktop that carries its screen: the desktop's cap (sold with screen, keyboard
    /// and mouse) applies to it.
    public static func cap(for category: DeviceCategory) -> PublicDonorPriceCap? {
        let euros: Int? = switch category {
        case .laptop: 180
        case .desktop, .allInOne: 150
        case .tablet: 100
        case .phone: 100
        case .monitor: 30
        case .printer, .other: nil
        }
        return euros.map { PublicDonorPriceCap(category: category, ceiling: Money(cents: $0 * 100)) }
    }

    /// The cap that binds a device: only when its lot's donor is a public body.
    public static func cap(for category: DeviceCategory, donorType: DonorType?) -> PublicDonorPriceCap? {
        donorType == .publicBody ? cap(for: category) : nil
    }

    /// Whether the price may be asked: at most the ceiling.
    public func allows(_ price: Money) -> Bool { price.cents <= ceiling.cents }

    /// Why a price above the cap is refused: the device's kind, the cap, its legal reference and the price asked.
    public func refusal(of price: Money) -> Message {
        Message("publicDonor.priceAboveCap.\(category.rawValue)", String(ceiling.cents), Self.legalReference,
                String(price.cents))
    }

    /// The line a suggested price above the cap ends with: brought down to the cap, the reference named.
    public var clampNote: Message {
        Message("publicDonor.suggestionCapped.\(category.rawValue)", String(ceiling.cents), Self.legalReference)
    }
}
