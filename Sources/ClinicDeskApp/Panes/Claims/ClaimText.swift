import ClinicDomain
import Foundation
import TerminalKit

/// How a claim reads in the queue and in its detail popup.
enum ClaimText {
    static let columns: [TableColumn] = [
        TableColumn("Claim", width: .fixed(7)),
        TableColumn("Patient", width: .flexible(weight: 2, min: 10)),
        TableColumn("Payer", width: .flexible(weight: 1, min: 8)),
        TableColumn("DOS", width: .fixed(5)),
        TableColumn("Status", width: .fixed(10)),
        TableColumn("Open", width: .fixed(10), alignment: .right),
        TableColumn("Files in", width: .fixed(8), alignment: .right),
        TableColumn("Reason", width: .flexible(weight: 3, min: 12)),
    ]

    static func percent(_ share: Double?) -> String {
        guard let share else { return "—" }
        return "\(Int((share * 100).rounded()))%"
    }

    static func cells(_ row: ClaimRow, context: PaneContext) -> [TableCell] {
        let claim = row.claim
        return [
            TableCell(claim.id.description),
            TableCell(context.patientName(claim.patient, short: true)),
            TableCell(row.payer?.name ?? claim.payer.description),
            TableCell(claim.dateOfService.mmdd),
            TableCell(claim.status.label, slot: statusSlot(claim.status)),
            TableCell(claim.open.description, slot: .money),
            filesIn(row, warningDays: context.practice.settings.filingWarningDays),
            TableCell(reason(row, today: context.today), slot: row.risk == .denied ? .claimDenied : nil),
        ]
    }

    static func filesIn(_ row: ClaimRow, warningDays: Int) -> TableCell {
        guard let days = row.daysToFile else { return TableCell("—", slot: .textDim) }
        if days < 0 { return TableCell("late \(-days)d", slot: .claimAtRisk) }
        if days <= warningDays { return TableCell("\(days)d !!", slot: .claimAtRisk) }
        return TableCell("\(days)d")
    }

    static func reason(_ row: ClaimRow, today: LocalDate) -> String {
        let claim = row.claim
        if let denial = claim.denial,
            claim.status == .denied || claim.status == .appealed || claim.status == .partiallyPaid
        {
            return "\(denial) \(denial.reason)"
        }
        if claim.status == .rejected, let note = claim.history.last(where: { $0.status == .rejected })?.note {
            return "rejected: \(note)"
        }
        if let followUp = claim.followUp, followUp <= today {
            return followUp == today ? "follow-up today" : "follow-up since \(followUp.mmdd)"
        }
        if row.risk == .pastDeadline { return "past filing deadline" }
        if row.risk == .nearDeadline { return "file now" }
        return ""
    }

    static func statusSlot(_ status: ClaimStatus) -> StyleSlot {
        switch status {
        case .draft, .ready: .claimDraft
        case .submitted, .accepted, .appealed: .claimSubmitted
        case .paid, .partiallyPaid: .claimPaid
        case .denied, .rejected: .claimDenied
        case .writtenOff, .replaced, .voided: .textDim
        }
    }

    static func detail(_ row: ClaimRow, context: PaneContext) -> [String] {
        let claim = row.claim
        let practice = context.practice
        let provider = practice.staff[claim.provider]?.displayName ?? claim.provider.description
        var lines = [
            "Patient     \(context.patientName(claim.patient)) (\(claim.patient))",
            "Payer       \(row.payer?.name ?? claim.payer.description)",
            "Provider    \(provider)",
            "Service     \(claim.dateOfService)" + (claim.appointment.map { "  (\($0))" } ?? ""),
            "Status      \(claim.status.label)   risk: \(row.risk.label)",
            "Billed      \(claim.billed)   paid \(claim.paid)   adjusted \(claim.adjusted)   open \(claim.open)",
        ]
        if let payer = row.payer {
            lines.append(
                "Deadline    \(claim.filingDeadline(payer: payer)) (\(payer.timelyFilingDays) days from service)")
        }
        if let followUp = claim.followUp { lines.append("Follow-up   \(followUp)") }
        if let denial = claim.denial {
            lines.append(
                "Denial      \(denial) \(denial.reason)"
                    + (denial.rarc.map { " · RARC \($0)" + (RARC.describe($0).map { " \($0)" } ?? "") } ?? ""))
        }
        lines.append("Diagnoses   \(claim.diagnoses.isEmpty ? "—" : claim.diagnoses.joined(separator: ", "))")
        lines.append("")
        lines.append("Lines")
        for line in claim.lines {
            let modifiers = line.modifiers.isEmpty ? "" : ":" + line.modifiers.joined(separator: ":")
            lines.append("  \(DisplayWidth.pad(line.code + modifiers, to: 12)) ×\(line.units)  \(line.charge)")
        }
        if !claim.history.isEmpty {
            lines.append("")
            lines.append("History")
            for stamp in claim.history {
                let day = practice.clock.day(of: stamp.at)
                let time = practice.clock.timeOfDay(of: stamp.at)
                lines.append(
                    "  \(day) \(time)  \(DisplayWidth.pad(stamp.status.label, to: 12)) \(stamp.actor)"
                        + (stamp.note.map { " · \($0)" } ?? ""))
            }
        }
        return lines
    }
}
