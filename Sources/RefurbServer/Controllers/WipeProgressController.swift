import Foundation
import Hummingbird
import RefurbCore
import RefurbStore
import RefurbWire

/// Live progress of wipes: what `refurb wipe --send-progress` posts for each drive, about once a second (and
/// once more with `failure` when the station could not erase the drive), and the board across every bench that
/// the bench page polls every two seconds. A drive refused here goes on the board as refused, with the reason.
struct WipeProgressController {
    let state: ServiceState
    let progress: WipeProgressBoard

    func register(on routes: APIRoutes) {
        routes.add(.post, "/api/devices/{tag}/erasures/progress", .permission(.submitErasure)) { request, context in
            let tag = try DevicesController.tag(context)
            let update = try await request.decode(as: WipeProgressUpdate.self, context: context).checked()
            // The database is asked once per drive, on its first news; the updates that follow only replace it.
            if !progress.knows(tag: tag.text, drive: update.drive) {
                try await checkDrive(update, of: tag)
            }
            progress.record(update, tag: tag.text)
            return NoContent()
        }
        routes.add(.get, "/api/devices/{tag}/erasures/progress", .signedIn) { _, context in
            let tag = try DevicesController.tag(context)
            guard try await state.database.device(tag: tag) != nil else { throw StoreError.deviceNotFound(tag.text) }
            return JSONResponse(progress.current(tag: tag.text))
        }
        routes.add(.get, "/api/wipes/progress", .signedIn) { _, context in
            let now = Date()
            return JSONResponse(progress.running(at: now).map { WipeBoardRow($0, now: now, language: context.language) })
        }
    }

    /// Only an existing device gets a row, and once its diagnostic report is in, only a drive the report found.
    /// Before the report, any drive name within `Update.checked()`'s bounds is shown: a disk may be wiped
    /// before the machine is probed.
    /// A drive the report did not find goes on the board as refused, in the screen's words, so that whoever
    /// watches the board sees the wipe the service is not following, and why.
    private func checkDrive(_ update: WipeProgressUpdate, of tag: AssetTag) async throws {
        let drive = update.drive
        guard try await state.database.device(tag: tag) != nil else { throw StoreError.deviceNotFound(tag.text) }
        let facts = try await state.database.facts(for: tag)
        if facts.hasDiagnosticReport, !facts.erasure.storageFound.contains(SerialNumber.key(for: drive)) {
            let found = facts.erasure.storageFound.joined(separator: ", ")
            // The report's drives are listed on the device's page; the board says what to do.
            let reason = WipeProgressBoard.Reason { BenchWords(language: $0)("ui.bench.board.notInReport") }
            progress.end(tag: tag.text, drive: drive, as: .refused(reason), update: update)
            throw APIError.unprocessable(Message("api.wipeProgress.driveNotInReport", drive, tag.text, found))
        }
    }
}
