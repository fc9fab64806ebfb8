import ClinicDomain
import Foundation
import Testing
import TerminalKit
@testable import ClinicDeskApp
import TestSupport

/// The booking, move and cancel forms as TerminalKit `Form`s: full line editing in their text fields, filtered
/// fields, and how they look (goldens Flow-form-move, Flow-form-new-patient, Flow-cancel).
@Suite("Flow forms on the shared widgets")
struct FlowFormWidgetTests {
    let practice = Fixture.FlowMorning.practice()
    let now = Fixture.now
    let today = Fixture.today

    func drive(_ form: inout BookingForm, _ keys: [Key]) -> BookingForm.Outcome {
        form.drive(keys, practice: practice, now: now)
    }

    @Test("text fields edit in place: cursor keys, C-a, C-e, C-w, C-k")
    func lineEditing() {
        var form = BookingForm(day: today, provider: Fixture.FlowMorning.drLee, time: TimeOfDay(hour: 11, minute: 20))
        _ = drive(&form, typing("tuan") + [.enter]) // picks T. Nguyen, on to Provider
        _ = drive(&form, [.tab, .tab, .tab, .tab, .tab] + typing("labs")) // Reason
        #expect(form.field == .reason)
        _ = drive(&form, [.control("a")] + typing("review ") + [.control("e")] + typing(" today"))
        #expect(form.reason == "review labs today")
        _ = drive(&form, [.control("w"), .left, .left, .control("k")])
        #expect(form.reason == "review lab")
        // ← and → move the cursor in a text field; they no longer leave it.
        _ = drive(&form, [.backTab, .backTab, .backTab, .home, .right, .delete] + typing("3"))
        #expect(form.field == .time)
        #expect(form.timeText == "13:20")
    }

    @Test("date, time, length and birth date take only what they can parse")
    func filteredFields() {
        var form = BookingForm(day: today, provider: Fixture.FlowMorning.drLee, time: nil)
        _ = drive(&form, typing("Maria Lopez") + [.enter, .tab, .tab] + typing("1990-O1-31x"))
        #expect(form.field == .birthDate)
        #expect(form.birthText == "1990-1-31")
        _ = drive(&form, [.tab, .tab, .tab, .control("u")] + typing("tomorrow 2026-11-24"))
        #expect(form.field == .date)
        #expect(form.dateText == "2026-11-24")
        _ = drive(&form, [.tab] + typing("9h40"))
        #expect(form.timeText == "940")
        _ = drive(&form, [.tab, .control("u")] + typing("30 min"))
        #expect(form.lengthText == "30")
        // A typed length survives a change of visit type.
        _ = drive(&form, [.tab, .right])
        #expect(form.lengthText == "30")
    }

    @Test("editing the search after a pick drops the patient and lists results again")
    func searchEditUnpicks() {
        var form = BookingForm(day: today, provider: Fixture.FlowMorning.drLee, time: nil)
        _ = drive(&form, typing("okaf") + [.enter])
        #expect(form.patient == PatientID(1))
        _ = drive(&form, [.backTab, .left, .right])
        #expect(form.patient == PatientID(1)) // cursor keys change nothing
        _ = drive(&form, [.control("u")] + typing("okafor n"))
        #expect(form.patient == nil)
        #expect(form.results(in: practice).map(\.id) == [PatientID(4)])
        _ = drive(&form, [.enter])
        #expect(form.patient == PatientID(4))
    }

    @Test("the cancel prompt edits its reason like any text field")
    func cancelPromptEditing() {
        var prompt = CancelPrompt(appointment: AppointmentID(11), summary: "A-11 K. Brown 11:00 Dr Lee")
        for c in "moved to Ohio" { _ = prompt.handle(.character(c)) }
        _ = prompt.handle(.control("w"))
        _ = prompt.handle(.home)
        for c in "has " { _ = prompt.handle(.character(c)) }
        #expect(prompt.reason == "has moved to ")
        #expect(prompt.handle(.tab) == .editing)
        guard case .command(.cancel(_, let reason), let confirm) = prompt.handle(.enter) else {
            Issue.record("Enter did not cancel"); return
        }
        #expect(reason == "has moved to")
        #expect(confirm == "Cancel A-11 K. Brown 11:00 Dr Lee (has moved to)?")
        #expect(prompt.handle(.escape) == .closed)
    }

    @Test("move form, new-patient form and cancel prompt screens", arguments: [(80, 24), (160, 48)])
    func screens(size: (Int, Int)) throws {
        let context = Fixture.FlowMorning.context(practice)
        var move = FlowPane()
        move.selected = AppointmentID(11)
        move.press([.character("m"), .backTab, .right], context)
        Golden.check(
            move.render(context, width: size.0, height: size.1), named: "Flow-form-move-\(size.0)x\(size.1)",
            in: .screens)

        var book = FlowPane()
        book.press([.character("b")], context)
        book.type("Maria Lopez", context)
        book.press([.enter, .tab, .tab], context)
        book.type("1990-01-3", context)
        Golden.check(
            book.render(context, width: size.0, height: size.1), named: "Flow-form-new-patient-\(size.0)x\(size.1)",
            in: .screens)

        var cancel = FlowPane()
        cancel.selected = AppointmentID(11)
        cancel.press([.character("c")], context)
        let empty = cancel.render(context, width: size.0, height: size.1)
        #expect(empty.text.contains("[patient called"))
        cancel.type("moved away", context)
        Golden.check(
            cancel.render(context, width: size.0, height: size.1), named: "Flow-cancel-\(size.0)x\(size.1)",
            in: .screens)
    }
}
