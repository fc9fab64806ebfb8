import ClinicDomain
import Foundation
import TerminalKit

/// The Enter popups: a person (this week's shifts against their cap, template, credentials, balance, requests)
/// and a time-off request (with what approving it would break).
enum RosterDetail {
    static func person(_ row: RosterRow, context: PaneContext) -> [String] {
        let practice = context.practice
        let member = row.staff
        var lines = [
            "Role        \(member.role.label)"
                + (row.role != member.role ? " (covering \(row.role.label) today)" : ""),
            "Today       \(RosterText.shift(row)) · \(RosterText.status(row, practice: practice).text)",
        ]
        if let npi = member.npi { lines.append("NPI         \(npi)") }
        let monday = Practice.monday(of: context.day)
        let planned = practice.plannedMinutes(member.id, weekOf: monday)
        lines.append(
            "Week of \(monday.mmdd) \(RosterHours.hours(planned)) planned"
                + (member.weeklyHours.map { cap in " of \(cap)h" + (planned > cap * 60 ? " (OVER)" : "") } ?? ""))
        for offset in 0..<7 {
            let date = monday.adding(days: offset)
            let shifts = practice.shifts(on: date).filter { $0.staff == member.id }.sorted { $0.start < $1.start }
            let away = practice.timeOff(for: member.id, on: date)
            guard !shifts.isEmpty || away != nil else { continue }
            var text = "  \(LocalDate.weekdayShortNames[date.weekday]) \(date.mmdd)  "
            text += shifts.map { "\($0.id) \($0.hours(withBreak: true))" }.joined(separator: ", ")
            if let away { text += (shifts.isEmpty ? "" : " · ") + away.kind.label.uppercased() }
            lines.append(text)
        }
        if member.template.isEmpty {
            lines.append("Template    none (shift template \(member.id) mon-fri 08:00 17:00)")
        } else {
            let sorted = member.template.sorted { ($0.weekday + 6) % 7 < ($1.weekday + 6) % 7 }
            lines.append(
                "Template    "
                    + sorted.map { "\(LocalDate.weekdayShortNames[$0.weekday]) \(templateHours($0))" }
                    .joined(separator: ", "))
            let skips = member.templateSkips.filter { $0 >= context.today }.sorted()
            if !skips.isEmpty { lines.append("  except    " + skips.map(\.description).joined(separator: ", ")) }
        }
        if member.credentials.isEmpty {
            lines.append("Credentials " + (member.isProvider ? "none on file (licence missing)" : "none on file"))
        }
        for credential in member.credentials {
            let days = context.today.days(until: credential.expires)
            let when = days < 0 ? " EXPIRED" : days <= 90 ? " (\(days)d)" : ""
            lines.append("Credential  \(credential.title) expires \(credential.expires)\(when)")
        }
        if let left = practice.vacationDaysLeft(member.id, year: context.today.year) {
            lines.append(
                "Vacation    \(left) of \(member.vacationDaysPerYear ?? 0) days left in \(context.today.year)")
        }
        let upcoming = practice.timeOff.values.filter { $0.staff == member.id && $0.through >= context.today }
            .sorted { $0.from < $1.from }
        if !upcoming.isEmpty {
            lines.append("")
            lines.append("Time off")
            for entry in upcoming {
                lines.append(
                    "  \(entry.id)  \(RosterText.span(entry))  \(entry.kind.label)  \(entry.status.rawValue)"
                        + (entry.note.isEmpty ? "" : " · \(entry.note)"))
            }
        }
        lines.append("")
        lines.append(
            "\(context.key(.rosterSick)) sick call · \(context.key(.rosterTimeOff)) time off · "
                + "\(context.key(.rosterEditStaff)) edit · \(context.key(.rosterRenew)) renew a credential")
        return lines
    }

    static func templateHours(_ entry: TemplateShift) -> String {
        var text = "\(entry.start)–\(entry.end)"
        if let breakStart = entry.breakStart { text += " break \(breakStart)" }
        return text
    }

    static func request(_ entry: TimeOff, context: PaneContext) -> [String] {
        let practice = context.practice
        let name = practice.staff[entry.staff].map { "\($0.fullName) (\($0.id))" } ?? entry.staff.description
        let clock = practice.clock
        var lines = [
            "Who         \(name)",
            "When        \(RosterText.span(entry)) (\(entry.from.days(until: entry.through) + 1) "
                + "day\(entry.from == entry.through ? "" : "s"))",
            "Kind        \(entry.kind.label)",
            "Status      \(entry.status.rawValue)",
            "Requested   \(clock.day(of: entry.requestedAt)) \(clock.timeOfDay(of: entry.requestedAt))",
        ]
        if !entry.note.isEmpty { lines.append("Note        \(entry.note)") }
        if let left = practice.vacationDaysLeft(entry.staff, year: entry.from.year) {
            lines.append("Balance     \(left) vacation days left in \(entry.from.year)")
        }
        if let decidedBy = entry.decidedBy { lines.append("Decided by  \(decidedBy)") }
        if let note = entry.decisionNote { lines.append("Decision    \(note)") }
        if entry.status == .requested {
            let conflicts = practice.approvalConflicts(entry, now: context.now)
            lines.append("")
            lines.append(conflicts.isEmpty ? "Approving it creates no conflicts." : "Approving it would create:")
            lines += conflicts.map { "  ⚠ \($0)" }
        }
        lines.append("")
        lines.append("\(context.key(.rosterApprove)) approve · \(context.key(.rosterDeny)) deny")
        return lines
    }
}
