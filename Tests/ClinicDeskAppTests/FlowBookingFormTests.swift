import ClinicDomain
import Foundation
import Testing
import TerminalKit
@testable import ClinicDeskApp
import TestSupport

@Suite("Booking form")
struct FlowBookingFormTests {
    let practice = Fixture.FlowMorning.practice()
    let now = Fixture.now
    let today = Fixture.today

    func drive(_ form: inout BookingForm, _ keys: [Key]) -> BookingForm.Outcome {
        form.drive(keys, practice: practice, now: now)
    }

    /// A form with the first patient found for `search` picked and provider/date/time set, focused on Provider.
    func filled(patient search: String, provider: StaffID, time: String, day: LocalDate? = nil) -> BookingForm {
        var form = BookingForm(day: day ?? today, provider: provider, time: TimeOfDay(time))
        _ = drive(&form, typing(search) + [.enter])
        return form
    }

    @Test(
        "search by name (any case, accents ignored), birth date and phone",
        arguments: [
            ("okaf", [1, 4]), ("OKAFOR mich", [1]), ("renee", [5]), ("Müller", [5]), ("王", [7]),
            ("1980-02-14", [1]), ("1975-", [8, 4]), ("0142", [1]), ("(555) 010-0143", [4]), ("555 010 0105", [10]),
            ("zzz", []),
        ])
    func search(query: String, expected: [Int]) {
        #expect(BookingForm.search(query, in: practice).map(\.id.number) == expected)
    }

    @Test("picking a result fills the patient and moves on")
    func pick() {
        var form = BookingForm(day: today, provider: Fixture.FlowMorning.drLee, time: nil)
        _ = drive(&form, typing("okaf") + [.down, .enter])
        #expect(form.patient == PatientID(4))
        #expect(form.field == .provider)
    }

    @Test(
        "conflicts show before saving",
        arguments: [
            ("chen", Fixture.FlowMorning.drLee, "10:40", nil, [BookingConflict.Kind.providerOverlap]),
            ("chen", Fixture.FlowMorning.npKim, "15:00", nil, [.outsideShift]),
            ("chen", Fixture.FlowMorning.drSingh, "10:00", nil, [.providerOff]),
            ("tuan", Fixture.FlowMorning.npKim, "10:40", nil, [.patientDoubleBooked]),
            ("tuan", Fixture.FlowMorning.drPatel, "10:45", nil, [.providerOverlap, .patientDoubleBooked]),
            ("tuan", Fixture.FlowMorning.drLee, "11:20", nil, []),
            ("brown", Fixture.FlowMorning.drLee, "09:00", "2026-11-25", []),
        ])
    func conflicts(search: String, provider: StaffID, time: String, day: String?, kinds: [BookingConflict.Kind]) {
        let form = filled(patient: search, provider: provider, time: time, day: day.flatMap(LocalDate.init))
        #expect(form.conflicts(in: practice).map(\.kind) == kinds)
    }

