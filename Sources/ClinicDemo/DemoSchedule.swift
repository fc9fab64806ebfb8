import ClinicDomain

/// A visit as booked, before the clock decides how far it has got. Times are minutes after midnight of its day
/// (negative: an earlier day), so "has this happened yet?" is an integer comparison.
struct PlannedVisit {
    var start: Int
    var minutes: Int
    var type: VisitType
    var reason: String
    var patient: PatientID
    var outcome: VisitOutcome = .seen
    var lateBy = 0
    /// An arrival fixed by a story (the patient who has waited over half an hour), instead of 0–15 minutes early.
    var arriveAt: Int?
    /// The earliest the patient can be roomed (a story keeps them in the waiting room past `now`).
    var roomNotBefore = Int.min
    /// A story's rooming time (the patient already in an exam room at `now`, the provider not yet in).
    var roomAt: Int?
    var seeNotBefore = Int.min
    var overbooked = false
    var bookedAt: Int
}

enum VisitOutcome {
    case seen, noShow, leftWithoutVisit
    case cancelled(reason: String, at: Int)
}

/// Lays out each provider's day in 15/20/30/40-minute visits around a lunch hour, picks patients (each at most
/// once a day), and decides who cancels or never shows. `DemoFlow` then plays the day out against the clock.
extension DemoContext {
    mutating func addAppointments() {
        var random = self.random(4)
        var number = 10_000
        var newcomerQueue = newcomers[...]
        let providers = self.providers
        var booked: [Appointment] = []
        for day in weekdays(from: scheduleStart, through: scheduleEnd) {
            let duty = DutyRoster(context: self, day: day)
            let offset = today.days(until: day)
            let fill =
                offset == 0
                ? max(0.75, scale.pastFill)
                : offset < 0 ? scale.pastFill : max(0.35, scale.futureFill - 0.012 * Double(offset))
            var picker = PatientPicker(count: established.count, random: &random)
            for (index, provider) in providers.enumerated() {
                guard let hours = provider.hours[day.weekday], !ptoDays.contains(StaffDay(staff: provider.id, day: day))
                else { continue }
                var plans = layout(
                    day: day, hours: hours, fill: fill, random: &random, picker: &picker,
                    newcomers: &newcomerQueue)
                if sickDays.contains(StaffDay(staff: provider.id, day: day)) {
                    for i in plans.indices { plans[i].outcome = .cancelled(reason: "provider out sick", at: 425) }
                } else if day == today {
                    applyTodaysStories(providerIndex: index, plans: &plans, random: &random, picker: &picker)
                }
                // Minutes behind schedule by now, today only: Dr Patel (index 1) is the one running late.
                let behind = day != today ? 0 : index < 5 ? [12, 38, 20, 6, 10][index] : random.int(0...25)
                let first = booked.count
                playOut(
                    plans, day: day, duty: duty, provider: provider, providerIndex: index, behind: behind,
                    random: &random, number: &number, into: &booked)
                for appointment in booked[first...] where appointment.status == .checkedOut {
                    visitsToBill.append(
                        ClaimSource(
                            appointment: appointment.id, patient: appointment.patient,
                            provider: appointment.provider, day: day,
                            type: appointment.visitType, reason: appointment.reason))
                }
            }
        }
        // One table build and one index rebuild instead of 100k single inserts that each copy a day's index.
        practice.appointments = Table(booked)
        practice.rebuildIndexes()
        if !booked.isEmpty { practice.lastNumbers[Appointment.idPrefix] = number }
    }

    /// One provider's booked visits for a day, in start order.
    private func layout(
        day: LocalDate, hours: (start: Int, end: Int), fill: Double, random: inout DemoRandom,
        picker: inout PatientPicker, newcomers: inout ArraySlice<PatientID>
    ) -> [PlannedVisit] {
        var plans: [PlannedVisit] = []
        let nowOnDay = nowMinute - today.days(until: day) * 1440
        for (from, to) in [(max(hours.start, 480), min(hours.end, 720)), (max(hours.start, 780), min(hours.end, 1020))]
        {
            var t = from
            while t + 15 <= to {
                var type = random.weighted(DemoCatalog.typeWeights)
                var minutes = DemoCatalog.minutes(for: type, random: &random)
                if t + minutes > to { type = .followUp; minutes = 15 }
                guard random.chance(fill) else { t += 15; continue }
                let patient: PatientID
                // New patients (paperwork outstanding) only ever appear ahead of the clock.
                if type == .newPatient, t > nowOnDay, let newcomer = newcomers.popFirst() {
                    patient = newcomer
                } else {
                    patient = established[picker.next()]
                }
                let age = practice.patients[patient]?.age(on: day) ?? 40
                let reasons = DemoCatalog.reasons(for: type, age: age)
                let reason = DemoCatalog.reasons[random.pick(reasons)].text
                let booked = bookingMinute(start: t, type: type, random: &random, nowOnDay: nowOnDay)
                plans.append(
                    PlannedVisit(
                        start: t, minutes: minutes, type: type, reason: reason, patient: patient,
                        outcome: randomOutcome(start: t, booked: booked, random: &random),
                        bookedAt: booked))
                t += minutes
            }
        }
        return plans
    }

