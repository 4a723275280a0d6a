import Hummingbird

/// The intake station's pages.
struct IntakePages {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {}
}
