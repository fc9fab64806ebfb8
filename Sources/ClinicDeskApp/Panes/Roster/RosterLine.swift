import ClinicDomain
import Foundation
import TerminalKit

/// One line of the roster pane. People and pending requests can be selected; headings and notes cannot.
enum RosterLine: Equatable, Sendable {
    case heading(String)
    case person(RosterRow)
    case request(TimeOff)
    case gap(CoverageGap)
    case credential(ExpiringCredential)
    /// A line under the one before it (a request's conflicts), not selectable.
    case note(String, StyleSlot)

    /// The ID a selection follows ("S-4", "R-2"); nil for lines that cannot be selected.
    var selectionID: String? {
        switch self {
        case .person(let row): row.staff.id.description
        case .request(let entry): entry.id.description
        default: nil
        }
    }

    /// The roster for a day: people by role, then pending requests, coverage gaps and expiring credentials.
    static func lines(
        rows: [RosterRow], gaps: [CoverageGap], practice: Practice, day: LocalDate,
        today: LocalDate, now: Date
    ) -> [RosterLine] {
        // People with nothing on the day go last: the screen is for who is (or should be) here.
        var lines = rows.filter { $0.status != .off }.map(RosterLine.person)
        lines += rows.filter { $0.status == .off }.map(RosterLine.person)
        let requests = practice.timeOff.values.filter { $0.status == .requested && $0.through >= day }
            .sorted { ($0.from, $0.id) < ($1.from, $1.id) }
        if !requests.isEmpty {
            lines.append(.heading("Time-off requests"))
            for entry in requests {
                lines.append(.request(entry))
                // What approving it would break, before anyone presses y.
                let conflicts = practice.approvalConflicts(entry, now: now)
                lines.append(
                    conflicts.isEmpty
                        ? .note("  no conflicts: y approves", .textDim)
                        : .note(
                            "  ⚠ \(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s"): "
                                + conflicts.joined(separator: "; "), .alertWarn))
            }
        }
        if !gaps.isEmpty {
            lines.append(.heading("Coverage gaps"))
            lines += gaps.map(RosterLine.gap)
        }
        let credentials = practice.expiringCredentials(today: today)
        if !credentials.isEmpty {
            lines.append(.heading("Credentials expiring"))
            lines += credentials.map(RosterLine.credential)
        }
        return lines
    }
}