    /// Sick visits are booked the same morning; the rest days to weeks ahead. Never after `now`.
    private func bookingMinute(start: Int, type: VisitType, random: inout DemoRandom, nowOnDay: Int) -> Int {
        let candidate =
            type == .sick && random.chance(0.6)
            ? max(450, start - random.int(40...200))
            : -random.int(1...(type == .physical ? 60 : 21)) * 1440 + random.int(510...990)
        return min(candidate, nowOnDay - random.int(5...120))
    }

    private func randomOutcome(start: Int, booked: Int, random: inout DemoRandom) -> VisitOutcome {
        let roll = random.int(0...999)
        switch roll {
        case 0..<60:
            // Phoned in during office hours, zero to three days ahead.
            let daysAhead = random.int(0...3)
            let at = max(
                booked + 30, -daysAhead * 1440 + random.int(450...(daysAhead == 0 ? max(450, start - 60) : 1050)))
            return at < start ? .cancelled(reason: random.pick(DemoCatalog.cancelReasons), at: at) : .seen
        case 60..<110: return .noShow
        case 110..<115: return .leftWithoutVisit
        default: return .seen
        }
    }

    /// Today's flow board tells the stories the dashboard exists for: a patient waiting over half an hour, two
    /// already in exam rooms, a late arrival, an overbook, one who left without being seen, no-shows and
    /// cancellations — placed relative to `now` so they are visible. Each story goes to the first provider whose
    /// day has room for it, so a sparse morning cannot lose one.
    private mutating func applyTodaysStories(
        providerIndex: Int, plans: inout [PlannedVisit], random: inout DemoRandom,
        picker: inout PatientPicker
    ) {
        let n = nowMinute
        func last(_ test: (PlannedVisit) -> Bool) -> Int? {
            plans.lastIndex {
                if case .seen = $0.outcome { return $0.arriveAt == nil && $0.lateBy == 0 && test($0) }; return false
            }
        }
        func first(_ test: (PlannedVisit) -> Bool) -> Int? {
            plans.firstIndex {
                if case .seen = $0.outcome { return $0.arriveAt == nil && $0.lateBy == 0 && test($0) }; return false
            }
        }
        func tell(_ story: String, times: Int = 1, _ place: (inout [PlannedVisit]) -> Bool) {
            guard storiesTold[story, default: 0] < times, place(&plans) else { return }
            storiesTold[story, default: 0] += 1
        }
        tell("long wait") { plans in
            guard let i = last({ $0.start <= n - 16 && $0.start >= n - 49 }) else { return false }
            plans[i].arriveAt = max(plans[i].start - 15, n - 34)
            plans[i].roomNotBefore = n + random.int(2...8)
            return true
        }
        tell("in a room", times: 2) { plans in
            guard let i = first({ $0.start >= n - 15 && $0.start <= n + 5 }) else { return false }
            let arrival = plans[i].start - random.int(10...15)
            plans[i].arriveAt = arrival
            plans[i].roomAt = max(arrival + 3, n - random.int(2...6))
            plans[i].seeNotBefore = n + random.int(3...9)
            return true
        }
        tell("late arrival") { plans in
            guard let i = last({ $0.start <= n - 11 && $0.start >= n - 60 }) else { return false }
            plans[i].lateBy = random.int(10...min(14, n - plans[i].start))
            return true
        }
        tell("left without visit") { plans in
            guard let i = last({ $0.start <= n - 90 }) else { return false }
            plans[i].outcome = .leftWithoutVisit
            return true
        }
        tell("no-show", times: 2) { plans in
            guard let i = last({ $0.start <= n - 25 }) else { return false }
            plans[i].outcome = .noShow
            return true
        }
        tell("cancelled yesterday") { plans in
            guard let i = first({ $0.start >= n + 60 }) else { return false }
            plans[i].outcome = .cancelled(
                reason: "rescheduled by patient", at: max(plans[i].bookedAt + 60, -1440 + 840))
            return true
        }
        tell("late cancel") { plans in
            // Under 24 hours' notice: phoned in this morning.
            guard let i = first({ $0.start >= n + 20 }) else { return false }
            plans[i].outcome = .cancelled(
                reason: "work conflict", at: max(plans[i].bookedAt + 5, min(n - 25, plans[i].start - 30)))
            return true
        }
        tell("overbook") { plans in
            // A sick patient squeezed in on top of a booked visit, booked this morning.
            guard let i = first({ $0.start >= n + 30 }) ?? plans.indices.last else { return false }
            let reason = random.pick(["cough and fever", "sore throat", "ear pain"])
            plans.insert(
                PlannedVisit(
                    start: plans[i].start, minutes: 15, type: .sick, reason: reason,
                    patient: established[picker.next()], overbooked: true,
                    bookedAt: min(485, n - 10)), at: i + 1)
            return true
        }
    }
}

/// Draws distinct patients for one day: a random walk with a stride coprime to the panel size visits every
/// patient once before repeating, so nobody is double-booked and no set lookup is needed.
struct PatientPicker {
    private let count: Int
    private let stride: Int
    private var position: Int

    init(count: Int, random: inout DemoRandom) {
        self.count = max(1, count)
        position = random.index(self.count)
        var candidate = random.int(1...max(1, self.count - 1))
        while PatientPicker.gcd(candidate, self.count) != 1 { candidate += 1 }
        stride = candidate
    }

    mutating func next() -> Int {
        position = (position + stride) % count
        return position
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
