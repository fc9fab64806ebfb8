import ClinicDomain
import Foundation
import TerminalKit

/// The week grid's data: each active person's cells Monday to Sunday (shifts, or the leave that keeps them away)
/// and each coverage rule's gaps per day. Gaps scan every shift of every day, so the week is one derived view,
/// computed once per state and week.
struct RosterWeek: Sendable {
    struct Person: Sendable {
        let staff: Staff
        /// Per day (Monday first): the shifts, in time order.
        let shifts: [[Shift]]
        /// Per day: approved leave, which outranks the shifts.
        let away: [TimeOffKind?]
        let plannedMinutes: Int
    }

    enum Line: Sendable, Equatable {
        case heading(String)
        case person(Int)
        case note(String)
    }

    let monday: LocalDate
    var days: [LocalDate] { (0..<7).map { monday.adding(days: $0) } }
    let people: [Person]
    /// Per rule name (settings order), per day, the gaps.
    let gapRows: [(name: String, days: [[CoverageGap]])]
    /// People under role headings.
    let lines: [Line]
    let ids: SelectableIDs<String>
    var gapCount: Int { gapRows.reduce(0) { $0 + $1.days.reduce(0) { $0 + $1.count } } }

    func isShort(_ offset: Int) -> Bool { gapRows.contains { !$0.days[offset].isEmpty } }

    /// The day offsets the grid shows: Monday to Friday, and a weekend day only when someone works or is away
    /// then, it has gaps, or it is `cursor` — so a weekday practice gets wider columns.
    func shownOffsets(cursor: LocalDate) -> [Int] {
        (0..<7).filter { offset in
            let day = monday.adding(days: offset)
            guard day.isWeekend, day != cursor else { return true }
            return isShort(offset) || people.contains { !$0.shifts[offset].isEmpty || $0.away[offset] != nil }
        }
    }

    func person(_ id: StaffID) -> Person? { people.first { $0.staff.id == id } }
}

struct RosterWeekQuery: DerivedQuery {
    let monday: LocalDate

    func answer(from practice: Practice) -> RosterWeek {
        let days = (0..<7).map { monday.adding(days: $0) }
        var byDay: [[Shift]] = []
        for day in days { byDay.append(practice.shifts(on: day)) }
        let members = practice.staff.values.filter(\.active).sorted {
            ($0.role, $0.familyName, $0.id.number) < ($1.role, $1.familyName, $1.id.number)
        }
        var people: [RosterWeek.Person] = []
        for member in members {
            let shifts = byDay.map { $0.filter { $0.staff == member.id }.sorted { $0.start < $1.start } }
            let away = days.map { practice.timeOff(for: member.id, on: $0)?.kind }
            people.append(
                RosterWeek.Person(
                    staff: member, shifts: shifts, away: away,
                    plannedMinutes: practice.plannedMinutes(member.id, weekOf: monday)))
        }
        let gapsByDay = practice.coverageGaps(weekOf: monday)
        var names: [String] = []
        for rule in practice.settings.coverage where !names.contains(rule.name) { names.append(rule.name) }
        let gapRows = names.map { name in
            (name: name, days: days.map { day in gapsByDay.filter { $0.day == day && $0.name == name } })
        }
        var lines: [RosterWeek.Line] = []
        var role: StaffRole?
        for (index, person) in people.enumerated() {
            if person.staff.role != role {
                role = person.staff.role
                lines.append(.heading(person.staff.role.label))
            }
            lines.append(.person(index))
        }
        if people.isEmpty { lines.append(.note("No staff yet: A adds someone (staff add).")) }
        return RosterWeek(
            monday: monday, people: people, gapRows: gapRows, lines: lines,
            ids: SelectableIDs(people.map(\.staff.id.description)))
    }
}
