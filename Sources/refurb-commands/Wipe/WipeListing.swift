import Erasure
import RefurbCommandLine
import RefurbCore

/// `refurb wipe --list`: the disks, with those that would be refused and why. Nothing is opened for writing.
enum WipeListing {
    static func print(json: Bool, say: Speaker) {
        let entries = DiskListing.entries()
        if json {
            JSONOutput.print(DiskListView(entries, say: say))
            return
        }
        if entries.isEmpty { say.line("erasure.list.none") }
        for entry in entries {
            let disk = entry.disk
            let state = say.text(Message(entry.refusals.isEmpty ? "erasure.list.available" : "erasure.list.refused"))
            let size = QuantityFormat.diskSize(Double(disk.sizeBytes), language: say.language)
            say.plain("\(disk.devicePath)  \(disk.identity.model ?? "?")  \(disk.identity.serial ?? "-")  \(size)  \(disk.mediaType.rawValue)/\(disk.transport.certificateName)  \(state)")
            for refusal in entry.refusals { say.plain("    - " + say.text(refusal.message)) }
        }
    }
}
