import ClinicDomain

/// Payers with their real timely-filing habits, and a patient panel whose age follows its coverage
/// (Medicare mostly 65+, children on Medicaid or a parent's plan).
extension DemoContext {
    /// Name, kind, filing days, X12 payer ID, share of the panel (percent), member ID shape, and whether it is a
    /// Medicare Advantage plan (a private plan in Medicare's place: its members are 65+ and pay a copay).
    /// Filing limits as the contracts set them: Medicare and its Advantage plans a year from the date of service,
    /// NY Medicaid 90 days, commercial plans 90–180. Self-pay has no payer deadline at all.
    private static let payerTable:
        [(name: String, kind: PayerKind, filing: Int, code: String, share: Int, member: String, advantage: Bool)] = [
            ("Medicare Part B", .medicare, 365, "13202", 22, "mbi", false),
            ("NY Medicaid", .medicaid, 90, "141797357", 11, "cin", false),
            ("Aetna", .commercial, 120, "60054", 14, "W#########", false),
            ("Empire BlueCross BlueShield", .commercial, 180, "00803", 16, "YLS#########", false),
            ("UnitedHealthcare", .commercial, 90, "87726", 14, "#########", false),
            ("Cigna", .commercial, 90, "62308", 9, "U########", false),
            ("Humana Medicare Advantage", .medicare, 365, "61101", 7, "H########", true),
            ("Self-pay", .selfPay, 3_650, "SELF", 7, "", false),
        ]

    static let areaCodes = ["212", "646", "718", "917", "347", "914", "516"]

    static let streets = [
        "Maple Ave", "Central Ave", "State St", "Western Ave", "Madison Ave", "Lark St", "Delaware Ave",
        "Washington Ave", "Quail St", "New Scotland Ave", "Morris St", "Elm St", "Hudson Ave", "Clinton Ave",
    ]
    static let towns: [(city: String, zip: String)] = [
        ("Albany", "12203"), ("Albany", "12208"), ("Albany", "12206"), ("Troy", "12180"), ("Schenectady", "12305"),
        ("Delmar", "12054"), ("Latham", "12110"), ("Cohoes", "12047"), ("Rensselaer", "12144"),
    ]

    static func address(random: inout DemoRandom) -> PostalAddress {
        let town = random.pick(towns)
        let line =
            "\(random.int(1...480)) \(random.pick(streets))" + (random.chance(0.15) ? " Apt \(random.int(1...24))" : "")
        return PostalAddress(
            line: line, city: town.city, state: "NY",
            zip: town.zip + String(String(10_000 + random.int(1...9999)).dropFirst()))
    }

    mutating func addPayers() {
        for (offset, row) in Self.payerTable.enumerated() {
            practice.seed(
                payer: Payer(
                    id: PayerID(offset + 1), name: row.name, kind: row.kind,
                    timelyFilingDays: row.filing, payerCode: row.code))
        }
    }

    mutating func addPatients() {
        var random = self.random(3)
        let shares = Self.payerTable.enumerated().map { (PayerID($0.offset + 1), $0.element.share) }
        let count = scale.patients
        let newcomerCount = max(6, count / 50)
        // Addresses and sex from a stream of their own, so adding them moved nothing else in the demo.
        var homes = self.random(31)
        for offset in 0..<count {
            let id = PatientID(1001 + offset)
            let name =
                offset < DemoNames.featured.count
                ? DemoNames.featured[offset]
                : (random.pick(DemoNames.givenNames), random.pick(DemoNames.familyNames))
            let payer = random.weighted(shares)
            let row = Self.payerTable[payer.number - 1]
            let age: Int
            switch row.kind {
            case .medicare where row.advantage: age = random.int(65...90)
            case .medicare: age = random.chance(0.92) ? random.int(65...94) : random.int(30...64)
            case .medicaid, .commercial: age = random.int(0...64)
            case .selfPay: age = random.int(19...62)
            }
            // An infant's random day can land after today: born today at the latest (a birth date's window).
            let birth = min(
                today,
                LocalDate(year: today.year - age - 1, month: random.int(1...12), day: random.int(1...28))
                    .adding(days: random.int(0...364)))
            let copay: Int
            switch row.kind {
            case .medicare where row.advantage: copay = random.pick([0, 0, 10, 20])
            case .commercial: copay = random.pick([0, 20, 25, 25, 30, 35, 40, 50])
            case .medicare, .medicaid, .selfPay: copay = 0
            }
            let isNewcomer = offset >= count - newcomerCount
            practice.seed(
                patient: Patient(
                    id: id, givenName: name.0, familyName: name.1, birthDate: birth,
                    phone: "\(random.pick(Self.areaCodes))-555-01\(random.int(0...9))\(random.int(0...9))",
                    payer: payer, memberID: Self.memberID(row.member, random: &random), copay: Cents(copay * 100),
                    paperworkComplete: !isNewcomer,
                    sex: homes.chance(0.02) ? .unknown : homes.chance(0.52) ? .female : .male,
                    address: Self.address(random: &homes)))
            if isNewcomer { newcomers.append(id) } else { established.append(id) }
        }
    }

    /// `#` is a digit; "mbi" is Medicare's 11-character Beneficiary Identifier, "cin" New York Medicaid's
    /// client ID (two letters, five digits, a letter).
    private static func memberID(_ shape: String, random: inout DemoRandom) -> String {
        let letters = Array("ACDEFGHJKMNPQRTUVWXY") // MBI letters exclude S, L, O, I, B, Z
        func digit() -> String { String(random.int(0...9)) }
        func letter() -> String { String(letters[random.index(letters.count)]) }
        switch shape {
        case "mbi":
            return String(random.int(1...9)) + letter() + (random.chance(0.5) ? letter() : digit()) + digit()
                + letter() + (random.chance(0.5) ? letter() : digit()) + digit() + letter() + letter() + digit()
                + digit()
        case "cin":
            return letter() + letter() + (0..<5).map { _ in digit() }.joined() + letter()
        default:
            return shape.map { $0 == "#" ? digit() : String($0) }.joined()
        }
    }
}
