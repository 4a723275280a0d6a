extension WorkshopIdentity {
    /// Whether the workshop is in France, as « reconditionné en France » needs every operation to be.
    /// There are no sites yet: every operation happens at the workshop, so its identity's address stands for
    /// all of them. It says France when one of its lines is « France », or ends with « , France »
    /// (« 35000 Rennes, France »); a postal code alone is not enough (German ones have five digits too), so
    /// an address without the country never allows the claim.
    public var isInFrance: Bool {
        addressLines.contains { line in
            let last = line.split(separator: ",").last.map(String.init) ?? line
            return FoldedWords(last).words == ["france"]
        }
    }
}
