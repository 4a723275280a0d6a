import Foundation
import Labels
import RefurbStore

/// What every controller shares: the database, password hashing, the login throttle, the metrics and
/// the configuration. Controllers stay small by taking this and nothing else.
struct ServiceState: Sendable {
    /// The store, on whichever engine `refurb serve` opened (`ServiceStore`).
    let database: any ServiceStore
    let configuration: ServiceConfiguration
    let hasher: PasswordHasher
    let throttle: LoginThrottle
    let metrics: ServiceMetrics
    let credentials: CredentialCache
    /// The threads that handlers which may wait run on (`RouteWork`), away from the network threads.
    let executors: RouteExecutors
    /// The firmware serial of reports refused for differing from the intake serial, offered as a correction.
    let refusedReportSerials = RefusedReportSerials()
    /// Checked when a login names no account, so that a wrong name takes as long as a wrong password.
    let decoyHash: String

    init(database: any ServiceStore, configuration: ServiceConfiguration, metrics: ServiceMetrics) {
        self.database = database
        executors = RouteExecutors(store: database)
        self.configuration = configuration
        hasher = PasswordHasher(cost: configuration.bcryptCost)
        throttle = LoginThrottle()
        self.metrics = metrics
        credentials = CredentialCache(lifetime: configuration.tokenCacheLifetime)
        decoyHash = hasher.hashNow(SecretToken.password())
    }

    var labelLibrary: LabelTemplateLibrary? {
        if let directory = configuration.labelsDirectory {
            return LabelTemplateLibrary(directory: URL(fileURLWithPath: directory, isDirectory: true))
        }
        return LabelTemplateLibrary.locate()
    }
}
