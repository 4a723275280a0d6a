import RefurbCore

/// The page that asks before something cannot be undone (revoking a token or a key, removing a
/// printer). It is a page of its own rather than a script's dialog, so that it works without
/// JavaScript and the keyboard lands on a clear choice; the action itself is the form's POST.
struct OfficeConfirmation {
    let section: Office.Section
    let question: String
    let detail: String
    /// Where the form posts when the person confirms.
    let action: String
    let confirmLabel: String
    /// Said instead of "this cannot be undone" when it can (a disabled account can be enabled again).
    var undoNote: String? = nil
    /// Where "Cancel" goes; the section's page by default.
    var cancelPath: String? = nil

    func render(_ context: RefurbRequestContext, pages: PageLibrary) -> HTMLResponse {
        var values = Office.values(context, section: section, title: question)
        values["detail"] = detail
        values["action"] = action
        values["confirmLabel"] = confirmLabel
        values["cancelPath"] = cancelPath ?? section.path
        if let undoNote { values["undoNote"] = undoNote }
        return HTMLResponse(html: pages.render(values, page: "office-confirm"))
    }
}
