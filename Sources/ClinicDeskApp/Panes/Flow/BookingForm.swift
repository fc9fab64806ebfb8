import ClinicDomain
import Foundation
import TerminalKit

/// The booking form (`b`) and, with a fixed patient and length, the move form (`m`), as a plain value:
/// keys go in, an `Outcome` comes out, and tests drive it without a terminal.
///
/// The fields live in a TerminalKit `Form` (text fields are `TextInput`s, with their full editing); this type adds
/// what a booking means: the patient search and its results, the new-patient fields, the provider list from the
/// practice, and saving. Conflicts are worked out from the practice on every draw, so the desk sees them before
/// saving; saving over a conflict needs Ctrl-O and then a y/n, and the appointment is marked overbooked.
public struct BookingForm: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable { case book, move(AppointmentID) }

    public enum Field: Sendable, Equatable, Hashable, CaseIterable {
        /// `visit` is the move form's read-only summary of what is being moved (type, length, reason).
        case patient, visit, givenName, familyName, birthDate, phone, provider, date, time, length, visitType, reason

        var label: String {
            switch self {
            case .patient: return "Patient"
            case .visit: return "Visit"
            case .givenName: return "Given name"
            case .familyName: return "Family name"
            case .birthDate: return "Born"
            case .phone: return "Phone"
            case .provider: return "Provider"
            case .date: return "Date"
            case .time: return "Time"
            case .length: return "Length"
            case .visitType: return "Type"
            case .reason: return "Reason"
            }
        }

        /// Shown only while a new patient is being added.
        var isNewPatientField: Bool { [.givenName, .familyName, .birthDate, .phone].contains(self) }
    }

    public enum Outcome: Sendable, Equatable {
        /// The key changed the form; it stays open.
        case editing
        /// Esc: close without saving.
        case cancelled
        /// Send this command; `keepOpen` while the form has more to do (a new patient is added before booking).
        case command(Command, confirm: String?, keepOpen: Bool)
        /// Nothing sent; tell the user why (also shown inside the form).
        case message(String)
    }

    public let purpose: Purpose
    /// The fields and their values; the computed properties below read and write it by field.
    var form: Form<Field>
    /// Index into `results` + the trailing "new patient" entry.
    public internal(set) var highlighted = 0
    public internal(set) var patient: PatientID? { didSet { showNewPatientFields() } }
    public internal(set) var isNewPatient = false { didSet { showNewPatientFields() } }
    public internal(set) var provider: StaffID?
    /// The last thing the form has to say (a refusal, the next free slot found, the new patient's ID).
    public internal(set) var note: String?
    /// The note says why saving was refused (drawn as an error), not what just happened.
    var noteIsRefusal = false
    /// Sent `addPatient` with these facts; the next key picks the patient it created.
    var awaitingPatient: NewPatient?
    /// Length typed by hand: a change of visit type no longer resets it.
    var lengthEdited = false

    static let visitTypes = VisitType.allCases

    /// A new booking on `day`, optionally for `provider` at `time` (the grid cursor's slot).
    public init(
        day: LocalDate, provider: StaffID?, time: TimeOfDay?, visitType: VisitType = .followUp,
        keymap: Keymap = .standard
    ) {
        purpose = .book
        self.provider = provider
        form = Self.layout(
            title: "Book an appointment", patient: .text(.patient, "Patient", width: 28),
            date: day.description, time: time?.description ?? "",
            length: String(visitType.defaultMinutes), visitType: visitType, reason: "", moving: false,
            keymap: keymap)
    }

    /// Moving an existing appointment: only provider, date and time change.
    public init(moving appointment: Appointment, keymap: Keymap = .standard) {
        purpose = .move(appointment.id)
        patient = appointment.patient
        provider = appointment.provider
        form = Self.layout(
            title: "Move \(appointment.id)", patient: .readOnly(.patient, "Patient", ""),
            date: appointment.day.description, time: appointment.start.description,
            length: String(appointment.minutes), visitType: appointment.visitType,
            reason: appointment.reason, moving: true, keymap: keymap)
        form.focus(on: .date)
    }

    /// Every field in screen order; those a purpose does not edit are hidden but keep their values.
    private static func layout(
        title: String, patient: FormField<Field>, date: String, time: String, length: String,
        visitType: VisitType, reason: String, moving: Bool,
        keymap: Keymap
    ) -> Form<Field> {
        var fields: [FormField<Field>] = [
            patient,
            .readOnly(.visit, Field.visit.label, ""),
            .text(.givenName, Field.givenName.label),
            .text(.familyName, Field.familyName.label),
            .text(.birthDate, Field.birthDate.label, TextInput(filter: .date)),
            .text(.phone, Field.phone.label),
            .choice(.provider, Field.provider.label, options: [], selected: nil),
            .text(.date, Field.date.label, TextInput(date, filter: .date)),
            .text(.time, Field.time.label, TextInput(time, filter: .time)),
            .text(.length, Field.length.label, TextInput(length, filter: .digits)),
            .choice(
                .visitType, Field.visitType.label, options: visitTypes.map(\.rawValue),
                selected: visitTypes.firstIndex(of: visitType)),
            .text(.reason, Field.reason.label, TextInput(reason), width: 28),
        ]
        for i in fields.indices {
            let field = fields[i].id
            fields[i].isHidden =
                field.isNewPatientField
                || (moving ? [.length, .visitType, .reason].contains(field) : field == .visit)
        }
        let footer = [
            (KeyAction.formSubmit, "save"), (.formNextFreeSlot, "next free"), (.formOverbook, "overbook"),
            (.formNextField, "field"), (.formCancel, "cancel"),
        ]
        .map { "\(keymap.keyLabel($0.0)) \($0.1)" }.joined(separator: " · ")
        return Form(title: title, fields: fields, footer: footer, width: 74)
    }

    var isMove: Bool { if case .move = purpose { return true } else { return false } }

    /// The fields in focus order, as the form stands (new-patient fields only while adding one).
    var fields: [Field] { form.focusOrder }

    /// The focused field.
    public internal(set) var field: Field {
        get { form.focus ?? .provider }
        set { form.focus(on: newValue) }
    }

    private mutating func showNewPatientFields() {
        for field in Field.allCases where field.isNewPatientField {
            form.setHidden(field, !(isNewPatient && patient == nil))
        }
    }

    // MARK: - Reading the form

    public internal(set) var search: String {
        get { form.text(.patient) }
        set { form.setText(.patient, newValue) }
    }
    public internal(set) var givenName: String {
        get { form.text(.givenName) }
        set { form.setText(.givenName, newValue) }
    }
    public internal(set) var familyName: String {
        get { form.text(.familyName) }
        set { form.setText(.familyName, newValue) }
    }
    public internal(set) var birthText: String {
        get { form.text(.birthDate) }
        set { form.setText(.birthDate, newValue) }
    }
    public internal(set) var phone: String {
        get { form.text(.phone) }
        set { form.setText(.phone, newValue) }
    }
    public internal(set) var dateText: String {
        get { form.text(.date) }
        set { form.setText(.date, newValue) }
    }
    public internal(set) var timeText: String {
        get { form.text(.time) }
        set { form.setText(.time, newValue) }
    }
    public internal(set) var lengthText: String {
        get { form.text(.length) }
        set { form.setText(.length, newValue) }
    }
    public internal(set) var reason: String {
        get { form.text(.reason) }
        set { form.setText(.reason, newValue) }
    }
    public internal(set) var visitType: VisitType {
        get { form.choice(.visitType).map { Self.visitTypes[$0] } ?? .followUp }
        set {
            form.setChoice(
                .visitType, options: Self.visitTypes.map(\.rawValue),
                selected: Self.visitTypes.firstIndex(of: newValue))
        }
    }

    public var day: LocalDate? { LocalDate(dateText.trimmingCharacters(in: .whitespaces)) }
    public var start: TimeOfDay? { TimeOfDay(timeText.trimmingCharacters(in: .whitespaces)) }
    public var minutes: Int? { Int(lengthText).flatMap { (5...480).contains($0) ? $0 : nil } }

    /// Patients matching the search: a birth date (`1980-02-14`, or its start), a phone number (3+ digits, any
    /// punctuation), or name words (each a prefix of a given or family name; case and accents ignored).
    public static func search(_ query: String, in practice: Practice, limit: Int = 50) -> [Patient] {
        let q = query.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return [] }
        let digits = q.filter(\.isNumber)
        let matches: (Patient) -> Bool
        if q.allSatisfy({ $0.isNumber || $0 == "-" }) && q.contains("-") && q.count >= 4 {
            matches = { $0.birthDate.description.hasPrefix(q) }
        } else if digits.count >= 3 && !q.contains(where: \.isLetter) {
            matches = { $0.phone.filter(\.isNumber).contains(digits) }
        } else {
            let words = q.split(separator: " ").map { fold(String($0)) }
            matches = { patient in
                let names = (patient.givenName + " " + patient.familyName).split(separator: " ").map {
                    fold(String($0))
                }
                return words.allSatisfy { word in names.contains { $0.hasPrefix(word) } }
            }
        }
        return practice.patients.values.filter(matches)
            .sorted {
                (fold($0.familyName), fold($0.givenName), $0.id) < (fold($1.familyName), fold($1.givenName), $1.id)
            }
            .prefix(limit).map { $0 }
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    public func results(in practice: Practice) -> [Patient] {
        patient == nil && !isNewPatient ? Self.search(search, in: practice) : []
    }

    /// Everything that would stop a normal booking at the form's current values; empty while values are missing.
    public func conflicts(in practice: Practice) -> [BookingConflict] {
        guard let provider, let day, let start, let minutes else { return [] }
        // A patient not yet added has no appointments; the ID they will get stands in for them.
        let who = patient ?? practice.nextID(Patient.self)
        let ignoring: AppointmentID? = if case .move(let id) = purpose { id } else { nil }
        return practice.conflicts(
            provider: provider, patient: who, day: day, start: start, minutes: minutes, ignoring: ignoring)
    }
}
