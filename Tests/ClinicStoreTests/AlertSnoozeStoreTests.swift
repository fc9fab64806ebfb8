import ClinicDomain
import Foundation
import Testing
@testable import ClinicStore

/// A snooze is journaled, so it is the same after a restart (from the journal and from a snapshot) and in every
/// process tailing the journal; it stays out of the undo log.
@Suite struct AlertSnoozeStoreTests {
    @Test func aSnoozeSurvivesReopeningFromTheJournalAndASnapshot() throws {
        let dir = TempFolder()
        let store = try makeStore(dir)
        _ = try store.execute(
            command("task add \"Call payer\" --due 2026-11-01 --priority high"), actor: "ana", now: testNow)
        let alert = try #require(store.practice.alerts(now: testNow).first)
        _ = try store.execute(.snoozeAlert(alert.identity, minutes: 90), actor: "ana", now: testNow)
        let snoozes = store.practice.snoozes(of: "ana", at: testNow)
        #expect(snoozes.keys.sorted() == [alert.identity])
        #expect(store.practice.undoLog.entries.count == 1, "the task only")
        store.close()

        let replayed = try Store.open(folder: dir.path, options: quietOptions())
        #expect(replayed.practice.snoozes(of: "ana", at: testNow) == snoozes)
        #expect(replayed.practice.snoozes(of: "ben", at: testNow).isEmpty)
        try replayed.snapshotNow()
        replayed.close()

        let fromSnapshot = try Store.open(folder: dir.path, options: quietOptions())
        defer { fromSnapshot.close() }
        #expect(fromSnapshot.recovery.snapshotSeq == 2)
        #expect(fromSnapshot.practice.snoozes(of: "ana", at: testNow) == snoozes)
        #expect(fromSnapshot.practice.snoozes(of: "ana", at: testNow.addingTimeInterval(91 * 60)).isEmpty)
        _ = try fromSnapshot.execute(command("alert unsnooze all"), actor: "ana", now: testNow)
        #expect(fromSnapshot.practice.snoozes(of: "ana", at: testNow).isEmpty)
    }
}
