import Foundation
import RefurbCore

/// One device as the intake station lists it: what was scanned, when and by whom.
public struct IntakeScan: Hashable, Sendable {
    public var device: Device
    public var receivedAt: Date
    public var receivedBy: Actor

    public init(device: Device, receivedAt: Date, receivedBy: Actor) {
        self.device = device
        self.receivedAt = receivedAt
        self.receivedBy = receivedBy
    }
}
