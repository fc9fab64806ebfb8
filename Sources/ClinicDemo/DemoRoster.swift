import ClinicDomain
import Foundation

/// Time off and shifts. Leave is decided first because planned PTO removes the shift while a sick call does not.
extension DemoContext {
    mutating func addTimeOff() {
        var random = self.random(2)
        var entries: [TimeOff] = []
        let manager = members(.manager).first?.username ?? "manager"
        func add(
            _ member: DemoMember?, _ kind: TimeOffKind, _ from: LocalDate, _ through: LocalDate,
            _ status: TimeOffStatus, _ note: String, requested: Date
        ) {
            guard let member else { return }
            entries.append(
                TimeOff(
                    id: TimeOffID(entries.count + 1), staff: member.id, kind: kind, from: from,
                    through: through, status: status, note: note, requestedAt: min(requested, now),
                    decidedBy: status == .requested || kind == .sick ? nil : manager))
        }
        let receptionists = members(.receptionist)
        let providers = self.providers
        // Today's sick call: the full-time receptionist phones in at 07:12 (or on Friday if today is a weekend).
        let sickDay = today.isWeekend ? today.adding(days: -((today.weekday + 1) % 7 + 1)) : today
        let sickReceptionist = receptionists.count > 1 ? receptionists[1] : receptionists.first
        add(
            sickReceptionist, .sick, sickDay, sickDay, .approved, "called in sick — fever",
            requested: instant(sickDay, 432))
        // A provider on PTO on another day this week (next week if this one is over).
        let ptoDay =
            weekdays(from: today.adding(days: 1), through: today.adding(days: 7)).first ?? today.adding(days: 1)
        let ptoProvider = providers.count > 3 ? providers[3] : providers.last
        add(
            ptoProvider, .vacation, ptoDay, ptoDay, .approved, "daughter's graduation",
            requested: instant(today.adding(days: -24), 615))
        // A pending request for the manager to decide, and an older one that was turned down.
        let medicalAssistants = members(.medicalAssistant)
        let nextWeek = monday(of: today).adding(days: 7)
        add(
            medicalAssistants.count > 2 ? medicalAssistants[2] : medicalAssistants.first, .vacation,
            nextWeek.adding(days: 3),
            nextWeek.adding(days: 4), .requested, "family wedding in Chicago",
            requested: instant(today.adding(days: -2), 830))
        add(
            receptionists.last, .vacation, nextWeek, nextWeek, .denied, "long weekend",
            requested: instant(today.adding(days: -9), 700))
        // Last week a physician took a day, so the week view shows a gap in their column.
        add(
            providers.first, .vacation, monday(of: today).adding(days: -3), monday(of: today).adding(days: -3),
            .approved,
            "conference (AAFP)", requested: instant(today.adding(days: -40), 600))
        if size == .large { addYearOfLeave(&entries, random: &random, manager: manager) }
        for entry in entries {
            practice.seed(timeOff: entry)
            guard entry.status == .approved else { continue }
            var day = entry.from
            while day <= entry.through {
                if entry.kind == .vacation {
                    ptoDays.insert(StaffDay(staff: entry.staff, day: day))
                } else {
                    sickDays.insert(StaffDay(staff: entry.staff, day: day))
                }
                day = day.adding(days: 1)
            }
        }
    }

    /// A year of leave for a big practice: a few PTO blocks and sick days per person, none overlapping.
    private func addYearOfLeave(_ entries: inout [TimeOff], random: inout DemoRandom, manager: String) {
        let taken = Set(
            entries.flatMap { entry in
                (0...entry.from.days(until: entry.through)).map {
                    StaffDay(staff: entry.staff, day: entry.from.adding(days: $0))
                }
            })
        var booked = taken
        let span = scheduleStart.days(until: scheduleEnd)
        for member in team {
            for block in 0..<(3 + random.int(0...4)) {
                let sick = block < 2
                let from = scheduleStart.adding(days: random.int(0...span))
                let length = sick ? 1 : random.int(1...4)
                let through = from.adding(days: length - 1)
                let days = (0..<length).map { StaffDay(staff: member.id, day: from.adding(days: $0)) }
                guard isClinicDay(from), days.allSatisfy({ !booked.contains($0) }) else { continue }
                // Sick days are only known once they happen; PTO ahead of today may still await a decision.
                if sick && from > today { continue }
                days.forEach { booked.insert($0) }
                let status: TimeOffStatus = from > today.adding(days: 7) && random.chance(0.3) ? .requested : .approved
                let lead = sick ? 0 : random.int(10...60)
                entries.append(
                    TimeOff(
                        id: TimeOffID(entries.count + 1), staff: member.id, kind: sick ? .sick : .vacation,
                        from: from, through: through, status: sick ? .approved : status,
                        note: sick
                            ? "called in sick" : random.pick(["vacation", "family", "CME course", "moving house"]),
                        requestedAt: min(instant(from.adding(days: -lead), sick ? 420 : 600), now),
                        decidedBy: sick || status == .requested ? nil : manager))
            }
        }
    }

    /// Weekday shifts for everyone over the whole schedule window, skipping approved PTO.
    mutating func addShifts() {
        let start = min(scheduleStart, monday(of: today))
        var number = 0
        for day in weekdays(from: start, through: scheduleEnd) {
            for member in team {
                guard let hours = member.hours[day.weekday], !ptoDays.contains(StaffDay(staff: member.id, day: day))
                else { continue }
                number += 1
                practice.seed(
                    shift: Shift(
                        id: ShiftID(number), staff: member.id, day: day, start: TimeOfDay(minutes: hours.start),
                        end: TimeOfDay(minutes: hours.end), role: member.role))
            }
        }
    }

    /// The member's hours on `day` if they are on the floor (a shift and no leave).
    func workingHours(_ member: DemoMember, on day: LocalDate) -> (start: Int, end: Int)? {
        let key = StaffDay(staff: member.id, day: day)
        guard isClinicDay(day), !ptoDays.contains(key), !sickDays.contains(key) else { return nil }
        return member.hours[day.weekday]
    }
}
