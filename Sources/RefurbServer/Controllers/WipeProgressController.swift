import Foundation
import Hummingbird

/// The live board of wipes across every bench: what the bench page polls every two seconds.
struct WipeProgressController {
    let state: ServiceState
    let progress: WipeProgressBoard

    func register(on routes: APIRoutes) {
        routes.add(.get, "/api/wipes/progress", .signedIn) { _, context in
            let now = Date()
            return JSONResponse(progress.running(at: now).map { WipeBoardRow($0, now: now, language: context.language) })
        }
    }
}
