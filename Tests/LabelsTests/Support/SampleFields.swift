import Labels

enum SampleFields {
    /// A device as the shop prices it: the values the shipped templates are checked with.
    static let device = LabelFields([
        .assetTag: "R000123K",
        .price: "149,00 €",
        .grade: "A",
        .specs: "i5-8250U · 8 Go · SSD 256 Go",
        .workshop: "Atelier du Bocage",
        .date: "2026-11-28",
        .lot: "LOT-2026-0012",
        .donor: "Mairie de Rennes",
    ])

    static func library() -> LabelTemplateLibrary {
        LabelTemplateLibrary(directory: RepositoryPaths.labels)
    }
}
