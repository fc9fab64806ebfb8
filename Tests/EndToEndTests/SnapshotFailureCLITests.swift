import Foundation
import Glibc
import Testing

/// Finding 3 through the real binary: `exec` takes a snapshot every 10 000 events; when it cannot be written (here:
/// the folder is read-only for its owner, as `nobody` since root ignores modes) the command still succeeds and
/// stderr says which snapshot, where, why, and that the journal holds every change. The folder lives on tmpfs
/// (/dev/shm) so the 10 000 fsyncs of the setup cost milliseconds, not a minute.
@Suite struct SnapshotFailureCLITests {
    @Test func aSnapshotThatCannotBeWrittenIsSaidOnStderr() throws {
        guard FileManager.default.fileExists(atPath: "/dev/shm") else { return }
        let path = "/dev/shm/clinicdesk-e2e-snapfail-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try CLI.run(["demo", "--data", path])
        let added = try CLI.run(["exec", "--data", path, "--now", CLI.now, "task add \"mover\""])
        let id = try #require(added.lines.first?.split(separator: " ").last.map(String.init))
        let script = path + ".commands"
        defer { unlink(script) }
        let moves = (0..<9_998).map { "task move \(id) \($0 % 2 == 0 ? "doing" : "backlog") --override\n" }.joined()
        try Data(moves.utf8).write(to: URL(fileURLWithPath: script))
        // stdin from a file and stdout to /dev/null: 10 000 lines through pipes would fill them both
        let bulk = try CLI.run(["exec", "--data", path, "--now", CLI.now],
                               prefix: ["/bin/sh", "-c", "exec \"$0\" \"$@\" < '\(script)' > /dev/null"])
        #expect(bulk.status == 0, "\(bulk.err.prefix(300))")

        var prefix: [String] = []
        if getuid() == 0 {
            _ = FileManager.default.createFile(atPath: path + "/snapshot.lock", contents: nil)
            for name in try FileManager.default.contentsOfDirectory(atPath: path) { chown(path + "/" + name, 65534, 65534) }
            chown(path, 65534, 65534)
            prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        chmod(path, 0o500)
        let due = try CLI.run(["exec", "--data", path, "--now", CLI.now, "task move \(id) doing --override"], prefix: prefix)
        chmod(path, 0o700)
        #expect(due.status == 0, "the command itself is durable: \(due.err)")
        #expect(due.lines.first == "ok 10000", "\(due.lines)")
        #expect(due.err.contains("note: could not write snapshot-10000.snap in \(path): permission denied"), "\(due.err)")
        #expect(due.err.contains("the journal still holds every change"), "\(due.err)")
        #expect(!FileManager.default.fileExists(atPath: path + "/snapshot-10000.snap"))
        #expect(try CLI.run(["check", "--data", path]).status == 0)
    }
}
