/// Field data for `^FD`. `^` and `~` would end or redirect the field, so when they appear the field is
/// sent with `^FH` and those characters (and the `_` escape itself) as `_hh` hex escapes.
enum ZPLFieldData {
    /// The `^FH^FD…` or `^FD…` prefix-and-data for `text`, UTF-8 under `^CI28`.
    static func command(_ text: String) -> String {
        guard text.contains(where: { $0 == "^" || $0 == "~" || $0 == "_" }) else { return "^FD" + text }
        var escaped = ""
        for character in text {
            switch character {
            case "^": escaped += "_5E"
            case "~": escaped += "_7E"
            case "_": escaped += "_5F"
            default: escaped.append(character)
            }
        }
        return "^FH^FD" + escaped
    }
}
