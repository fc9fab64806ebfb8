import ClinicDomain
import Foundation

/// Rules every generated practice must keep, whatever the seed and the clock. Returns the broken ones, readable.
enum DemoInvariants {
    static func problems(_ practice: Practice, now: Date) -> [String] {
        var found: [String] = []
        let clock = practice.clock
        let today = clock.day(of: now)
        let shiftsByKey = Dictionary(grouping: practice.shifts.values) { "\($0.staff)|\($0.day)" }
        for a in practice.appointments.values {
            let start = clock.instant(a.day, a.start)
            let times = a.history.map(\.at)
            if times != times.sorted() { found.append("\(a.id): history out of order") }
            if let last = times.last, last > now { found.append("\(a.id): stamp after now") }
            if a.history.last?.status != a.status && !(a.history.isEmpty && a.status == .scheduled) {
                found.append("\(a.id): status \(a.status) but last stamp \(String(describing: a.history.last?.status))")
            }
            if a.history.first?.status != .scheduled { found.append("\(a.id): history does not begin with booking") }
            if let arrived = a.enteredAt(.arrived), !a.arrivedLate, start.timeIntervalSince(arrived) > 15 * 60 {
                found.append("\(a.id): arrived more than 15 minutes early")
            }
            if a.status == .checkedOut, let out = a.enteredAt(.checkedOut), out <= start {
                found.append("\(a.id): checked out before its start")
            }
            if a.status == .noShow, let marked = a.enteredAt(.noShow), marked < start {
                found.append("\(a.id): no-show marked before the start")
            }
            if (a.status == .roomed || a.status == .withProvider) != (a.room != nil) {
                found.append("\(a.id): room \(a.room ?? "nil") with status \(a.status)")
            }
            if a.status == .cancelled && a.cancelReason == nil { found.append("\(a.id): cancelled without reason") }
            if a.day > today && !(a.status.isUpcoming || a.status == .cancelled) {
                found.append("\(a.id): future day but \(a.status)")
            }
            if a.copayCollected > a.copayDue { found.append("\(a.id): collected more than due") }
            if a.insuranceVerifiedAt.map({ $0 > now }) == true { found.append("\(a.id): verified in the future") }
            let shifts = shiftsByKey["\(a.provider)|\(a.day)"] ?? []
            if !shifts.contains(where: { $0.covers(from: a.start, to: a.end) }) {
                found.append("\(a.id): \(a.day) \(a.start)–\(a.end) outside \(a.provider)'s shift")
            }
            if let away = practice.timeOff(for: a.provider, on: a.day), away.kind != .sick {
                found.append("\(a.id): provider on \(away.kind) leave")
            }
            if a.holdsSlot, let provider = practice.staff[a.provider],
                let licence = practice.lapsedLicence(of: provider, on: a.day)
            {
                found.append("\(a.id): booked with \(a.provider), whose \(licence.title) lapsed \(licence.expires)")
            }
        }
        for day in Set(practice.appointments.values.map(\.day)) {
            let booked = practice.appointments(on: day).filter(\.holdsSlot)
            for (provider, visits) in Dictionary(grouping: booked, by: \.provider) {
                for (x, y) in zip(visits, visits.dropFirst()) where y.start < x.end && !(x.overbooked || y.overbooked) {
                    found.append("\(provider) double-booked \(x.id)/\(y.id) on \(day)")
                }
            }
            let inRooms = booked.filter { $0.status == .roomed || $0.status == .withProvider }.compactMap(\.room)
            if Set(inRooms).count != inRooms.count { found.append("two patients in one room on \(day)") }
            if !inRooms.allSatisfy(practice.settings.rooms.contains) { found.append("unknown room on \(day)") }
            let patients = practice.appointments(on: day).map(\.patient)
            if Set(patients).count != patients.count { found.append("a patient booked twice on \(day)") }
        }
        for c in practice.claims.values {
            let times = c.history.map(\.at)
            if times != times.sorted() || (times.last.map { $0 > now } ?? true) {
                found.append("\(c.id): bad history times")
            }
            if c.history.last?.status != c.status { found.append("\(c.id): last stamp is not \(c.status)") }
            if !c.diagnoses.allSatisfy(MedicalCodes.isValidICD10) || c.diagnoses.isEmpty {
                found.append("\(c.id): ICD \(c.diagnoses)")
            }
            if !c.lines.allSatisfy({
                MedicalCodes.isValidProcedure($0.code) && $0.modifiers.allSatisfy(MedicalCodes.isValidModifier)
                    && $0.charge > .zero
            }) {
                found.append("\(c.id): service lines \(c.lines.map(\.code))")
            }
            if c.paid + c.adjusted > c.billed { found.append("\(c.id): paid and adjusted exceed billed") }
            if c.money.insuranceBalance < .zero { found.append("\(c.id): a credit of \(-c.money.insuranceBalance)") }
            if [.denied, .appealed].contains(c.status) && c.denial == nil {
                found.append("\(c.id): \(c.status) without a denial")
            }
            if c.dateOfService > today { found.append("\(c.id): date of service in the future") }
            if practice.payers[c.payer]?.kind == .selfPay && c.status != .draft {
                found.append("\(c.id): a self-pay bill sent to a payer (\(c.status))")
            }
            if let appointment = c.appointment, practice.appointments[appointment]?.status != .checkedOut {
                found.append("\(c.id): for \(appointment), which was not seen")
            }
        }
        for t in practice.tasks.values {
            if t.createdAt > now || (t.doneAt.map { $0 > now || $0 < t.createdAt } ?? false) {
                found.append("\(t.id): bad times")
            }
            if (t.column == .done) != (t.doneAt != nil) { found.append("\(t.id): doneAt does not match column") }
        }
        for (column, limit) in practice.settings.wipLimits {
            let count = practice.tasks.values.filter { $0.column == column }.count
            if count > limit { found.append("\(column) holds \(count) > WIP \(limit)") }
        }
        for r in practice.timeOff.values where r.requestedAt > now { found.append("\(r.id): requested in the future") }
        for s in practice.staff.values {
            if s.isProvider != (s.npi.map(MedicalCodes.isValidNPI) ?? false) {
                found.append("\(s.id): NPI \(s.npi ?? "nil")")
            }
        }
        found += staffingProblems(practice, now: now)
        found += fieldProblems(practice, today: today)
        return found
    }

