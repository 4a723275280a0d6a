/// What is known about the erasure of a device's storage: the drives its diagnostic report found, and
/// for each the proof that its data is gone (a passing erasure record, or the drive's recorded
/// destruction). Drives are identified by `SerialNumber.key`. Removable media plugged in when the probe ran
/// (USB sticks, card readers) are not the device's drives: they are kept apart and never counted.
public struct ErasureEvidence: Hashable, Sendable {
    /// Every drive of the device the probe found, by serial key (or by a stable stand-in when a drive has
    /// none); removable media are not among them.
    public var storageFound: [String]
    /// The removable media found plugged in, which are not part of the device: those the report set apart,
    /// and any drive a person said was a removable medium.
    public var removableMedia: [String]
    /// Where each removable medium went, as a person said.
    public var removableDispositions: [String: RemovableMediaDisposition]
    /// Drives with a passing erasure certificate.
    public var erased: Set<String>
    /// Drives removed and physically destroyed, with who and when recorded.
    public var destroyed: Set<String>
    /// A person confirmed that the device holds no storage at all.
    public var noStorageConfirmed: Bool

    public init(storageFound: [String] = [], erased: Set<String> = [], destroyed: Set<String> = [],
                noStorageConfirmed: Bool = false, removableMedia: [String] = [],
                removableDispositions: [String: RemovableMediaDisposition] = [:]) {
        self.storageFound = storageFound
        self.erased = erased
        self.destroyed = destroyed
        self.noStorageConfirmed = noStorageConfirmed
        self.removableMedia = removableMedia
        self.removableDispositions = removableDispositions
    }

    /// Removable media nobody has yet said what became of. They never hold a device back: a page asks.
    public var removableUndecided: [String] {
        removableMedia.filter { removableDispositions[$0] == nil }
    }

    /// Drives found by the probe that have neither an erasure nor a destruction on record.
    public var unerased: [String] {
        storageFound.filter { !erased.contains($0) && !destroyed.contains($0) }
    }

    /// True when nothing left on the device can hold a donor's data. A device whose report lists no
    /// storage is only cleared once a person confirms it has none: a probe can miss a drive.
    public var isCleared: Bool {
        unerased.isEmpty && (!storageFound.isEmpty || noStorageConfirmed || !destroyed.isEmpty)
    }
}
