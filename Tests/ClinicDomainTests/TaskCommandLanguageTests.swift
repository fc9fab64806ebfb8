import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

/// The board's verbs as typed: each form parses to its command, bad words are refused with their column, and
/// `CommandLanguage.line(for:)` prints a command that parses back to the same one.
@Suite struct TaskCommandLanguageTests {
    static func parse(_ line: String) throws -> Command {
        try CommandLanguage.parse(line, today: Fixture.today, practiceToday: Fixture.today)
    }

    @Test func everyFormParses() throws {
        #expect(
            try Self.parse(
                "task edit T-17 --title \"New\" --due 2026-11-24 --time 16:30 --priority low --notes \"a\\\\nb\"")
                == .editTask(
                    TaskID(17),
                    TaskEdit(
                        title: "New", due: .set(Fixture.day("2026-11-24")), dueTime: .set(Fixture.time("16:30")),
                        priority: .low, notes: .set("a\nb"))))
        #expect(
            try Self.parse("task edit T-17 --due none --time none --notes none")
                == .editTask(TaskID(17), TaskEdit(due: .clear, dueTime: .clear, notes: .clear)))
        #expect(
            try Self.parse("task label T-3 +BILLING +hr -it -safety")
                == .labelTask(TaskID(3), add: ["billing", "HR"], remove: ["IT", "safety"]))
        #expect(try Self.parse("task check T-3 add \"Call payer\"") == .checklist(TaskID(3), .add("Call payer")))
        #expect(
            try Self.parse("task check T-3 add \"Call payer\" --to 1")
                == .checklist(TaskID(3), .add("Call payer", at: 1)))
        #expect(try Self.parse("task check T-3 tick 2") == .checklist(TaskID(3), .tick(2)))
        #expect(try Self.parse("task check T-3 untick 2") == .checklist(TaskID(3), .untick(2)))
        #expect(try Self.parse("task check T-3 remove 2") == .checklist(TaskID(3), .remove(2)))
        #expect(try Self.parse("task check T-3 move 2 up") == .checklist(TaskID(3), .move(2, .up)))
        #expect(try Self.parse("task check T-3 move 2 DOWN") == .checklist(TaskID(3), .move(2, .down)))
        #expect(try Self.parse("task check T-3 move 2 --to 4") == .checklist(TaskID(3), .move(2, .to(4))))
        #expect(try Self.parse("task link T-3 a-31") == .linkTask(TaskID(3), .appointment(AppointmentID(31))))
        #expect(try Self.parse("task unlink T-3 S-4") == .unlinkTask(TaskID(3), .staff(StaffID(4))))
        #expect(
            try Self.parse("task add \"Gloves\" --time 09:00 --due 2026-11-24 --label Supplies --override")
                == .addTask(
                    NewTask(
                        title: "Gloves", due: Fixture.day("2026-11-24"), labels: ["supplies"],
                        dueTime: Fixture.time("09:00"), override: true)))
    }

    @Test func badWordsAreRefusedWithTheirColumn() {
        func refusal(_ line: String) -> CommandParseError? {
            do {
                _ = try Self.parse(line)
                Issue.record("parsed: \(line)")
                return nil
            } catch { return error as? CommandParseError }
        }
        #expect(refusal("task edit T-1 --time 25:00") == CommandParseError("'25:00' is not a time (HH:MM)", column: 22))
        #expect(refusal("task label T-1 +urgent")?.column == 16)
        #expect(refusal("task label T-1 +urgent")?.message.hasPrefix("'urgent' is not a label (one of billing") == true)
        #expect(refusal("task label T-1 billing")?.message == "'billing' is not +label or -label")
        #expect(refusal("task add x --label gloves")?.message.contains("not a label") == true)
        #expect(refusal("task check T-1 frob 2")?.message == "'frob' is not add, tick, untick, remove or move")
        #expect(refusal("task check T-1 tick two")?.message == "'two' is not an item number (like 2)")
        #expect(refusal("task check T-1 move 2 sideways")?.message == "'sideways' is not up or down (or --to N)")
        #expect(refusal("task link T-1 PY-2")?.message.hasPrefix("'PY-2' is not a claim (C-22)") == true)
        #expect(refusal("task find gloves")?.message.contains("only reads") == true)
        let long = String(repeating: "x", count: 2001)
        #expect(
            refusal("task edit T-1 --notes \(long)")?.message == "notes: at most 2000 characters (this one has 2001)")
    }

    @Test func printedCommandsParseBack() throws {
        let commands: [Command] = [
            .addTask(
                NewTask(
                    title: "Say \"hi\" \\ there", column: .today, owner: StaffID(4), due: Fixture.day("2026-11-24"),
                    priority: .high, labels: ["billing", "IT"], recurrence: .weekly, dueTime: Fixture.time("16:30"),
                    override: true)),
            .addTask(NewTask(title: "Plain")),
            .moveTask(TaskID(3), to: .doing, override: true), .moveTask(TaskID(3), to: .waiting, override: false),
            .completeTask(TaskID(3)), .assignTask(TaskID(3), to: nil), .assignTask(TaskID(3), to: StaffID(2)),
            .reorderTask(TaskID(3), by: -1), .reorderTask(TaskID(3), by: 1),
            .editTask(
                TaskID(3),
                TaskEdit(
                    title: "T", due: .set(Fixture.day("2026-11-25")), dueTime: .clear, priority: .low,
                    notes: .set("one\ntwo \"q\""))),
            .editTask(TaskID(3), TaskEdit(due: .clear, notes: .clear)),
            .labelTask(TaskID(3), add: ["HR"], remove: ["billing"]),
            .checklist(TaskID(3), .add("Call \"payer\"")), .checklist(TaskID(3), .add("First", at: 1)),
            .checklist(TaskID(3), .tick(2)), .checklist(TaskID(3), .untick(2)), .checklist(TaskID(3), .remove(2)),
            .checklist(TaskID(3), .move(2, .up)), .checklist(TaskID(3), .move(2, .down)),
            .checklist(TaskID(3), .move(2, .to(5))),
            .linkTask(TaskID(3), .claim(ClaimID(22))), .unlinkTask(TaskID(3), .patient(PatientID(12))),
        ]
        for command in commands {
            let line = try #require(CommandLanguage.line(for: command), "\(command)")
            #expect(try Self.parse(line) == command, "\(line)")
        }
        #expect(CommandLanguage.line(for: .confirm(AppointmentID(1))) == nil)
    }

    @Test func queriesParse() throws {
        #expect(
            try CommandLanguage.query("task find \"café gloves\"") == .findTasks(text: "café gloves", archived: false))
        #expect(try CommandLanguage.query("TASK FIND gloves --archived") == .findTasks(text: "gloves", archived: true))
        #expect(try CommandLanguage.query("task linked C-22") == .tasksLinked(to: .claim(ClaimID(22))))
        #expect(try CommandLanguage.query("task add x") == nil)
        #expect(throws: CommandParseError.self) { try CommandLanguage.query("task find") }
        #expect(throws: CommandParseError.self) { try CommandLanguage.query("task find x --bogus") }
        #expect(throws: CommandParseError.self) { try CommandLanguage.query("task linked gloves") }
    }
}