    /// Templates, caps, shifts with their breaks and punches (issue 11).
    static func staffingProblems(_ practice: Practice, now: Date) -> [String] {
        var found: [String] = []
        let clock = practice.clock
        let today = clock.day(of: now)
        for s in practice.staff.values where s.active {
            if s.template.isEmpty { found.append("\(s.id): no weekly template") }
            if let cap = s.weeklyHours {
                let planned = s.template.reduce(0) { $0 + $1.end.minutes - $1.start.minutes - $1.breakMinutes }
                if planned > cap * 60 { found.append("\(s.id): template \(planned / 60) h over the \(cap) h cap") }
            }
            if let left = practice.vacationDaysLeft(s.id, year: today.year), left < 0 {
                found.append("\(s.id): \(-left) vacation days over the allowance")
            }
            for entry in s.template {
                if let start = entry.breakStart,
                    !(entry.start < start && start.minutes + entry.breakMinutes < entry.end.minutes)
                {
                    found.append("\(s.id): template break outside weekday \(entry.weekday)'s hours")
                }
            }
        }
        for shift in practice.shifts.values {
            if let start = shift.breakStart, let end = shift.breakEnd, !(shift.start < start && end < shift.end) {
                found.append("\(shift.id): break outside the shift")
            }
            if let member = practice.staff[shift.staff], member.templateSkips.contains(shift.day) {
                found.append("\(shift.id): on a template exception of \(shift.staff)")
            }
            guard let clockedIn = shift.clockedIn else {
                if shift.clockedOut != nil || !shift.breaks.isEmpty { found.append("\(shift.id): punches without in") }
                continue
            }
            var times = [clockedIn]
            for punch in shift.breaks { times += [punch.start] + (punch.end.map { [$0] } ?? []) }
            if let out = shift.clockedOut { times.append(out) }
            if times != times.sorted() { found.append("\(shift.id): punches out of order") }
            if times.contains(where: { $0 > now }) { found.append("\(shift.id): a punch after now") }
            if shift.breaks.dropLast().contains(where: { $0.end == nil }) { found.append("\(shift.id): open break") }
            if shift.clockedOut != nil && shift.breaks.contains(where: { $0.end == nil }) {
                found.append("\(shift.id): out while on a break")
            }
            let start = clock.instant(shift.day, shift.start)
            if abs(clockedIn.timeIntervalSince(start)) > 15 * 60 { found.append("\(shift.id): clocked in far off") }
            if practice.timeOff(for: shift.staff, on: shift.day)?.kind == .sick {
                found.append("\(shift.id): punched on a sick day")
            }
        }
        return found
    }

    /// What a person types in must keep the field contracts the commands enforce (issue 9).
    static func fieldProblems(_ practice: Practice, today: LocalDate) -> [String] {
        var found: [String] = []
        func check(_ value: String, _ contract: FieldContract, _ row: String) {
            do { _ = try contract.check(value) } catch { found.append("\(row): \(error)") }
        }
        for p in practice.patients.values {
            check(p.givenName, .givenName, "\(p.id)")
            check(p.familyName, .familyName, "\(p.id)")
            check(p.phone, .phone, "\(p.id)")
            check(p.memberID, .memberID, "\(p.id)")
            do { try DateWindow.birthDate.check(p.birthDate, today: today) } catch { found.append("\(p.id): \(error)") }
        }
        for a in practice.appointments.values { check(a.reason, .visitReason, "\(a.id)") }
        for t in practice.tasks.values {
            check(t.title, .taskTitle, "\(t.id)")
            for label in t.labels { check(label, .taskLabel, "\(t.id)") }
        }
        for r in practice.timeOff.values { check(r.note, .timeOffNote, "\(r.id)") }
        return found
    }
}
