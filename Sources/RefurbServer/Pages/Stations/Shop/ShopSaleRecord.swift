import Foundation
import RefurbCore

/// A device's last sale as its history records it: what was paid, at which kind of price, when.
struct ShopSaleRecord {
    let price: Money
    let terms: SaleTerms
    let date: Date

    /// The latest sale: a device sold, returned and sold again gets the receipt of the second sale.
    static func latest(in history: [Event]) -> ShopSaleRecord? {
        for event in history.reversed() {
            if case .sold(let price, let kind, let partner) = event.change {
                return ShopSaleRecord(price: price, terms: SaleTerms(checkedKind: kind, partner: partner), date: event.occurredAt)
            }
        }
        return nil
    }
}
