import Foundation
import Glibc
import Testing
import TestSupport

/// `exec` takes a snapshot every 10 000 events. Each test starts from a folder at seq 9 999 on tmpfs (/dev/shm),
/// so the 10 000 fsyncs of the setup cost milliseconds, not a minute; the next command makes a snapshot due.
@Suite struct ExecSnapshotTests {
    struct Prepared {
        let path: String
        /// A task that the setup moved back and forth.
        let task: String
    }

    static func folderAtSeq9999(_ name: String) throws -> Prepared? {
        guard FileManager.default.fileExists(atPath: "/dev/shm") else { return nil }
        let path = "/dev/shm/clinicdesk-e2e-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try CLI.run(["demo", "--data", path])
        let added = try CLI.run(["exec", "--data", path, "--now", CLI.now, "task add \"mover\""])
        guard let task = added.lines.first?.split(separator: " ").last.map(String.init) else { return nil }
        // Waiting has no WIP limit: one event a move (an override of a full column adds a `wipOverridden`).
        let moves = (0..<9_998).map { "task move \(task) \($0 % 2 == 0 ? "waiting" : "backlog") --override\n" }
            .joined()
        let bulk = try execScript(path, moves)
        #expect(bulk.status == 0, "\(bulk.err.prefix(300))")
        return Prepared(path: path, task: task)
    }

    /// Runs `exec` with `script` on stdin from a file and stdout to /dev/null: thousands of lines through pipes
    /// would fill both.
    static func execScript(_ path: String, _ script: String, prefix: [String] = []) throws -> CLI.Result {
        let file = "\(path).commands-\(UInt32.random(in: 0...UInt32.max))"
        defer { unlink(file) }
        try Data(script.utf8).write(to: URL(fileURLWithPath: file))
        return try CLI.run(
            ["exec", "--data", path, "--now", CLI.now],
            prefix: prefix + ["/bin/sh", "-c", "exec \"$0\" \"$@\" < '\(file)' > /dev/null"])
    }

    static func snapshots(_ path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasPrefix("snapshot-") }.sorted()
    }

    /// Finding 3: the folder is read-only for its owner (as `nobody`: root ignores modes); the command is still
    /// durable and stderr says which snapshot, where, why, and that the journal holds every change.
    @Test func aSnapshotThatCannotBeWrittenIsSaidOnStderr() throws {
        guard let prepared = try Self.folderAtSeq9999("snapfail") else { return }
        let path = prepared.path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var prefix: [String] = []
        if getuid() == 0 {
            _ = FileManager.default.createFile(atPath: path + "/snapshot.lock", contents: nil)
            for name in try FileManager.default.contentsOfDirectory(atPath: path) {
                chown(path + "/" + name, 65534, 65534)
            }
            chown(path, 65534, 65534)
            prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        chmod(path, 0o500)
        let due = try CLI.run(
            ["exec", "--data", path, "--now", CLI.now, "task move \(prepared.task) waiting --override"],
            prefix: prefix)
        chmod(path, 0o700)
        #expect(due.status == 0, "the command itself is durable: \(due.err)")
        #expect(due.lines.first == "ok 10000", "\(due.lines)")
        #expect(
            due.err.contains("note: could not write snapshot-10000.snap in \(path): permission denied"), "\(due.err)")
        #expect(due.err.contains("the journal still holds every change"), "\(due.err)")
        #expect(try Self.snapshots(path) == ["snapshot-0.snap"])
        #expect(try CLI.run(["check", "--data", path]).status == 0)
    }

    /// Finding 2 with two real processes: both reach a due snapshot at about the same seq; `snapshot.lock` and the
    /// re-check on disk under it let exactly one of them write it.
    @Test func twoProcessesDueAtOnceWriteOneSnapshot() throws {
        guard let prepared = try Self.folderAtSeq9999("twosnap") else { return }
        let path = prepared.path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let results = LockedResults()
        DispatchQueue.concurrentPerform(iterations: 2) { w in
            let script = (0..<40).map { "task add \"w\(w) n\($0)\"\n" }.joined()
            results.append(w, try? Self.execScript(path, script))
        }
        #expect(
            results.get(0)?.status == 0 && results.get(1)?.status == 0,
            "\(results.get(0)?.err ?? "") \(results.get(1)?.err ?? "")")
        let written = try Self.snapshots(path).filter { $0 != "snapshot-0.snap" }
        #expect(written.count == 1, "one snapshot past seq 10 000, not one per process: \(written)")
        let log = try CLI.run(["log", "--data", path, "--since", "9999"])
        #expect(log.lines.count == 80)
        #expect(try CLI.run(["check", "--data", path]).status == 0)
    }
}
