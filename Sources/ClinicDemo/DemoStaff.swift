import Foundation
import ClinicDomain

/// The practice's people: providers with valid NPIs, front desk, clinical support, billing and management, each
/// with a weekly template (lunch breaks staggered so the desk stays staffed), an hours cap, a vacation allowance,
/// and credentials that expire (a few inside each warning window, so the alert strip has something to say).
extension DemoContext {
    /// One hand-written person: name, role, usual hours (minutes after midnight) on the weekdays they work, and
    /// when their lunch starts on a full day.
    private struct Person {
        let given: String, family: String, role: StaffRole
        var hours: [Int: (start: Int, end: Int)]
        var lunch: Int
        init(
            _ given: String, _ family: String, _ role: StaffRole, _ start: Int, _ end: Int, lunch: Int = 720,
            days: [Int] = [1, 2, 3, 4, 5]
        ) {
            self.given = given; self.family = family; self.role = role; self.lunch = lunch
            hours = Dictionary(uniqueKeysWithValues: days.map { ($0, (start, end)) })
        }

        /// The same person starting at `minute` on `weekday` (worked that day too).
        func starting(_ minute: Int, on weekday: Int) -> Person {
            var copy = self
            copy.hours[weekday] = (minute, hours.values.first?.end ?? 1020)
            return copy
        }
    }

    /// Maple Family Practice's team. Ana works mornings and Maya afternoons around full-time Joe, whose lunch is at
    /// 11:30 while Ana is still in, so Joe's sick call today leaves the front desk uncovered 12:00–13:00 — the gap
    /// the roster pane exists to show. Each MA works their provider's hours and takes lunch with them, so the MA
    /// per provider rule holds all day. Imani joined last (the fifth MA, for the fifth provider).
    private static let smallTeam: [Person] = [
        Person("Daniel", "Lee", .physician, 480, 1020),
        Person("Anjali", "Patel", .physician, 480, 1020),
        Person("Marcus", "Rivera", .physician, 480, 1020),
        Person("Grace", "Kim", .nursePractitioner, 480, 990, lunch: 750),
        Person("Tom", "Brennan", .physicianAssistant, 510, 1020),
        Person("Ana", "Rodriguez", .receptionist, 450, 720),
        Person("Joe", "Martin", .receptionist, 510, 1020, lunch: 690),
        Person("Maya", "Thompson", .receptionist, 780, 1050),
        Person("Priya", "Shah", .medicalAssistant, 480, 990, lunch: 750),
        Person("Luis", "Ortega", .medicalAssistant, 480, 1020),
        Person("Hannah", "Weiss", .medicalAssistant, 510, 1020),
        Person("DeShawn", "Carter", .medicalAssistant, 480, 1020),
        Person("Olivia", "Bennett", .nurse, 480, 1020),
        // Ben works Monday to Thursday, starting late on Mondays (the week's remittances come in overnight).
        Person("Ben", "Adler", .biller, 510, 1020, lunch: 750, days: [2, 3, 4]).starting(600, on: 1),
        Person("Carla", "Romano", .manager, 480, 1020, lunch: 780),
        Person("Imani", "Brooks", .medicalAssistant, 480, 1020),
    ]

    mutating func addStaff() {
        var random = self.random(1)
        var details = self.random(7)
        let people = size == .small ? Self.smallTeam : Self.largeTeam(scale: scale, random: &random)
        var usernames: Set<String> = []
        let holidays = weekdayHolidays()
        let state = practice.settings.billing?.state ?? "NY"
        for (offset, person) in people.enumerated() {
            let id = StaffID(offset + 1)
            let username = Self.username(given: person.given, family: person.family, taken: &usernames)
            let npi = person.role.isProvider ? Self.npi(random: &random) : nil
            let template = Self.template(person)
            let minutes = template.reduce(0) { $0 + $1.end.minutes - $1.start.minutes - $1.breakMinutes }
            // Full time is 40 hours; part-timers are capped at 32 or 24. Part-timers' leave is not tracked.
            let cap = minutes >= 35 * 60 ? 40 : minutes > 24 * 60 ? 32 : 24
            let vacation = cap <= 24 ? nil : person.role.isProvider ? 20 : details.int(15...20)
            let staff = Staff(
                id: id, givenName: person.given, familyName: person.family, role: person.role, npi: npi,
                credentials: credentials(for: person, state: state, random: &details), weeklyHours: cap,
                vacationDaysPerYear: vacation, template: template, templateSkips: holidays)
            practice.seed(staff: staff)
            team.append(
                DemoMember(
                    id: id, username: username, role: person.role, hours: person.hours, template: template,
                    skips: Set(holidays), vacationDays: vacation))
        }
        addKnownAbsence()
        makeSomeCredentialsExpireSoon()
        practice.settings.practiceCredentials = [
            Credential(kind: .clia, expires: today.adding(days: 82), number: "33D20\(87_000 + Int(seed % 1000))")
        ]
    }

