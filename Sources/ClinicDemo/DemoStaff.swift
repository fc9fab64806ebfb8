import Foundation
import ClinicDomain

/// The practice's people: providers with valid NPIs, front desk, clinical support, billing and management,
/// each with credentials that expire (some soon, so the alert strip has something to say).
extension DemoContext {
    /// One hand-written person: name, role, usual hours (minutes after midnight, Mon–Fri).
    private struct Person {
        let given: String, family: String, role: StaffRole, start: Int, end: Int
        init(_ given: String, _ family: String, _ role: StaffRole, _ start: Int, _ end: Int) {
            self.given = given; self.family = family; self.role = role; self.start = start; self.end = end
        }
    }

    /// Maple Family Practice's team. Ana works mornings and Maya afternoons around full-time Joe, so Joe's sick
    /// call today leaves the front desk uncovered over lunch — the gap the roster pane exists to show.
    private static let smallTeam: [Person] = [
        Person("Daniel", "Lee", .physician, 480, 1020),
        Person("Anjali", "Patel", .physician, 480, 1020),
        Person("Marcus", "Rivera", .physician, 480, 1020),
        Person("Grace", "Kim", .nursePractitioner, 480, 990),
        Person("Tom", "Brennan", .physicianAssistant, 510, 1020),
        Person("Ana", "Rodriguez", .receptionist, 450, 720),
        Person("Joe", "Martin", .receptionist, 480, 1020),
        Person("Maya", "Thompson", .receptionist, 780, 1050),
        Person("Priya", "Shah", .medicalAssistant, 480, 990),
        Person("Luis", "Ortega", .medicalAssistant, 450, 960),
        Person("Hannah", "Weiss", .medicalAssistant, 510, 1020),
        Person("DeShawn", "Carter", .medicalAssistant, 540, 1050),
        Person("Olivia", "Bennett", .nurse, 480, 990),
        Person("Ben", "Adler", .biller, 510, 1020),
        Person("Carla", "Romano", .manager, 480, 1020),
    ]

    mutating func addStaff() {
        var random = self.random(1)
        let people = size == .small ? Self.smallTeam : Self.largeTeam(scale: scale, random: &random)
        var usernames: Set<String> = []
        for (offset, person) in people.enumerated() {
            let id = StaffID(offset + 1)
            let username = Self.username(given: person.given, family: person.family, taken: &usernames)
            let npi = person.role.isProvider ? Self.npi(random: &random) : nil
            let staff = Staff(
                id: id, givenName: person.given, familyName: person.family, role: person.role, npi: npi,
                credentials: credentials(for: person.role, random: &random))
            practice.seed(staff: staff)
            var hours: [Int: (start: Int, end: Int)] = [:]
            for weekday in 1...5 { hours[weekday] = (person.start, person.end) }
            // Large practice: some people keep a short Friday, as real rosters do.
            if size == .large && person.role != .receptionist && random.chance(0.2) {
                hours[5] = (person.start, min(person.end, 780))
            }
            team.append(DemoMember(id: id, username: username, role: person.role, hours: hours))
        }
        if size == .small { makeSomeCredentialsExpireSoon() }
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

    private func credentials(for role: StaffRole, random: inout DemoRandom) -> [Credential] {
        let names: [String]
        switch role {
        case .physician: names = ["NY medical licence", "DEA registration", "BLS", "HIPAA training"]
        case .nursePractitioner: names = ["NY NP certificate", "DEA registration", "BLS", "HIPAA training"]
        case .physicianAssistant:
            names = ["NY PA licence", "NCCPA certification", "DEA registration", "BLS", "HIPAA training"]
        case .nurse: names = ["NY RN licence", "BLS", "HIPAA training"]
        case .medicalAssistant: names = ["CMA certification", "BLS", "HIPAA training"]
        case .receptionist, .biller, .manager: names = ["HIPAA training"]
        }
        return names.map { Credential(name: $0, expires: today.adding(days: random.int(45...730))) }
    }

    /// The small practice's alert strip: BLS for Priya in 9 days, DEA for Dr Rivera in 24, Ana's HIPAA training
    /// in 18, and Joe's HIPAA training already lapsed.
    private mutating func makeSomeCredentialsExpireSoon() {
        let soon: [(staff: Int, credential: String, days: Int)] = [
            (9, "BLS", 9), (3, "DEA registration", 24), (6, "HIPAA training", 18), (7, "HIPAA training", -3),
        ]
        for item in soon {
            practice.staff.modify(StaffID(item.staff)) { member in
                if let index = member.credentials.firstIndex(where: { $0.name == item.credential }) {
                    member.credentials[index].expires = today.adding(days: item.days)
                }
            }
        }
    }

    /// The large practice: names drawn from the pools, hours staggered so every role covers 8–17.
    private static func largeTeam(scale: DemoScale, random: inout DemoRandom) -> [Person] {
        let plan: [(StaffRole, Int)] = [
            (.physician, scale.physicians), (.nursePractitioner, scale.nursePractitioners),
            (.physicianAssistant, scale.physicianAssistants), (.receptionist, scale.receptionists),
            (.medicalAssistant, scale.medicalAssistants), (.nurse, scale.nurses), (.biller, scale.billers),
            (.manager, scale.managers),
        ]
        let starts = [450, 480, 480, 510, 540]
        var people: [Person] = []
        for (role, count) in plan {
            for index in 0..<count {
                let given = random.pick(DemoNames.givenNames)
                let family = random.pick(DemoNames.familyNames)
                if role.isProvider {
                    people.append(Person(given, family, role, index % 4 == 3 ? 510 : 480, index % 5 == 4 ? 990 : 1020))
                } else {
                    let start = starts[index % starts.count]
                    people.append(Person(given, family, role, start, start + 510))
                }
            }
        }
        return people
    }
}
