import ClinicDomain
import Foundation
import TerminalKit

/// How roster rows read: shift hours, status words, request spans, the front-desk line.
enum RosterText {
    /// A day's shifts in the short form with breaks ("8–17 b12"), "—" with none.
    static func shift(_ row: RosterRow) -> String { RosterHours.short(row.shifts) }

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
            var what = entry.kind.label.uppercased() + " \(entry.weekdays)d"
            if entry.kind == .vacation, let left = practice.vacationDaysLeft(entry.staff, year: entry.from.year) {
                what += " (\(left)d left)"
            }
            if !entry.note.isEmpty { what += " · \(entry.note)" }
            return (row([entry.id.description, name, shortSpan(entry), what]), .rosterPto)
        case .gap(let gap):
            return ("⚠ " + gap.description, .rosterGap)
        case .credential(let item):
            let when = item.daysLeft < 0 ? "expired \(-item.daysLeft)d ago" : "in \(item.daysLeft)d"
            return (
                "\(item.credential.title) · \(item.ownerName) · \(when)", item.daysLeft < 0 ? .error : .alertWarn
            )
        case .note(let text, let slot):
            return (text, slot)
        }
    }

    static func status(_ row: RosterRow, practice: Practice) -> (text: String, slot: StyleSlot) {
        switch row.status {
        case .away(.sick, let id):
            let called = practice.timeOff[id].map { practice.clock.timeOfDay(of: $0.requestedAt) }
            return ("SICK" + (called.map { " (called \($0))" } ?? ""), .rosterSick)
        case .away: return (row.status.label, .rosterPto)
        case .onDuty, .withPatient: return (row.status.label, .rosterOnDuty)
        case .onBreak, .notInYet: return (row.status.label, .alertWarn)
        case .off: return ("not scheduled", .textDim)
        default: return (row.status.label, .text)
        }
    }

    /// Who covers the front desk at `now` (today's rows): the receptionists on the floor, then those on a break
    /// or not in yet; "NOBODY" in the critical style when a front-desk rule asks for someone and no one is there.
    static func frontDesk(_ rows: [RosterRow], practice: Practice, now: Date) -> (text: String, slot: StyleSlot) {
        let desk = rows.filter { $0.role == .receptionist }
        let here = desk.filter(\.status.isOnFloor).map(\.staff.displayName)
        let away = desk.compactMap { row -> String? in
            switch row.status {
            case .onBreak: return "\(row.staff.displayName) (on break)"
            case .notInYet: return "\(row.staff.displayName) (not in yet)"
            default: return nil
            }
        }
        let time = practice.clock.timeOfDay(of: now), weekday = practice.clock.day(of: now).weekday
        let asked = practice.settings.coverage.contains {
            $0.roles.contains(.receptionist) && $0.weekdays.contains(weekday) && $0.from <= time && time < $0.to
        }
        if here.isEmpty {
            guard asked || !away.isEmpty else { return ("Front desk now: nobody (none needed now)", .textDim) }
            return ((["Front desk now: NOBODY"] + away).joined(separator: " · "), .alertCritical)
        }
        return ("Front desk now: " + (here + away).joined(separator: " · "), .rosterOnDuty)
    }

    static func span(_ entry: TimeOff) -> String {
        entry.from == entry.through ? entry.from.description : "\(entry.from)–\(entry.through)"
    }

    /// "12-01–12-03", for the 12-column shift cell.
    static func shortSpan(_ entry: TimeOff) -> String {
        entry.from == entry.through ? entry.from.mmdd : "\(entry.from.mmdd)–\(entry.through.mmdd)"
    }
}
