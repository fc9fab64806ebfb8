import Testing
import TestSupport
import TerminalKit

/// A form like the front desk's booking form: text with filters, choices, a read-only line, hints, results under a
/// field, extra lines and a message.
@Suite struct FormTests {
    enum Field: Hashable, Sendable { case patient, born, provider, date, time, length, reason }

    static func booking() -> Form<Field> {
        var form = Form<Field>(
            title: "Book an appointment",
            fields: [
                .text(.patient, "Patient", width: 20, hint: "name or birth date"),
                .text(.born, "Born", TextInput(filter: .date), hint: "YYYY-MM-DD"),
                .choice(.provider, "Provider", options: ["Dr Lee", "Dr Patel", "NP Kim"], selected: 0),
                .text(.date, "Date", TextInput("2026-11-23", filter: .date)),
                .text(.time, "Time", TextInput(filter: .time)),
                .text(.length, "Length", TextInput("20", filter: .digits), hint: "min"),
                .text(.reason, "Reason", width: 20),
            ], footer: "Enter save · Esc cancel", width: 50)
        form.setHidden(.born, true)
        return form
    }

    func press<ID>(_ keys: [Key], _ form: inout Form<ID>) -> Form<ID>.Outcome {
        var last = Form<ID>.Outcome.ignored
        for key in keys { last = form.handle(key) }
        return last
    }

    func typing(_ text: String) -> [Key] { text.map { .character($0) } }

    @Test func focusOrderSkipsHiddenAndStopsAtTheEnds() {
        var form = Self.booking()
        #expect(form.focus == .patient)
        #expect(form.focusOrder == [.patient, .provider, .date, .time, .length, .reason])
        #expect(press([.up, .backTab], &form) == .editing)
        #expect(form.focus == .patient)
        _ = press([.tab, .down, .tab], &form)
        #expect(form.focus == .time)
        _ = press(Array(repeating: .tab, count: 9), &form)
        #expect(form.focus == .reason)
        form.setHidden(.born, false)
        _ = press([.backTab, .backTab, .backTab, .backTab, .backTab], &form)
        #expect(form.focus == .born)
        // Hiding the focused field moves the focus on rather than leaving it nowhere.
        form.setHidden(.born, true)
        #expect(form.focus == .provider)
    }

    @Test func textFieldsEditWithTheirFilterAndFullLineEditing() {
        var form = Self.booking()
        _ = press(typing("okafor mi"), &form)
        _ = press([.control("w")] + typing("Michael"), &form)
        #expect(form.text(.patient) == "okafor Michael")
        _ = press([.control("a"), .right, .control("k")], &form)
        #expect(form.text(.patient) == "o")
        _ = press([.tab, .tab, .tab] + typing("9h4:0x0"), &form)
        #expect(form.focus == .time)
        #expect(form.text(.time) == "94:00")
        _ = press([.control("u")] + typing("09:40"), &form)
        #expect(form.text(.time) == "09:40")
        form.setText(.date, "2026-11-24")
        #expect(form.text(.date) == "2026-11-24")
    }

    @Test func choicesCycleBothWaysAndWrap() {
        var form = Self.booking()
        _ = press([.tab], &form)
        #expect(press([.right], &form) == .editing)
        #expect(form.choice(.provider) == 1)
        _ = press([.character(" "), .character("+")], &form)
        #expect(form.choice(.provider) == 0)
        _ = press([.left], &form)
        #expect(form.choice(.provider) == 2)
        #expect(press([.character("x")], &form) == .ignored)
        // No choice yet: → takes the first, ← the last.
        form.setChoice(.provider, options: ["Dr Lee", "Dr Patel"], selected: nil)
        _ = press([.left], &form)
        #expect(form.choice(.provider) == 1)
        form.setChoice(.provider, options: ["Dr Lee"], selected: 7)
        #expect(form.choice(.provider) == nil)
    }

    @Test func enterSubmitsEscCancelsOtherKeysAreTheOwners() {
        var form = Self.booking()
        #expect(press([.enter], &form) == .submitted)
        _ = press([.tab, .tab], &form)
        #expect(press([.enter], &form) == .submitted)
        #expect(press([.escape], &form) == .cancelled)
        #expect(press([.control("n")], &form) == .ignored)
        #expect(press([.function(5)], &form) == .ignored)
    }

    @Test func readOnlyFieldsShowButNeverTakeTheFocus() {
        var form = Form<String>(
            title: "Move A-11",
            fields: [
                .readOnly("patient", "Patient", "K. Brown · P-11"),
                .text("time", "Time", TextInput("11:00", filter: .time)),
            ])
        #expect(form.focus == "time")
        _ = press([.backTab, .up], &form)
        #expect(form.focus == "time")
        form.setReadOnly("patient", "K. Brown · 1975-03-02 · P-11")
        #expect(form.field("patient")?.kind == .readOnly("K. Brown · 1975-03-02 · P-11"))
    }

    @Test func drawsAsAModalCentredInTheArea() {
        let theme = Theme.builtInDefault
        var canvas = Canvas(size: Size(width: 64, height: 16))
        for y in 0..<16 { canvas.put(String(repeating: "·", count: 64), x: 0, y: y, style: .plain) }
        var form = Self.booking()
        _ = press(typing("okaf"), &form)
        form.setBelow(.patient, [StyledLine("▶ Okafor, Michael", slot: .tableSelected), "  + new patient"])
        form.setHint(.date, "Mon 23 Nov 2026")
        form.lines = [StyledLine([TableCell("⚠ ", slot: .alertWarn), "Dr Lee already has A-9 10:40–11:00"])]
        form.message = StyledLine("Not saved: a conflict.", slot: .error)
        let area = Rect(x: 4, y: 1, width: 58, height: 15)
        let interior = form.draw(into: &canvas, in: area, theme: theme)
        Golden.check(canvas, named: "form_booking", in: .widgets)
        #expect(interior == Rect(x: 8, y: 3, width: 50, height: 11))
        // The focused field is a TextInput with its cursor after the text; the label is marked and styled.
        let patientY = interior.y
        #expect(canvas[interior.x, patientY].grapheme == "▸")
        #expect(canvas[interior.x + 1, patientY].style == theme[.paneTitleFocused].merged(over: theme[.popupText]))
        #expect(canvas[interior.x + 11 + 4, patientY].style == theme[.inputCursor].merged(over: theme[.input]))
        #expect(canvas[interior.x + 11, interior.y + 4].style == theme[.input])
        #expect(canvas.row(interior.y + 9).contains("⚠ Dr Lee already has A-9"))
        #expect(canvas[interior.x + 1, interior.y + 10].style == theme[.error].merged(over: theme[.popupText]))
        // Outside the area nothing changed.
        #expect(canvas.row(0) == String(repeating: "·", count: 64))
    }

    @Test func aFormTallerThanItsAreaScrollsToTheFocus() {
        var form = Form<Int>(title: "Many", fields: (0..<12).map { .text($0, "Field \($0)", width: 6) })
        for _ in 0..<9 { _ = form.handle(.tab) }
        var canvas = Canvas(size: Size(width: 40, height: 8))
        form.draw(into: &canvas, in: canvas.bounds, theme: .builtInDefault)
        Golden.check(canvas, named: "form_scrolled", in: .widgets)
        #expect(canvas.text.contains("▸Field 9"))
        #expect(!canvas.text.contains("Field 0 "))
    }
}
