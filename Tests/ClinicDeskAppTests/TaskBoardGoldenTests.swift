@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import Testing
import TerminalKit
import TestSupport

/// The task board on the whole dashboard, compared with Golden/Tasks-<name>-<width>x<height>.txt: card lines
/// with checklists, links, due times and age; a filtered board; a column over its WIP limit.
@Suite("Task board golden screens")
struct TaskBoardGoldenTests {
    private func check(_ h: Harness, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        Golden.check(
            h.screen, named: "Tasks-\(name)-\(h.size.width)x\(h.size.height)", in: .screens,
            sourceLocation: sourceLocation)
    }

    /// The board's practice with a checklist on Appeal C-6, a link from Call Aetna to its claim and Post Aetna
    /// ERA due at 16:30 today.
    static func practice() throws -> Practice {
        var p = try TaskBoardTests.practice()
        let now = Fixture.now
        for step in ["Pull the EOB", "Write the letter", "Fax it"] {
            _ = try p.execute(.checklist(TaskID(6), .add(step)), actor: "ben", now: now)
        }
        _ = try p.execute(.checklist(TaskID(6), .tick(1)), actor: "ben", now: now)
        _ = try p.execute(.linkTask(TaskID(7), .claim(ClaimID(7))), actor: "ben", now: now)
        _ = try p.execute(
            .editTask(TaskID(5), TaskEdit(dueTime: .set(TimeOfDay(hour: 16, minute: 30)))), actor: "ben", now: now)
        return p
    }

    static let sizes = [(80, 24), (160, 48)]

    @Test("the board", arguments: sizes)
    func board(size: (Int, Int)) throws {
        let h = TaskBoardTests.harness(try Self.practice(), size: Size(width: size.0, height: size.1))
        check(h, "board")
    }

    @Test("filtered to one owner", arguments: sizes)
    func filtered(size: (Int, Int)) throws {
        let h = TaskBoardTests.harness(try Self.practice(), size: Size(width: size.0, height: size.1))
        h.press(.character("f"))
        h.type("owner ana")
        h.press(.enter)
        check(h, "owner")
    }

    @Test("the filter picker", arguments: sizes)
    func picker(size: (Int, Int)) throws {
        let h = TaskBoardTests.harness(try Self.practice(), size: Size(width: size.0, height: size.1))
        h.press(.character("f"))
        check(h, "picker")
    }

    @Test("a column over its WIP limit", arguments: sizes)
    func overWIP(size: (Int, Int)) throws {
        let h = TaskBoardTests.harness(try Self.practice(), size: Size(width: size.0, height: size.1))
        h.press(.character("L"), .character("y"))
        check(h, "over-wip")
    }
}
