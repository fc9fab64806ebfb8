import ClinicDomain
import Foundation
import Testing
@testable import ClinicStore

/// Finding 5: `check --repair --salvage` keeps the valid, acknowledged records after a damaged one when they still
/// apply, with new contiguous seqs, and lists those that no longer hold with their old seq and why.
@Suite struct SalvageTests {
    /// 60 commands, one event each; command 6 adds T-6 and command 7 finishes it. Returns record boundaries.
    static func sixtyRecords(_ dir: TempFolder) throws -> [Int] {
        let store = try makeStore(dir)
        var boundaries = [0]
        for i in 1...60 {
            let line = i == 7 ? "task done T-6" : "task add \"Task \(i)\""
            _ = try store.execute(command(line), actor: "S-1", now: testNow)
            boundaries.append(dir.bytes("journal-1.log").count)
        }
        store.close()
        return boundaries
    }

    @Test func aFlippedBitInRecordSixKeepsTheFiftyThreeLaterRecordsThatStillHold() throws {
        let dir = TempFolder()
        let boundaries = try Self.sixtyRecords(dir)
        var bytes = dir.bytes("journal-1.log")
        let damagedAt = boundaries[5] // record seq 6 starts here
        bytes[damagedAt + RecordCodec.headerSize + 5] ^= 0x04
        dir.write("journal-1.log", bytes)

        let report = try StoreCheck.repair(folder: dir.path, now: testNow, salvage: true)
        #expect(report.stillBroken == nil)
        #expect(report.dropped.count == 1)
        #expect(
            report.dropped.first?.contains("old seq 7") == true
                && report.dropped.first?.contains("There is no task T-6") == true,
            "\(report.dropped)")
        #expect(
            report.actions.contains { $0.contains("re-appended 53 events") && $0.contains("as seq 6…58") },
            "\(report.actions)")
        #expect(report.actions.last == "the folder opens again at seq 58")

        let copy = dir.file("repair-\(Int(testNow.timeIntervalSince1970))/journal-1.log.from-\(damagedAt)")
        #expect(FileSystem.exists(copy))
        #expect((try? StoreCheck.readAll(copy)) == Array(bytes[damagedAt...]), "the original bytes are kept")

        #expect(try StoreCheck.check(folder: dir.path).isHealthy)
        let store = try Store.open(folder: dir.path, options: quietOptions())
        defer { store.close() }
        #expect(store.lastSeq == 58)
        let titles = Set(store.practice.tasks.values.map(\.title))
        #expect(titles.contains("Task 8") && titles.contains("Task 60") && !titles.contains("Task 6"))
        #expect(store.practice.tasks.count == 58)
        let scan = JournalScanner.scan(dir.bytes("journal-1.log"), expectedSeq: 1)
        #expect(scan.tail == .clean && scan.records.map(\.seq) == Array(1...58), "contiguous new seqs")
        #expect(try store.execute(command("task add \"After\""), actor: "S-1", now: testNow).seq == 59)
    }

    @Test func withoutSalvageTheLaterRecordsOnlyStayInTheCopy() throws {
        let dir = TempFolder()
        let boundaries = try Self.sixtyRecords(dir)
        var bytes = dir.bytes("journal-1.log")
        bytes[boundaries[5] + RecordCodec.headerSize + 5] ^= 0x04
        dir.write("journal-1.log", bytes)
        let report = try StoreCheck.repair(folder: dir.path, now: testNow)
        #expect(report.actions.last == "the folder opens again at seq 5")
        #expect(report.dropped.isEmpty)
    }

    @Test func aCommandWhoseFirstEventWasLostIsDroppedWhole() throws {
        let dir = TempFolder()
        let store = try makeStore(dir)
        for i in 1...3 { _ = try store.execute(command("task add \"Task \(i)\""), actor: "S-1", now: testNow) }
        let before = dir.bytes("journal-1.log").count
        _ = try store.execute(command("task down T-1"), actor: "S-1", now: testNow) // two events: seq 4, 5
        _ = try store.execute(command("task add \"Task 6\""), actor: "S-1", now: testNow) // seq 6
        store.close()
        var bytes = dir.bytes("journal-1.log")
        bytes[before + RecordCodec.headerSize + 3] ^= 0x01 // inside seq 4
        dir.write("journal-1.log", bytes)
        let report = try StoreCheck.repair(folder: dir.path, now: testNow, salvage: true)
        #expect(report.dropped.count == 1 && report.dropped.first?.contains("old seq 5…5") == true, "\(report.dropped)")
        #expect(report.actions.last == "the folder opens again at seq 4", "seq 6 re-appended as 4: \(report.actions)")
    }
}
