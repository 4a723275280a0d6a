/// A scanned or typed identifier that cannot be used, with what to tell the person.
public enum IdentifierError: Error, Hashable, Sendable {
    case notAnAssetTag(String)
    case assetTagCheckFailed(String)
    case notALotCode(String)
    case serialHasControlCharacters
    case serialTooLong(Int)
    /// A zero-width or direction character (see `InvisibleCharacter` for why it is refused, not removed).
    case invisibleCharacter(InvisibleCharacter)

    public var message: Message {
        switch self {
        case .notAnAssetTag(let input): Message("identifier.notAnAssetTag", input)
        case .assetTagCheckFailed(let input): Message("identifier.assetTagCheckFailed", input)
        case .notALotCode(let input): Message("identifier.notALotCode", input)
        case .serialHasControlCharacters: Message("identifier.serialHasControlCharacters")
        case .serialTooLong(let limit): Message("identifier.serialTooLong", String(limit))
        case .invisibleCharacter(let found):
            Message(found.changesDirection ? "identifier.directionMark" : "identifier.invisibleCharacter",
                    found.visibleText, found.code, String(found.position))
        }
    }
}
