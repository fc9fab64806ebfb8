import ClinicDomain
import Foundation
import TerminalKit

/// Draws the booking form over the pane: the form's fields with what each means beside it, the patient search
/// results under the search, the live conflicts and the last note — all from the practice at draw time.
extension BookingForm {
    func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        var form = self
        form.pickUpAddedPatient(in: context.practice)
        form.showProviders(of: context.practice)
        form.annotated(context).draw(into: &canvas, in: rect, theme: context.theme)
    }

    /// The form with everything that is read from the practice filled in.
    private func annotated(_ context: PaneContext) -> Form<Field> {
        var shown = form
        for field in Field.allCases { shown.setHint(field, hint(for: field, context: context)) }
        if case .move = purpose, let patient {
            shown.setReadOnly(.patient, patientSummary(patient, context: context))
            let why = reason.isEmpty ? "" : " · " + reason
            shown.setReadOnly(.visit, "\(visitType.rawValue), \(lengthText) min" + why)
        }
        if field == .patient && patient == nil && !isNewPatient && !search.isEmpty {
            shown.setBelow(.patient, resultLines(context))
        } else if let line = balanceLine(context) {
            shown.setBelow(.patient, [line])
        }
        let found = conflicts(in: context.practice)
        if found.isEmpty {
            let ready = day != nil && start != nil && provider != nil
            // A blank line until then, so the form does not change height as the values come in.
            shown.lines = [ready ? StyledLine("✓ no conflicts", slot: .ok) : ""]
        } else {
            shown.lines = found.map { StyledLine("⚠ " + $0.message, slot: .alertWarn) }
        }
        shown.message = note.map { StyledLine($0, slot: noteIsRefusal ? .error : .textDim) }
        return shown
    }

    /// The picked patient's balance under their name, where the desk sees it while booking (none when settled).
    private func balanceLine(_ context: PaneContext) -> StyledLine? {
        guard let patient, !context.privacy else { return nil }
        let balance = BalanceText.balance(of: patient, in: context)
        guard let label = BalanceText.label(balance) else { return nil }
        return StyledLine("account: " + label, slot: balance?.isCredit == true ? .ok : .alertWarn)
    }

    /// The first few patients found, then "+ new patient" (with how many more there are).
    private func resultLines(_ context: PaneContext) -> [StyledLine] {
        let found = results(in: context.practice)
        let shown = Array(found.prefix(Self.shownResults))
        var lines = shown.enumerated().map { i, p in
            let name = context.privacy ? p.initials : p.familyName + ", " + p.givenName
            let text =
                (i == highlighted ? "▶ " : "  ") + DisplayWidth.pad(Sanitizer.clean(name), to: 22) + " "
                + p.birthDate.description + "  " + DisplayWidth.pad(Sanitizer.clean(p.phone), to: 14)
                + " " + p.id.description
            return StyledLine(text, slot: i == highlighted ? .tableSelected : nil)
        }
        let onNew = highlighted >= shown.count
        let more = found.count > shown.count ? "  (\(found.count - shown.count) more: type more)" : ""
        let newPatient = (onNew ? "▶ " : "  ") + "+ new patient" + more
        lines.append(StyledLine(newPatient, slot: onNew ? .tableSelected : .textDim))
        return lines
    }

    /// What the field means, next to it: the weekday, the end time, the picked patient.
    private func hint(for field: Field, context: PaneContext) -> String {
        switch field {
        case .patient:
            guard !isMove else { return "" }
            if let patient, let p = context.practice.patients[patient] {
                return context.privacy ? patient.description : "born \(p.birthDate) · \(patient)"
            }
            return isNewPatient ? "new patient" : "name, 1980-02-14 or phone"
        case .date: return day?.longLabel ?? "YYYY-MM-DD"
        case .time:
            guard let start else { return "HH:MM · C-n next free" }
            return "to " + TimeOfDay(minutes: start.minutes + (minutes ?? 0)).description
        case .length: return "min"
        case .birthDate: return "YYYY-MM-DD"
        default: return ""
        }
    }

    private func patientSummary(_ id: PatientID, context: PaneContext) -> String {
        guard let p = context.practice.patients[id] else { return id.description }
        let owed = context.privacy ? nil : BalanceText.label(BalanceText.balance(of: id, in: context))
        return Sanitizer.clean(context.patientName(id)) + " · " + p.birthDate.description + " · " + id.description
            + (owed.map { " · " + $0 } ?? "")
    }
}