    /// The weekly template of a person: each day they work, with lunch on a full day — 30 minutes, or an hour on a
    /// nine-hour day so the week stays at 40 paid hours (the providers' hour with no visits booked, 12:00–13:00).
    private static func template(_ person: Person) -> [TemplateShift] {
        person.hours.keys.sorted().compactMap { weekday in
            guard let hours = person.hours[weekday] else { return nil }
            let span = hours.end - hours.start
            let minutes = span >= 540 ? 60 : span >= 360 ? 30 : 0
            let lunch = minutes == 0 ? nil : TimeOfDay(minutes: max(person.lunch, hours.start + 150))
            return TemplateShift(
                weekday: weekday, start: TimeOfDay(minutes: hours.start), end: TimeOfDay(minutes: hours.end),
                breakStart: lunch, breakMinutes: minutes)
        }
    }

    /// Clinic holidays from this week through the end of the window: every template's exceptions. Today never is
    /// one (the demo opens on a weekday whatever the calendar says).
    private func weekdayHolidays() -> [LocalDate] {
        var days: [LocalDate] = []
        var day = monday(of: today)
        while day <= lastDay {
            if !day.isWeekend && day != today && DemoHolidays.isClosed(day) { days.append(day) }
            day = day.adding(days: 1)
        }
        return days
    }

    /// A known absence kept as a template exception, not as leave: the first receptionist does not work this
    /// Friday (next Friday when today is one or later), so Joe's 11:30 lunch leaves the desk empty that day — the
    /// one week-ahead gap the roster shows.
    private mutating func addKnownAbsence() {
        guard let receptionist = members(.receptionist).first else { return }
        let friday = monday(of: today).adding(days: 4)
        let day = friday > today ? friday : friday.adding(days: 7)
        practice.staff.modify(receptionist.id) { member in
            member.templateSkips = (member.templateSkips + [day]).sorted()
        }
        if let index = team.firstIndex(where: { $0.id == receptionist.id }) { team[index].skips.insert(day) }
    }

