import RefurbCore

/// A printer's state as Refurb shows it and checks it before a job.
public struct PrinterStatusReport: Sendable {
    public var family: PrinterFamily
    public var brother: BrotherStatus?
    public var zebra: ZebraHostStatus?
    public var loadedMedia: LoadedMedia?
    /// What keeps the printer from printing, one message each.
    public var problems: [Message]

    public init(family: PrinterFamily, brother: BrotherStatus? = nil, zebra: ZebraHostStatus? = nil,
                loadedMedia: LoadedMedia? = nil, problems: [Message] = []) {
        self.family = family
        self.brother = brother
        self.zebra = zebra
        self.loadedMedia = loadedMedia
        self.problems = problems
    }

    public init(brother status: BrotherStatus) {
        self.init(family: .brotherQL, brother: status, loadedMedia: status.media, problems: status.errors.messages)
    }

    public init(zebra status: ZebraHostStatus) {
        self.init(family: .zebraZPL, zebra: status, problems: status.problems)
    }

    public var isReady: Bool { problems.isEmpty }
}
