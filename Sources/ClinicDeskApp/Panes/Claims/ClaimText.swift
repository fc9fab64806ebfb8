import ClinicDomain
import Foundation
import TerminalKit

/// How a claim reads as a queue row, and an unbilled visit as a row of the unbilled view.
enum ClaimText {
    /// At 80 columns "Files in" goes first: the reason says "file now" or "past deadline" when it matters.
    static let columns: [TableColumn] = [
        TableColumn("Claim", width: .fixed(7), priority: 9),
        TableColumn("Patient", width: .flexible(weight: 2, min: 10), priority: 8),
        TableColumn("Payer", width: .flexible(weight: 1, min: 8), priority: 5),
        TableColumn("DOS", width: .fixed(5), priority: 4),
        TableColumn("Status", width: .fixed(9), priority: 7),
        TableColumn("Open", width: .fixed(10), alignment: .right, priority: 6),
        TableColumn("At risk", width: .fixed(8), alignment: .right, priority: 6),
        TableColumn("Files in", width: .fixed(8), alignment: .right, priority: 1),
        TableColumn("Reason", width: .flexible(weight: 3, min: 12), priority: 3),
    ]

    static let unbilledColumns: [TableColumn] = [
        TableColumn("Visit", width: .fixed(7), priority: 9),
        TableColumn("Day", width: .fixed(10), priority: 8),
        TableColumn("Waiting", width: .fixed(7), alignment: .right, priority: 7),
        TableColumn("Patient", width: .flexible(weight: 2, min: 10), priority: 8),
        TableColumn("Provider", width: .flexible(weight: 1, min: 10), priority: 5),
        TableColumn("Payer", width: .flexible(weight: 1, min: 8), priority: 4),
    ]

    static func percent(_ share: Double?) -> String {
        guard let share else { return "—" }
        return "\(Int((share * 100).rounded()))%"
    }

    static func cells(_ row: ClaimRow, context: PaneContext) -> [TableCell] {
        let claim = row.claim
        let urgent = row.risk <= .denied
        return [
            TableCell(claim.id.description),
            TableCell(context.patientName(claim.patient, short: true)),
            TableCell(row.payer?.name ?? claim.payer.description),
            TableCell(claim.dateOfService.mmdd),
            TableCell(claim.status.label, slot: statusSlot(claim.status)),
            TableCell(claim.open.description, slot: .money),
            TableCell(row.atRisk.dollars, slot: urgent ? .claimAtRisk : .textDim),
            filesIn(row, warningDays: context.practice.settings.filingWarningDays),
            TableCell(reason(row, today: context.today), slot: urgent ? .claimDenied : nil),
        ]
    }

    /// What a row shows, as the `/` filter reads it (names as the privacy mask shows them).
    static func searchFields(_ row: ClaimRow, practice: Practice, privacy: Bool, today: LocalDate) -> [String] {
        let claim = row.claim
        let patient = practice.patients[claim.patient].map { privacy ? $0.initials : $0.shortName }
        return [
            claim.id.description, patient ?? claim.patient.description, row.payer?.name ?? claim.payer.description,
            claim.status.label, reason(row, today: today),
        ]
    }

    static func unbilledCells(_ visit: UnbilledVisit, context: PaneContext) -> [TableCell] {
        let practice = context.practice
        let payer = practice.patients[visit.patient]?.payer.flatMap { practice.payers[$0]?.name } ?? "—"
        return [
            TableCell(visit.appointment.description),
            TableCell(visit.day.description),
            TableCell("\(visit.daysWaiting)d", slot: visit.daysWaiting > 3 ? .claimAtRisk : nil),
            TableCell(context.patientName(visit.patient, short: true)),
            TableCell(practice.staff[visit.provider]?.displayName ?? visit.provider.description),
            TableCell(payer),
        ]
    }

    static func filesIn(_ row: ClaimRow, warningDays: Int) -> TableCell {
        guard let days = row.daysToFile else { return TableCell("—", slot: .textDim) }
        if days < 0 { return TableCell("late \(-days)d", slot: .claimAtRisk) }
        if days <= warningDays { return TableCell("\(days)d !!", slot: .claimAtRisk) }
        return TableCell("\(days)d")
    }

    /// Why the claim is where it is in the queue, in the words of the next step: the denial and its route, the
    /// clearinghouse's reason, a follow-up that has come, or the filing deadline.
    static func reason(_ row: ClaimRow, today: LocalDate) -> String {
        let claim = row.claim
        if let denial = claim.denial,
            claim.status == .denied || claim.status == .appealed || claim.status == .partiallyPaid
        {
            let route = claim.status == .appealed ? "appealed" : DenialRoute(denial).shortLabel
            return "\(denial) → \(route): \(denial.reason)"
        }
        if claim.status == .rejected, let note = claim.history.last(where: { $0.status == .rejected })?.note {
            return "rejected: \(note)"
        }
        if let days = row.daysToFile, days < 0 {
            return "\(-days)d past deadline: file late or write off"
        }
        if let followUp = claim.followUp, followUp <= today {
            return followUp == today ? "follow-up today" : "follow-up since \(followUp.mmdd)"
        }
        if row.risk == .nearDeadline, let days = row.daysToFile { return "file now: \(days)d left" }
        if claim.filedLateAfter != nil { return "filed late, knowingly" }
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
}

extension DenialRoute {
    /// For the queue's reason column.
    var shortLabel: String {
        switch self {
        case .patientResponsibility: "bill patient"
        case .correctAndResubmit: "correct & resubmit"
        case .appeal: "appeal"
        case .contractual: "contractual"
        case .otherPayer: "bill other payer"
        case .awaitPayer: "await payer"
        case .writeOff: "write off"
        }
    }

    /// For the claim's detail: what to do next.
    var advice: String {
        switch self {
        case .patientResponsibility: "patient responsibility: bill the patient"
        case .correctAndResubmit: "correct and resubmit: fix the code, modifier or ID and send it again"
        case .appeal: "appeal with the documentation"
        case .contractual: "contractual: post it, nothing to work"
        case .otherPayer: "bill the other payer (coordination of benefits)"
        case .awaitPayer: "await the payer's decision and follow up"
        case .writeOff: "write off the balance"
        }
    }
}
