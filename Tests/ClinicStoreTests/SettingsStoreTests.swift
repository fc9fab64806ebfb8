import ClinicDomain
import Foundation
import Testing
@testable import ClinicStore

/// `set NAME VALUE` is a journaled `settingsChanged`: a reopen (from the journal, then from a snapshot) keeps it,
/// and an undo after the reopen puts the old value back.
@Suite struct SettingsStoreTests {
    @Test func aSetSurvivesAReopenAndUndoesAfterIt() throws {
        let dir = TempFolder()
        let store = try makeStore(dir)
        let before = store.practice.settings
        _ = try store.execute(command("set wait.late 45"), actor: "carla", now: testNow)
        _ = try store.execute(command("set wip.doing none"), actor: "carla", now: testNow)
        _ = try store.execute(command("set name \"Elm Street Clinic\""), actor: "carla", now: testNow)
        store.close()

        let replayed = try Store.open(folder: dir.path, options: quietOptions())
        #expect(replayed.practice.settings.waitLateMinutes == 45)
        #expect(replayed.practice.settings.wipLimits[.doing] == nil)
        #expect(replayed.practice.settings.name == "Elm Street Clinic")
        #expect(
            replayed.practice.settings.setLines(since: before) == [
                "set name \"Elm Street Clinic\"", "set wait.late 45", "set wip.doing none",
            ])
        try replayed.snapshotNow()
        replayed.close()

        let fromSnapshot = try Store.open(folder: dir.path, options: quietOptions())
        defer { fromSnapshot.close() }
        #expect(fromSnapshot.practice.settings.waitLateMinutes == 45)
        _ = try fromSnapshot.execute(command("undo"), actor: "carla", now: testNow)
        #expect(fromSnapshot.practice.settings.name == before.name)
        #expect(fromSnapshot.practice.settings.waitLateMinutes == 45, "only the newest change is undone")
    }
}
