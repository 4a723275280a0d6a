import Foundation
import Testing
@testable import RefurbClient

@Suite struct SubmissionSpoolTests {
    @Test func enqueueWritesOneCompleteFileNamedByTimeAndID() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let submission = makeSubmission("R000001L")
        try spool.enqueue(submission)

        let name = "\(submission.createdAtMillis)-\(submission.id).json"
        #expect(fileNames(in: spool.directory) == [name])
        let hidden = try FileManager.default.contentsOfDirectory(atPath: spool.directory.path).filter { $0.hasPrefix(".tmp") }
        #expect(hidden.isEmpty)
        let data = try Data(contentsOf: spool.directory.appendingPathComponent(name))
        #expect(try JSONDecoder().decode(Submission.self, from: data) == submission)
        #expect(try spool.pending() == [submission])
    }

    @Test func pendingListsOldestFirstWhateverTheOrderOfEnqueueing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let middle = makeSubmission("R000002L", secondsAgo: 20)
        let newest = makeSubmission("R000003L", secondsAgo: 1)
        let oldest = makeSubmission("R000001L", secondsAgo: 300)
        for submission in [middle, newest, oldest] { try spool.enqueue(submission) }
        #expect(try spool.pending() == [oldest, middle, newest])
        #expect(try spool.pendingCount() == 3)
    }

    @Test func timesWithFewerDigitsStillSortFirst() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let early = Submission(path: "/p", body: Data(), createdAt: Date(timeIntervalSince1970: 9.999), summary: "early")
        let late = Submission(path: "/p", body: Data(), createdAt: Date(timeIntervalSince1970: 10), summary: "late")
        try spool.enqueue(late)
        try spool.enqueue(early)
        #expect(try spool.pending().map(\.summary) == ["early", "late"])
    }

    @Test func removeDeletesTheFileAndSaysWhetherThereWasOne() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let kept = makeSubmission("R000001L", secondsAgo: 2)
        let sent = makeSubmission("R000002L", secondsAgo: 1)
        try spool.enqueue(kept)
        try spool.enqueue(sent)
        #expect(try spool.remove(id: sent.id))
        #expect(try !spool.remove(id: sent.id))
        #expect(try spool.pending() == [kept])
    }

    @Test func rejectMovesTheFileAsideWithItsReason() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let submission = makeSubmission("R000001L")
        try spool.enqueue(submission)
        #expect(try spool.reject(id: submission.id, reason: "HTTP 422: numéro de série inconnu"))

        #expect(try spool.pending().isEmpty)
        let name = "\(submission.createdAtMillis)-\(submission.id).json"
        #expect(fileNames(in: spool.rejectedDirectory) == [name, name + ".reason.txt"])
        let reason = try String(contentsOf: spool.rejectedDirectory.appendingPathComponent(name + ".reason.txt"), encoding: .utf8)
        #expect(reason.contains("HTTP 422: numéro de série inconnu"))
        let moved = try Data(contentsOf: spool.rejectedDirectory.appendingPathComponent(name))
        #expect(try JSONDecoder().decode(Submission.self, from: moved) == submission)
        #expect(try !spool.reject(id: "no-such-id", reason: "x"))
    }

    @Test func unreadableFilesAreSetAsideWithAReasonAndTheRestIsReturned() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let good = makeSubmission("R000001L", secondsAgo: 10)
        let truncated = makeSubmission("R000002L", secondsAgo: 5)
        let later = makeSubmission("R000003L", secondsAgo: 1)
        for submission in [good, truncated, later] { try spool.enqueue(submission) }
        let truncatedName = "\(truncated.createdAtMillis)-\(truncated.id).json"
        let truncatedURL = spool.directory.appendingPathComponent(truncatedName)
        let full = try Data(contentsOf: truncatedURL)
        try full.prefix(full.count / 2).write(to: truncatedURL)
        let garbageName = "\(good.createdAtMillis + 1)-0badc0de-0000-0000-0000-000000000000.json"
        try Data("\u{0}\u{1}not json".utf8).write(to: spool.directory.appendingPathComponent(garbageName))
        let strangerName = "notes.json"
        try Data("{}".utf8).write(to: spool.directory.appendingPathComponent(strangerName))

        #expect(try spool.pending() == [good, later])
        let rejected = fileNames(in: spool.rejectedDirectory)
        for name in [truncatedName, garbageName, strangerName] {
            #expect(rejected.contains(name))
            #expect(rejected.contains(name + ".reason.txt"))
        }
        let reason = try String(contentsOf: spool.rejectedDirectory.appendingPathComponent(truncatedName + ".reason.txt"), encoding: .utf8)
        #expect(reason.contains("Fichier illisible"))
        #expect(reason.contains("Unreadable file"))
        // Set aside once, not again on the next listing.
        #expect(try spool.pending() == [good, later])
    }

    @Test func aFileWhoseContentDoesNotMatchItsNameIsSetAside() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let submission = makeSubmission("R000001L")
        try spool.enqueue(submission)
        let original = spool.directory.appendingPathComponent("\(submission.createdAtMillis)-\(submission.id).json")
        let renamed = spool.directory.appendingPathComponent("\(submission.createdAtMillis)-someone-else.json")
        try FileManager.default.moveItem(at: original, to: renamed)
        #expect(try spool.pending().isEmpty)
        #expect(fileNames(in: spool.rejectedDirectory).contains(renamed.lastPathComponent))
    }

    @Test func leftoverTemporaryFilesOfACrashedWriteAreIgnored() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        try FileManager.default.createDirectory(at: spool.directory, withIntermediateDirectories: true)
        try Data("{\"id\":".utf8).write(to: spool.directory.appendingPathComponent(".tmp-1234-5-x.json"))
        #expect(try spool.pending().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: spool.rejectedDirectory.path))
    }

    @Test func aMissingSpoolFolderIsAnEmptySpool() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        #expect(try dir.spool.pending().isEmpty)
        #expect(try !dir.spool.remove(id: "abc"))
    }

    @Test func refusesABadIdentifierAndASecondCopyOfTheSameSubmission() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        #expect(throws: ClientError("submission.badID", "../x")) {
            try spool.enqueue(Submission(id: "../x", path: "/p", body: Data(), summary: "s"))
        }
        let submission = makeSubmission("R000001L")
        try spool.enqueue(submission)
        #expect(throws: ClientError("spool.duplicate", submission.id)) {
            try spool.enqueue(submission)
        }
        #expect(try spool.pending() == [submission])
    }

    @Test func aSpoolThatCannotBeCreatedIsAClearError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let blocker = dir.url.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let spool = SubmissionSpool(directory: blocker.appendingPathComponent("spool"))
        let error = try #require(throws: ClientError.self) { try spool.enqueue(makeSubmission("R000001L")) }
        #expect(error.key == "spool.cannotCreate")
        #expect(error.english.contains(blocker.path))
    }

    @Test func theSyncLockIsExclusiveUntilReleased() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let first = try spool.lockForSync()
        let error = try #require(throws: ClientError.self) { try spool.lockForSync() }
        #expect(error.key == "spool.busy")
        #expect(error.french.contains("déjà en cours"))
        // Another value for the same folder shares the lock file.
        #expect(throws: ClientError.self) { try SubmissionSpool(directory: spool.directory).lockForSync() }
        first.release()
        let second = try spool.lockForSync()
        second.release()
    }

    @Test func aClaimedFileCannotBeClaimedAgainAndAGoneFileCannotBeClaimed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spool = dir.spool
        let submission = makeSubmission("R000001L")
        let held = try spool.enqueueClaimed(submission)
        #expect(try spool.claim(id: submission.id) == nil)
        held.release()
        let claim = try #require(try spool.claim(id: submission.id))
        try spool.remove(id: submission.id)
        claim.release()
        #expect(try spool.claim(id: submission.id) == nil)
    }

    @Test func theDefaultFolderIsREFURB_SPOOLElseUnderHome() {
        let explicit = SubmissionSpool.defaultDirectory(environment: ["REFURB_SPOOL": "/mnt/usb/spool", "HOME": "/root"])
        #expect(explicit.path == "/mnt/usb/spool")
        let fallback = SubmissionSpool.defaultDirectory(environment: ["HOME": "/home/benevole"])
        #expect(fallback.path == "/home/benevole/.local/share/refurb/spool")
        let empty = SubmissionSpool.defaultDirectory(environment: ["REFURB_SPOOL": "", "HOME": "/home/b"])
        #expect(empty.path == "/home/b/.local/share/refurb/spool")
    }
}
