import Hummingbird

/// The office station's pages: the dashboard and the lots for everyone signed in, and the admin
/// sections (accounts, API tokens, printers, station keys) for those allowed. Each lives in its own
/// file under Office/.
struct OfficePages {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {
        OfficeDashboardPage(state: state, pages: pages).register(on: routes)
        OfficeLotPages(state: state, pages: pages).register(on: routes)
        // The made-up passwords and token secrets shown after a form, for a few minutes (ShownSecrets).
        let secrets = ShownSecrets()
        OfficeUsersPage(state: state, pages: pages, secrets: secrets).register(on: routes)
        OfficeAccountPage(state: state, pages: pages, secrets: secrets).register(on: routes)
        OfficeTokensPage(state: state, pages: pages, secrets: secrets).register(on: routes)
        OfficePrintersPage(state: state, pages: pages).register(on: routes)
        OfficeStationKeysPage(state: state, pages: pages).register(on: routes)
        OfficeWorkshopPage(state: state, pages: pages).register(on: routes)
        OfficeChecklistsPage(state: state, pages: pages).register(on: routes)
        OfficeReturnsPage(state: state, pages: pages).register(on: routes)
        OfficeSalesPage(state: state, pages: pages).register(on: routes)
        OfficeRegisterPage(state: state, pages: pages).register(on: routes)
        OfficePartnersPage(state: state, pages: pages).register(on: routes)
    }
}
