import Foundation
import RefurbCore
import RefurbStore

struct ErrorView: Encodable {
    struct Body: Encodable {
        let code: String
        let message: String
        let rules: [String]?
        let existingAssetTag: String?
    }

    let error: Body

    init(code: String, message: String) {
        error = Body(code: code, message: message, rules: nil, existingAssetTag: nil)
    }

    init(_ storeError: StoreError, message: String) {
        switch storeError {
        case .refused(let refusal):
            error = Body(code: "refused", message: message, rules: refusal.rules.map(\.code), existingAssetTag: nil)
        case .duplicateSerial(_, let existing):
            error = Body(code: "duplicate-serial", message: message, rules: nil, existingAssetTag: existing.assetTag.text)
        default:
            error = Body(code: storeError.code, message: message, rules: nil, existingAssetTag: nil)
        }
    }
}
