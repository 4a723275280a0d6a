import RefurbCommandLine
import RefurbCore
import RefurbStore

extension ErrorView {
    init(_ storeError: StoreError, message: String) {
        switch storeError {
        case .refused(let refusal):
            self.init(.init(code: "refused", message: message, rules: refusal.rules.map(\.code)))
        case .duplicateSerial(_, let existing):
            self.init(.init(code: "duplicate-serial", message: message, existingAssetTag: existing.assetTag.text))
        default:
            self.init(code: storeError.code, message: message)
        }
    }
}

extension CommandFailure {
    /// Translates the store's refusals for a person (and for scripts with --json).
    init(_ error: StoreError, options: GlobalOptions) {
        let text = error.message(in: options.language)
        let view = options.json ? ErrorView(error, message: text) : nil
        if error.isRuleRefusal {
            self.init(refused: text, json: view)
        } else {
            self.init(badInput: text, json: view)
        }
    }
}

extension GlobalOptions {
    /// Runs a store operation, turning its refusals into the command's failure.
    func perform<T>(_ operation: () throws -> T) throws -> T {
        do {
            return try operation()
        } catch let error as StoreError {
            throw CommandFailure(error, options: self)
        } catch let error as OutOfRange {
            throw failure(error.message)
        } catch let error where AppDatabase.isDiskFull(error) {
            let text = StoreError.catalog.text(for: Message("store.diskFull"), in: language)
            throw CommandFailure(refused: text, json: json ? ErrorView(code: "disk-full", message: text) : nil)
        }
    }
}
