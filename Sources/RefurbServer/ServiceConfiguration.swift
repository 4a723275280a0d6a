import Foundation

/// How `refurb serve` runs: where it listens, which database it serves, and the knobs tests turn.
public struct ServiceConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var databasePath: String
    /// bcrypt cost: 12 in service; tests lower it so that a hundred logins don't take a minute.
    public var bcryptCost: UInt8
    public var sessionLifetime: TimeInterval
    /// The folder of label templates; nil finds Labels/ beside the program or the working directory.
    public var labelsDirectory: String?
    /// The workshop's name, printed on labels.
    public var workshopName: String
    /// The folder holding Pages/ and Public/; nil finds them beside the program or the working directory.
    public var pagesRoot: String?

    public init(host: String = "127.0.0.1", port: Int = 8080, databasePath: String, bcryptCost: UInt8 = 12,
                sessionLifetime: TimeInterval = 12 * 3600, labelsDirectory: String? = nil, workshopName: String = "Refurb",
                pagesRoot: String? = nil) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.bcryptCost = bcryptCost
        self.sessionLifetime = sessionLifetime
        self.labelsDirectory = labelsDirectory
        self.workshopName = workshopName
        self.pagesRoot = pagesRoot
    }
}
