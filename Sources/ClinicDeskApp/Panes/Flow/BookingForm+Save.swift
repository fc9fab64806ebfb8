import ClinicDomain
import Foundation
import TerminalKit

extension BookingForm {
    static func keyHints(_ keymap: Keymap) -> [PaneKeyHint] {
        [
            PaneKeyHint(key: keymap.keyLabel(.formNextField), label: "next field"),
            PaneKeyHint(key: "↑↓", label: "pick / field"), PaneKeyHint(key: "←→", label: "choose"),
            PaneKeyHint(key: keymap.keyLabel(.formSubmit), label: "save"),
            PaneKeyHint(key: keymap.keyLabel(.formNextFreeSlot), label: "next free slot"),
            PaneKeyHint(key: keymap.keyLabel(.formOverbook), label: "overbook"),
            PaneKeyHint(key: keymap.keyLabel(.formCancel), label: "cancel"),
        ]
    }

    /// Fills date and time with the provider's next free slot for the form's length: from the time in the form
    /// (or now, never in the past); pressed again, from just after the slot it found last.
    mutating func fillNextFreeSlot(practice: Practice, now: Date) -> Outcome {
        guard let provider, let providerRow = practice.staff[provider] else {
            return refuse("Choose a provider first (←/→ on Provider).", focus: .provider)
        }
        let minutes = self.minutes ?? visitType.defaultMinutes
        let today = practice.clock.day(of: now)
        let nowTime = practice.clock.timeOfDay(of: now)
        var fromDay = max(day ?? today, today)
        var after = start ?? TimeOfDay(minutes: 0)
        if fromDay == today { after = max(after, nowTime) }
        // Asking again from a slot that is itself free steps on to the next one.
        if let day, let start, day == fromDay, start >= after,
            conflicts(in: practice).isEmpty,
            practice.nextFreeSlot(provider: provider, minutes: minutes, from: day, after: start)?.start == start
        {
            after = TimeOfDay(minutes: start.minutes + 1)
            fromDay = day
        }
        let name = Sanitizer.clean(providerRow.displayName)
        guard let found = practice.nextFreeSlot(provider: provider, minutes: minutes, from: fromDay, after: after)
        else {
            return refuse("\(name) has no free \(minutes)-minute slot in the next 14 days.", focus: .provider)
        }
        dateText = found.day.description
        timeText = found.start.description
        let text = "Next free: \(found.day.shortLabel) \(found.start) with \(name)."
        say(text)
        return .message(text)
    }

    /// Enter / Ctrl-S (`override` false) or Ctrl-O (`override` true).
    mutating func save(practice: Practice, override: Bool) -> Outcome {
        if case .move = purpose {
        } else if patient == nil {
            // The add is still being saved: a second Enter must not add the same person twice.
            if let waiting = awaitingPatient, isNewPatient {
                let name = "\(waiting.givenName) \(waiting.familyName)"
                return refuse("Still adding \(name)… Enter books once it is saved.", focus: nil)
            }
            if isNewPatient { return addPatient(practice: practice) }
            return refuse(
                "Pick a patient first: type part of a name, a birth date (1980-02-14) or a phone number.",
                focus: .patient)
        }
        guard let provider, practice.staff[provider] != nil else {
            return refuse("Choose a provider (←/→).", focus: .provider)
        }
        guard let day else { return refuse("Date must be YYYY-MM-DD, e.g. 2026-11-24.", focus: .date) }
        guard let start else {
            return refuse("Time must be HH:MM, e.g. 09:40 (Ctrl-N finds the next free slot).", focus: .time)
        }
        guard let minutes else { return refuse("Length must be 5 to 480 minutes.", focus: .length) }
        let found = conflicts(in: practice)
        if !found.isEmpty && !override {
            let count = found.count == 1 ? "a conflict" : "\(found.count) conflicts"
            return refuse(
                "Not saved: \(count) (shown above). Ctrl-O overbooks anyway; Ctrl-N finds a free slot.", focus: nil)
        }
        let overbook = !found.isEmpty
        let question =
            overbook
            ? "Overbook anyway? \(found.map(\.message).joined(separator: "; "))" : nil
        switch purpose {
        case .move(let id):
            let command = Command.moveAppointment(id, day: day, start: start, provider: provider, override: overbook)
            return .command(command, confirm: question, keepOpen: false)
        case .book:
            guard let patient else { return .editing }
            let booking = Booking(
                patient: patient, provider: provider, day: day, start: start, minutes: minutes,
                visitType: visitType, reason: reason.trimmingCharacters(in: .whitespaces), override: overbook)
            return .command(.bookAppointment(booking), confirm: question, keepOpen: false)
        }
    }

    /// The first half of booking a new patient: add them; the form stays open and picks them up after.
    private mutating func addPatient(practice: Practice) -> Outcome {
        // The domain's field contracts, checked here too so the refusal lands on the field to fix.
        let given: String, family: String, phoneNumber: String
        do { given = try FieldContract.givenName.check(givenName) } catch {
            return refuse(Self.sentence(error), focus: .givenName)
        }
        do { family = try FieldContract.familyName.check(familyName) } catch {
            return refuse(Self.sentence(error), focus: .familyName)
        }
        guard let birth = LocalDate(birthText.trimmingCharacters(in: .whitespaces)) else {
            return refuse("Birth date must be YYYY-MM-DD, e.g. 1980-02-14.", focus: .birthDate)
        }
        do { phoneNumber = try FieldContract.phone.check(phone) } catch {
            return refuse(Self.sentence(error), focus: .phone)
        }
        let new = NewPatient(givenName: given, familyName: family, birthDate: birth, phone: phoneNumber)
        awaitingPatient = new
        say("Adding \(given) \(family)… then Enter books.")
        return .command(.addPatient(new), confirm: nil, keepOpen: true)
    }

    /// `given name: must not be empty` as a status-line sentence: `Given name: must not be empty.`
    private static func sentence(_ violation: FieldViolation) -> String {
        violation.field.prefix(1).uppercased() + violation.description.dropFirst() + "."
    }

    private mutating func refuse(_ text: String, focus: Field?) -> Outcome {
        note = text
        noteIsRefusal = true
        if let focus { field = focus }
        return .message(text)
    }
}
