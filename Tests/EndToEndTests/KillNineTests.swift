import Foundation
import Testing
import TestSupport

/// kill -9 a real `clinicdesk exec` streaming commands, many times: every `ok` it printed must survive, and
/// every reopen must succeed (zero acknowledged events lost, every recovery opens: docs/DATA-FORMAT.md).
@Suite struct KillNineTests {
    @Test func everyAcknowledgedCommandSurvivesSIGKILL() throws {
        let folder = Folder("kill")
        try CLI.run(["demo", "--data", folder.path])
        var random = SplitMix(seed: 0xC11_41C)
        var acknowledged: [String] = [] // titles printed `ok`
        var lastSeq = 0
        for round in 0..<30 {
            let child = try CLI.start(["exec", "--data", folder.path, "--user", "S-1", "--now", CLI.now])
            let lines = (0..<400).map { "task add \"kill-r\(round)-n\($0)\"\n" }.joined()
            child.send(lines)
            // kill at a random moment: after a random number of acknowledgements, plus a random few µs
            child.waitForLines(Int.random(in: 0...40, using: &random))
            usleep(UInt32.random(in: 0...3_000, using: &random))
            child.kill()
            for line in child.lines {
                let parts = line.split(separator: " ")
                #expect(parts.first == "ok", "round \(round): unexpected line \(line)")
                guard parts.count >= 2, let seq = Int(parts[1]) else { continue }
                // a command may be durable but killed before its `ok` was printed: seqs only increase
                #expect(seq > lastSeq, "round \(round): acknowledged seqs increase")
                lastSeq = seq
            }
            acknowledged += child.lines.indices.map { "kill-r\(round)-n\($0)" }

            // reopening must work every time, and hold everything acknowledged
            let export = try CLI.run(["export", "--data", folder.path, "--format", "json"])
            #expect(export.status == 0, "round \(round): export failed: \(export.err)")
            let strings = allStrings(inJSON: export.out)
            let missing = acknowledged.filter { !strings.contains($0) }
            #expect(missing.isEmpty, "round \(round): acknowledged but lost: \(missing.prefix(5))")
        }
        // a writable open cuts any torn tail; afterwards the folder is healthy and continues the seq
        let next = try CLI.run(["exec", "--data", folder.path, "--now", CLI.now, "task", "add", "after the storm"])
        #expect(next.status == 0, "\(next.err)")
        let seq = Int(next.lines.first?.split(separator: " ")[1] ?? "") ?? -1
        #expect(seq > lastSeq)
        let check = try CLI.run(["check", "--data", folder.path])
        #expect(check.status == 0, "\(check.out)")
    }
}
