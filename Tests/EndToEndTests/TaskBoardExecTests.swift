import Foundation
import Testing
import TestSupport

/// The board through `clinicdesk exec` on the small demo practice: a card with a due time, notes, labels, a
/// checklist and a link to a claim; moved over a WIP limit (recorded); found with `task find` and `task linked`;
/// refusals changing nothing — then the JSON export holding every new field.
@Suite("Task board through exec")
struct TaskBoardExecTests {
    typealias JSON = [String: Any]

    @Test func aRichCardEndToEnd() throws {
        let folder = Folder("board-exec")
        try DemoClinic.create(in: folder)
        let before = try FlowExecTests.export(folder)
        let claim = try #require(FlowExecTests.rows(before, "claims").first?["id"] as? String)
        let cards = FlowExecTests.rows(before, "tasks").count
        let id = "T-\(cards + 1)"

        let lines = [
            "task add \"Call payer about the Müller claim\" --column backlog --due 2026-11-24 --time 16:30 "
                + "--label Billing",
            "task edit \(id) --notes \"Ref 88213\\\\nAsk for Dana\" --priority high",
            "task label \(id) +it -billing",
            "task check \(id) add \"Find the EOB\"",
            "task check \(id) add \"Call Aetna\"",
            "task check \(id) add \"Write down the reference\" --to 1",
            "task check \(id) tick 2",
            "task check \(id) move 1 down",
            "task link \(id) \(claim)",
            "task move \(id) doing --override",
        ]
        let result = try StaffCLITests.exec(folder, at: "10:45", lines)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.lines.count == lines.count && result.lines.allSatisfy { $0.hasPrefix("ok ") }, "\(result.out)")
        #expect(result.lines.first?.hasSuffix(" \(id)") == true)

        // Refusals: each names the rule, exits 1, writes nothing.
        let refused = try StaffCLITests.exec(
            folder, at: "10:46",
            [
                "task label \(id) +urgent", "task edit \(id) --time 25:00", "task link \(id) C-99999",
                "task check \(id) tick 9",
            ])
        #expect(refused.status == 1)
        #expect(refused.out.isEmpty)
        #expect(refused.err.contains("'urgent' is not a label (one of billing, compliance, supplies, HR, facilities"))
        #expect(refused.err.contains("'25:00' is not a time (HH:MM)"))
        #expect(refused.err.contains("line 3: There is no C-99999 to link \(id) to."))
        #expect(refused.err.contains("line 4: \(id) has no checklist item 9 (3, 2, 1)."))

        // Queries print one line per card and write nothing.
        let found = try StaffCLITests.exec(
            folder, at: "10:47", ["task find \"muller claim\"", "task linked \(claim)", "task find \"zzz-nothing\""])
        #expect(found.status == 0, "\(found.err)")
        let expected =
            "\(id) Doing \"Call payer about the Müller claim\" due 2026-11-24 16:30 high [IT] 1/3 links \(claim)"
        #expect(found.lines == [expected, expected])

        let after = try FlowExecTests.export(folder)
        let card = try #require(FlowExecTests.rows(after, "tasks").first { $0["id"] as? String == id })
        #expect(card["dueTime"] as? String == "16:30")
        #expect(card["notes"] as? String == "Ref 88213\nAsk for Dana")
        #expect(card["labels"] as? [String] == ["IT"])
        #expect(card["links"] as? [String] == [claim])
        #expect(card["column"] as? String == "doing")
        #expect(card["columnEnteredAt"] as? String == "2026-11-23T15:45:00Z")
        let checklist = try #require(card["checklist"] as? [JSON])
        #expect(checklist.compactMap { $0["number"] as? Int } == [3, 2, 1])
        #expect(checklist.compactMap { $0["done"] as? Bool } == [false, true, false])
        #expect(
            checklist.compactMap { $0["text"] as? String } == [
                "Write down the reference", "Call Aetna", "Find the EOB",
            ])
        let settings = try #require(after["settings"] as? JSON)
        #expect(settings["archiveDoneAfterDays"] as? Int == 7)

        // The log shows the override.
        let log = try CLI.run(["log", "--data", folder.path])
        #expect(log.out.contains("\(id) over WIP in Doing"), "\(log.out.suffix(600))")
    }
}
