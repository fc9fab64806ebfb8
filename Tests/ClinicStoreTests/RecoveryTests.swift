import ClinicDomain
import Foundation
import Testing
@testable import ClinicStore

@Suite struct RecoveryTests {
    /// A folder with `count` commands in journal-1.log; returns the record boundaries.
    static func journal(_ dir: TempFolder, count: Int) throws -> [Int] {
        let store = try makeStore(dir)
        var boundaries = [0]
        for i in 1...count {
            _ = try store.execute(command("task add \"Task \(i)\""), actor: "S-1", now: testNow)
            boundaries.append(dir.bytes("journal-1.log").count)
        }
        store.close()
        return boundaries
    }

    @Test func truncatingTheLastRecordAtEveryOffsetRecovers() throws {
        let dir = TempFolder()
        let boundaries = try Self.journal(dir, count: 4)
        let full = dir.bytes("journal-1.log")
        let lastStart = boundaries[3]
        let expected = try Store.open(folder: dir.path, mode: .readOnly, options: quietOptions())
        expected.close()
        for cut in lastStart..<full.count {
            dir.write("journal-1.log", Array(full[0..<cut]))
            let store = try Store.open(folder: dir.path, options: quietOptions())
            #expect(store.lastSeq == 3, "cut at \(cut)")
            if cut > lastStart {
                #expect(store.recovery.notes.count == 1, "cut at \(cut)")
                #expect(store.recovery.notes.first?.contains("byte offset \(lastStart)") == true)
            } else {
                #expect(store.recovery.notes.isEmpty)
            }
            store.close()
            #expect(dir.bytes("journal-1.log") == Array(full[0..<lastStart]), "tail cut back to the boundary")
        }
        // and the store keeps working after a cut
        dir.write("journal-1.log", Array(full[0..<(lastStart + 5)]))
        let store = try Store.open(folder: dir.path, options: quietOptions())
        #expect(try store.execute(command("task add \"After\""), actor: "S-1", now: testNow).seq == 4)
        store.close()
    }

    @Test func bitFlipMidJournalRefusesWritableOpenNamingTheOffset() throws {
        let dir = TempFolder()
        let boundaries = try Self.journal(dir, count: 5)
        var bytes = dir.bytes("journal-1.log")
        bytes[boundaries[1] + 30] ^= 0x20 // inside record seq 2
        dir.write("journal-1.log", bytes)
        #expect {
            try Store.open(folder: dir.path, options: quietOptions())
        } throws: { error in
            guard case StoreError.corrupt(let path, let offset, _) = error else { return false }
            let text = "\(error)"
            return path.hasSuffix("journal-1.log") && offset == Int64(boundaries[1])
                && text.contains("byte offset \(boundaries[1])") && text.contains("check --repair")
        }
        #expect(dir.bytes("journal-1.log") == bytes, "a refused open leaves the file alone")
        // read-only open shows what is before the damage and says why it cannot write
        let viewer = try Store.open(folder: dir.path, mode: .readOnly, options: quietOptions())
        defer { viewer.close() }
        #expect(viewer.lastSeq == 1)
        #expect(viewer.recovery.damage?.contains("byte offset \(boundaries[1])") == true)
        #expect(!viewer.isWritable)
    }

    @Test func snapshotGenerationsRotateAndPrune() throws {
        let dir = TempFolder()
        let store = try makeStore(dir)
        for round in 1...3 {
            for i in 1...2 { _ = try store.execute(command("task add \"R\(round) \(i)\""), actor: "S-1", now: testNow) }
            try store.snapshotNow()
        }
        let state = store.practice
        store.close()
        #expect(
            dir.snapshotNames() == ["snapshot-0.snap", "snapshot-4.snap", "snapshot-6.snap"],
            "the initial state is kept")
        #expect(dir.segmentNames() == ["journal-1.log", "journal-3.log", "journal-5.log", "journal-7.log"])
        let reopened = try Store.open(folder: dir.path, options: quietOptions())
        #expect(reopened.practice == state)
        #expect(reopened.recovery.snapshotSeq == 6 && reopened.recovery.replayedEvents == 0)
        reopened.close()

        // a damaged newest snapshot falls back to the previous generation plus replay
        var snap = dir.bytes("snapshot-6.snap")
        snap[snap.count - 3] ^= 0xFF
        dir.write("snapshot-6.snap", snap)
        let fallback = try Store.open(folder: dir.path, options: quietOptions())
        defer { fallback.close() }
        #expect(fallback.practice == state)
        #expect(fallback.recovery.snapshotSeq == 4 && fallback.recovery.replayedEvents == 2)
        #expect(fallback.recovery.notes.contains { $0.contains("snapshot-6.snap") })
    }

    @Test func leftoverTempSnapshotIsIgnored() throws {
        let dir = TempFolder()
        _ = try Self.journal(dir, count: 2)
        dir.write(".snapshot-9.tmp-123-456", Array("half written".utf8))
        let store = try Store.open(folder: dir.path, options: quietOptions())
        defer { store.close() }
        #expect(store.lastSeq == 2)
    }

    @Test func automaticSnapshotAfterNEventsIsTakenOffThread() throws {
        let dir = TempFolder()
        var options = quietOptions()
        options.snapshotEveryEvents = 5
        let store = try makeStore(dir, options: options)
        for i in 1...5 { _ = try store.execute(command("task add \"T\(i)\""), actor: "S-1", now: testNow) }
        let deadline = Date().addingTimeInterval(5)
        while !dir.snapshotNames().contains("snapshot-5.snap") && Date() < deadline { usleep(5_000) }
        #expect(dir.snapshotNames().contains("snapshot-5.snap"))
        store.close()
        #expect(dir.segmentNames().contains("journal-6.log"))
    }

    @Test func cleanCloseSnapshots() throws {
        let dir = TempFolder()
        var options = quietOptions()
        options.snapshotOnClose = true
        options.snapshotOnCloseMinimumEvents = 1
        let store = try makeStore(dir, options: options)
        _ = try store.execute(command("task add \"A\""), actor: "S-1", now: testNow)
        store.close()
        #expect(dir.snapshotNames() == ["snapshot-0.snap", "snapshot-1.snap"])
    }
}

@Suite struct SnapshotPolicyTests {
    @Test func tinySessionsDoNotSnapshotOnClose() throws {
        let dir = TempFolder()
        var options = quietOptions()
        options.snapshotOnClose = true // default minimum: 500 events
        let store = try makeStore(dir, options: options)
        _ = try store.execute(command("task add \"A\""), actor: "S-1", now: testNow)
        store.close()
        #expect(dir.snapshotNames() == ["snapshot-0.snap"])
    }
}
