import Foundation
import Labels
import Printing
import RefurbCore
import Testing

/// Every message key the Labels, Printing and label-command sources use has French and English text,
/// and the template schema lists the same Brother media as the encoder.
@Suite struct CatalogAndSchemaTests {
    static func keysUsed(in folder: String, prefix: String) throws -> Set<String> {
        let root = RepositoryPaths.root.appendingPathComponent(folder)
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var keys: Set<String> = []
        let pattern = try Regex("\"(\(prefix)\\.[A-Za-z0-9.]+)\"")
        while let file = enumerator?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let key = match.output[1].substring { keys.insert(String(key)) }
            }
        }
        return keys
    }

    @Test(arguments: [("Sources/Labels", "labels"), ("Sources/Printing", "printing"), ("Sources/refurb-commands/Label", "labels"),
                      ("Sources/refurb-commands/Label", "printing")])
    func everyKeyUsedIsTranslated(folder: String, prefix: String) throws {
        let catalog = MessageCatalog.labels.merging(.printing)
        var keys = try Self.keysUsed(in: folder, prefix: prefix)
        if folder == "Sources/refurb-commands/Label" && prefix == "labels" {
            // Built at run time from the print outcome.
            keys.formUnion(["labels.cli.completion.confirmed", "labels.cli.completion.unconfirmed",
                            "labels.cli.completion.not-checked"])
        }
        #expect(!keys.isEmpty)
        for key in keys.sorted() {
            let entry = catalog.entries[key]
            #expect(entry != nil, "\(key) has no text")
            #expect(entry?.fr.isEmpty == false && entry?.en.isEmpty == false, "\(key)")
        }
    }

    @Test func schemaListsTheEncodersBrotherMedia() throws {
        let data = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("Schemas/label-template.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let properties = schema["properties"] as? [String: Any]
        let media = (properties?["media"] as? [String: Any])?["properties"] as? [String: Any]
        let brother = (media?["brother"] as? [String: Any])?["properties"] as? [String: Any]
        let labels = (brother?["label"] as? [String: Any])?["enum"] as? [String]
        #expect(labels == BrotherMedia.all.map(\.id))
    }
}
