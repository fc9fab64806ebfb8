import ClinicDomain
import Foundation
import Testing
@testable import ClinicStore

/// The undo log is the same in every process and after a restart: replayed from the journal, kept in snapshots.
@Suite struct UndoStoreTests {
    @Test func undoSurvivesAReopenFromTheJournalAndFromASnapshot() throws {
        let dir = TempFolder()
        let store = try makeStore(dir)
        _ = try store.execute(command("task add \"Order gloves\""), actor: "ana", now: testNow)
        _ = try store.execute(command("task add \"Call payer\""), actor: "ana", now: testNow)
        let undone = try store.execute(command("undo"), actor: "ana", now: testNow)
        #expect(undone.seq == 3)
        #expect(store.practice.tasks.count == 1)
        let log = store.practice.undoLog
        #expect(log.entries.map(\.summary) == ["add task T-1", "add task T-2", "undo add task T-2"])
        store.close()

        // From the journal: the log is rebuilt group by group, and undoing the undo redoes.
        let replayed = try Store.open(folder: dir.path, options: quietOptions())
        #expect(replayed.practice.undoLog == log)
        _ = try replayed.execute(command("undo"), actor: "ana", now: testNow)
        #expect(replayed.practice.tasks.count == 2)
        try replayed.snapshotNow()
        let afterRedo = replayed.practice.undoLog
        replayed.close()

        // From the snapshot: its undo-log section holds the same entries.
        let fromSnapshot = try Store.open(folder: dir.path, options: quietOptions())
        defer { fromSnapshot.close() }
        #expect(fromSnapshot.recovery.snapshotSeq == 4)
        #expect(fromSnapshot.practice.undoLog == afterRedo)
        #expect(throws: StoreError.self) {
            try fromSnapshot.execute(command("undo 1"), actor: "joe", now: testNow)
        }
        _ = try fromSnapshot.execute(command("undo 1"), actor: "ana", now: testNow)
        #expect(fromSnapshot.practice.tasks[TaskID(1)] == nil)
    }

    @Test func twoProcessesTailingOneJournalAgreeOnTheLog() throws {
        let dir = TempFolder()
        let writer = try makeStore(dir)
        defer { writer.close() }
        let reader = try Store.open(folder: dir.path, options: quietOptions())
        defer { reader.close() }
        _ = try writer.execute(command("task add \"A\""), actor: "ana", now: testNow)
        _ = writer.executeBatch([command("task add \"B\""), command("task add \"C\"")], actor: "ana", now: testNow)
        _ = try writer.execute(command("undo 2"), actor: "ana", now: testNow)
        _ = reader.pollNow()
        #expect(reader.practice.undoLog == writer.practice.undoLog)
        #expect(reader.practice.undoLog.entries.count == 4)
    }
}
