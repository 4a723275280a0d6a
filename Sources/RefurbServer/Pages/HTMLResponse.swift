import RefurbCore
import HTTPTypes
import Hummingbird
import RefurbWire

/// A rendered page.
struct HTMLResponse: ResponseGenerator {
    let html: String
    var status: HTTPResponse.Status = .ok
    var headers: HTTPFields = [:]

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = headers
        headers[.contentType] = "text/html; charset=utf-8"
        // Pages hold personal data and a CSRF token: never cached, never framed.
        headers[.cacheControl] = "no-store"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func redirect(to location: String, headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }
}

extension HTMLResponse {
    /// A plain error page, independent of the templates so that it shows even when they are missing.
    static func errorPage(_ problem: ProblemDetails, language: Language) -> Response {
        let title = Message("ui.error.title").text(in: language, catalog: UIMessages.catalog)
        let back = Message("ui.error.back").text(in: language, catalog: UIMessages.catalog)
        let html = """
            <!doctype html><html lang="\(language.rawValue)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title><link rel="stylesheet" href="/static/css/refurb.css"></head>
            <body><main id="content" class="error-page"><h1>\(escape(title))</h1><p class="message error" role="alert">\(escape(problem.detail))</p>
            <p><a class="button" href="/">\(escape(back))</a></p></main></body></html>
            """
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: HTTPResponse.Status(code: problem.status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
