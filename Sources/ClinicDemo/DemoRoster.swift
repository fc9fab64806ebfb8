import ClinicDomain
import Foundation

/// Time off and shifts. Leave is decided first because planned leave removes the shift while a sick call does not.
extension DemoContext {
    mutating func addTimeOff() {
        var random = self.random(2)
        var entries: [TimeOff] = []
        let manager = members(.manager).first?.username ?? "manager"
        func add(
            _ member: DemoMember?, _ kind: TimeOffKind, _ from: LocalDate, _ through: LocalDate,
            _ status: TimeOffStatus, _ note: String, requested: Date, decisionNote: String? = nil
        ) {
            guard let member else { return }
            entries.append(
                TimeOff(
                    id: TimeOffID(entries.count + 1), staff: member.id, kind: kind, from: from,
                    through: through, status: status, note: note, requestedAt: min(requested, now),
                    decidedBy: status == .requested || kind == .sick ? nil : manager, decisionNote: decisionNote))
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
        // Pending requests for the manager to decide — one a provider's, over visits already booked — and an older
        // one that was turned down.
        let medicalAssistants = members(.medicalAssistant)
        let nextWeek = monday(of: today).adding(days: 7)
        add(
            medicalAssistants.count > 2 ? medicalAssistants[2] : medicalAssistants.first, .vacation,
            nextWeek.adding(days: 3),
            nextWeek.adding(days: 4), .requested, "family wedding in Chicago",
            requested: instant(today.adding(days: -2), 830))
        add(
            receptionists.last, .vacation, nextWeek, nextWeek, .denied, "long weekend",
            requested: instant(today.adding(days: -9), 700),
            decisionNote: "the desk is short that Monday; ask again for another week")
        add(
            providers.count > 1 ? providers[1] : providers.first, .vacation, nextWeek.adding(days: 3),
            nextWeek.adding(days: 4), .requested, "family trip", requested: instant(today.adding(days: -1), 1005))
        // Last week a physician was at a conference (training leave), so the week view shows a gap in their column,
        // and their MA took the day unpaid; the manager has a course booked next week.
        add(
            providers.first, .training, monday(of: today).adding(days: -3), monday(of: today).adding(days: -3),
            .approved,
            "conference (AAFP)", requested: instant(today.adding(days: -40), 600))
        add(
            medicalAssistants.count > 1 ? medicalAssistants[1] : nil, .unpaid, monday(of: today).adding(days: -3),
            monday(of: today).adding(days: -3), .approved, "personal day",
            requested: instant(today.adding(days: -20), 615))
        add(
            members(.manager).first, .training, nextWeek.adding(days: 1), nextWeek.adding(days: 1), .approved,
            "MGMA practice management course", requested: instant(today.adding(days: -30), 640))
        if size == .large { addYearOfLeave(&entries, random: &random, manager: manager) }
        for entry in entries {
            practice.seed(timeOff: entry)
            guard entry.status == .approved else { continue }
            var day = entry.from
            while day <= entry.through {
                if entry.kind == .sick {
                    sickDays.insert(StaffDay(staff: entry.staff, day: day))
                } else {
                    ptoDays.insert(StaffDay(staff: entry.staff, day: day))
                }
                day = day.adding(days: 1)
            }
        }
    }

    /// A year of leave for a big practice: a few leave blocks (mostly vacation, some training, now and then an
    /// unpaid day) and sick days per person, none overlapping, vacation within each person's yearly allowance.
    private func addYearOfLeave(_ entries: inout [TimeOff], random: inout DemoRandom, manager: String) {
        let taken = Set(
            entries.flatMap { entry in
                (0...entry.from.days(until: entry.through)).map {
                    StaffDay(staff: entry.staff, day: entry.from.adding(days: $0))
                }
            })
        var booked = taken
        var vacationUsed: [String: Int] = [:]
        let span = scheduleStart.days(until: scheduleEnd)
        for member in team {
            for block in 0..<(3 + random.int(0...4)) {
                let sick = block < 2
                let from = scheduleStart.adding(days: random.int(0...span))
                let length = sick ? 1 : random.int(1...4)
                let through = from.adding(days: length - 1)
                let days = (0..<length).map { StaffDay(staff: member.id, day: from.adding(days: $0)) }
                let roll = random.int(0...19)
                let kind: TimeOffKind = sick ? .sick : roll < 2 ? .training : roll == 2 ? .unpaid : .vacation
                guard isClinicDay(from), days.allSatisfy({ !booked.contains($0) }) else { continue }
                // Sick days are only known once they happen; leave ahead of today may still await a decision.
                if sick && from > today { continue }
                if kind == .vacation {
                    let key = "\(member.id)|\(from.year)"
                    let weekdays = days.filter { !$0.day.isWeekend }.count
                    guard let allowance = member.vacationDays, vacationUsed[key, default: 0] + weekdays <= allowance
                    else { continue }
                    vacationUsed[key, default: 0] += weekdays
                }
                days.forEach { booked.insert($0) }
                let status: TimeOffStatus = from > today.adding(days: 7) && random.chance(0.3) ? .requested : .approved
                let lead = sick ? 0 : random.int(10...60)
                let note: String
                switch kind {
                case .sick: note = "called in sick"
                case .training: note = random.pick(["CME course", "BLS renewal class", "EHR training"])
                case .unpaid: note = "unpaid personal leave"
                case .vacation: note = random.pick(["vacation", "family", "moving house", "long weekend"])
                }
                entries.append(
                    TimeOff(
                        id: TimeOffID(entries.count + 1), staff: member.id, kind: kind,
                        from: from, through: through, status: sick ? .approved : status, note: note,
                        requestedAt: min(instant(from.adding(days: -lead), sick ? 420 : 600), now),
                        decidedBy: sick || status == .requested ? nil : manager))
            }
        }
    }

    /// Weekday shifts for everyone over the whole schedule window from their templates, skipping the templates'
    /// exceptions and leave other than a sick call (the call-out came after the roster was made). Shifts carry
    /// the template's lunch; the last two weeks' carry time-clock punches (see `punch`).
    mutating func addShifts() {
        var random = self.random(8)
        let start = min(scheduleStart, monday(of: today))
        let punchedFrom = today.adding(days: -14)
        var number = 0
        var todays: [Shift] = []
        for day in weekdays(from: start, through: scheduleEnd) {
            for member in team {
                let key = StaffDay(staff: member.id, day: day)
                guard let hours = member.hours[day.weekday], !ptoDays.contains(key), !member.skips.contains(day)
                else { continue }
                number += 1
                let lunch = member.template.first { $0.weekday == day.weekday }
                var shift = Shift(
                    id: ShiftID(number), staff: member.id, day: day, start: TimeOfDay(minutes: hours.start),
                    end: TimeOfDay(minutes: hours.end), role: member.role, breakStart: lunch?.breakStart,
                    breakMinutes: lunch?.breakMinutes ?? 0)
                if day >= punchedFrom && day <= today && !sickDays.contains(key) {
                    punch(&shift, random: &random)
                }
                if day == today { todays.append(shift) } else { practice.seed(shift: shift) }
            }
        }
        tellTodaysClockStories(&todays, random: &random)
        todays.forEach { practice.seed(shift: $0) }
    }

    /// The time clock as people use it: in a few minutes either side of the start, lunch taken about when planned,
    /// out a little after the end — each punch only once `now` has passed it.
    private func punch(_ shift: inout Shift, random: inout DemoRandom) {
        let day = shift.day
        let clockIn = shift.start.minutes + random.int(-7...4)
        guard isPast(day, clockIn) else { return }
        shift.clockedIn = instant(day, clockIn)
        if let breakStart = shift.breakStart {
            let out = breakStart.minutes + random.int(-4...5)
            let back = out + shift.breakMinutes + random.int(-3...4)
            if isPast(day, out) {
                shift.breaks = [BreakPunch(start: instant(day, out), end: isPast(day, back) ? instant(day, back) : nil)]
            }
        }
        let clockOut = shift.end.minutes + random.int(-2...9)
        if isPast(day, clockOut) {
            if let last = shift.breaks.indices.last, shift.breaks[last].end == nil {
                shift.breaks[last].end = instant(day, clockOut)
            }
            shift.clockedOut = instant(day, clockOut)
        }
    }

    /// Today's time clock tells the roster's stories at `now`: someone whose shift began 10+ minutes ago is not in
    /// yet (the latest such start among non-providers), an MA is on a short break (one who has not had lunch yet),
    /// and someone has already clocked out (the manager left for a meeting when nobody's shift is over yet).
    private func tellTodaysClockStories(_ shifts: inout [Shift], random: inout DemoRandom) {
        let minute = nowMinute
        guard minute > 0 && minute < 1440 else { return }
        let started = shifts.indices.filter { shifts[$0].clockedIn != nil }
        let lateCandidates = started.filter {
            !shifts[$0].role.isProvider && shifts[$0].start.minutes <= minute - 10
        }
        var used: Set<Int> = []
        if let late = lateCandidates.max(by: { (shifts[$0].start, $1) < (shifts[$1].start, $0) }) {
            shifts[late].clockedIn = nil; shifts[late].breaks = []; shifts[late].clockedOut = nil
            used.insert(late)
        }
        let onBreak = started.first { i in
            !used.contains(i) && shifts[i].role == .medicalAssistant && shifts[i].clockedOut == nil
                && shifts[i].start.minutes <= minute - 60 && shifts[i].breaks.isEmpty
                && shifts[i].covers(TimeOfDay(minutes: minute))
        }
        if let i = onBreak {
            shifts[i].breaks.append(BreakPunch(start: instant(today, minute - random.int(3...9))))
            used.insert(i)
        }
        if !started.contains(where: { shifts[$0].clockedOut != nil }) {
            let leaver = started.first { i in
                !used.contains(i) && [.manager, .biller].contains(shifts[i].role)
                    && shifts[i].start.minutes <= minute - 60
            }
            if let i = leaver {
                let out = instant(today, minute - random.int(8...20))
                shifts[i].clockedOut = out
                shifts[i].breaks.removeAll { $0.start >= out }
                if let last = shifts[i].breaks.indices.last, shifts[i].breaks[last].end == nil {
                    shifts[i].breaks[last].end = out
                }
            }
        }
    }

    /// The member's hours on `day` if they are on the floor (a shift and no leave).
    func workingHours(_ member: DemoMember, on day: LocalDate) -> (start: Int, end: Int)? {
        let key = StaffDay(staff: member.id, day: day)
        guard isClinicDay(day), !ptoDays.contains(key), !sickDays.contains(key), !member.skips.contains(day) else {
            return nil
        }
        return member.hours[day.weekday]
    }
}
