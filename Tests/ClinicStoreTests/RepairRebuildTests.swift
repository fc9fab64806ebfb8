import ClinicDomain
import Foundation
import Testing
@testable import ClinicStore

/// Finding 4: `check --repair` on a folder whose snapshot is garbage either restores a verifying starting state
/// or says exactly which file to restore — it never reports a folder that does not open as repaired.
@Suite struct RepairRebuildTests {
    static func folder(_ dir: TempFolder, commands: Int) throws -> Practice {
        let store = try makeStore(dir)
        for i in 1...commands { _ = try store.execute(command("task add \"Task \(i)\""), actor: "S-1", now: testNow) }
        let state = store.practice
        store.close()
        return state
    }

    static func garble(_ dir: TempFolder, _ name: String) {
        var bytes = dir.bytes(name)
        for i in stride(from: 0, to: bytes.count, by: 7) { bytes[i] ^= 0x5A }
        dir.write(name, bytes)
    }

    @Test func garbageOnlySnapshotWithoutACopySaysWhatToRestore() throws {
        let dir = TempFolder()
        _ = try Self.folder(dir, commands: 3)
        Self.garble(dir, "snapshot-0.snap")
        let report = try StoreCheck.repair(folder: dir.path, now: testNow)
        let sentence = try #require(report.stillBroken)
        #expect(sentence.contains("snapshot-0.snap") && sentence.contains("backup") && sentence.contains(dir.path))
        #expect(sentence.contains("seq 1…3"), "\(sentence)")
        #expect(sentence.contains("repair-\(Int(testNow.timeIntervalSince1970))"), "names where the damaged copy is")
        #expect(!report.actions.contains { $0.contains("opens again") })
        #expect(throws: StoreError.self) { try Store.open(folder: dir.path, options: quietOptions()) }
    }

    @Test func aVerifyingSnapshotInAnEarlierRepairCopyIsRestoredAndTheJournalReplayed() throws {
        let dir = TempFolder()
        let state = try Self.folder(dir, commands: 4)
        let goodSnapshot = dir.bytes("snapshot-0.snap")
        Self.garble(dir, "snapshot-0.snap")
        // an earlier repair (or a person restoring a backup there) left a good copy of the initial state
        try FileSystem.makeDirectory(dir.file("repair-100"))
        dir.write("repair-100/snapshot-0.snap", goodSnapshot)

        let report = try StoreCheck.repair(folder: dir.path, now: testNow)
        #expect(report.stillBroken == nil, "\(report.stillBroken ?? "")")
        #expect(
            report.actions.contains { $0.contains("restored snapshot-0.snap from repair-100/") }, "\(report.actions)")
        #expect(report.actions.last == "the folder opens again at seq 4")
        let store = try Store.open(folder: dir.path, options: quietOptions())
        defer { store.close() }
        #expect(store.practice == state)
        #expect(store.recovery.replayedEvents == 4)
    }

    @Test func aDamagedNewestSnapshotFallsBackToTheKeptInitialOne() throws {
        let dir = TempFolder()
        let store = try makeStore(dir)
        for round in 1...3 {
            _ = try store.execute(command("task add \"R\(round)\""), actor: "S-1", now: testNow)
            try store.snapshotNow()
        }
        let state = store.practice
        store.close()
        #expect(dir.snapshotNames() == ["snapshot-0.snap", "snapshot-2.snap", "snapshot-3.snap"])
        Self.garble(dir, "snapshot-2.snap")
        Self.garble(dir, "snapshot-3.snap")
        let report = try StoreCheck.repair(folder: dir.path, now: testNow)
        #expect(report.stillBroken == nil)
        let reopened = try Store.open(folder: dir.path, options: quietOptions())
        defer { reopened.close() }
        #expect(reopened.practice == state, "snapshot-0 plus every segment rebuilds the state")
        #expect(reopened.recovery.snapshotSeq == 0 && reopened.recovery.replayedEvents == 3)
    }

    @Test func aJournalThatDoesNotStartAtOneNamesTheSnapshotRangeToRestore() throws {
        let dir = TempFolder()
        let store = try makeStore(dir)
        _ = try store.execute(command("task add \"A\""), actor: "S-1", now: testNow)
        try store.snapshotNow()
        _ = try store.execute(command("task add \"B\""), actor: "S-1", now: testNow)
        store.close()
        try FileSystem.remove(dir.file("journal-1.log"))
        try FileSystem.remove(dir.file("snapshot-0.snap"))
        Self.garble(dir, "snapshot-1.snap")
        let report = try StoreCheck.repair(folder: dir.path, now: testNow)
        let sentence = try #require(report.stillBroken)
        #expect(sentence.contains("starts at seq 2 (journal-2.log)") && sentence.contains("seq 1…2"), "\(sentence)")
    }
}

@Suite struct MissingEventsTests {
    /// A folder whose journal starts after its snapshot ends does not open, so `check` must not call it healthy,
    /// and `--repair` (which cannot invent the events) says what to restore instead of "opens again".
    @Test func aJournalStartingAfterTheSnapshotIsAProblemRepairCannotHide() throws {
        let dir = TempFolder()
        let store = try makeStore(dir)
        _ = try store.execute(command("task add \"A\""), actor: "S-1", now: testNow)
        _ = try store.execute(command("task add \"B\""), actor: "S-1", now: testNow)
        try store.snapshotNow()
        _ = try store.execute(command("task add \"C\""), actor: "S-1", now: testNow)
        store.close()
        try FileSystem.remove(dir.file("snapshot-2.snap"))
        try FileSystem.remove(dir.file("journal-1.log"))
        let report = try StoreCheck.check(folder: dir.path)
        #expect(report.problems.map(\.kind) == [.missingEvents])
        #expect(report.problems.first?.detail.contains("events 1…2 are in no file") == true, "\(report.problems)")
        let repair = try StoreCheck.repair(folder: dir.path, now: testNow)
        let sentence = try #require(repair.stillBroken)
        #expect(sentence.contains("events 1…2 are missing") && sentence.contains("from a backup"), "\(sentence)")
        #expect(!sentence.contains("run `clinicdesk check --data"))
        #expect(dir.segmentNames() == ["journal-3.log"], "nothing was cut or moved")
    }
}
