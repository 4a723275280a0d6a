/// How the bench console runs, from the stick's `refurb.conf` and the kernel command line: where the service is,
/// who this station is, in which language and keyboard, and whether it runs by itself (`mode = auto`).
public struct BenchSettings: Sendable, Equatable {
    /// `interactive`: a technician answers each step; `auto`: nothing is asked (a bench of machines booted at once).
    public enum Mode: String, Sendable, Equatable, CaseIterable {
        case interactive, auto
    }

    public var url: String?
    public var token: String?
    public var workshop: String?
    public var station: String?
    public var language: Language?
    /// The console's keyboard layout as `loadkeys` names it ("fr", "us"…); AZERTY unless said otherwise.
    public var keymap: String
    public var mode: Mode
    /// "Offline bench" said explicitly: auto mode may then erase without the service's intake record.
    public var offline: Bool
    /// Switch the machine off once an unattended run is over.
    public var poweroff: Bool

    public static let defaultKeymap = "fr"

    public init(url: String? = nil, token: String? = nil, workshop: String? = nil, station: String? = nil,
                language: Language? = nil, keymap: String = BenchSettings.defaultKeymap, mode: Mode = .interactive,
                offline: Bool = false, poweroff: Bool = false) {
        self.url = url
        self.token = token
        self.workshop = workshop
        self.station = station
        self.language = language
        self.keymap = keymap
        self.mode = mode
        self.offline = offline
        self.poweroff = poweroff
    }
}
