import Hummingbird

/// The bench station's pages.
struct BenchPages {
    let state: ServiceState
    let pages: PageLibrary
    let progress: WipeProgressBoard

    func register(on routes: APIRoutes) {}
}
