import ClinicDomain
import Foundation
import PropertyBased
import Testing
import TestSupport

@testable import ClinicStore

/// A property, checked on generated command sequences against the demo practice: whatever the rules accept survives
/// the journal and the export unchanged — each event decodes from its record payload equal to itself, and replaying
/// the decoded events gives a practice whose export equals the one the commands built. (The fuzzer checks the
/// other side: what is malformed is refused, never a crash.) PropertyBased draws the sequences — one 64-bit word per
/// step, from which the step's command is picked — and on a failure shrinks the sequence (fewer, smaller steps) and
/// prints the seed that replays it (`@Test(.fixedSeed("…"))`).
@Suite struct AcceptedCommandRoundTripTests {
    static let steps = Gen.uint64(in: 0 ... .max).array(of: 40...300)

    @Test func acceptedCommandsRoundTripThroughTheJournalAndTheExport() async {
        await propertyCheck(count: 12, input: Self.steps) { steps in
            try Self.checkRoundTrip(steps)
        }
    }

    /// The same property on fixed sequences, so one run of the suite always covers a known few hundred commands.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func aFixedSequenceRoundTrips(seed: UInt64) throws {
        var random = SplitMix(seed: seed)
        let steps = (0..<400).map { _ in random.next() }
        let accepted = try Self.checkRoundTrip(steps)
        #expect(accepted >= 60, "the generator should produce mostly acceptable commands (\(accepted) of 400)")
    }

    /// Runs the steps' commands on the small demo; returns how many the rules accepted.
    @discardableResult
    static func checkRoundTrip(_ steps: [UInt64]) throws -> Int {
        let start = Fixture.smallDemo
        var built = start
        var replayed = start
        var accepted = 0
        for (step, word) in steps.enumerated() {
            var random = SplitMix(seed: word)
            let line = Self.randomCommand(&random, practice: built)
            guard let command = try? CommandLanguage.parse(line, today: Fixture.today) else { continue }
            let now = Fixture.now.addingTimeInterval(Double(step * 20))
            guard let events = try? built.execute(command, actor: Self.pick(Self.actors, &random), now: now) else {
                continue
            }
            accepted += 1
            for event in events {
                let decoded = try CheckedDecoders.event(fromPayload: CheckedDecoders.payload(of: event), binary: true)
                #expect(decoded == event, "\(line): \(event.change)")
                replayed.apply(decoded)
            }
        }
        #expect(try PracticeJSON.bytes(replayed) == PracticeJSON.bytes(built))
        // And the snapshot encoding: a body of the built practice decodes to the same export.
        let body = try CheckedDecoders.snapshotBody(of: built)
        #expect(try PracticeJSON.bytes(CheckedDecoders.practice(fromSnapshotBody: body)) == PracticeJSON.bytes(built))
        return accepted
    }

    static let actors = ["ana", "Joe M.", "Renée", "王小明"]
    static let texts = ["patient called", "Renée \"Ré\" O'Brien", "王小明 follow-up", "👩🏽‍⚕️ visit", "Zoë Ångström", "x"]
    static let names = ["Ana", "Renée", "José", "Zoë", "Ngọc", "Siobhán", "王", "Kowalski-Nowak"]
    static let columns = ["backlog", "today", "doing", "waiting", "done"]
    static let amounts = ["5", "12.50", "40", "1,250.00", "0.01"]

    static func pick<T>(_ list: [T], _ random: inout SplitMix) -> T { list[Int(random.next() % UInt64(list.count))] }

    static func randomCommand(_ random: inout SplitMix, practice: Practice) -> String {
        let appointment = "A-\(1 + Int(random.next() % UInt64(max(1, practice.appointments.count))))"
        let task = "T-\(1 + Int(random.next() % UInt64(max(1, practice.tasks.count))))"
        let claim = "C-\(1 + Int(random.next() % UInt64(max(1, practice.claims.count))))"
        let staff = "S-\(1 + Int(random.next() % UInt64(max(1, practice.staff.count))))"
        let patient = "P-\(1 + Int(random.next() % UInt64(max(1, practice.patients.count))))"
        let day = Fixture.today.adding(days: Int(random.next() % 10))
        let time = "\(8 + Int(random.next() % 9)):\(pick(["00", "20", "40"], &random))"
        let text = pick(texts, &random)
        if random.next() % 2 == 0 { return staffingCommand(&random, practice: practice) }
        switch random.next() % 16 {
        case 0: return "appt checkin \(appointment)"
        case 1: return "appt room \(appointment)"
        case 2: return "appt see \(appointment)"
        case 3: return "appt checkout \(appointment)"
        case 4: return "appt cancel \(appointment) --reason \"\(text)\""
        case 5: return "appt copay \(appointment) \(pick(amounts, &random))"
        case 6: return "appt verify \(appointment)"
        case 7: return "appt book --patient \(patient) --provider \(staff) --at \"\(day) \(time)\" --reason \"\(text)\""
        case 8: return "task add \"\(text)\" --column \(pick(columns, &random))"
        case 9: return "task move \(task) \(pick(columns, &random))"
        case 10: return "task assign \(task) \(staff)"
        case 11: return "task done \(task)"
        case 12:
            return "patient add --given \"\(pick(names, &random))\" --family \"\(pick(names, &random))\" "
                + "--dob 19\(50 + Int(random.next() % 50))-0\(1 + Int(random.next() % 9))-1\(Int(random.next() % 9)) "
                + "--phone 555-01\(10 + Int(random.next() % 89))"
        case 13: return "claim followup \(claim) \(day)"
        case 14: return "claim submit \(claim)"
        default: return "staff sick \(staff) \(day)"
        }
    }

    static let roles = ["ma", "receptionist", "nurse", "np", "physician", "manager"]
    static let weekdays = ["mon-fri", "mon", "tue,thu", "sat", "sun"]
    static let credentialKinds = ["licence", "dea", "bls", "acls", "hipaa", "board"]

    /// The staffing verbs: time off, shifts (overnight ones too), the time clock, templates, copying a week, staff
    /// records, credentials and coverage rules.
    static func staffingCommand(_ random: inout SplitMix, practice: Practice) -> String {
        func number(_ below: Int) -> Int { 1 + Int(random.next() % UInt64(max(1, below))) }
        let staff = "S-\(number(practice.nextID(Staff.self).number))"
        let shift = "SH-\(number(practice.nextID(Shift.self).number))"
        let other = "SH-\(number(practice.nextID(Shift.self).number))"
        let request = "R-\(number(practice.nextID(TimeOff.self).number))"
        let day = Fixture.today.adding(days: Int(random.next() % 21) - 7)
        let until = day.adding(days: Int(random.next() % 4))
        let start = pick(["07:00", "08:00", "08:30", "12:00", "13:00", "22:00"], &random)
        let end = pick(["12:00", "16:30", "17:00", "19:00", "06:00", "02:30"], &random)
        let expires = Fixture.today.adding(days: Int(random.next() % 800) - 100)
        let text = pick(texts, &random)
        switch random.next() % 24 {
        case 0:
            // Someone on the clock, so breaks and clocking out get accepted too.
            let working = practice.shifts.values.filter { $0.clockedIn != nil && $0.clockedOut == nil }
            let who = working.isEmpty ? staff : pick(working, &random).staff.description
            return "staff \(pick(["break", "back", "out", "out"], &random)) \(who)"
        case 1: return "staff in \(staff)"
        case 2:
            return "pto request \(staff) \(day) \(until) --type \(pick(["vacation", "training", "unpaid"], &random))"
                + " --note \"\(text)\""
        case 3: return "pto approve \(request)" + (random.next() % 2 == 0 ? " --override" : "")
        case 4: return "pto deny \(request)" + (random.next() % 2 == 0 ? " --reason \"\(text)\"" : "")
        case 5: return "shift add \(staff) \(day) \(start) \(end)"
        case 6: return "shift add \(staff) \(day) 08:00 17:00 --break 12:00+30 --role \(pick(roles, &random))"
        case 7:
            return "shift edit \(shift) "
                + pick(["--start 09:00", "--end 17:30", "--break 12:30+30", "--break none", "--role ma"], &random)
        case 8: return "shift remove \(shift)"
        case 9:
            // Mostly two unpunched shifts of one role, so the swap has a chance.
            let open = practice.shifts.values.filter { $0.clockedIn == nil }
            guard !open.isEmpty, random.next() % 4 != 0 else { return "shift swap \(shift) \(other)" }
            let first = pick(open, &random)
            let partners = open.filter { $0.role == first.role && $0.staff != first.staff }
            guard !partners.isEmpty else { return "shift swap \(shift) \(other)" }
            return "shift swap \(first.id) \(pick(partners, &random).id)"
        case 10:
            return "shift template \(staff) \(pick(weekdays, &random)) \(start) \(end)"
                + (random.next() % 2 == 0 ? " --break 12:00+30" : "")
        case 11: return "shift template \(staff) \(pick(weekdays, &random)) off"
        case 12: return "shift except \(staff) \(day)" + (random.next() % 3 == 0 ? " --remove" : "")
        case 13: return "shift fill \(day)" + (random.next() % 2 == 0 ? " --staff \(staff)" : "")
        case 14: return "shift copy \(day) \(day.adding(days: 7))"
        case 15:
            return "staff add --given \"\(pick(names, &random))\" --family \"\(pick(names, &random))\" --role "
                + "\(pick(roles, &random)) --hours \(number(60)) --vacation-days \(number(25))"
        case 16:
            return "staff edit \(staff) "
                + pick(["--hours 30", "--hours none", "--vacation-days 12", "--given Zoë", "--role ma"], &random)
        case 17: return "staff \(pick(["deactivate", "reactivate"], &random)) \(staff)"
        case 18:
            return "credential set \(staff) \(pick(credentialKinds, &random)) --expires \(expires)"
                + " --number A-\(number(999)) --state \(pick(["NY", "NJ"], &random))"
        case 19: return "credential renew \(staff) \(pick(credentialKinds, &random)) --expires \(expires)"
        case 20: return "credential \(pick(["set", "renew"], &random)) practice clia --expires \(expires)"
        case 21: return "credential remove \(staff) \(pick(credentialKinds, &random))"
        case 22:
            return pick(
                [
                    "coverage add \"front desk\" --roles receptionist --from 08:00 --to 17:00 --min 1",
                    "coverage ratio MA --roles ma --from 08:00 --to 17:00 --per-provider 0.5 --days mon-fri",
                    "coverage booked \"procedure nurse\" --roles nurse --from 08:00 --to 17:00 --visits procedure",
                    "coverage booked clinician --roles physician,np,nurse --from 07:00 --to 20:00 --visits any",
                ], &random)
        default: return "coverage remove \(number(practice.settings.coverage.count))"
        }
    }
}
