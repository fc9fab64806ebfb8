@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import TerminalKit
import Testing
import TestSupport

@Suite("The dashboard puts due duties on the board")
struct DutySchedulerTests {
    private func practice() -> Practice {
        var practice = Fixture.busyDesk()
        let duty = RecurringDuty(id: 0, title: "Opening checklist", rule: .everyDay, checklist: ["Unlock"])
        _ = try? practice.execute(.addDuty(duty), actor: "Ana R.", now: Fixture.now)
        return practice
    }

    private func dutyCards(_ h: Harness) -> [TaskCard] { h.source.practice.tasks.values.filter { $0.duty != nil } }

    @Test func aTickAddsTodaysCardOnceAndUStillUndoesYourOwnChange() {
        let h = Harness(practice(), size: Size(width: 160, height: 48))
        h.press(.character(":"))
        h.type("task add \"Order gloves\"")
        h.press(.enter)
        h.app.handle(.tick)
        h.app.handle(.tick)
        #expect(dutyCards(h).count == 1)
        #expect(dutyCards(h).first?.column == .today)
        // The schedule's card is nobody's slip: `u` undoes Ana's own add.
        let undone = h.press(.character("u")).text
        #expect(undone.contains("undone: add task"))
        #expect(dutyCards(h).count == 1)
    }

    @Test func aReadOnlyDeskGeneratesNothing() {
        let h = Harness(practice(), size: Size(width: 160, height: 48), desk: DeskOptions(readOnly: true))
        h.app.handle(.tick)
        #expect(dutyCards(h).isEmpty)
    }
}
