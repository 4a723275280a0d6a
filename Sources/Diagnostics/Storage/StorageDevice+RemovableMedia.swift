extension StorageDevice {
    /// A medium that is not part of the computer: a USB stick or disk, a USB card reader, a card in a slot the
    /// kernel marks removable. The bench keeps these apart from the device's drives (the technician's live
    /// stick is in every report it probes).
    public var isRemovableMedia: Bool { removable || transport == .usb }
}
