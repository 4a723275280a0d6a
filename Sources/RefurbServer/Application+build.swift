import Foundation
import Hummingbird
import Logging
import RefurbStore

/// The service as an application: its router, middleware and controllers, on the given database.
/// `App`/`ServeCommand` opens the database and runs it; tests build it the same way.
/// `onListening` gets the port actually bound (useful with port 0).
public func buildApplication(_ configuration: ServiceConfiguration, database: any ServiceStore,
                             logger: Logger = Logger(label: "refurb"),
                             onListening: @escaping @Sendable (Int) async -> Void = { _ in }) throws -> some ApplicationProtocol {
    let service = try RefurbService(configuration: configuration, database: database, logsRequests: logger.logLevel <= .debug)
    let limits = configuration.connections
    let openFiles = OpenFileLimit.current()
    let cap = limits.cap(openFileLimit: openFiles.soft)
    let idle = "connections idle for \(limits.idleTimeout) are closed"
    if cap < limits.maximumConnections {
        logger.warning("at most \(cap) connections at once, not \(limits.maximumConnections): the open-file limit is \(openFiles.soft) and \(ConnectionLimits.descriptorsKeptBack) descriptors are kept for the database and files (raise LimitNOFILE); \(idle)")
    } else {
        logger.info("at most \(cap) connections at once (open-file limit \(openFiles.soft)); \(idle)")
    }
    return Application(
        router: service.router,
        // The idle timeout also bounds reading a request's head: Hummingbird counts a connection as active
        // only when a whole head or a piece of body has been decoded, so a head sent a byte at a time is
        // closed as surely as silence.
        server: .http1(configuration: .init(additionalChannelHandlers: [UnreadBodyDiscarder()],
                                            idleTimeout: .nanoseconds(limits.idleTimeout.nanoseconds))),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "refurb",
                             availableConnectionsDelegate: ConnectionCap(maximum: cap, logger: logger)),
        onServerRunning: { channel in await onListening(channel.localAddress?.port ?? configuration.port) },
        logger: logger
    )
}

/// The router and the list of routes it serves, with the access each requires.
public struct RefurbService {
    public let router: Router<RefurbRequestContext>
    public let routes: [RouteDescription]

    /// Throws when a page template does not parse (the error names the file).
    /// `logsRequests` writes a line per request (at debug level); a middleware that would only check the
    /// level and pass on is left out, as busy routes feel every step.
    public init(configuration: ServiceConfiguration, database: any ServiceStore, logsRequests: Bool = true) throws {
        let metrics = ServiceMetrics()
        let state = ServiceState(database: database, configuration: configuration, metrics: metrics)
        let router = Router(context: RefurbRequestContext.self)
        router.add(middleware: RequestMetricsMiddleware(metrics: metrics))
        // One line per request at debug level (REFURB_LOG_LEVEL=debug): at info, a busy scan station would
        // spend more time writing the log than answering.
        if logsRequests {
            router.add(middleware: LogRequestsMiddleware(.debug, includeHeaders: .none))
        }
        router.add(middleware: ProblemMiddleware())
        let routeMethods = RouteMethods()
        router.add(middleware: MethodNotAllowedMiddleware(methods: routeMethods))
        router.add(middleware: AuthenticationMiddleware(state: state))
        let routes = APIRoutes(router: router, credentials: state.credentials, executors: state.executors)
        HealthController(state: state).register(on: routes)
        SessionController(state: state).register(on: routes)
        AdministrationController(state: state).register(on: routes)
        LotsController(state: state).register(on: routes)
        DevicesController(state: state).register(on: routes)
        DiagnosticsController(state: state).register(on: routes)
        let progress = WipeProgressBoard(quietAfter: configuration.wipeQuietAfter)
        ErasuresController(state: state, progress: progress).register(on: routes)
        WipeProgressController(state: state, progress: progress).register(on: routes)
        WorkshopController(state: state).register(on: routes)
        SalesController(state: state).register(on: routes)
        LabelsController(state: state).register(on: routes)
        PricingController(state: state).register(on: routes)
        IntakeVoidController(state: state).register(on: routes)
        CorrectionsController(state: state).register(on: routes)
        ChecklistsController(state: state).register(on: routes)
        RegisterController(state: state).register(on: routes)
        ReferralsController(state: state).register(on: routes)
        let pages = try configuration.pagesRoot.map { try PageLibrary(pagesDirectory: $0 + "/Pages", publicDirectory: $0 + "/Public") }
            ?? PageLibrary.locate()
        if let pages {
            PagesController(state: state, pages: pages).register(on: routes)
            IntakePages(state: state, pages: pages).register(on: routes)
            BenchPages(state: state, pages: pages, progress: progress).register(on: routes)
            ShopPages(state: state, pages: pages).register(on: routes)
            OfficePages(state: state, pages: pages).register(on: routes)
            CorrectionPages(state: state, pages: pages).register(on: routes)
            ScannerSetupBarcode.register(on: routes)
        }
        self.router = router
        self.routes = routes.all
        routeMethods.complete(with: routes.all)
    }
}
