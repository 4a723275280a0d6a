import Hummingbird

/// The shop station's pages.
struct ShopPages {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {}
}
