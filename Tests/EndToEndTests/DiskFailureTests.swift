import Foundation
import Glibc
import Testing
import TestSupport

/// Full disk without root: RLIMIT_FSIZE (`ulimit -f`, in 512-byte blocks) in the child makes a write past the
/// limit fail with EFBIG (clinicdesk ignores SIGXFSZ). Permission denied: a folder the user may not write
/// (as root the child drops to `nobody` with setpriv, since root ignores file modes).
@Suite(.serialized) struct DiskFailureTests {
    static func exec(_ folder: Folder, _ script: String, limitBlocks: Int? = nil, asUser: Bool = false) throws
        -> CLI.Result
    {
        var prefix: [String] = []
        if asUser && getuid() == 0 {
            prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        if let limitBlocks {
            prefix += ["/bin/sh", "-c", "ulimit -f \(limitBlocks) && exec \"$0\" \"$@\""]
        }
        return try CLI.run(
            ["exec", "--data", folder.path, "--user", "S-1", "--now", CLI.now], stdin: script, prefix: prefix)
    }

    @Test func fullDiskRejectsWithoutLosingAnythingAndRecovers() throws {
        let folder = Folder("full")
        try CLI.run(["demo", "--data", folder.path])
        let warmup = try Self.exec(folder, (0..<3).map { "task add \"before-\($0)\"\n" }.joined())
        #expect(warmup.status == 0)
        let size = folder.size("journal-1.log")
        let limit = (size + 1_500) / 512 // room for a few more records, then EFBIG
        let script = (0..<40).map { "task add \"full-\($0)\"\n" }.joined()
        let full = try Self.exec(folder, script, limitBlocks: limit)
        #expect(full.status == 1, "some commands must fail")
        let okCount = full.lines.count
        #expect(okCount > 0 && okCount < 40, "ok lines: \(okCount)")
        #expect(
            full.err.contains("disk full") && full.err.contains("journal-1.log")
                && full.err.contains("command not saved"),
            "\(full.err.prefix(400))")
        #expect(folder.size("journal-1.log") <= limit * 512, "no partial record left beyond the limit")

        let strings = allStrings(inJSON: try CLI.run(["export", "--data", folder.path]).out)
        for i in 0..<40 {
            #expect(strings.contains("full-\(i)") == (i < okCount), "full-\(i): acknowledged ⇔ present")
        }
        let check = try CLI.run(["check", "--data", folder.path])
        #expect(check.status == 0, "no torn tail: the failed write was cut back. \(check.out)")

        // the cause goes away: the next command succeeds and continues the seqs
        let after = try Self.exec(folder, "task add \"after-full\"\n")
        #expect(after.status == 0, "\(after.err)")
        #expect(after.lines.first?.hasPrefix("ok \(3 + okCount + 1)") == true, "\(after.lines)")
    }

    @Test func permissionDeniedIsClearAndRecoverable() throws {
        let folder = Folder("perm")
        try CLI.run(["demo", "--data", folder.path])
        if getuid() == 0 {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                chown(folder.file(name), 65534, 65534)
            }
            chown(folder.path, 65534, 65534)
        }
        let first = try Self.exec(folder, "task add \"mine\"\n", asUser: true)
        #expect(first.status == 0, "\(first.err)")

        chmod(folder.file("journal-1.log"), 0o400)
        chmod(folder.path, 0o500)
        let denied = try Self.exec(folder, "task add \"refused\"\n", asUser: true)
        #expect(denied.status == 2)
        #expect(denied.err.contains("permission denied") && denied.err.contains(folder.path), "\(denied.err)")

        chmod(folder.path, 0o700)
        chmod(folder.file("journal-1.log"), 0o600)
        let again = try Self.exec(folder, "task add \"after\"\n", asUser: true)
        #expect(again.status == 0, "\(again.err)")
        #expect(again.lines.first?.hasPrefix("ok 2 T-") == true, "\(again.lines)")
    }
}
