import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

/// The column index (cards per column, highest rank) must answer exactly what a scan of every card answers, after
/// any mix of adds, moves, reorders and reassignments — and after a reload rebuilds it from the rows.
@Suite struct TaskColumnIndexTests {
    @Test func agreesWithAScanAfterManyCommands() throws {
        var practice = Fixture.staffedWeek(
            settings: PracticeSettings(
                name: "Index", timeZoneID: Fixture.zoneID,
                wipLimits: [.today: 4, .doing: 2]))
        var random = SplitMix(seed: 0x5EED) // the same 600 commands every run
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &random) }
        for step in 0..<600 {
            let ids = practice.tasks.sorted.map(\.id)
            let column = BoardColumn.allCases[next(BoardColumn.allCases.count)]
            let command: Command
            switch ids.isEmpty ? 0 : next(4) {
            case 1: command = .moveTask(ids[next(ids.count)], to: column, override: next(3) == 0)
            case 2: command = .reorderTask(ids[next(ids.count)], by: next(2) == 0 ? -1 : 1)
            default: command = .addTask(NewTask(title: "Card \(step)", column: column))
            }
            _ = try? practice.execute(command, actor: "ana", now: Fixture.now)
            for column in BoardColumn.allCases {
                let scanned = practice.tasks.values.filter { $0.column == column }
                #expect(practice.taskColumns.count(in: column) == scanned.count)
                #expect(practice.taskColumns.maxRank(in: column) == (scanned.map(\.rank).max() ?? 0))
                #expect(
                    practice.tasks(in: column).map(\.id)
                        == scanned.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }.map(\.id))
            }
        }
        var reloaded = practice
        reloaded.rebuildIndexes()
        for column in BoardColumn.allCases {
            #expect(reloaded.taskColumns.count(in: column) == practice.taskColumns.count(in: column))
            #expect(reloaded.taskColumns.maxRank(in: column) == practice.taskColumns.maxRank(in: column))
        }
    }
}
