import RefurbCore

/// What a person scanned or typed, told apart the same way on both engines before anything is looked up:
/// a lot code, an asset tag (which must pass its check, or it is refused as mistyped rather than searched as
/// a serial), or else a serial number. A code holding a zero-width or direction character is refused with
/// the character named, as intake refuses it in a serial. A tag that parses is plain ASCII, so that check is
/// only made once the code is known not to be a tag: a scanned label costs nothing more.
package enum ScannedCode {
    case lot(LotCode)
    case tag(AssetTag)
    case serial(String)

    /// `lotCodes: false` for a place that takes devices only (a lot code is then looked up as a serial).
    package init(classifying input: String, lotCodes: Bool) throws {
        if lotCodes, LotCode.looksLikeLotCode(input) {
            do {
                self = .lot(try LotCode(parsing: input))
            } catch {
                try Self.refuseInvisibleCharacters(input)
                throw StoreError.invalidInput(error.message)
            }
            return
        }
        do {
            self = .tag(try AssetTag(parsing: input))
        } catch .notAnAssetTag {
            try Self.refuseInvisibleCharacters(input)
            self = .serial(input)
        } catch {
            try Self.refuseInvisibleCharacters(input)
            throw StoreError.invalidInput(error.message)
        }
    }

    static func refuseInvisibleCharacters(_ input: String) throws {
        if let invisible = InvisibleCharacter.first(in: input) {
            throw StoreError.invalidInput(IdentifierError.invisibleCharacter(invisible).message)
        }
    }
}
