import ClinicDomain
import Foundation
import TerminalKit

/// The claim as a biller reads it before acting (a CMS-1500 and its ledger on one page): who and what was billed,
/// the money by bucket and every posting, the denial with what to do about it, the filing clock and the history.
/// Long lines wrap under their label; the popup scrolls.
struct ClaimDetail {
    let row: ClaimRow
    let context: PaneContext

    /// Wrapped lines are at most this wide, so the detail fits the 72-column popup.
    static let width = 70
    static let labelWidth = 12

    var title: String { "\(row.claim.id) · \(context.patientName(row.claim.patient))" }

    var lines: [String] {
        var out: [String] = []
        who(&out)
        out.append("")
        codes(&out)
        out.append("")
        money(&out)
        out.append("")
        work(&out)
        history(&out)
        return out
    }

    /// "Label       text", wrapped with continuation lines indented under the text.
    private func field(_ label: String, _ text: String, into out: inout [String]) {
        let indent = String(repeating: " ", count: Self.labelWidth)
        let wrapped = TextWrap.lines(text, width: Self.width - Self.labelWidth)
        for (i, line) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
            out.append((i == 0 ? DisplayWidth.pad(label, to: Self.labelWidth) : indent) + line)
        }
    }

    /// `prefix` then `text`, the text wrapped and its continuation lines indented under it (TextWrap folds
    /// runs of spaces, so the aligned prefix stays out of it).
    private func hanging(_ prefix: String, _ text: String, into out: inout [String]) {
        let indent = String(repeating: " ", count: DisplayWidth.of(prefix))
        let wrapped = TextWrap.lines(text, width: max(10, Self.width - DisplayWidth.of(prefix)))
        for (i, line) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
            out.append((i == 0 ? prefix : indent) + line)
        }
    }

    private func who(_ out: inout [String]) {
        let claim = row.claim
        let practice = context.practice
        let member =
            context.privacy ? "" : row.patient.map { " · member ID \($0.memberID.isEmpty ? "—" : $0.memberID)" }
        field("Patient", "\(context.patientName(claim.patient)) (\(claim.patient))" + (member ?? ""), into: &out)
        if let payer = row.payer {
            field(
                "Payer", "\(payer.name) (\(payer.payerCode)) · files within \(payer.timelyFilingDays) days", into: &out)
        } else {
            field("Payer", claim.payer.description, into: &out)
        }
        field(
            "Service", "\(claim.dateOfService)" + (claim.appointment.map { " · visit \($0)" } ?? ""), into: &out)
        let provider = practice.staff[claim.provider]
        let npi = provider?.npi.map { " · NPI \($0)" } ?? " · no NPI on file"
        field("Rendering", (provider?.displayName ?? claim.provider.description) + npi, into: &out)
        if let billing = practice.settings.billing {
            field("Billing", "\(billing.name) · NPI \(billing.npi)", into: &out)
        } else {
            field("Billing", "no billing provider set (`billing set …`)", into: &out)
        }
        let place = PlaceOfService.name(claim.placeOfService).map { " \($0)" } ?? " (unknown code)"
        field("Place", "\(claim.placeOfService)\(place)", into: &out)
        var frequency = "\(claim.frequency.rawValue) \(claim.frequency.label)"
        if let replaced = claim.replaces {
            frequency += claim.frequency == .void ? " · voids \(replaced)" : " · replaces \(replaced)"
        }
        if let number = claim.payerClaimNumber { frequency += " · payer claim # \(number)" }
        field("Frequency", frequency, into: &out)
        // The risk repeats the status when they are the same word ("denied").
        let risk = row.risk.label == claim.status.label ? "" : " · \(row.risk.label)"
        field("Status", "\(claim.status.label)\(risk) · \(row.atRisk.dollars) at risk", into: &out)
    }

    private func codes(_ out: inout [String]) {
        let claim = row.claim
        out.append("Diagnoses")
        if claim.diagnoses.isEmpty { out.append("  —") }
        for (i, code) in claim.diagnoses.enumerated() {
            let prefix = "  \(i + 1) " + DisplayWidth.pad(code, to: 8) + " "
            hanging(prefix, ICD10CM.description(code) ?? "not in the code set", into: &out)
        }
        out.append("")
        out.append("Lines         modifiers  units      charge  pointers")
        for line in claim.lines {
            let modifiers = line.modifiers.isEmpty ? "—" : line.modifiers.joined(separator: " ")
            let pointers = line.effectivePointers.map(String.init).joined(separator: ",")
            out.append(
                "  " + DisplayWidth.pad(line.code, to: 12) + DisplayWidth.pad(modifiers, to: 11)
                    + DisplayWidth.pad("\(line.units)", to: 5, alignment: .right)
                    + DisplayWidth.pad(line.charge.description, to: 12, alignment: .right)
                    + "  " + pointers)
        }
    }

    private func money(_ out: inout [String]) {
        let claim = row.claim
        let money = claim.money
        out.append("Money")
        let balance = money.insuranceBalance
        let figures: [(String, Cents)] = [
            ("Billed", money.billed), ("Paid", money.payerPaid), ("CO contractual", money.contractual),
            ("PR patient", money.patientResponsibility), ("OA/PI other", money.otherAdjustments),
            ("Written off", money.writtenOff),
            (balance < .zero ? "Credit" : "Balance", balance < .zero ? -balance : balance),
        ]
        for (label, amount) in figures {
            out.append(
                "  " + DisplayWidth.pad(label, to: 16) + DisplayWidth.pad(amount.description, to: 12, alignment: .right)
            )
        }
        out.append("")
        out.append("Postings")
        if claim.postings.isEmpty { out.append("  none yet") }
        for posting in claim.postings {
            out.append(
                "  \(posting.on)  " + DisplayWidth.pad(posting.label, to: 18)
                    + DisplayWidth.pad(posting.amount.description, to: 11, alignment: .right) + "  "
                    + (posting.reference ?? "manual"))
        }
    }

    private func work(_ out: inout [String]) {
        let claim = row.claim
        if let denial = claim.denial {
            field("Denial", "\(denial) \(denial.reason)", into: &out)
            if let rarc = denial.rarc {
                field("", "RARC \(rarc) \(RARC.describe(rarc) ?? "")", into: &out)
            }
            field("Route", DenialRoute(denial).advice, into: &out)
        }
        if let payer = row.payer {
            let deadline = claim.filingDeadline(payer: payer)
            var filing = "deadline \(deadline)"
            if let late = claim.filedLateAfter {
                filing += " · filed late after \(late), knowingly"
            } else if let days = row.daysToFile {
                filing += days < 0 ? " · \(-days) days past it" : " · \(days) days left"
            }
            if let accepted = claim.acceptedOn {
                filing += " · accepted \(accepted)"
            } else if let submitted = claim.submittedOn {
                filing += " · sent \(submitted)"
            }
            field("Filing", filing, into: &out)
        }
        if let followUp = claim.followUp {
            let today = context.today
            let when =
                followUp == today
                ? "today"
                : followUp < today ? "\(followUp.days(until: today))d overdue" : "in \(today.days(until: followUp))d"
            field("Follow-up", "\(followUp) (\(when))", into: &out)
        } else {
            field("Follow-up", "none set", into: &out)
        }
    }

    private func history(_ out: inout [String]) {
        let claim = row.claim
        guard !claim.history.isEmpty else { return }
        let clock = context.practice.clock
        out.append("")
        out.append("History")
        for stamp in claim.history {
            let when =
                stamp.at == .distantPast
                ? "                " : "\(clock.day(of: stamp.at)) \(clock.timeOfDay(of: stamp.at))"
            let actor = stamp.actor.isEmpty ? "—" : stamp.actor
            let prefix = "  \(when)  \(DisplayWidth.pad(stamp.status.label, to: 11)) "
            hanging(prefix, actor + (stamp.note.map { " · \($0)" } ?? ""), into: &out)
        }
    }
}
