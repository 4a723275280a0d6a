import RefurbCore

/// Compares the media a printer reports with what a job needs.
public enum MediaCheck {
    /// Die-cut lengths are compared with 1 mm of slack: a QL-1050 reports its 102×152 labels as 153 mm long.
    public static let lengthToleranceMM = 1

    /// nil when the loaded media fits the job; otherwise the sentence to show, e.g.
    /// "Rouleau 29 mm chargé, l'étiquette demande 62 mm."
    public static func problem(loaded: LoadedMedia, required: MediaRequirement) -> Message? {
        guard let loadedKind = loaded.kind, loaded.widthMM > 0 else {
            return Message("printing.media.none", required.description)
        }
        if loaded.widthMM != required.widthMM {
            return Message("printing.media.widthMismatch", String(loaded.widthMM), String(required.widthMM))
        }
        switch (loadedKind, required.kind) {
        case (.continuous, .dieCut):
            return Message("printing.media.needsDieCut", String(loaded.widthMM), required.description)
        case (.dieCut, .continuous):
            return Message("printing.media.needsContinuous", loaded.description, String(required.widthMM))
        case (.dieCut, .dieCut):
            if let have = loaded.lengthMM, let need = required.lengthMM, abs(have - need) > lengthToleranceMM {
                return Message("printing.media.lengthMismatch", loaded.description, required.description)
            }
            return nil
        case (.continuous, .continuous):
            return nil
        }
    }
}
