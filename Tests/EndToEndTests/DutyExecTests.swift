import Foundation
import Testing
import TestSupport

/// Recurring duties through `clinicdesk exec`: added and listed, generated on their day, and generated exactly
/// once when two processes ask at the same moment.
/// The two processes' outcomes, gathered from the threads that ran them.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [CLI.Result] = []
    func add(_ result: CLI.Result) { lock.withLock { results.append(result) } }
    var all: [CLI.Result] { lock.withLock { results } }
}

@Suite("Recurring duties through exec")
struct DutyExecTests {
    private func dutyCards(_ folder: Folder) throws -> [[String: Any]] {
        FlowExecTests.rows(try FlowExecTests.export(folder), "tasks").filter { $0["duty"] != nil }
    }

    @Test func twoProcessesGeneratingAtOnceMakeEachCardOnce() throws {
        let folder = Folder("duty-race")
        try DemoClinic.create(in: folder)
        #expect(try dutyCards(folder).isEmpty)
        // Thursday 26 Nov: Friday's supply order is within its one day of lead.
        let results = Results()
        let path = folder.path
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            let arguments = ["exec", "--data", path, "--user", "carla", "--now", "2026-11-26T14:00:00Z"]
            if let result = try? CLI.run(arguments, stdin: "task generate\n") { results.add(result) }
        }
        let finished = results.all
        #expect(finished.count == 2)
        #expect(finished.filter { $0.status == 0 }.count == 1, "\(finished.map(\.err))")
        #expect(finished.contains { $0.err.contains("No duty is due") })
        let cards = try dutyCards(folder)
        #expect(cards.count == 1)
        #expect(cards.first?["title"] as? String == "Weekly supply order")
        #expect(cards.first?["due"] as? String == "2026-11-27")
        let duty = cards.first?["duty"] as? [String: Any]
        #expect(duty?["day"] as? String == "2026-11-27")
        #expect(duty?["duty"] as? Int == 1)
    }

    @Test func aDutyAddedIsListedAndComesOnItsDay() throws {
        let folder = Folder("duty-add")
        try DemoClinic.create(in: folder)
        try StaffCLITests.run(
            folder, at: "08:00",
            [
                "duty add \"Opening checklist\" --rule weekdays --time 07:45 --label facilities "
                    + "--check \"Unlock the doors\" --check \"Fridge temperature\""
            ])
        let listed = try StaffCLITests.exec(folder, at: "08:01", ["duty list"])
        #expect(listed.status == 0)
        #expect(listed.out.contains("D-5 \"Opening checklist\" weekdays 07:45 [facilities] 2 items next 2026-11-23"))
        let generated = try StaffCLITests.exec(folder, at: "08:02", ["task generate"])
        #expect(generated.status == 0, "\(generated.err)")
        let cards = try dutyCards(folder)
        #expect(cards.map { $0["title"] as? String } == ["Opening checklist"])
        #expect(cards.first?["column"] as? String == "today")
        // A bad rule is refused at its column, and nothing is written.
        let bad = try StaffCLITests.exec(folder, at: "08:03", ["duty add \"Fire drill\" --rule fortnightly"])
        #expect(bad.status != 0)
        #expect(bad.err.contains("--rule"))
    }
}
