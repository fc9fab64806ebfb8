import Foundation
import Glibc
import Testing
@testable import ClinicStore

/// Finding 1: a crash mid-snapshot leaves `.snapshot-<seq>.tmp-<pid>-<rand>`; a writable open removes it once its
/// writer is gone, and never touches the temp file of a process that is still running.
@Suite struct StaleTempFileTests {
    /// The pid of a process that has exited and been reaped.
    static func deadPID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func writerPIDIsReadFromTheName() {
        #expect(StaleTempFiles.writerPID(".snapshot-9.tmp-123-456") == 123)
        #expect(StaleTempFiles.writerPID(".FORMAT.tmp-77") == 77)
        #expect(StaleTempFiles.writerPID(".snapshot-9.tmp-x-1") == nil)
        #expect(StaleTempFiles.writerPID(".snapshot-9") == nil)
        #expect(StaleTempFiles.isAlive(getpid()))
    }

    @Test func writableOpenRemovesOnlyTempFilesWhoseWriterIsGone() throws {
        let dir = TempFolder()
        try Store.create(folder: dir.path, initial: initialPractice())
        let dead = try Self.deadPID()
        let stale = ".snapshot-9.tmp-\(dead)-17"
        let staleFormat = ".FORMAT.tmp-\(dead)"
        let live = ".snapshot-9.tmp-\(getpid())-18" // this process is alive: as if another store here writes it
        for name in [stale, staleFormat, live] { dir.write(name, Array("half written".utf8)) }

        let viewer = try Store.open(folder: dir.path, mode: .readOnly, options: quietOptions())
        viewer.close()
        #expect(
            [stale, staleFormat, live].allSatisfy { FileSystem.exists(dir.file($0)) },
            "a read-only open removes nothing")

        let report = try StoreCheck.check(folder: dir.path)
        #expect(report.problems.map(\.file).sorted() == [dir.file(staleFormat), dir.file(stale)].sorted())
        #expect(report.fine.contains { $0.contains(live) && $0.contains("running") })

        let store = try Store.open(folder: dir.path, options: quietOptions())
        defer { store.close() }
        #expect(!FileSystem.exists(dir.file(stale)) && !FileSystem.exists(dir.file(staleFormat)))
        #expect(FileSystem.exists(dir.file(live)), "a live writer's temp file is left alone")
        #expect(store.recovery.notes.contains { $0.contains(dir.file(stale)) && $0.contains("pid \(dead)") })
        #expect(!store.recovery.notes.contains { $0.contains(live) })
        #expect(try StoreCheck.check(folder: dir.path).isHealthy)
    }
}
