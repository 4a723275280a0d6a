import Hummingbird
import RefurbCore
import RefurbStore

/// What the service knows about a request besides the request itself: who sent it (found by
/// `AuthenticationMiddleware`) and the language to answer in.
public struct RefurbRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var credential: Credential?
    public var language: Language = .fr
    /// The peer's address, for the login throttle.
    public var remoteAddress: String?
    let maximumBodySize: Int

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
        maximumBodySize = ServerLimits.maximumBodyBytes
    }

    public var maxUploadSize: Int { maximumBodySize }

    public var requestDecoder: StrictJSONRequestDecoder { StrictJSONRequestDecoder() }

    /// The caller's account, or 401 when nobody is signed in, or 403 when the account lacks the permission.
    @discardableResult
    public func require(_ permission: Permission) throws -> Credential {
        guard let credential else { throw APIError.unauthenticated }
        guard credential.account.can(permission) else { throw APIError.forbidden(permission) }
        return credential
    }

    /// Who is acting, for the event log.
    public func actor() throws -> Actor {
        guard let credential else { throw APIError.unauthenticated }
        return Actor(user: credential.account.username, station: credential.station)
    }
}

public enum ServerLimits {
    /// A hardware report of a big machine is about 100 KB; certificates are smaller.
    public static let maximumBodyBytes = 1 << 20
}
