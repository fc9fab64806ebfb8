import ClinicDomain
import Foundation
import Testing
import TerminalKit
@testable import ClinicDeskApp
import TestSupport

@Suite("Flow pane keys")
struct FlowKeyTests {
    let context = Fixture.FlowMorning.context()

    /// The pane with appointment `n` selected in the list.
    func pane(selecting n: Int) -> FlowPane {
        var pane = FlowPane()
        pane.selected = AppointmentID(n)
        return pane
    }

    func sent(_ action: PaneAction) -> (Command, String?)? {
        if case .command(let command, let confirm) = action { return (command, confirm) }
        return nil
    }

    @Test(
        "each flow verb on the selected row becomes its command",
        arguments: [
            ("a", 9, Command.checkIn(AppointmentID(9)), false),
            ("r", 7, Command.room(AppointmentID(7), room: nil), false),
            ("s", 5, Command.see(AppointmentID(5)), false),
            ("o", 4, Command.checkOut(AppointmentID(4)), false),
            ("C", 11, Command.confirm(AppointmentID(11)), false),
            ("n", 9, Command.noShow(AppointmentID(9)), true),
            ("L", 7, Command.leftWithoutVisit(AppointmentID(7)), true),
            ("i", 9, Command.verifyInsurance(AppointmentID(9), verified: true), false),
            ("i", 5, Command.verifyInsurance(AppointmentID(5), verified: false), true),
            ("p", 9, Command.collectCopay(AppointmentID(9), amount: nil), true),
            ("P", 13, Command.completePaperwork(PatientID(13)), false),
        ])
    func verb(key: Character, appointment: Int, expected: Command, confirms: Bool) throws {
        var pane = pane(selecting: appointment)
        let (command, confirm) = try #require(sent(pane.handle(.character(key), context: context)))
        #expect(command == expected)
        #expect((confirm != nil) == confirms)
        // And the domain accepts it on the fixture (the keys offer only what the desk can really do here).
        // A no-show only after the grace period: A-9 starts at 10:40, so at 10:55.
        var practice = context.practice
        let now = key == "n" ? Fixture.at(10, 55) : context.now
        #expect(throws: Never.self) { try practice.execute(command, actor: "ana", now: now) }
    }

    @Test("a wrong step is sent anyway and refused by the domain with a sentence")
    func refusalComesFromTheDomain() throws {
        var pane = pane(selecting: 1) // checked out
        let (command, _) = try #require(sent(pane.handle(.character("a"), context: context)))
        var practice = context.practice
        #expect(throws: DomainError.self) { try practice.execute(command, actor: "ana", now: context.now) }
    }

    @Test("cancel asks a reason, then confirms; Esc keeps the visit")
    func cancel() throws {
        var pane = pane(selecting: 11)
        guard case .handled = pane.handle(.character("c"), context: context) else { Issue.record("no prompt"); return }
        #expect(pane.isEditing)
        pane.type("moved away", context)
        let (command, confirm) = try #require(sent(pane.handle(.enter, context: context)))
        #expect(command == .cancel(AppointmentID(11), reason: "moved away"))
        #expect(confirm?.contains("K. Brown") == true)
        #expect(!pane.isEditing)

        _ = pane.handle(.character("c"), context: context)
        let (fallback, _) = try #require(sent(pane.handle(.enter, context: context)))
        #expect(fallback == .cancel(AppointmentID(11), reason: CancelPrompt.defaultReason))

        _ = pane.handle(.character("c"), context: context)
        guard case .handled = pane.handle(.escape, context: context) else { Issue.record("Esc did not close"); return }
        #expect(!pane.isEditing)
    }

    @Test("copay already collected and moving a visit in progress say why instead")
    func refusalsInThePane() {
        var collected = pane(selecting: 5)
        guard case .message = collected.handle(.character("p"), context: context) else {
            Issue.record("expected a message"); return
        }
        var inProgress = pane(selecting: 4)
        guard case .message(let text) = inProgress.handle(.character("m"), context: context) else {
            Issue.record("expected a message"); return
        }
        #expect(text.contains("only a scheduled or confirmed"))
    }

