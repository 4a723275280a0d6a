import Hummingbird

/// The shop station's pages: scanning a device in, its suggested price and how it was reached, grade
/// and price, the price label, the sale at the public or the solidarity price and its receipt, and the
/// admins' pricing rules. Each lives in its own file under Shop/.
struct ShopPages {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {
        // The forms' refusals, shown on the page each form redirects to (RefusedForms).
        let refusals = RefusedForms()
        ShopScanPage(state: state, pages: pages).register(on: routes)
        ShopPricingPage(state: state, pages: pages, refusals: refusals).register(on: routes)
        ShopDeviceForms(state: state, pages: pages, refusals: refusals).register(on: routes)
        ShopReceiptPage(state: state, pages: pages).register(on: routes)
        ShopReceiptDocuments(state: state, pages: pages).register(on: routes)
        ShopReturnsPages(state: state, pages: pages).register(on: routes)
    }
}
