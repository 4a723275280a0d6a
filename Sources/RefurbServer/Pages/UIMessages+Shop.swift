import RefurbCore

extension UIMessages {
    /// The words of the shop station.
    static let shop = MessageCatalog([:])
}