    @Test("j/k and arrows move the selection; g/G jump to the ends")
    func movement() {
        var pane = FlowPane()
        // Nothing chosen: the first patient still in play (A-4, with the provider since 09:42).
        #expect(pane.targetAppointment(context)?.id == AppointmentID(4))
        pane.press([.character("j")], context)
        #expect(pane.selected == AppointmentID(5))
        pane.press([.up, .up], context)
        #expect(pane.selected == AppointmentID(3))
        pane.press([.character("G")], context)
        #expect(pane.selected == AppointmentID(15))
        pane.press([.character("g")], context)
        #expect(pane.selected == AppointmentID(1))
    }

    @Test("v, w, f and F switch views and filters, and the headline shows the filters")
    func viewsAndFilters() {
        var pane = FlowPane()
        pane.press([.character("v")], context)
        #expect(pane.mode == .grid)
        pane.press([.character("w")], context)
        #expect(pane.mode == .week)
        pane.press([.character("w")], context)
        #expect(pane.mode == .grid)
        pane.press([.character("v")], context)
        #expect(pane.mode == .list)

        pane.press([.character("f")], context)
        #expect(pane.providerFilter == Fixture.FlowMorning.drLee)
        #expect(pane.lines(context).allSatisfy { $0.appointment.provider == Fixture.FlowMorning.drLee })
        #expect(pane.headline(context).hasPrefix("only Dr Lee · "))
        pane.press([.character("F"), .character("F")], context)
        #expect(pane.statusFilter == .inClinic)
        #expect(pane.lines(context).map(\.id) == [AppointmentID(4), AppointmentID(5)])
        #expect(pane.headline(context).hasPrefix("only Dr Lee · in clinic · "))
        pane.press([.character("f"), .character("f"), .character("f"), .character("f")], context)
        #expect(pane.providerFilter == nil)
    }

    @Test("the grid cursor walks slots; a free slot books there, a flow key there explains")
    func gridCursor() throws {
        var pane = FlowPane()
        pane.press([.character("v")], context)
        // The cursor starts at now's slot in the first column: Dr Lee 10:30, T. Nguyen's 10:40 visit.
        #expect(pane.targetAppointment(context)?.id == AppointmentID(9))
        pane.press([.down, .down, .down, .down], context) // 10:45 (Nguyen), 11:00, 11:15 (Brown), 11:30 free
        #expect(pane.targetAppointment(context) == nil)
        guard case .message(let text) = pane.handle(.character("a"), context: context) else {
            Issue.record("no message"); return
        }
        #expect(text.contains("b books it"))
        guard case .handled = pane.handle(.character("b"), context: context) else { Issue.record("no form"); return }
        let form = try #require(pane.form)
        #expect(form.provider == Fixture.FlowMorning.drLee)
        #expect(form.timeText == "11:30")
        #expect(form.dateText == "2026-11-23")
        pane.press([.escape], context)
        pane.press([.right], context)
        #expect(pane.gridCursor?.provider == Fixture.FlowMorning.drPatel)
        // Back to the list: the appointment under the cursor (Kowalski 11:00–11:40 covers 11:30) is selected.
        pane.press([.character("v")], context)
        #expect(pane.selected == AppointmentID(13))
    }

    @Test("Enter shows the appointment with its stamped history")
    func detail() {
        var pane = pane(selecting: 5)
        guard case .detail(let title, let lines) = pane.handle(.enter, context: context) else {
            Issue.record("no detail"); return
        }
        #expect(title == "A-5 R. Müller 10:00 Dr Lee")
        // Each stamp with its date: the history starts days before the visit.
        #expect(lines.contains("  2026-11-20 09:00 scheduled by ana"))
        #expect(lines.contains("  2026-11-23 10:15 arrived by ana · late by 15m"))
        #expect(lines.contains("  2026-11-23 10:36 roomed by ana · room 2"))
    }

    @Test("headline and badge carry the day's numbers")
    func headline() {
        let pane = FlowPane()
        let text = pane.headline(context)
        // 王小明 arrived 10:08 for 10:20: the longest wait runs from 10:20.
        #expect(text.hasPrefix("14 booked · 4 waiting · longest 27m · avg wait"))
        #expect(text.contains("no-show"))
        // A-12 was cancelled at 08:10 for 11:20: a late cancellation, beside the no-shows.
        #expect(text.contains("no-show 10% · late cxl 1 ·"))
        #expect(pane.badge(context) == "4 waiting")
    }
}
