import Foundation
import Testing
import TestSupport

/// A command's cost must not grow with the state: the same command on a store of 1k events and of 100k events
/// leaves about the same number of bytes allocated while the previous state is still held. Measured in bytes (by
/// the hidden `bench-cost` subcommand, alone in its process), not in time, so a busy machine cannot fake it.
@Suite struct CommandCostTests {
    @Test func theHundredThousandthCommandCostsWhatTheThousandthDoes() throws {
        let small = try bytesPerCommand(events: 1_000)
        let large = try bytesPerCommand(events: 100_000)
        // Copying one table of the large store would be megabytes (33k cards, 33k patients, 33k shifts).
        #expect(large < 64 * 1024, "one command on a 100k-event store left \(large) bytes")
        #expect(large <= small * 2 + 4_096, "1k events: \(small) bytes per command; 100k events: \(large)")
    }

    private func bytesPerCommand(events: Int) throws -> Int {
        let result = try CLI.run(["bench-cost", "--events", "\(events)", "--samples", "21"])
        #expect(result.status == 0, "\(result.err)")
        let words = result.out.split(separator: " ")
        guard let index = words.firstIndex(of: "median-bytes-per-command"), index + 1 < words.count,
            let bytes = Int(words[index + 1])
        else {
            Issue.record("unexpected output: \(result.out)")
            return .max
        }
        return bytes
    }
}
