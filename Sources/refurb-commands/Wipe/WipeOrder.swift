import Erasure
import Foundation
import RefurbClient
import RefurbCommandLine
import RefurbCore

/// What `refurb wipe` was asked to do, read from its options and checked before any disk is opened: a wrong method,
/// disk, address or tag is said now (exit 2), not after hours of erasing.
struct WipeOrder {
    let request: WipeRequest
    let disks: [Disk]
    /// The kernel names of the disks named on the command line. With --all, a refused disk that was not named
    /// (the running system's) is simply left out; a named one that is refused makes the wipe fail.
    let named: Set<String>
    let submission: WipeSubmission?
}

extension Wipe {
    /// Step 1, the options: the method, the verification, the disks (resolved from sysfs only, nothing opened yet),
    /// where the certificates go and who they name.
    func order(say: Speaker) throws -> WipeOrder {
        guard let method = WipeMethod(rawValue: method) else {
            throw output.badInput(
                say.text("erasure.error.badMethod", method, WipeMethod.allCases.map(\.rawValue).joined(separator: ", ")),
                code: "invalid-method")
        }
        var verification: VerificationMode?
        if let verify {
            guard let mode = VerificationMode(argument: verify) else {
                throw output.badInput(say.text("erasure.error.badVerify", verify), code: "invalid-verify")
            }
            verification = mode
        }
        guard !devices.isEmpty || all else {
            throw output.badInput(say.text("erasure.error.noDisk"), code: "no-disk")
        }
        let submission = try plannedSubmission(language: say.language)

        let inventory = DiskInventory()
        var disks = all ? inventory.disks() : []
        var named: Set<String> = []
        for path in devices {
            let disk: Disk
            do {
                disk = try inventory.disk(atPath: path)
            } catch DiskLookupError.isPartition(let path, let whole) {
                throw output.badInput(say.text("erasure.error.partition", path, "/dev/" + whole), code: "partition")
            } catch {
                throw output.badInput(say.text("erasure.error.unknownDisk", path), code: "unknown-disk")
            }
            disks.append(disk)
            named.insert(disk.name)
        }

        let environment = ProcessInfo.processInfo.environment
        let context = WipeContext(
            workshop: workshop ?? environment["REFURB_WORKSHOP"],
            station: station ?? environment["REFURB_STATION"] ?? ProcessInfo.processInfo.hostName,
            operator: operatorName ?? environment["REFURB_OPERATOR"],
            lot: lot, assetTag: submission?.tag.text ?? assetTag
        )
        return WipeOrder(
            request: WipeRequest(method: method, verification: verification, restoreHPA: restoreHPA, context: context),
            disks: disks, named: named, submission: submission)
    }

    /// Where certificates go, when they are to be sent: with an address (--submit, else $REFURB_URL) and
    /// --asset-tag. An explicit --submit, or --send-progress, without an asset tag is refused; $REFURB_URL alone
    /// with a loose drive (no asset tag) only keeps the certificate here, as without a service.
    private func plannedSubmission(language: Language) throws -> WipeSubmission? {
        let wanted = service.url != nil || sendProgress
        guard let address = service.serviceAddress else {
            if sendProgress {
                throw output.badInput(CLIMessages.text("cli.wipe.progressNeedsService", in: language), code: "no-service")
            }
            return nil
        }
        guard let assetTag, !assetTag.trimmingCharacters(in: .whitespaces).isEmpty else {
            if wanted { throw output.badInput(CLIMessages.text("cli.wipe.submitNeedsTag", in: language), code: "no-asset-tag") }
            return nil
        }
        let tag: AssetTag
        do {
            tag = try AssetTag(parsing: assetTag)
        } catch {
            throw output.badInput(
                CLIMessages.text("cli.wipe.badTag", CLIMessages.text(error.message, in: language), in: language),
                code: "invalid-asset-tag")
        }
        let endpoint = try service.endpoint(address: address, language: language)
        return WipeSubmission(delivery: ResultDelivery(endpoint: endpoint, spool: service.spoolFolder, language: language), tag: tag)
    }
}
