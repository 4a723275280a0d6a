import ArgumentParser
import Foundation
import RefurbCommandLine
import RefurbCore
import RefurbServer

struct DeviceStorageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storage",
        abstract: "Record why a device's storage needs no erasure: a drive destroyed, no drive at all, or a removable medium.",
        discussion: """
            Erasures themselves are recorded by `refurb wipe`. These two records are the other ways a
            device is cleared to leave the workshop:
              refurb device storage destroyed R000001T --drive WD-WCC4N1234567 --note "perforated"
              refurb device storage none R000002R --note "no drive bay"
            A USB stick or card reader the probe found plugged in is not one of the device's drives and never
            holds it back; say where it went:
              refurb device storage removable R000001T --drive 4C530001 --as workshop-stick --reason "bench 2 live stick"
            """,
        subcommands: [Destroyed.self, None.self, Removable.self]
    )

    struct Destroyed: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a drive was removed and physically destroyed (who and when are recorded).")

        @OptionGroup var options: GlobalOptions

        @Argument(help: ArgumentHelp("The asset tag or serial number of the device.", valueName: "tag-or-serial"))
        var device: String

        @Option(help: ArgumentHelp("The destroyed drive's serial number.", valueName: "serial"))
        var drive: String

        @Option(help: ArgumentHelp("How it was destroyed, for the record.", valueName: "text"))
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
            abstract: "Confirm that the device holds no storage at all (checked by a person).")

        @OptionGroup var options: GlobalOptions

        @Argument(help: ArgumentHelp("The asset tag or serial number of the device.", valueName: "tag-or-serial"))
        var device: String

        @Option(help: ArgumentHelp("What was checked, for the record.", valueName: "text"))
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
            abstract: "Say where a removable medium found in the device went: the workshop's stick, or returned or removed.")

        @OptionGroup var options: GlobalOptions

        @Argument(help: ArgumentHelp("The asset tag or serial number of the device.", valueName: "tag-or-serial"))
        var device: String

        @Option(help: ArgumentHelp("The removable medium's serial, as the hardware report gives it.", valueName: "serial"))
        var drive: String

        @Option(name: .customLong("as"),
                help: ArgumentHelp("workshop-stick or returned-or-removed.", valueName: "disposition"))
        var disposition: String

        @Option(help: ArgumentHelp("Why, for the record.", valueName: "text"))
        var reason: String

        func run() throws {
            let database = try options.openDatabase()
            let found = try options.device(device, in: database)
            let updated = try options.perform {
                try RemovableMediaRecording.record(found.assetTag, storage: drive, disposition: disposition, reason: reason,
                                                   in: database, actor: options.who, at: Date())
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
