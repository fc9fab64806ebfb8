import ClinicDomain
import Foundation
import TerminalKit

/// The booking form's keys: C-n / C-o / C-s first, the search results on the patient field, then the `Form`
/// (focus, editing, choices, Enter, Esc), and what a change means (an edited search drops the chosen patient).
extension BookingForm {
    public mutating func handle(_ key: Key, practice: Practice, now: Date) -> Outcome {
        pickUpAddedPatient(in: practice)
        switch key {
        case .control("n"): return fillNextFreeSlot(practice: practice, now: now)
        case .control("o"): return save(practice: practice, override: true)
        case .control("s"): return save(practice: practice, override: false)
        default: break
        }
        if field == .patient, let outcome = handleResultsKey(key, practice: practice) { return outcome }
        showProviders(of: practice)
        let before = (search: search, length: lengthText, visitType: visitType, newPatient: newPatientFacts)
        let outcome = form.handle(key)
        takeProvider(from: practice)
        if search != before.search { unpick() }
        // Changed facts are a different patient: an add the store refused may then be sent again.
        if newPatientFacts != before.newPatient { awaitingPatient = nil }
        if lengthText != before.length { lengthEdited = true }
        // A new visit type brings its usual length, unless one was typed.
        if visitType != before.visitType, !lengthEdited { lengthText = String(visitType.defaultMinutes) }
        switch outcome {
        case .cancelled: return .cancelled
        case .submitted: return save(practice: practice, override: false)
        case .editing, .ignored: return .editing
        }
    }

    /// The new patient's fields as typed, to tell when one changed.
    private var newPatientFacts: [String] { [givenName, familyName, birthText, phone] }

    /// Patients listed under the search field; more means "type more".
    static let shownResults = 4

    /// ↓ and Enter on the patient field walk and pick the search results while no patient is chosen; nil for
    /// keys the form itself handles (typing edits the search, which drops a chosen patient).
    private mutating func handleResultsKey(_ key: Key, practice: Practice) -> Outcome? {
        let choosing = patient == nil && !isNewPatient
        switch key {
        case .up where choosing:
            highlighted = max(0, highlighted - 1)
        case .down where choosing:
            highlighted = min(min(Self.shownResults, results(in: practice).count), highlighted + 1)
        case .enter:
            guard choosing else { form.moveFocus(by: 1); return .editing }
            let found = Array(results(in: practice).prefix(Self.shownResults))
            if highlighted < found.count {
                patient = found[highlighted].id
                search = found[highlighted].fullName
                note = nil
                form.moveFocus(by: 1)
            } else if !search.trimmingCharacters(in: .whitespaces).isEmpty {
                startNewPatient()
            }
        default:
            return nil
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
        if LocalDate(q) != nil {
            birthText = q
        } else if q.contains(where: \.isNumber) && !q.contains(where: \.isLetter) {
            phone = q
        } else {
            let words = q.split(separator: " ")
            givenName = words.first.map(String.init) ?? ""
            familyName = words.dropFirst().joined(separator: " ")
        }
        field = .givenName
        // A first visit is a new-patient visit, with its longer default length.
        visitType = .newPatient
        if !lengthEdited { lengthText = String(visitType.defaultMinutes) }
        say("New patient: fill in the name, birth date and phone.")
    }

    /// The provider chooser lists the practice's providers (and the form's provider, should it not be one).
    mutating func showProviders(of practice: Practice) {
        var names = practice.providers.map { Sanitizer.clean($0.displayName) }
        var selected = provider.flatMap { id in practice.providers.firstIndex { $0.id == id } }
        if selected == nil, let provider {
            names.append(Sanitizer.clean(practice.staff[provider]?.displayName ?? provider.description))
            selected = names.count - 1
        }
        form.setChoice(.provider, options: names, selected: selected)
    }

    /// Reads back the provider chosen with ←/→.
    private mutating func takeProvider(from practice: Practice) {
        guard let index = form.choice(.provider), index < practice.providers.count else { return }
        provider = practice.providers[index].id
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
        say("Added \(match.id) \(match.fullName). Enter books the appointment.")
    }

    /// Sets the note for news (not a refusal).
    mutating func say(_ text: String) {
        note = text
        noteIsRefusal = false
    }
}
