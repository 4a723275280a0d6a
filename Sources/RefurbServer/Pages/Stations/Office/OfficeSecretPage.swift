import Foundation
import RefurbCore

/// The page a form redirects to after making up a secret (a password, an API token): the secret with a
/// copy button while ShownSecrets still holds it for this viewer, then a sentence saying it is gone and
/// what to do. Reloading it within those minutes shows the same secret; the address never holds it.
struct OfficeSecretPage {
    let section: Office.Section
    let title: String
    /// What the secret is ("Mot de passe", "Jeton"), the label of the value.
    let label: String
    let lead: String
    let shown: ShownSecrets.Shown?
    /// Said instead of the secret once it is no longer shown.
    let gone: String
    /// Where "Noted, stop showing it" posts.
    let notedAction: String
    let backPath: String
    let backLabel: String
    /// The command a bench machine is given (for a token), built around the secret.
    var benchCommand: BenchCommand? = nil

    func render(_ context: RefurbRequestContext, pages: PageLibrary, notice: String?) -> HTMLResponse {
        let language = context.language
        var values = Office.values(context, section: section, title: title)
        values["lead"] = lead
        values["label"] = label
        values["backPath"] = backPath
        values["backLabel"] = backLabel
        if let notice { values["notice"] = notice }
        if let shown {
            var secret: [String: Any] = [
                "value": shown.secret,
                "until": Office.text("ui.office.secret.until", String(WorkshopClock.display(shown.shownUntil).suffix(5)), in: language),
                "notedAction": notedAction,
            ]
            if let benchCommand {
                secret["bench"] = Office.compact([
                    "setup": benchCommand.setup(token: shown.secret),
                    "example": BenchCommand.example,
                    "loopbackWarning": benchCommand.isLoopback ? Office.text("ui.office.bench.loopback", benchCommand.serviceURL, in: language) : nil,
                ])
            }
            values["secret"] = secret
        } else {
            values["gone"] = gone
        }
        return HTMLResponse(html: pages.render(values, page: "office-secret"))
    }
}

/// What a bench machine needs to send its results: the service's address and the token, given to the
/// `refurb` program through `REFURB_URL` and `REFURB_TOKEN` (read by `refurb probe`, `refurb wipe` and
/// `refurb sync`, see SubmitOptions). `export` is a shell builtin: unlike `--token`, the token never
/// shows in the machine's process list.
struct BenchCommand {
    let serviceURL: String

    /// What a technician then types for each computer (the tag is an example, said so on the page).
    static let example = "refurb probe --device R000123X"

    /// The service's address as a bench machine reaches it: the configured public address, else the
    /// address the admin's browser used (`Host`), which is the server's address on the workshop network
    /// unless the page was opened on the server itself.
    init(publicURL: PublicURL?, authority: String?) {
        if let publicURL {
            var text = publicURL.description
            while text.hasSuffix("/") { text.removeLast() }
            serviceURL = text
        } else {
            let host = authority.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1:8080"
            serviceURL = "http://" + host
        }
    }

    /// The line to paste: `export REFURB_URL='…' REFURB_TOKEN='…'`, each value quoted for the shell.
    func setup(token: String) -> String {
        "export REFURB_URL=\(Self.quoted(serviceURL)) REFURB_TOKEN=\(Self.quoted(token))"
    }

    /// Whether the address only works on the server itself.
    var isLoopback: Bool {
        guard let host = URLComponents(string: serviceURL)?.host?.lowercased() else { return false }
        return host == "localhost" || host.hasPrefix("127.") || host == "::1" || host == "[::1]"
    }

    /// A shell word that is exactly `text`, whatever it holds (a `Host` header is the browser's to choose).
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
