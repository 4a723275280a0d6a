import Foundation
import RefurbCore

/// What sealing the register writes, decided without the database: the past days' movements numbered after the
/// last stored line, each chained to the one before it (`JournalChain`), grouped by day in their order, and each
/// day's seal signed over its last hash. Both engines' `sealRegister` store exactly this, so a register sealed
/// on either verifies the same.
package struct RegisterSealing {
    /// The lines in order, each with its number set and the chain's hash after it.
    package private(set) var lines: [(line: RegisterLine, hash: JournalHash)] = []
    package private(set) var seals: [RegisterSeal] = []

    /// `movements` in day order (`registerMovements`); `number` and `hash` are the last stored line's (0 and
    /// `.genesis` when there is none).
    package init(movements: [RegisterLine], after number: Int64, hash: JournalHash, signer: JournalSigner, actor: Actor,
                 at date: Date) {
        var number = number
        var hash = hash
        var index = movements.startIndex
        while index < movements.endIndex {
            let day = movements[index].day
            let first = number + 1
            while index < movements.endIndex, movements[index].day == day {
                var line = movements[index]
                number += 1
                line.number = number
                hash = JournalChain.link(previous: hash, encoding: line.canonicalBytes)
                lines.append((line, hash))
                index += 1
            }
            seals.append(RegisterSeal(day: day, firstNumber: first, lastNumber: number, lastHash: hash,
                                      sealedAtMilliseconds: JournalEntry.milliseconds(date), actor: actor,
                                      keyId: signer.publicKey.keyId).signed(by: signer))
        }
    }
}
