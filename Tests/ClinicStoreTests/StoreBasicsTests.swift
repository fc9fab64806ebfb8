import ClinicDomain
import Foundation
import Testing
@testable import ClinicStore

@Suite struct StoreBasicsTests {
    @Test func createExecuteReopenKeepsEverything() throws {
        let dir = TempFolder()
        let store = try makeStore(dir)
        let r1 = try store.execute(command("task add \"Order nitrile gloves\""), actor: "S-1", now: testNow)
        let r2 = try store.execute(command("task add \"Call payer\""), actor: "S-2", now: testNow)
        #expect(r1.seq == 1 && r2.seq == 2)
        #expect(r1.newID != nil)
        #expect(r1.events[0].at == Date(timeIntervalSince1970: 1_795_510_800), "event time is rounded down")
        #expect(r1.events[0].actor == "S-1")
        #expect(store.refresh().map(\.seq) == [1, 2])
        let before = store.practice
        store.close()

        let again = try Store.open(folder: dir.path, options: quietOptions())
        defer { again.close() }
        #expect(again.practice == before)
        #expect(again.recovery.replayedEvents == 2 && again.recovery.snapshotSeq == 0)
        #expect(again.recovery.notes.isEmpty)
    }

    @Test func rejectedCommandChangesNothing() throws {
        let dir = TempFolder()
        let store = try makeStore(dir)
        defer { store.close() }
        _ = try store.execute(command("task add \"One\""), actor: "S-1", now: testNow)
        let before = store.practice
        let size = dir.bytes("journal-1.log").count
        #expect {
            try store.execute(command("task done T-999"), actor: "S-1", now: testNow)
        } throws: { error in
            guard case StoreError.rejected(let message) = error else { return false }
            return message.contains("T-999")
        }
        #expect(store.practice == before)
        #expect(dir.bytes("journal-1.log").count == size)
    }

    @Test func batchIsOneGroupCommitAndSkipsRejected() throws {
        let dir = TempFolder()
        let store = try makeStore(dir)
        defer { store.close() }
        let results = store.executeBatch(
            [command("task add \"A\""), command("task done T-77"), command("task add \"B\"")],
            actor: "import", now: testNow)
        #expect(results.count == 3)
        #expect((try? results[0].get())?.seq == 1)
        #expect((try? results[1].get()) == nil)
        #expect((try? results[2].get())?.seq == 2)
        #expect(store.lastSeq == 2)
    }

    @Test func filesArePrivate() throws {
        let dir = TempFolder()
        let store = try makeStore(dir)
        _ = try store.execute(command("task add \"A\""), actor: "S-1", now: testNow)
        try store.snapshotNow()
        store.close()
        #expect(mode(of: dir.path) == 0o700)
        for name in try FileSystem.list(dir.path) {
            #expect(mode(of: dir.file(name)) == 0o600, "\(name)")
        }
    }

    @Test func createRefusesNonEmptyFolderUnlessReplacing() throws {
        let dir = TempFolder()
        try Store.create(folder: dir.path, initial: initialPractice())
        #expect(throws: StoreError.folderNotEmpty(path: dir.path)) {
            try Store.create(folder: dir.path, initial: initialPractice())
        }
        let other = TempFolder()
        other.write("notes.txt", Array("mine".utf8))
        #expect(throws: StoreError.self) {
            try Store.create(folder: other.path, initial: initialPractice(), replacing: true)
        }
        try Store.create(folder: dir.path, initial: initialPractice(), replacing: true)
        #expect(dir.segmentNames() == ["journal-1.log"])
    }

    @Test func formatMismatchAndMissingFormatFailClearly() throws {
        let dir = TempFolder()
        try Store.create(folder: dir.path, initial: initialPractice())
        dir.write("FORMAT", Array("clinicdesk-store 3\n".utf8))
        #expect {
            try Store.open(folder: dir.path, options: quietOptions())
        } throws: { error in
            guard case StoreError.unsupportedFormat = error else { return false }
            return "\(error)".contains("format 2")
        }
        try FileSystem.remove(dir.file("FORMAT"))
        #expect {
            try Store.open(folder: dir.path, options: quietOptions())
        } throws: { error in
            guard case StoreError.notAStore = error else { return false }
            return "\(error)".contains("no FORMAT")
        }
        let empty = TempFolder()
        #expect(throws: StoreError.self) { try Store.open(folder: empty.path, options: quietOptions()) }
    }

    @Test func networkFileSystemsAreRecognised() {
        #expect(DataFolder.networkKind(magic: 0x6969) == "NFS")
        #expect(DataFolder.networkKind(magic: 0xFF53_4D42) == "CIFS")
        #expect(DataFolder.networkKind(magic: 0xEF53) == nil) // ext4
        #expect(DataFolder.networkKind(magic: 0x0102_1994) == nil) // tmpfs
        #expect(StoreError.networkFileSystem(path: "/mnt/x", kind: "NFS").description.contains("local folder"))
    }

    @Test func defaultFolderFollowsXDG() {
        #expect(
            DataFolder.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/a"]) == "/x/data/clinicdesk"
        )
        #expect(
            DataFolder.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/a"])
                == "/home/a/.local/share/clinicdesk")
        #expect(DataFolder.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/clinicdesk")
    }

    @Test func readOnlyStoreRefusesWrites() throws {
        let dir = TempFolder()
        try Store.create(folder: dir.path, initial: initialPractice())
        let store = try Store.open(folder: dir.path, mode: .readOnly, options: quietOptions())
        defer { store.close() }
        #expect(!store.isWritable)
        #expect(throws: StoreError.self) { try store.execute(command("task add \"A\""), actor: "S-1", now: testNow) }
    }
}
