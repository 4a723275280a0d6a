import Foundation
import RefurbCore

/// A reproducible inventory: the same devices, serials and models for the store and the baseline.
struct SyntheticInventory: Sendable {
    static let eventsPerDevice = 5
    static let manufacturers = ["Lenovo", "HP", "Dell", "Apple", "Acer", "Asus", "Fujitsu", "Toshiba"]
    static let models = ["ThinkPad T480", "EliteBook 840 G5", "Latitude E7450", "MacBook Air", "TravelMate P259",
                         "ZenBook UX305", "Lifebook E556", "Portege Z30", "OptiPlex 7050", "ProDesk 600 G3"]
    static let lotCount = 100

    let deviceCount: Int

    func serial(_ index: Int) -> String {
        // A bijective scramble of the index, so that serials look random but never collide.
        let scrambled = (UInt64(index) &* 0x9E37_79B9_7F4A_7C15) >> 20
        return "SN" + String(scrambled, radix: 36, uppercase: true)
    }

    func manufacturer(_ index: Int) -> String { Self.manufacturers[index % Self.manufacturers.count] }
    func model(_ index: Int) -> String { Self.models[(index / 7) % Self.models.count] }
    func lotNumber(_ index: Int) -> Int { index % Self.lotCount + 1 }
    func category(_ index: Int) -> DeviceCategory { index % 3 == 0 ? .desktop : .laptop }

    /// received, diagnostic report, moved to diagnosed, graded, priced.
    func history(_ index: Int, lot: LotCode) -> [Change] {
        let serial = serial(index)
        return [
            .received(lot: lot, category: category(index), serial: serial),
            .diagnosticRecorded(storage: ["D" + serial]),
            .moved(from: .received, to: .diagnosed, reason: nil),
            .graded(Grade.allCases[index % 3]),
            .priced(Money(cents: 5_000 + (index % 200) * 100)),
        ]
    }

    /// Search queries people type: a model's words, a brand, the start of a serial.
    func searchQuery(_ index: Int) -> String {
        switch index % 3 {
        case 0: return Self.models[index % Self.models.count].lowercased()
        case 1: return Self.manufacturers[index % Self.manufacturers.count] + " " + Self.models[index % Self.models.count].split(separator: " ")[0]
        default: return String(serial(index * 7919 % max(deviceCount, 1)).prefix(6))
        }
    }
}
