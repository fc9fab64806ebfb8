import ClinicDomain
import Foundation
import TerminalKit

/// Draws the superbill over the pane: the visit and who is billed, each code's meaning beside it (the diagnosis's
/// description, the line's fee), each field's problem in red under it, the total, and the last refusal — all from
/// the practice at draw time.
extension SuperbillForm {
    func draw(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        annotated(context).draw(into: &canvas, in: rect, theme: context.theme)
    }

    /// The form with everything read from the practice filled in.
    func annotated(_ context: PaneContext) -> Form<Field> {
        let practice = context.practice
        var shown = form
        if let visit = practice.appointments[appointment] {
            shown.setReadOnly(.visit, visitSummary(visit, context: context))
            shown.setReadOnly(.payer, payerSummary(visit, context: context))
        }
        let problems = problems(in: practice)
        for (i, text) in diagnosisTexts.enumerated() {
            shown.setHint(.diagnosis(i), diagnosisHint(text))
        }
        for i in lineTexts.indices {
            shown.setHint(.line(i), lineHint(i, practice: practice))
        }
        shown.setHint(.placeOfService, PlaceOfService.name(placeOfService) ?? "")
        // Wrapped, not cut: the end of a refusal is often the fix ("for example E11.9 …").
        let room = max(20, form.width - 12)
        for problem in problems {
            let wrapped = TextWrap.lines("✗ " + problem.sentence, width: room)
            shown.setBelow(problem.field, wrapped.map { StyledLine($0, slot: .error) })
        }
        let lineCount = lineTexts.filter { !$0.isEmpty }.count
        let count = lineCount == 1 ? "1 line" : "\(lineCount) lines"
        // A blank line until the claim is whole, so the form does not change height as it is filled.
        let whole = problems.isEmpty && !diagnoses.isEmpty && lineCount > 0
        let state = whole ? StyledLine("✓ ready to save", slot: .ok) : StyledLine("")
        shown.lines = [
            StyledLine([TableCell("Total \(total(in: practice))", slot: .money), TableCell(" · " + count)]), state,
        ]
        shown.message = note.map { StyledLine($0, slot: .error) }
        return shown
    }

    /// The code's description as it is typed; a code still being typed (under three characters) says nothing.
    private func diagnosisHint(_ text: String) -> String {
        if text.isEmpty { return "ICD-10-CM, e.g. E11.9" }
        guard text.count >= 3 else { return "" }
        guard CodeSetWarmup.isReady else { return "looking up codes…" }
        return ICD10CM.description(text) ?? ""
    }

    /// `$165.00`, or `2 × $20.00 = $40.00`, with the diagnoses the line points to.
    private func lineHint(_ index: Int, practice: Practice) -> String {
        if lineTexts[index].isEmpty { return "CODE[-MOD][xUNITS][@DX], e.g. 99214-25@1,2" }
        guard let (line, fee, charge) = charge(ofLine: index, in: practice) else { return "" }
        let money = line.units > 1 ? "\(line.units) × \(fee) = \(charge)" : charge.description
        return money + " · dx " + line.pointers.map(String.init).joined(separator: ",")
    }

    /// "A-1 M. Okafor · Mon 23 Nov 08:00 · Dr Lee · f/u · owes $40.00"
    private func visitSummary(_ visit: Appointment, context: PaneContext) -> String {
        let provider = context.practice.staff[visit.provider]?.displayName ?? visit.provider.description
        let owed = context.privacy ? nil : BalanceText.label(BalanceText.balance(of: visit.patient, in: context))
        return Sanitizer.clean(
            "\(context.patientName(visit.patient, short: true)) · \(visit.day.shortLabel) \(visit.start) · "
                + "\(provider) · \(visit.visitType.shortLabel)" + (owed.map { " · " + $0 } ?? ""))
    }

    /// The payer the claim goes to: the patient's insurance, else self-pay.
    private func payerSummary(_ visit: Appointment, context: PaneContext) -> String {
        let practice = context.practice
        let payer = practice.patients[visit.patient]?.payer.flatMap { practice.payers[$0] } ?? practice.selfPayPayer
        return Sanitizer.clean(payer?.name ?? "no payer (self-pay is not set up)")
    }
}
