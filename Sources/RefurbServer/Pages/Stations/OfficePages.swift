import Hummingbird

/// The office station's pages.
struct OfficePages {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {}
}
