import ClinicDomain
import Foundation
import Glibc
import Testing
@testable import ClinicStore

/// Finding 2: deciding on a snapshot and writing it is one step across processes (`snapshot.lock`), so two
/// writers never write snapshots closer than the policy allows. Two stores in one process stand in for two
/// processes: each open of snapshot.lock is its own open file description, and flock excludes those.
@Suite struct SnapshotExclusionTests {
    static func every(_ events: UInt64) -> Store.Options {
        var options = quietOptions()
        options.snapshotEveryEvents = events
        return options
    }

    @Test func aSnapshotLockHeldElsewhereSkipsTheDueSnapshot() throws {
        let dir = TempFolder()
        let store = try makeStore(dir, options: Self.every(5))
        defer { store.close() }
        let other = try FileLock(path: DataFolder(path: dir.path).snapshotLockPath, create: true)
        try other.lock(.exclusive)
        for i in 1...5 { _ = try store.execute(command("task add \"T\(i)\""), actor: "S-1", now: testNow) }
        store.waitForQueuedSnapshots()
        #expect(dir.snapshotNames() == ["snapshot-0.snap"], "whoever holds snapshot.lock is writing one")
        #expect(store.writtenSnapshotSeqs.isEmpty)
        other.unlock()
        other.close()
        _ = try store.execute(command("task add \"T6\""), actor: "S-1", now: testNow)
        store.waitForQueuedSnapshots()
        #expect(store.writtenSnapshotSeqs == [6])
        #expect(dir.snapshotNames() == ["snapshot-0.snap", "snapshot-6.snap"])
    }

    @Test func anotherWritersFreshSnapshotMakesOursNotDue() throws {
        let dir = TempFolder()
        let a = try makeStore(dir, options: Self.every(5))
        let b = try Store.open(folder: dir.path, options: Self.every(5))
        defer { a.close(); b.close() }
        for i in 1...5 { _ = try a.execute(command("task add \"A\(i)\""), actor: "S-1", now: testNow) }
        a.waitForQueuedSnapshots()
        #expect(a.writtenSnapshotSeqs == [5])
        // b's own count says due (6 events since *its* last snapshot, seq 0); the disk says seq 5 is one event old.
        _ = try b.execute(command("task add \"B1\""), actor: "S-2", now: testNow)
        b.waitForQueuedSnapshots()
        #expect(b.writtenSnapshotSeqs.isEmpty)
        #expect(dir.snapshotNames() == ["snapshot-0.snap", "snapshot-5.snap"])
    }

    @Test func concurrentWritersNeverSnapshotCloserThanTheRule() async throws {
        let dir = TempFolder()
        let rule: UInt64 = 10
        let first = try makeStore(dir, options: Self.every(rule))
        let stores = [first] + (try (0..<2).map { _ in try Store.open(folder: dir.path, options: Self.every(rule)) })
        await withTaskGroup(of: Void.self) { group in
            for (w, store) in stores.enumerated() {
                group.addTask {
                    for i in 0..<80 {
                        _ = try? store.execute(command("task add \"w\(w) n\(i)\""), actor: "S-\(w + 1)", now: testNow)
                    }
                }
            }
        }
        for store in stores { store.waitForQueuedSnapshots() }
        let written = stores.flatMap(\.writtenSnapshotSeqs).sorted()
        #expect(!written.isEmpty)
        let gaps = zip([0] + written, written).map { $1 - $0 }
        #expect(gaps.allSatisfy { $0 >= rule }, "snapshot seqs \(written)")
        for store in stores { store.close() }
        let reopened = try Store.open(folder: dir.path, options: quietOptions())
        defer { reopened.close() }
        #expect(reopened.lastSeq == 240)
    }

    @Test func policyComparesWithTheNewestSnapshotOnDisk() {
        var options = quietOptions()
        options.snapshotEveryEvents = 100
        options.snapshotInterval = 600
        options.snapshotOnCloseMinimumEvents = 500
        let now = Date(timeIntervalSince1970: 10_000)
        let newest = SnapshotPolicy.OnDisk(seq: 1_000, written: now.addingTimeInterval(-60))
        func due(_ seq: UInt64, _ trigger: SnapshotPolicy.Trigger, _ disk: SnapshotPolicy.OnDisk? = newest) -> Bool {
            SnapshotPolicy.isDue(seq: seq, newestOnDisk: disk, trigger: trigger, options: options, now: now)
        }
        #expect(!due(1_099, .events) && due(1_100, .events))
        #expect(!due(1_000, .events), "nothing new since the newest snapshot")
        #expect(!due(900, .events), "another process is ahead of this copy")
        #expect(!due(5_000, .time), "written a minute ago")
        #expect(due(1_001, .time, SnapshotPolicy.OnDisk(seq: 1_000, written: now.addingTimeInterval(-601))))
        #expect(!due(1_499, .close) && due(1_500, .close))
        #expect(due(1, .events, nil))
    }
}

/// Finding 3: a snapshot that cannot be written is said, through the store's notes (the dashboard's status line,
/// exec's stderr), naming the file, the folder and the cause, and that the journal still holds every change.
@Suite struct SnapshotFailureNoteTests {
    @Test func aFailedSnapshotBecomesOneNoteAndTheNextOneSucceedsOnceTheCauseIsGone() throws {
        let dir = TempFolder()
        let store = try makeStore(dir, options: SnapshotExclusionTests.every(5))
        defer { store.close() }
        // Root ignores file modes, so the failure is one no user escapes: snapshot.lock is a directory.
        try FileSystem.makeDirectory(dir.file("snapshot.lock"))
        for i in 1...6 { _ = try store.execute(command("task add \"T\(i)\""), actor: "S-1", now: testNow) }
        store.waitForQueuedSnapshots()
        let notes = store.takeNotes()
        #expect(notes.count == 1, "one note per failed attempt, not one per command: \(notes)")
        let note = try #require(notes.first)
        #expect(
            note.contains("snapshot-5.snap") && note.contains(dir.path) && note.contains("snapshot.lock"), "\(note)")
        #expect(note.contains("Is a directory") && note.contains("the journal still holds every change"), "\(note)")
        #expect(dir.snapshotNames() == ["snapshot-0.snap"])

        rmdir(dir.file("snapshot.lock"))
        for i in 7...10 { _ = try store.execute(command("task add \"T\(i)\""), actor: "S-1", now: testNow) }
        store.waitForQueuedSnapshots()
        #expect(store.takeNotes().isEmpty)
        #expect(dir.snapshotNames() == ["snapshot-0.snap", "snapshot-10.snap"])
    }
}
