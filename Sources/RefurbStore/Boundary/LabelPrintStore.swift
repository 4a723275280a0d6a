import Foundation
import RefurbCore

/// The labels that came out of a printer, on either engine: the last print of each kind per device. A print
/// is not a change of the device: its version stays, so a form open on it stays valid.
public protocol LabelPrintStore: Sendable {
    /// Notes a print, replacing the previous print of that kind; an unknown device is refused.
    @discardableResult
    func recordLabelPrint(_ tag: AssetTag, kind: LabelKind, template: String, printer: String,
                          actor: Actor, at date: Date) async throws -> LabelPrint
    /// The last print of each kind of the device's labels, by kind; empty when none was printed.
    func labelPrints(of tag: AssetTag) async throws -> [LabelPrint]
    /// The asset-tag prints of the given devices (those of a lot's scan list), by tag.
    func assetTagPrints(of tags: [AssetTag]) async throws -> [String: LabelPrint]
}

extension AppDatabase: LabelPrintStore {}
