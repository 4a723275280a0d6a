/// Who made a change, and from which station (a browser's station, a bench machine, the CLI on a host).
public struct Actor: Hashable, Codable, Sendable {
    public var user: String
    public var station: String

    public init(user: String, station: String) {
        self.user = user
        self.station = station
    }
}