    /// "ana", then "ana.r" if another Ana already has "ana": one login per person (HIPAA: no shared logins).
    private static func username(given: String, family: String, taken: inout Set<String>) -> String {
        let base = ascii(given)
        var candidate = base
        var suffix = ascii(family)
        var counter = 1
        while taken.contains(candidate) {
            candidate = suffix.isEmpty ? "\(base)\(counter)" : "\(base).\(suffix.prefix(counter))"
            if counter > suffix.count { suffix = ""; candidate = "\(base)\(counter)" }
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }

    /// Lowercase ASCII letters only ("Zoë" → "zoe", "Min-jun" → "minjun") so logins are easy to type.
    private static func ascii(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return String(folded.unicodeScalars.filter { ("a"..."z").contains($0) }.map(Character.init))
    }

    /// A valid NPI: 1 + 8 random digits, then the Luhn check digit over "80840" + those 9 digits.
    static func npi(random: inout DemoRandom) -> String {
        var digits = [1] + (0..<8).map { _ in random.int(0...9) }
        let payload = [8, 0, 8, 4, 0] + digits
        var sum = 0
        for (offset, digit) in payload.reversed().enumerated() {
            var d = digit
            if offset % 2 == 0 { d *= 2; if d > 9 { d -= 9 } }
            sum += d
        }
        digits.append((10 - sum % 10) % 10)
        return digits.map(String.init).joined()
    }

    /// A DEA number: the registrant letter (F practitioner, M mid-level), the family name's initial, six digits
    /// and the check digit (odd positions + twice the even ones, last digit).
    static func dea(mid: Bool, family: String, random: inout DemoRandom) -> String {
        let digits = (0..<6).map { _ in random.int(0...9) }
        let check = (digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5])) % 10
        let initial = ascii(family).first.map { String($0).uppercased() } ?? "X"
        return (mid ? "M" : "F") + initial + (digits + [check]).map(String.init).joined()
    }

    private static func digits(_ count: Int, random: inout DemoRandom) -> String {
        String(random.int(1...9)) + (1..<count).map { _ in String(random.int(0...9)) }.joined()
    }

    /// Credentials by role: providers a state licence, DEA, board, BLS or ACLS, malpractice and CAQH; nurses their
    /// licence and BLS; MAs their certification and BLS or CPR; everyone HIPAA and OSHA training, renewed yearly.
    /// Dates fall outside the warning windows; `makeSomeCredentialsExpireSoon` then moves a few inside.
    private func credentials(for person: Person, state: String, random: inout DemoRandom) -> [Credential] {
        func later() -> LocalDate { today.adding(days: random.int(120...900)) }
        func yearly() -> LocalDate { today.adding(days: random.int(100...365)) }
        var found: [Credential] = []
        switch person.role {
        case .physician, .nursePractitioner, .physicianAssistant:
            let board =
                person.role == .physician
                ? "ABFM board certification"
                : person.role == .nursePractitioner ? "AANP certification" : "NCCPA certification"
            found = [
                Credential(
                    kind: .licence, expires: later(), number: Self.digits(6, random: &random), state: state,
                    name: person.role == .physician ? "Medical licence" : nil),
                Credential(
                    kind: .dea, expires: later(),
                    number: Self.dea(mid: person.role != .physician, family: person.family, random: &random),
                    state: state),
                Credential(kind: .board, expires: later(), name: board),
                Credential(kind: person.role == .physician ? .acls : .bls, expires: later()),
                Credential(
                    kind: .malpractice, expires: later(), number: "MLM-" + Self.digits(7, random: &random)),
                Credential(kind: .caqh, expires: later(), number: Self.digits(8, random: &random)),
            ]
        case .nurse:
            found = [
                Credential(
                    kind: .licence, expires: later(), number: Self.digits(6, random: &random), state: state,
                    name: "RN licence"),
                Credential(kind: .bls, expires: later()),
            ]
        case .medicalAssistant:
            found = [
                Credential(
                    kind: .other, expires: later(), number: Self.digits(6, random: &random), name: "CMA certification"),
                Credential(kind: random.chance(0.6) ? .bls : .cpr, expires: later()),
            ]
        case .receptionist, .biller, .manager:
            break
        }
        return found + [Credential(kind: .hipaa, expires: yearly()), Credential(kind: .osha, expires: yearly())]
    }

    /// The alert strip: inside 30 days, the first MA's BLS or CPR (9 days), the third provider's DEA (24) and the
    /// first receptionist's HIPAA training (18); inside 60, the nurse's licence (45); inside 90, the first
    /// provider's malpractice cover (75). The sick receptionist's HIPAA training lapsed 3 days ago — expired, but
    /// not a provider's licence, so booking is never refused.
    private mutating func makeSomeCredentialsExpireSoon() {
        let providers = self.providers, receptionists = members(.receptionist)
        let soon: [(member: DemoMember?, kinds: [CredentialKind], days: Int)] = [
            (members(.medicalAssistant).first, [.bls, .cpr], 9),
            (providers.count > 2 ? providers[2] : providers.last, [.dea], 24),
            (receptionists.first, [.hipaa], 18),
            (receptionists.count > 1 ? receptionists[1] : nil, [.hipaa], -3),
            (members(.nurse).first, [.licence], 45),
            (providers.first, [.malpractice], 75),
        ]
        for item in soon {
            guard let member = item.member else { continue }
            practice.staff.modify(member.id) { staff in
                if let index = staff.credentials.firstIndex(where: { item.kinds.contains($0.kind) }) {
                    staff.credentials[index].expires = today.adding(days: item.days)
                }
            }
        }
    }

    /// The large practice: names drawn from the pools, hours staggered so every role covers 8–17, lunches
    /// staggered 11:30–13:00. Each MA works the hours of the provider they assist (short Friday included) and
    /// lunches with them, so the MA per provider rule holds whenever both are in; two float MAs cover absences.
    private static func largeTeam(scale: DemoScale, random: inout DemoRandom) -> [Person] {
        let plan: [(StaffRole, Int)] = [
            (.physician, scale.physicians), (.nursePractitioner, scale.nursePractitioners),
            (.physicianAssistant, scale.physicianAssistants), (.receptionist, scale.receptionists),
            (.medicalAssistant, scale.medicalAssistants), (.nurse, scale.nurses), (.biller, scale.billers),
            (.manager, scale.managers),
        ]
        let starts = [450, 480, 480, 510, 540]
        let lunches = [690, 720, 750, 780]
        var people: [Person] = []
        var providers: [Person] = []
        for (role, count) in plan {
            for index in 0..<count {
                let given = random.pick(DemoNames.givenNames)
                let family = random.pick(DemoNames.familyNames)
                if role.isProvider {
                    let start = providers.count % 4 == 3 ? 510 : 480, end = providers.count % 5 == 4 ? 990 : 1020
                    var person = Person(given, family, role, start, end, lunch: providers.count % 2 == 0 ? 720 : 750)
                    // Some keep a short Friday, as real rosters do.
                    if random.chance(0.2) { person.hours[5] = (start, 780) }
                    if end - start >= 540 { person.lunch = 720 }
                    providers.append(person)
                    people.append(person)
                } else if role == .medicalAssistant && index < providers.count {
                    var person = Person(given, family, role, 0, 0, lunch: providers[index].lunch)
                    person.hours = providers[index].hours
                    people.append(person)
                } else if role == .medicalAssistant {
                    // Floats, for the MA out sick or on leave.
                    let start = 480 + 30 * (index % 2)
                    people.append(
                        Person(given, family, role, start, start + 510, lunch: lunches[index % lunches.count]))
                } else {
                    let start = starts[index % starts.count]
                    var person = Person(given, family, role, start, start + 510, lunch: lunches[index % lunches.count])
                    if role != .receptionist && random.chance(0.2) { person.hours[5] = (start, min(start + 510, 780)) }
                    people.append(person)
                }
            }
        }
        return people
    }
}
