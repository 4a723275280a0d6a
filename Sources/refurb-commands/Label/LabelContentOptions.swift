import ArgumentParser
import Foundation
import Labels
import RefurbCommandLine
import RefurbCore
import RefurbServer

/// What goes on the label: the template, and the device's fields from the store (--tag) or given
/// one by one (--field key=value).
struct LabelContentOptions: ParsableArguments {
    @Option(help: ArgumentHelp(CLIMessages.help("help.labelContentOptions.template"), valueName: "name"))
    var template: String

    @Option(help: ArgumentHelp(CLIMessages.help("help.labelContentOptions.tag"), valueName: "tag"))
    var tag: String?

    @Option(name: .customLong("field"), help: ArgumentHelp(
        CLIMessages.help("help.labelContentOptions.fieldPairs"),
        valueName: "key=value"))
    var fieldPairs: [String] = []

    @Option(help: ArgumentHelp(CLIMessages.help("help.labelContentOptions.templates"),
                               valueName: "dir"))
    var templates: String?

    /// The template and the values to print, or a `CommandFailure` saying what is wrong.
    func resolve(_ options: GlobalOptions) throws -> (LabelTemplate, LabelFields) {
        guard (tag == nil) != fieldPairs.isEmpty else {
            throw LabelFailure.badInput(Message("labels.cli.tagOrFields"), options)
        }
        let template = try LabelFailure.translating(options) { () throws -> LabelTemplate in
            let library: LabelTemplateLibrary
            if let templates {
                library = LabelTemplateLibrary(directory: URL(fileURLWithPath: templates, isDirectory: true))
            } else if let located = LabelTemplateLibrary.locate() {
                library = located
            } else {
                throw LabelError(Message("labels.cli.noTemplateFolder"))
            }
            return try library.load(named: self.template)
        }
        var keyed: [String: String]
        if let tag {
            keyed = try labelFields(forTag: tag, databasePath: options.databasePath)
        } else {
            keyed = [:]
            for pair in fieldPairs {
                guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                    throw LabelFailure.badInput(Message("labels.cli.badFieldPair", pair), options)
                }
                keyed[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
            if keyed["date"] == nil { keyed["date"] = WorkshopClock.today() }
        }
        let fields = try LabelFailure.translating(options) { () throws -> LabelFields in try LabelFields(keyed: keyed) }
        return (template, fields)
    }
}
