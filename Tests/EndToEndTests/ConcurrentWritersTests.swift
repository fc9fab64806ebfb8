import Foundation
import Testing
import TestSupport

/// Two `clinicdesk exec` processes (thousands of commands each) append to one folder at once: flock serialises them,
/// every command is
/// acknowledged exactly once, seqs are contiguous, and replaying the journal gives the same export.
@Suite struct ConcurrentWritersTests {
    @Test func threeWritersLoseNothingAndAgree() throws {
        let folder = Folder("writers")
        try CLI.run(["demo", "--data", folder.path])
        let writers = 2, perWriter = 2_000
        let path = folder.path
        let results = LockedResults()
        let threads = (0..<writers).map { w in
            Thread {
                let script = (0..<perWriter).map { "task add \"w\(w)-n\($0)\"\n" }.joined()
                let result = try? CLI.run(
                    ["exec", "--data", path, "--user", "S-\(w + 1)", "--now", CLI.now],
                    stdin: script)
                results.append(w, result)
            }
        }
        threads.forEach { $0.start() }
        while results.count < writers { usleep(10_000) }

        var seqs: [Int] = []
        for w in 0..<writers {
            guard let result = results.get(w) else { Issue.record("writer \(w) did not run"); continue }
            #expect(result.status == 0, "writer \(w): \(result.err.prefix(300))")
            #expect(result.lines.count == perWriter, "writer \(w) acknowledged \(result.lines.count)")
            seqs += result.lines.compactMap { Int($0.split(separator: " ")[1]) }
        }
        #expect(seqs.sorted() == Array(1...(writers * perWriter)), "every seq exactly once, no gaps")

        let export = try CLI.run(["export", "--data", folder.path, "--format", "json"])
        let strings = allStrings(inJSON: export.out)
        for w in 0..<writers {
            let missing = (0..<perWriter).filter { !strings.contains("w\(w)-n\($0)") }
            #expect(missing.isEmpty, "writer \(w) lost \(missing.prefix(5))")
        }
        // another process's view: a copy with the snapshots removed except the first replays the whole journal
        let replica = Folder("replica")
        try FileManager.default.copyItem(atPath: folder.path, toPath: replica.path)
        for name in try FileManager.default.contentsOfDirectory(atPath: replica.path)
        where name.hasPrefix("snapshot-") && name != "snapshot-0.snap" {
            try FileManager.default.removeItem(atPath: replica.file(name))
        }
        let replayed = try CLI.run(["export", "--data", replica.path, "--format", "json"])
        #expect(replayed.status == 0)
        #expect(replayed.out == export.out, "replay from the journal is byte-identical")
        let log = try CLI.run(["log", "--data", folder.path])
        #expect(log.lines.count == writers * perWriter)
    }
}

final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Int: CLI.Result] = [:]
    private var finished = 0
    func append(_ w: Int, _ r: CLI.Result?) { lock.lock(); results[w] = r; finished += 1; lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return finished }
    func get(_ w: Int) -> CLI.Result? { lock.lock(); defer { lock.unlock() }; return results[w] }
}
