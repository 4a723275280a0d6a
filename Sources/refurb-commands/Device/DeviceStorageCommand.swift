import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer
import RefurbWire

struct DeviceStorageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storage",
        abstract: CLIMessages.help("help.deviceStorage.abstract"),
        discussion: CLIMessages.help("help.deviceStorage.discussion"),
        subcommands: [Destroyed.self, None.self, Removable.self]
    )

    struct Destroyed: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIMessages.help("help.deviceStorage.destroyed.abstract"))

        @OptionGroup var options: GlobalOptions

        @Argument(help: ArgumentHelp(CLIMessages.help("help.deviceStorage.device"), valueName: "tag-or-serial"))
        var device: String

        @Option(help: ArgumentHelp(CLIMessages.help("help.deviceStorage.destroyed.drive"), valueName: "serial"))
        var drive: String

        @Option(help: ArgumentHelp(CLIMessages.help("help.deviceStorage.destroyed.note"), valueName: "text"))
        var note: String?

        func run() throws {
            let scanned: SerialNumber?
            do { scanned = try SerialNumber(scanned: drive) } catch { throw options.failure(error.message) }
            guard let driveSerial = scanned else { throw options.failure(Message("cli.driveSerialMissing")) }
            let database = try options.openDatabase()
            let found = try options.device(device, in: database)
            let updated = try options.perform {
                try database.recordStorageDestroyed(found.assetTag, storage: driveSerial.text, note: note,
                                                    actor: options.who, at: Date())
            }
            DeviceStorageCommand.report(updated, options: options)
        }
    }

    struct None: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIMessages.help("help.deviceStorage.none.abstract"))

        @OptionGroup var options: GlobalOptions

        @Argument(help: ArgumentHelp(CLIMessages.help("help.deviceStorage.device"), valueName: "tag-or-serial"))
        var device: String

        @Option(help: ArgumentHelp(CLIMessages.help("help.deviceStorage.none.note"), valueName: "text"))
        var note: String?

        func run() throws {
            let database = try options.openDatabase()
            let found = try options.device(device, in: database)
            let updated = try options.perform {
                try database.confirmNoStorage(found.assetTag, note: note, actor: options.who, at: Date())
            }
            DeviceStorageCommand.report(updated, options: options)
        }
    }

    struct Removable: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIMessages.help("help.deviceStorage.removable.abstract"))

        @OptionGroup var options: GlobalOptions

        @Argument(help: ArgumentHelp(CLIMessages.help("help.deviceStorage.device"), valueName: "tag-or-serial"))
        var device: String

        @Option(help: ArgumentHelp(CLIMessages.help("help.deviceStorage.removable.drive"), valueName: "serial"))
        var drive: String

        @Option(name: .customLong("as"),
                help: ArgumentHelp(CLIMessages.help("help.deviceStorage.removable.disposition"), valueName: "disposition"))
        var disposition: String

        @Option(help: ArgumentHelp(CLIMessages.help("help.deviceStorage.removable.reason"), valueName: "text"))
        var reason: String

        func run() throws {
            let database = try options.openDatabase()
            let found = try options.device(device, in: database)
            let updated = try options.perform {
                let chosen = try RemovableMediaRecording.check(storage: drive, disposition: disposition,
                                                               reportJSON: try database.latestReport(of: found.assetTag))
                return try database.setRemovableMedia(found.assetTag, storage: drive, disposition: chosen, reason: reason,
                                                      actor: options.who, at: Date())
            }
            DeviceStorageCommand.report(updated, options: options)
        }
    }

    static func report(_ device: Device, options: GlobalOptions) {
        if options.json {
            JSONOutput.print(DeviceView(device))
        } else {
            print(CLIMessages.text("cli.recorded", device.assetTag.text, in: options.language))
        }
    }
}
