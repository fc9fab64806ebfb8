import ClinicDomain
import Foundation

extension Fixture {
    /// Two physicians and an NP working 08:00–17:00 all week (NP Kim off Wednesday), one receptionist and two MAs
    /// today, four patients, two payers; no appointments, tasks or claims: the domain tests book what they need.
    /// A billing provider that passes every check (NPI 1245319599 is Luhn-valid with the 80840 prefix).
    public static let billingProvider = BillingProvider(
        name: "Maple Street Family Medicine", npi: "1245319599", taxID: "123456789", address: "12 Maple St",
        city: "Albany", state: "NY", zip: "122071234", submitterID: "MAPLE01", receiverID: "CLEARHOUSE",
        receiverName: "Clearinghouse", contactName: "Billing Office", contactPhone: "5185550100")

    /// The fixed rules the fixtures were written against (1 receptionist and 2 MAs 08:00–17:00 on weekdays);
    /// tests of ratios and booked-visit rules set `CoverageRule.standard` or their own.
    public static let headCountCoverage = [
        CoverageRule(role: .receptionist, from: TimeOfDay(hour: 8), to: TimeOfDay(hour: 17), minimum: 1),
        CoverageRule(role: .medicalAssistant, from: TimeOfDay(hour: 8), to: TimeOfDay(hour: 17), minimum: 2),
    ]

    public static func staffedWeek(settings: PracticeSettings? = nil) -> Practice {
        var p = Practice(
            settings: settings
                ?? PracticeSettings(
                    name: practiceName, timeZoneID: zoneID, coverage: headCountCoverage, billing: billingProvider))
        seedPayers(&p, bcbs: false)
        seedStaff(&p)
        var shiftNumber = 0
        func shift(_ who: StaffID, _ day: LocalDate, _ from: String, _ to: String, _ role: StaffRole) {
            shiftNumber += 1
            p.seed(
                shift: Shift(
                    id: ShiftID(shiftNumber), staff: who, day: day, start: time(from), end: time(to),
                    role: role))
        }
        for offset in 0..<5 {
            let day = today.adding(days: offset)
            shift(drLee, day, "08:00", "17:00", .physician)
            shift(drPatel, day, "08:00", "17:00", .physician)
            if offset != 2 { shift(npKim, day, "08:00", "17:00", .nursePractitioner) }
        }
        shift(ana, today, "08:00", "17:00", .receptionist)
        shift(priya, today, "08:00", "17:00", .medicalAssistant)
        shift(ben, today, "08:00", "17:00", .medicalAssistant)
        p.seed(
            patient: Patient(
                id: renee, givenName: "Renée", familyName: "Müller", birthDate: day("1981-03-14"),
                phone: "555-0101", payer: aetna, memberID: "W123456789", copay: Cents(2500), sex: .female,
                address: PostalAddress(line: "14 Elm St", city: "Albany", state: "NY", zip: "12203")))
        p.seed(
            patient: Patient(
                id: xiaoming, givenName: "小明", familyName: "王", birthDate: day("1990-07-01"),
                phone: "555-0102", payer: medicare, copay: Cents(4000)))
        p.seed(
            patient: Patient(
                id: jorge, givenName: "Jorge", familyName: "Alvarez", birthDate: day("1975-12-02"),
                phone: "555-0103", payer: aetna))
        p.seed(
            patient: Patient(
                id: tuan, givenName: "Tuan", familyName: "Nguyen", birthDate: day("2001-05-20"),
                phone: "555-0104", payer: medicare, copay: Cents(2500)))
        return p
    }

    /// A claim on the fixture's rows (Dr Lee's, Renée's by default), seeded directly in `status`.
    public static func claim(
        _ number: Int, patient: PatientID = renee, payer: PayerID = aetna, dos: LocalDate,
        charge: Int = 24000, status: ClaimStatus = .submitted, paid: Int = 0,
        denial: Denial? = nil, codes: [String] = ["99214"],
        diagnoses: [String] = ["E11.9"]
    ) -> Claim {
        let lines = codes.map { ServiceLine(code: $0, charge: Cents(charge / max(1, codes.count))) }
        return Claim(
            id: ClaimID(number), patient: patient, provider: drLee, payer: payer, appointment: nil,
            dateOfService: dos, diagnoses: diagnoses, lines: lines, status: status,
            postings: Claim.legacyPostings(paid: Cents(paid), adjusted: .zero, on: dos),
            denial: denial)
    }
}
