import ClinicDomain

/// The rows `staffedWeek()` and `busyDesk()` share, by ID: the same payers, staff and first four patients.
extension Fixture {
    public static let medicare = PayerID(1), aetna = PayerID(2), bcbs = PayerID(3)
    public static let drLee = StaffID(1), drPatel = StaffID(2), ana = StaffID(3), joe = StaffID(4)
    public static let priya = StaffID(5), ben = StaffID(6), npKim = StaffID(7)
    public static let renee = PatientID(1), xiaoming = PatientID(2), jorge = PatientID(3), tuan = PatientID(4)

    static let practiceName = "Maple Family Practice"

    /// Medicare, Aetna and BCBS.
    static func seedPayers(_ p: inout Practice, bcbs includingBCBS: Bool) {
        p.seed(payer: Payer(id: medicare, name: "Medicare", kind: .medicare, timelyFilingDays: 365, payerCode: "12202"))
        p.seed(payer: Payer(id: aetna, name: "Aetna", kind: .commercial, timelyFilingDays: 90, payerCode: "60054"))
        if includingBCBS {
            p.seed(payer: Payer(id: bcbs, name: "BCBS", kind: .commercial, timelyFilingDays: 180, payerCode: "00590"))
        }
    }

    /// Two physicians, an NP, two receptionists and two MAs (Priya's BLS expires in 9 days).
    static func seedStaff(_ p: inout Practice) {
        p.seed(staff: Staff(id: drLee, givenName: "Grace", familyName: "Lee", role: .physician, npi: "1234567893"))
        p.seed(staff: Staff(id: drPatel, givenName: "Ravi", familyName: "Patel", role: .physician, npi: "1245319599"))
        p.seed(staff: Staff(id: ana, givenName: "Ana", familyName: "Ruiz", role: .receptionist))
        p.seed(staff: Staff(id: joe, givenName: "Joe", familyName: "Miller", role: .receptionist))
        p.seed(
            staff: Staff(
                id: priya, givenName: "Priya", familyName: "Shah", role: .medicalAssistant,
                credentials: [Credential(name: "BLS", expires: today.adding(days: 9))]))
        p.seed(staff: Staff(id: ben, givenName: "Ben", familyName: "Cole", role: .medicalAssistant))
        p.seed(staff: Staff(id: npKim, givenName: "Sora", familyName: "Kim", role: .nursePractitioner))
    }
}
