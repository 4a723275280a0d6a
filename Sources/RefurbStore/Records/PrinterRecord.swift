import Foundation
import GRDB

struct PrinterRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "printer"

    var name: String
    var uri: String
    var createdAt: Date
    var format: String?
    var assetTagTemplate: String?
    var isDefault: Bool

    enum Columns {
        static let name = Column(CodingKeys.name)
        static let createdAt = Column(CodingKeys.createdAt)
        static let isDefault = Column(CodingKeys.isDefault)
    }

    var setting: PrinterSetting {
        PrinterSetting(name: name, uri: uri, format: format, template: assetTagTemplate, isDefault: isDefault)
    }
}

/// A printer the stations print on, by name; `uri` is what `refurb printers` lists (usb://…, tcp://…).
/// `format` is the language it speaks (`zpl`, `brother:QL-700`), nil when the printer says it itself (USB);
/// `template` the asset-tag label loaded in it, nil for the one that goes with its format. One printer is the
/// default: the stations print on it unless they are told otherwise.
public struct PrinterSetting: Hashable, Sendable, Codable {
    public var name: String
    public var uri: String
    public var format: String?
    public var template: String?
    public var isDefault: Bool

    public init(name: String, uri: String, format: String? = nil, template: String? = nil, isDefault: Bool = false) {
        self.name = name
        self.uri = uri
        self.format = format
        self.template = template
        self.isDefault = isDefault
    }

    enum CodingKeys: String, CodingKey {
        case name, uri, format, template
        case isDefault = "default"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try container.decode(String.self, forKey: .name), uri: try container.decode(String.self, forKey: .uri),
                  format: try container.decodeIfPresent(String.self, forKey: .format),
                  template: try container.decodeIfPresent(String.self, forKey: .template),
                  isDefault: try container.decodeIfPresent(Bool.self, forKey: .isDefault) ?? false)
    }
}
