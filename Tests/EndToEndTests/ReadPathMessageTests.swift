import Foundation
import Glibc
import Testing
import TestSupport

/// Findings 6 and 7 through the real binary: a file `check` cannot read is not damage (exit 2, says what to fix,
/// `--repair` touches nothing), and no read path (check, export) says "command not saved". As root the child drops
/// to `nobody` with setpriv (root ignores file modes), as DiskFailureTests does.
@Suite(.serialized) struct ReadPathMessageTests {
    static func asUser(_ arguments: [String]) throws -> CLI.Result {
        let prefix = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        return try CLI.run(arguments, prefix: prefix)
    }

    static func store() throws -> Folder {
        let folder = Folder("unreadable")
        try CLI.run(["demo", "--data", folder.path])
        try CLI.run(["exec", "--data", folder.path, "--now", CLI.now, "task add \"mine\""])
        if getuid() == 0 {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                chown(folder.file(name), 65534, 65534)
            }
            chown(folder.path, 65534, 65534)
        }
        return folder
    }

    @Test func anUnreadableJournalIsAPermissionProblemNotDamage() throws {
        let folder = try Self.store()
        let journal = folder.file("journal-1.log")
        chmod(journal, 0o000)
        defer { chmod(journal, 0o600) }

        let check = try Self.asUser(["check", "--data", folder.path])
        #expect(check.status == 2, "\(check.out)\(check.err)")
        #expect(check.err.contains("cannot read \(journal): permission denied"), "\(check.err)")
        #expect(check.err.contains("chmod 600") && check.err.contains("owner"))
        #expect(!check.err.contains("command not saved") && !check.out.contains("--repair"), "\(check.out)\(check.err)")

        let repair = try Self.asUser(["check", "--repair", "--data", folder.path])
        #expect(repair.status == 2)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.hasPrefix("repair-") }, "repair changes nothing it cannot read")

        let export = try Self.asUser(["export", "--data", folder.path])
        #expect(export.status == 2)
        #expect(export.err.contains("cannot read \(journal): permission denied"), "\(export.err)")
        #expect(!export.err.contains("command not saved"))

        chmod(journal, 0o600)
        #expect(try Self.asUser(["check", "--data", folder.path]).status == 0)
    }

    @Test func anUnreadableSnapshotOrFormatIsNeverCalledDamaged() throws {
        let folder = try Self.store()
        let snapshot = folder.file("snapshot-0.snap")
        chmod(snapshot, 0o000)
        let check = try Self.asUser(["check", "--data", folder.path])
        chmod(snapshot, 0o600)
        #expect(check.status == 2)
        #expect(
            check.err.contains("cannot read \(snapshot): permission denied") && !check.out.contains("problem:"),
            "\(check.out)\(check.err)")

        let format = folder.file("FORMAT")
        chmod(format, 0o000)
        let formatCheck = try Self.asUser(["check", "--data", folder.path])
        chmod(format, 0o600)
        #expect(formatCheck.status == 2)
        #expect(
            formatCheck.err.contains("cannot read \(format): permission denied"), "\(formatCheck.out)\(formatCheck.err)"
        )
    }
}
