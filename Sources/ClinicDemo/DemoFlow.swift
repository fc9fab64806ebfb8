import ClinicDomain
import Foundation

/// Plays one provider's day out as the front office would — arrival, a wait, rooming, the provider, check-out —
/// then keeps only the steps that have happened by `now`. The status is whatever the last kept step says, so
/// flow states, rooms, waits and copays are consistent with the clock by construction.
extension DemoContext {
    private struct Step {
        let status: FlowStatus
        let minute: Int
        let actor: String
        var room: String? = nil
        var note: String? = nil
    }

    /// How far behind a provider runs at `start` today: the delay builds over the session up to `now`, then
    /// eases off. Pushing "seen" back (rather than lengthening visits) keeps it from vanishing in schedule gaps.
    private func delay(behind: Int, at start: Int, nowOnDay: Int) -> Int {
        guard behind > 0 else { return 0 }
        let sessionStart = nowOnDay >= 780 ? 780 : 480
        guard start >= sessionStart, nowOnDay > sessionStart, nowOnDay < 1020 else { return 0 }
        if start > nowOnDay { return max(0, behind - (start - nowOnDay) / 4) }
        return behind * (start - sessionStart) / (nowOnDay - sessionStart)
    }

    func playOut(
        _ plans: [PlannedVisit], day: LocalDate, duty: DutyRoster, provider: DemoMember, providerIndex: Int,
        behind: Int, random: inout DemoRandom, number: inout Int, into result: inout [Appointment]
    ) {
        let nowOnDay = nowMinute - today.days(until: day) * 1440
        let rooms = [String(providerIndex * 2 + 1), String(providerIndex * 2 + 2)]
        var free = provider.hours[day.weekday]?.start ?? 480
        var roomFree = [Int.min, Int.min]
        var roomTurn = 0
        var lastSeen = Int.min
        for plan in plans {
            number += 1
            var steps = [
                Step(
                    status: .scheduled, minute: plan.bookedAt,
                    actor: plan.bookedAt % 7 == 0 ? "portal" : duty.anyone(.receptionist, seed: plan.bookedAt),
                    note: plan.overbooked ? "overbooked" : nil)
            ]
            // Reminder calls go out the afternoon before (Friday for Monday).
            let dayBefore = day.weekday == 1 ? -3 * 1440 : -1440
            let confirmAt = dayBefore + 600 + (plan.start * 7 + number) % 360
            if random.chance(0.72) && confirmAt > plan.bookedAt {
                steps.append(
                    Step(status: .confirmed, minute: confirmAt, actor: duty.anyone(.receptionist, seed: number)))
            }
            var roomUsed: String?
            var arrival: Int?
            switch plan.outcome {
            case .cancelled(let reason, let at):
                steps.append(
                    Step(
                        status: .cancelled, minute: max(at, steps[steps.count - 1].minute + 1),
                        actor: duty.anyone(.receptionist, seed: at), note: reason))
            case .noShow:
                steps.append(
                    Step(
                        status: .noShow, minute: plan.start + 15 + random.int(5...30),
                        actor: duty.onDuty(.receptionist, at: plan.start + 20, seed: number)))
            case .leftWithoutVisit:
                let a = plan.start - random.int(0...10)
                arrival = a
                steps.append(Step(status: .arrived, minute: a, actor: duty.onDuty(.receptionist, at: a, seed: number)))
                steps.append(
                    Step(
                        status: .leftWithoutVisit, minute: a + random.int(35...55),
                        actor: duty.onDuty(.receptionist, at: a + 40, seed: number), note: "could not wait"))
            case .seen:
                let a = plan.arriveAt ?? (plan.lateBy > 0 ? plan.start + plan.lateBy : plan.start - random.int(0...15))
                arrival = a
                let turn = roomTurn % 2
                roomTurn += 1
                let ready = plan.start + delay(behind: behind, at: plan.start, nowOnDay: nowOnDay)
                // The MA rooms the next patient once the previous one is in with the provider and a room is free.
                let usual = max(a + random.int(2...7), lastSeen + random.int(1...4), ready - random.int(3...8))
                let roomedAt = max(plan.roomAt ?? usual, roomFree[turn] + 1, plan.roomNotBefore)
                // Providers rarely start early, so no visit ends before its booked start.
                let seenAt = max(
                    roomedAt + random.int(2...6), free, ready, plan.seeNotBefore, plan.start - random.int(0...3))
                lastSeen = seenAt
                let out = seenAt + max(8, plan.minutes + random.int(-4...3))
                let checkout = out + random.int(1...4)
                roomFree[turn] = checkout
                free = out + random.int(0...2)
                roomUsed = rooms[turn]
                steps.append(
                    Step(
                        status: .arrived, minute: a, actor: duty.onDuty(.receptionist, at: a, seed: number),
                        note: plan.lateBy >= Practice.lateArrivalMinutes ? "late by \(plan.lateBy)m" : nil))
                steps.append(
                    Step(
                        status: .roomed, minute: roomedAt,
                        actor: duty.onDuty(.medicalAssistant, at: roomedAt, seed: number), room: rooms[turn]))
                steps.append(Step(status: .withProvider, minute: seenAt, actor: provider.username))
                steps.append(
                    Step(
                        status: .checkedOut, minute: checkout,
                        actor: duty.onDuty(.receptionist, at: checkout, seed: number)))
            }
            // Keep what has happened by now; later steps stay in the future.
            let happened = steps.prefix { $0.minute <= nowOnDay }
            let status = happened.last?.status ?? .scheduled
            let copay = practice.patients[plan.patient]?.copay ?? .zero
            let insured = practice.patients[plan.patient]?.payer.flatMap { practice.payers[$0] }?.kind != .selfPay
            let verifyAt =
                plan.bookedAt < dayBefore + 840 ? dayBefore + 840 + number % 120 : (arrival ?? plan.start) + 2
            let verified = insured && random.chance(0.93) && verifyAt <= nowOnDay
            let collectsAtArrival = random.chance(0.6)
            let collected =
                copay > .zero
                && (status == .checkedOut && random.chance(0.95)
                    || status.isInClinic && collectsAtArrival)
            var cancelReason: String?
            if case .cancelled(let reason, _) = plan.outcome, status == .cancelled { cancelReason = reason }
            result.append(
                Appointment(
                    id: AppointmentID(number), patient: plan.patient, provider: provider.id, day: day,
                    start: TimeOfDay(minutes: plan.start), minutes: plan.minutes, visitType: plan.type,
                    reason: plan.reason,
                    status: status, room: status == .roomed || status == .withProvider ? roomUsed : nil,
                    history: happened.map {
                        FlowStamp(
                            status: $0.status, at: instant(day, $0.minute), actor: $0.actor,
                            room: $0.room, note: $0.note)
                    },
                    insuranceVerifiedAt: verified ? instant(day, verifyAt) : nil, copayDue: copay,
                    copayCollected: collected ? copay : .zero,
                    arrivedLate: plan.lateBy >= Practice.lateArrivalMinutes && status != .scheduled
                        && status != .confirmed,
                    cancelReason: cancelReason, overbooked: plan.overbooked))
        }
    }
}

