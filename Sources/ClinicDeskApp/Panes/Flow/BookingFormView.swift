import ClinicDomain
import Foundation
import TerminalKit

/// Draws the booking form over the pane: fields, the patient search results, live conflicts, and the keys.
extension BookingForm {
    func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        var form = self
        form.pickUpAddedPatient(in: context.practice)
        form.render(into: &canvas, rect: rect, context: context)
    }

    private func render(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        let theme = context.theme
        let practice = context.practice
        let found = results(in: practice)
        let conflicts = conflicts(in: practice)
        let showResults = field == .patient && patient == nil && !isNewPatient && !search.isEmpty
        let resultRows = showResults ? min(Self.shownResults, found.count) + 1 : 0
        let noteRows = note == nil ? 0 : 1
        let height = fields.count + (isMove ? 2 : 0) + resultRows + max(1, conflicts.count) + noteRows + 4
        let title: String
        if case .move(let id) = purpose { title = "Move \(id)" } else { title = "Book an appointment" }
        let inner = FlowPopup.box(into: &canvas, in: rect, width: 78, height: height, title: title, corner: "Esc cancel", theme: theme)
        guard !inner.isEmpty else { return }
        let labelWidth = 12
        var y = inner.y
        func line(_ draw: (inout Canvas, Int) -> Void) {
            guard y < inner.maxY else { return }
            draw(&canvas, y)
            y += 1
        }
        if case .move = purpose, let patient {
            line { c, y in
                c.put(DisplayWidth.pad("Patient", to: labelWidth), x: inner.x + 1, y: y, style: theme[.textDim], clip: inner)
                c.put(patientSummary(patient, context: context), x: inner.x + 1 + labelWidth, y: y, style: theme[.text], clip: inner)
            }
            line { c, y in
                c.put(DisplayWidth.pad("Visit", to: labelWidth), x: inner.x + 1, y: y, style: theme[.textDim], clip: inner)
                c.put("\(visitType.rawValue), \(lengthText) min" + (reason.isEmpty ? "" : " · " + Sanitizer.clean(reason)),
                      x: inner.x + 1 + labelWidth, y: y, style: theme[.text], clip: inner)
            }
        }
        for f in fields {
            line { c, y in
                let focused = f == field
                c.put((focused ? "▸" : " ") + DisplayWidth.pad(f.label, to: labelWidth - 1), x: inner.x, y: y,
                      style: theme[focused ? .paneTitleFocused : .textDim], clip: inner)
                let x = inner.x + 1 + labelWidth
                let fieldWidth = min(30, inner.maxX - x - 1)
                switch f {
                case .provider:
                    let name = provider.flatMap { practice.staff[$0]?.displayName } ?? "—"
                    c.put("◂ " + Sanitizer.clean(name) + " ▸", x: x, y: y, style: theme[focused ? .input : .text], clip: inner)
                case .visitType:
                    c.put("◂ " + visitType.rawValue + " ▸", x: x, y: y, style: theme[focused ? .input : .text], clip: inner)
                default:
                    let w = FlowPopup.input(into: &c, value: value(of: f), x: x, y: y,
                                            width: f == .reason || f == .patient ? fieldWidth : 16, focused: focused, clip: inner, theme: theme)
                    c.put(hint(for: f, context: context), x: x + w + 1, y: y, style: theme[.textDim], clip: inner)
                }
            }
            if f == .patient && showResults {
                for (i, p) in found.prefix(resultRows - 1).enumerated() {
                    line { c, y in drawResult(p, index: i, y: y, into: &c, inner: inner, labelWidth: labelWidth, context: context) }
                }
                line { c, y in
                    let on = highlighted >= min(found.count, resultRows - 1)
                    let extra = found.count > resultRows - 1 ? "  (\(found.count - resultRows + 1) more: type more)" : ""
                    c.put((on ? "▶ " : "  ") + "+ new patient" + extra, x: inner.x + 1 + labelWidth, y: y,
                          style: theme[on ? .tableSelected : .textDim], clip: inner)
                }
            }
        }
        y += 1
        if conflicts.isEmpty {
            let ready = day != nil && start != nil && provider != nil
            line { c, y in c.put(ready ? "✓ no conflicts" : " ", x: inner.x + 1, y: y, style: theme[.ok], clip: inner) }
        } else {
            for conflict in conflicts {
                line { c, y in c.put("⚠ " + Sanitizer.clean(conflict.message), x: inner.x + 1, y: y, style: theme[.alertWarn], clip: inner) }
            }
        }
        if let note {
            line { c, y in c.put(Sanitizer.clean(note), x: inner.x + 1, y: y, style: theme[.textDim], clip: inner) }
        }
        let keys = "Enter save · C-n next free · C-o overbook · Tab field · Esc"
        canvas.put(DisplayWidth.truncate(keys, to: inner.width - 1), x: inner.x + 1, y: inner.maxY - 1, style: theme[.helpKey], clip: inner)
    }

    private func drawResult(_ p: Patient, index: Int, y: Int, into canvas: inout Canvas, inner: Rect, labelWidth: Int,
                            context: PaneContext) {
        let on = index == highlighted
        let name = context.privacy ? p.initials : p.familyName + ", " + p.givenName
        let text = (on ? "▶ " : "  ") + DisplayWidth.pad(Sanitizer.clean(name), to: 22)
            + " " + p.birthDate.description + "  " + DisplayWidth.pad(Sanitizer.clean(p.phone), to: 14) + " " + p.id.description
        canvas.put(text, x: inner.x + 1 + labelWidth, y: y, style: context.theme[on ? .tableSelected : .text], clip: inner)
    }

    private func value(of field: Field) -> String {
        switch field {
        case .patient: return search
        case .givenName: return givenName
        case .familyName: return familyName
        case .birthDate: return birthText
        case .phone: return phone
        case .date: return dateText
        case .time: return timeText
        case .length: return lengthText
        case .reason: return reason
        case .provider, .visitType: return ""
        }
    }

    /// What the field means, next to it: the weekday, the end time, the picked patient.
    private func hint(for field: Field, context: PaneContext) -> String {
        switch field {
        case .patient:
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
        return Sanitizer.clean(context.patientName(id)) + " · " + p.birthDate.description + " · " + id.description
    }
}
