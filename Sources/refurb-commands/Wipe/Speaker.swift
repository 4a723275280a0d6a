import Erasure
import Foundation
import RefurbCommandLine
import RefurbCore

/// Prints erasure messages in the operator's language: results on standard output, problems on standard error.
/// `wipe`, `keys` and `certificate` speak through it; JSON goes through `JSONOutput` and failures through
/// `CommandFailure`.
struct Speaker {
    let language: Language

    func text(_ message: Message) -> String { message.text(in: language, catalog: .erasure) }
    func text(_ key: String, _ arguments: String...) -> String { text(Message(key: key, arguments: arguments)) }
    func line(_ key: String, _ arguments: String...) { print(text(Message(key: key, arguments: arguments))) }
    func plain(_ text: String) { print(text) }
    func prompt(_ key: String, _ arguments: String...) {
        FileHandle.standardError.write(Data(text(Message(key: key, arguments: arguments)).utf8))
    }
    func refusal(_ plan: WipePlan) {
        printToStandardError("\(plan.disk.devicePath): \(text(Message("erasure.list.refused")))")
        for refusal in plan.verdict.refusals {
            printToStandardError("  - \(text(refusal.message))")
        }
    }
}