    @Test("saving over a conflict needs Ctrl-O, then says it overbooks")
    func overrideNeeded() throws {
        var form = filled(patient: "tuan", provider: Fixture.FlowMorning.drLee, time: "10:40")
        guard case .message(let text) = drive(&form, [.control("s")]) else {
            Issue.record("saved over a conflict"); return
        }
        #expect(text.contains("Ctrl-O"))
        #expect(form.note == text)
        guard case .command(let command, let confirm, let keepOpen) = drive(&form, [.control("o")]) else {
            Issue.record("Ctrl-O did not save"); return
        }
        #expect(
            command
                == .bookAppointment(
                    Booking(
                        patient: PatientID(9), provider: Fixture.FlowMorning.drLee,
                        day: today, start: TimeOfDay(hour: 10, minute: 40), minutes: 20,
                        visitType: .followUp, reason: "", override: true)))
        #expect(confirm?.hasPrefix("Overbook anyway? Dr Lee already has A-9") == true)
        #expect(!keepOpen)
        var booked = practice
        let events = try booked.execute(command, actor: "ana", now: now)
        guard case .appointmentBooked(let a) = events.first?.change else { Issue.record("not booked"); return }
        #expect(a.overbooked)
    }

    @Test("a clean booking saves on Enter without a question")
    func cleanBooking() {
        var form = filled(patient: "tuan", provider: Fixture.FlowMorning.drLee, time: "11:20")
        _ = drive(&form, [.tab, .tab, .tab, .tab, .tab] + typing("labs review")) // Provider → Reason
        guard case .command(.bookAppointment(let booking), nil, false) = drive(&form, [.enter]) else {
            Issue.record("not saved"); return
        }
        #expect(booking.reason == "labs review")
        #expect(booking.start == TimeOfDay(hour: 11, minute: 20))
        #expect(!booking.override)
    }

    @Test("next free slot fills date and time, and steps on when pressed again")
    func nextFreeSlot() {
        var form = filled(patient: "tuan", provider: Fixture.FlowMorning.drLee, time: "")
        _ = drive(&form, [.control("n")])
        // Dr Lee: Nguyen 10:40–11:00, Brown 11:00–11:20; now 10:42 → the first free 20 minutes on the
        // 15-minute grid start 11:30.
        #expect(form.dateText == "2026-11-23")
        #expect(form.timeText == "11:30")
        #expect(form.conflicts(in: practice).isEmpty)
        _ = drive(&form, [.control("n")])
        #expect(form.timeText == "11:45")
        // On PTO: the search moves to the next day the provider works.
        var away = filled(patient: "tuan", provider: Fixture.FlowMorning.drSingh, time: "")
        _ = drive(&away, [.control("n")])
        #expect(away.dateText == "2026-11-25")
        #expect(away.timeText == "09:00")
    }

    @Test("a new patient is added first, then booked")
    func newPatient() throws {
        var form = BookingForm(day: today, provider: Fixture.FlowMorning.drLee, time: TimeOfDay(hour: 11, minute: 20))
        _ = drive(&form, typing("Maria Lopez") + [.enter])
        #expect(form.isNewPatient)
        #expect(form.field == .givenName)
        #expect(form.givenName == "Maria" && form.familyName == "Lopez")
        _ = drive(&form, [.tab, .tab] + typing("1990-01-31") + [.tab] + typing("555-010-0199"))
        guard case .command(let add, nil, true) = drive(&form, [.enter]) else { Issue.record("no addPatient"); return }
        #expect(
            add
                == .addPatient(
                    NewPatient(
                        givenName: "Maria", familyName: "Lopez",
                        birthDate: LocalDate(year: 1990, month: 1, day: 31), phone: "555-010-0199")))
        var after = practice
        try after.execute(add, actor: "ana", now: now)
        // The next key sees the added patient and picks them.
        let outcome = form.handle(.enter, practice: after, now: now)
        #expect(form.patient == PatientID(15))
        guard case .command(.bookAppointment(let booking), nil, false) = outcome else {
            Issue.record("not booked: \(outcome)"); return
        }
        #expect(booking.patient == PatientID(15))
        // A first visit defaults to a new-patient visit and its length.
        #expect(booking.visitType == .newPatient && booking.minutes == 40)
    }

    @Test("a new patient's name and phone are checked against the domain's field contracts, focus on the field")
    func newPatientFieldContracts() throws {
        var form = BookingForm(day: today, provider: Fixture.FlowMorning.drLee, time: TimeOfDay(hour: 11, minute: 20))
        _ = drive(&form, typing("Maria Lopez") + [.enter])
        _ = drive(&form, [.tab, .tab] + typing("1990-01-31") + [.tab])
        // No phone: refused in the form, on the phone field.
        #expect(drive(&form, [.enter]) == .message("Phone: must not be empty."))
        #expect(form.field == .phone)
        _ = drive(&form, typing("555-01"))
        guard case .message(let short) = drive(&form, [.enter]) else { Issue.record("short phone accepted"); return }
        #expect(short.hasPrefix("Phone: digits with spaces") && short.hasSuffix("(this one has 5)."))
        form.givenName = String(repeating: "a", count: 101)
        #expect(drive(&form, [.enter]) == .message("Given name: at most 100 characters (this one has 101)."))
        #expect(form.field == .givenName)
    }

    @Test("the move form changes only provider, date and time")
    func move() throws {
        let appointment = try #require(practice.appointments[AppointmentID(11)])
        var form = BookingForm(moving: appointment)
        #expect(form.fields == [.provider, .date, .time])
        _ = drive(&form, [.tab, .control("u")] + typing("11:20"))
        guard case .command(let command, nil, false) = drive(&form, [.enter]) else { Issue.record("not moved"); return }
        #expect(
            command
                == .moveAppointment(
                    AppointmentID(11), day: today, start: TimeOfDay(hour: 11, minute: 20),
                    provider: Fixture.FlowMorning.drLee, override: false))
        // Its own slot is no conflict (the move ignores the appointment being moved).
        var back = BookingForm(moving: appointment)
        #expect(back.conflicts(in: practice).isEmpty)
        _ = drive(&back, [.backTab, .left])
        #expect(back.provider == Fixture.FlowMorning.drSingh) // ←: the previous provider, wrapping around
    }

    @Test("missing values refuse with the field to fix, and Esc cancels")
    func refusals() {
        var form = BookingForm(day: today, provider: Fixture.FlowMorning.drLee, time: nil)
        guard case .message(let text) = drive(&form, [.control("s")]) else {
            Issue.record("saved without a patient"); return
        }
        #expect(text.hasPrefix("Pick a patient"))
        _ = drive(&form, typing("tuan") + [.enter])
        guard case .message(let time) = drive(&form, [.control("s")]) else {
            Issue.record("saved without a time"); return
        }
        #expect(time.hasPrefix("Time must be HH:MM"))
        #expect(form.field == .time)
        #expect(drive(&form, [.escape]) == .cancelled)
    }

    @Test("the pane routes keys to the form and closes it when the booking goes out")
    func paneRouting() throws {
        var pane = FlowPane()
        let context = Fixture.FlowMorning.context(practice)
        guard case .handled = pane.handle(.character("b"), context: context) else { Issue.record("no form"); return }
        #expect(pane.isEditing)
        #expect(pane.editingHints(.standard).contains(PaneKeyHint(key: "C-o", label: "overbook")))
        pane.type("tuan", context)
        pane.press([.enter, .tab, .tab], context)
        pane.type("11:20", context)
        guard case .command(.bookAppointment, nil) = pane.handle(.enter, context: context) else {
            Issue.record("not sent"); return
        }
        #expect(!pane.isEditing)
    }
}