/// Who is on the floor on one day, by role, so each step is stamped by someone actually working then.
struct DutyRoster {
    private var byRole: [StaffRole: [(username: String, start: Int, end: Int)]] = [:]

    init(context: DemoContext, day: LocalDate) {
        for member in context.team {
            guard let hours = context.workingHours(member, on: day) else { continue }
            byRole[member.role, default: []].append((member.username, hours.start, hours.end))
        }
    }

    /// Someone in `role` working at `minute`; failing that anyone in the role; failing that the manager.
    /// Counts then indexes rather than filtering: this runs for half a million stamps in the large practice.
    func onDuty(_ role: StaffRole, at minute: Int, seed: Int) -> String {
        let people = byRole[role] ?? []
        let working = people.reduce(0) { $0 + ($1.start <= minute && minute < $1.end ? 1 : 0) }
        guard working > 0 else { return anyone(role, seed: seed) }
        var skip = abs(seed) % working
        for person in people where person.start <= minute && minute < person.end {
            if skip == 0 { return person.username }
            skip -= 1
        }
        return anyone(role, seed: seed)
    }

    func anyone(_ role: StaffRole, seed: Int) -> String {
        if let people = byRole[role], !people.isEmpty { return people[abs(seed) % people.count].username }
        return byRole[.manager]?.first?.username ?? "frontdesk"
    }
}
