import ClinicDomain
import Foundation
import TerminalKit

/// The booking form (`b`) and, with a fixed patient and length, the move form (`m`), as a plain value:
/// keys go in, an `Outcome` comes out, and tests drive it without a terminal.
///
/// Conflicts are worked out from the practice on every draw, so the desk sees them before saving; saving over a
/// conflict needs Ctrl-O and then a y/n, and the appointment is marked overbooked.
public struct BookingForm: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable { case book, move(AppointmentID) }

    public enum Field: Sendable, Equatable, CaseIterable {
        case patient, givenName, familyName, birthDate, phone, provider, date, time, length, visitType, reason

        var label: String {
            switch self {
            case .patient: return "Patient"
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
    public internal(set) var field: Field
    public internal(set) var search = ""
    /// Index into `results` + the trailing "new patient" entry.
    public internal(set) var highlighted = 0
    public internal(set) var patient: PatientID?
    public internal(set) var isNewPatient = false
    public internal(set) var givenName = ""
    public internal(set) var familyName = ""
    public internal(set) var birthText = ""
    public internal(set) var phone = ""
    public internal(set) var provider: StaffID?
    public internal(set) var dateText: String
    public internal(set) var timeText: String
    public internal(set) var lengthText: String
    public internal(set) var visitType: VisitType
    public internal(set) var reason = ""
    /// The last thing the form has to say (a refusal, the next free slot found, the new patient's ID).
    public internal(set) var note: String?
    /// Sent `addPatient` with these facts; the next key picks the patient it created.
    var awaitingPatient: NewPatient?
    /// Length typed by hand: a change of visit type no longer resets it.
    var lengthEdited = false

    /// A new booking on `day`, optionally for `provider` at `time` (the grid cursor's slot).
    public init(day: LocalDate, provider: StaffID?, time: TimeOfDay?, visitType: VisitType = .followUp) {
        purpose = .book
        field = .patient
        self.provider = provider
        dateText = day.description
        timeText = time?.description ?? ""
        self.visitType = visitType
        lengthText = String(visitType.defaultMinutes)
    }

    /// Moving an existing appointment: only provider, date and time change.
    public init(moving appointment: Appointment) {
        purpose = .move(appointment.id)
        field = .date
        patient = appointment.patient
        provider = appointment.provider
        dateText = appointment.day.description
        timeText = appointment.start.description
        lengthText = String(appointment.minutes)
        visitType = appointment.visitType
        reason = appointment.reason
    }

    var isMove: Bool { if case .move = purpose { return true } else { return false } }

    /// The fields in focus order, as the form stands (new-patient fields only while adding one).
    var fields: [Field] {
        if isMove { return [.provider, .date, .time] }
        var list: [Field] = [.patient]
        if isNewPatient && patient == nil { list += [.givenName, .familyName, .birthDate, .phone] }
        return list + [.provider, .date, .time, .length, .visitType, .reason]
    }

    // MARK: - Reading the form

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
                let names = (patient.givenName + " " + patient.familyName).split(separator: " ").map { fold(String($0)) }
                return words.allSatisfy { word in names.contains { $0.hasPrefix(word) } }
            }
        }
        return practice.patients.values.filter(matches)
            .sorted { (fold($0.familyName), fold($0.givenName), $0.id) < (fold($1.familyName), fold($1.givenName), $1.id) }
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
        return practice.conflicts(provider: provider, patient: who, day: day, start: start, minutes: minutes, ignoring: ignoring)
    }

    // MARK: - Keys

    public mutating func handle(_ key: Key, practice: Practice, now: Date) -> Outcome {
        pickUpAddedPatient(in: practice)
        switch key {
        case .escape: return .cancelled
        case .tab: moveFocus(by: 1, practice: practice); return .editing
        case .backTab: moveFocus(by: -1, practice: practice); return .editing
        case .control("n"): return fillNextFreeSlot(practice: practice, now: now)
        case .control("o"): return save(practice: practice, override: true)
        case .control("s"): return save(practice: practice, override: false)
        default: break
        }
        switch field {
        case .patient: return handlePatientKey(key, practice: practice)
        case .provider, .visitType:
            switch key {
            case .left, .character("-"): cycle(by: -1, practice: practice)
            case .right, .character(" "), .character("+"): cycle(by: 1, practice: practice)
            case .up: moveFocus(by: -1, practice: practice)
            case .down: moveFocus(by: 1, practice: practice)
            case .enter: return save(practice: practice, override: false)
            default: return .editing
            }
            return .editing
        default:
            switch key {
            case .up: moveFocus(by: -1, practice: practice)
            case .down: moveFocus(by: 1, practice: practice)
            case .enter: return save(practice: practice, override: false)
            case .backspace, .delete: edit { if !$0.isEmpty { $0.removeLast() } }
            case .control("u"): edit { $0 = "" }
            case .character(let c): typeCharacter(c)
            default: break
            }
            return .editing
        }
    }

    /// Patients listed under the search field; more means "type more".
    static let shownResults = 4

    private mutating func handlePatientKey(_ key: Key, practice: Practice) -> Outcome {
        let found = Array(results(in: practice).prefix(Self.shownResults))
        switch key {
        case .up: highlighted = max(0, highlighted - 1)
        case .down:
            if patient != nil || isNewPatient { moveFocus(by: 1, practice: practice) } else { highlighted = min(found.count, highlighted + 1) }
        case .backspace, .delete:
            if !search.isEmpty { search.removeLast() }
            unpick()
        case .control("u"): search = ""; unpick()
        case .character(let c): search.append(c); unpick()
        case .enter:
            if patient != nil || isNewPatient { moveFocus(by: 1, practice: practice); return .editing }
            if highlighted < found.count {
                patient = found[highlighted].id
                search = found[highlighted].fullName
                note = nil
                moveFocus(by: 1, practice: practice)
            } else if !search.trimmingCharacters(in: .whitespaces).isEmpty {
                startNewPatient()
            }
        default: break
        }
        return .editing
    }

    private mutating func unpick() {
        patient = nil
        isNewPatient = false
        highlighted = 0
    }

    /// "+ new patient": the search text seeds whichever new-patient field it looks like.
    private mutating func startNewPatient() {
        isNewPatient = true
        let q = search.trimmingCharacters(in: .whitespaces)
        if LocalDate(q) != nil { birthText = q }
        else if q.contains(where: \.isNumber) && !q.contains(where: \.isLetter) { phone = q }
        else {
            let words = q.split(separator: " ")
            givenName = words.first.map(String.init) ?? ""
            familyName = words.dropFirst().joined(separator: " ")
        }
        field = .givenName
        // A first visit is a new-patient visit, with its longer default length.
        visitType = .newPatient
        if !lengthEdited { lengthText = String(visitType.defaultMinutes) }
        note = "New patient: fill in the name, birth date and phone."
    }

    private mutating func typeCharacter(_ c: Character) {
        switch field {
        case .date, .birthDate: if c.isNumber || c == "-" { edit { $0.append(c) } }
        case .time: if c.isNumber || c == ":" { edit { $0.append(c) } }
        case .length: if c.isNumber { edit { $0.append(c) } }
        default: edit { $0.append(c) }
        }
    }

    /// Applies a change to the focused text field.
    private mutating func edit(_ change: (inout String) -> Void) {
        // Changed facts are a different patient: an add the store refused may then be sent again.
        if [.givenName, .familyName, .birthDate, .phone].contains(field) { awaitingPatient = nil }
        switch field {
        case .givenName: change(&givenName)
        case .familyName: change(&familyName)
        case .birthDate: change(&birthText)
        case .phone: change(&phone)
        case .date: change(&dateText)
        case .time: change(&timeText)
        case .length: change(&lengthText); lengthEdited = true
        case .reason: change(&reason)
        case .patient, .provider, .visitType: break
        }
    }

    private mutating func moveFocus(by step: Int, practice: Practice) {
        let list = fields
        let index = list.firstIndex(of: field) ?? 0
        field = list[min(max(0, index + step), list.count - 1)]
    }

    private mutating func cycle(by step: Int, practice: Practice) {
        if field == .visitType {
            let all = VisitType.allCases
            let i = all.firstIndex(of: visitType) ?? 0
            visitType = all[(i + step + all.count) % all.count]
            if !lengthEdited { lengthText = String(visitType.defaultMinutes) }
            return
        }
        let providers = practice.providers
        guard !providers.isEmpty else { return }
        let i = provider.flatMap { id in providers.firstIndex { $0.id == id } } ?? (step > 0 ? -1 : 0)
        provider = providers[(i + step + providers.count) % providers.count].id
    }

    /// After `addPatient` went through, selects the patient it created (same name, birth date and phone).
    mutating func pickUpAddedPatient(in practice: Practice) {
        guard let added = awaitingPatient else { return }
        let match = practice.patients.values.filter {
            $0.givenName == added.givenName && $0.familyName == added.familyName && $0.birthDate == added.birthDate
                && $0.phone == added.phone
        }.max { $0.id < $1.id }
        guard let match else { return }
        awaitingPatient = nil
        patient = match.id
        isNewPatient = false
        search = match.fullName
        field = .provider
        note = "Added \(match.id) \(match.fullName). Enter books the appointment."
    }
}
