/// A failure as printed with --json: `{"error": {"code", "message", …}}`.
package struct ErrorView: Encodable {
    package struct Body: Encodable {
        let code: String
        let message: String
        let rules: [String]?
        let existingAssetTag: String?

        package init(code: String, message: String, rules: [String]? = nil, existingAssetTag: String? = nil) {
            self.code = code
            self.message = message
            self.rules = rules
            self.existingAssetTag = existingAssetTag
        }
    }

    let error: Body

    package init(_ body: Body) {
        error = body
    }

    package init(code: String, message: String) {
        error = Body(code: code, message: message)
    }
}
