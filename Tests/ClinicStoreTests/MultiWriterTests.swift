import ClinicDomain
import Foundation
import Testing
@testable import ClinicStore

/// Several Store instances on one folder inside one process: each has its own open file description, so flock
/// serialises them exactly as it does separate processes (the cross-process version is in EndToEndTests).
@Suite struct MultiWriterTests {
    @Test func writersSeeEachOthersEventsBeforeValidating() throws {
        let dir = TempFolder()
        let a = try makeStore(dir)
        let b = try Store.open(folder: dir.path, options: quietOptions())
        defer { a.close(); b.close() }
        let made = try a.execute(command("task add \"Shared\""), actor: "S-1", now: testNow)
        // b has not polled, but validating `task done` must first apply a's event
        let done = try b.execute(command("task done \(made.newID ?? "?")"), actor: "S-2", now: testNow)
        #expect(done.seq == 2)
        a.pollNow()
        #expect(a.practice == b.practice)
    }

    @Test func concurrentWritersGetContiguousSeqsAndConverge() async throws {
        let dir = TempFolder()
        let first = try makeStore(dir)
        let stores = [first] + (try (0..<2).map { _ in try Store.open(folder: dir.path, options: quietOptions()) })
        let perWriter = 150
        await withTaskGroup(of: Void.self) { group in
            for (w, store) in stores.enumerated() {
                group.addTask {
                    for i in 0..<perWriter {
                        _ = try? store.execute(command("task add \"w\(w) n\(i)\""), actor: "S-\(w + 1)", now: testNow)
                    }
                }
            }
        }
        for store in stores { store.pollNow() }
        let states = stores.map(\.practice)
        #expect(states.allSatisfy { $0 == states[0] })
        #expect(states[0].lastSeq == UInt64(perWriter * stores.count))
        for store in stores { store.close() }
        let scan = JournalScanner.scan(dir.bytes("journal-1.log"), expectedSeq: 1)
        #expect(scan.tail == .clean)
        #expect(scan.records.map(\.seq) == Array(1...UInt64(perWriter * stores.count)))
    }

    @Test func tailingShowsAnotherWritersChangeWithinHalfASecond() throws {
        let dir = TempFolder()
        let writer = try makeStore(dir)
        var options = quietOptions()
        options.tail = true
        let viewer = try Store.open(folder: dir.path, options: options)
        defer { writer.close(); viewer.close() }
        let before = viewer.changeCount
        let start = Date()
        _ = try writer.execute(command("task add \"Visible\""), actor: "S-1", now: testNow)
        while viewer.changeCount == before && Date().timeIntervalSince(start) < 2 { usleep(2_000) }
        #expect(Date().timeIntervalSince(start) < 0.5)
        #expect(viewer.practice == writer.practice)
        #expect(viewer.refresh().map(\.seq) == [1])
    }

    @Test func tailFollowsSegmentRotationByAnotherWriter() throws {
        let dir = TempFolder()
        let writer = try makeStore(dir)
        let viewer = try Store.open(folder: dir.path, mode: .readOnly, options: quietOptions())
        defer { writer.close(); viewer.close() }
        _ = try writer.execute(command("task add \"1\""), actor: "S-1", now: testNow)
        try writer.snapshotNow()
        _ = try writer.execute(command("task add \"2\""), actor: "S-1", now: testNow)
        try writer.snapshotNow()
        _ = try writer.execute(command("task add \"3\""), actor: "S-1", now: testNow)
        viewer.pollNow()
        #expect(viewer.lastSeq == 3)
        #expect(viewer.practice == writer.practice)
    }
}
