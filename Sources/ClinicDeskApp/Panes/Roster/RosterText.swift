import ClinicDomain
import Foundation
import TerminalKit

/// How roster rows read: shift hours, status words, request spans and detail popups.
enum RosterText {
    static func shift(_ row: RosterRow) -> String {
        guard !row.shifts.isEmpty else { return "—" }
        return row.shifts.map { "\($0.start.hhmm)–\($0.end.hhmm)" }.joined(separator: ", ")
    }

    private static let widths = (role: 13, name: 16, shift: 12)

    /// Role, name and shift in aligned columns, then the rest.
    static func row(_ cells: [String]) -> String {
        let w = widths
        return DisplayWidth.pad(cells[0], to: w.role) + " " + DisplayWidth.pad(cells[1], to: w.name) + " "
            + DisplayWidth.pad(cells[2], to: w.shift) + " " + cells[3]
    }

    /// One roster line's text and style.
    static func describe(_ line: RosterLine, practice: Practice) -> (String, StyleSlot) {
        switch line {
        case .heading(let title):
            return (title, .tableHeader)
        case .person(let person):
            let status = status(person, practice: practice)
            let pending = person.pendingRequests.isEmpty ? "" : "  · \(person.pendingRequests.count) request"
            return (
                row([person.role.label, person.staff.displayName, shift(person), status.text + pending]), status.slot
            )
        case .request(let entry):
            let name = practice.staff[entry.staff]?.displayName ?? entry.staff.description
            return (
                row([
                    entry.id.description, name, shortSpan(entry),
                    entry.kind.label.uppercased()
                        + (entry.note.isEmpty ? "" : " · \(entry.note)"),
                ]), .rosterPto
            )
        case .gap(let gap):
            return ("⚠ " + gap.description, .rosterGap)
        case .credential(let item):
            let when = item.daysLeft < 0 ? "expired \(-item.daysLeft)d ago" : "in \(item.daysLeft)d"
            return (
                "\(item.credential.title) · \(item.ownerName) · \(when)", item.daysLeft < 0 ? .error : .alertWarn
            )
        }
    }

    static func status(_ row: RosterRow, practice: Practice) -> (text: String, slot: StyleSlot) {
        switch row.status {
        case .away(.sick, let id):
            let called = practice.timeOff[id].map { practice.clock.timeOfDay(of: $0.requestedAt) }
            return ("SICK" + (called.map { " (called \($0))" } ?? ""), .rosterSick)
        case .away: return (row.status.label, .rosterPto)
        case .onDuty, .withPatient: return (row.status.label, .rosterOnDuty)
        case .off: return ("not scheduled", .textDim)
        default: return (row.status.label, .text)
        }
    }

    static func span(_ entry: TimeOff) -> String {
        entry.from == entry.through ? entry.from.description : "\(entry.from)–\(entry.through)"
    }

    /// "12-01–12-03", for the 12-column shift cell.
    static func shortSpan(_ entry: TimeOff) -> String {
        entry.from == entry.through ? entry.from.mmdd : "\(entry.from.mmdd)–\(entry.through.mmdd)"
    }

    static func detail(_ row: RosterRow, context: PaneContext) -> [String] {
        let practice = context.practice
        var lines = [
            "Role        \(row.staff.role.label)"
                + (row.role != row.staff.role ? " (covering \(row.role.label) today)" : ""),
            "Shift       \(shift(row))",
            "Now         \(status(row, practice: practice).text)",
        ]
        if let npi = row.staff.npi { lines.append("NPI         \(npi)") }
        for credential in row.staff.credentials {
            let days = context.today.days(until: credential.expires)
            lines.append(
                "Credential  \(credential.name) expires \(credential.expires)" + (days <= 30 ? " (\(days)d)" : ""))
        }
        let upcoming = practice.timeOff.values.filter { $0.staff == row.staff.id && $0.through >= context.today }
            .sorted { $0.from < $1.from }
        if !upcoming.isEmpty {
            lines.append("")
            lines.append("Time off")
            for entry in upcoming {
                lines.append(
                    "  \(entry.id)  \(span(entry))  \(entry.kind.rawValue)  \(entry.status.rawValue)"
                        + (entry.note.isEmpty ? "" : " · \(entry.note)"))
            }
        }
        lines.append("")
        lines.append("s sick call · t time off · y/n decide a pending request")
        return lines
    }

    static func detail(_ entry: TimeOff, context: PaneContext) -> [String] {
        let practice = context.practice
        let name = practice.staff[entry.staff].map { "\($0.fullName) (\($0.id))" } ?? entry.staff.description
        let clock = practice.clock
        var lines = [
            "Who         \(name)",
            "When        \(span(entry)) (\(entry.from.days(until: entry.through) + 1) "
                + "day\(entry.from == entry.through ? "" : "s"))",
            "Kind        \(entry.kind.rawValue)",
            "Status      \(entry.status.rawValue)",
            "Requested   \(clock.day(of: entry.requestedAt)) \(clock.timeOfDay(of: entry.requestedAt))",
        ]
        if !entry.note.isEmpty { lines.append("Note        \(entry.note)") }
        if let decidedBy = entry.decidedBy { lines.append("Decided by  \(decidedBy)") }
        lines.append("")
        lines.append("\(context.key(.rosterApprove)) approve · \(context.key(.rosterDeny)) deny")
        return lines
    }
}
