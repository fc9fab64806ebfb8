/// A patient of the practice. Front-desk facts only: no clinical record lives here.
public struct Patient: Codable, Sendable, Equatable, Identifiable, IdentifiedKind {
    public static let idPrefix = "P"
    public var id: PatientID
    public var givenName: String
    public var familyName: String
    public var birthDate: LocalDate
    public var phone: String
    public var payer: PayerID?
    public var memberID: String
    /// The copay the plan asks at each visit.
    public var copay: Cents
    /// New patients owe intake paperwork before their first visit.
    public var paperworkComplete: Bool

    public init(id: PatientID, givenName: String, familyName: String, birthDate: LocalDate, phone: String,
                payer: PayerID?, memberID: String = "", copay: Cents = .zero, paperworkComplete: Bool = true) {
        self.id = id; self.givenName = givenName; self.familyName = familyName; self.birthDate = birthDate
        self.phone = phone; self.payer = payer; self.memberID = memberID; self.copay = copay
        self.paperworkComplete = paperworkComplete
    }

    /// "Renée Müller"
    public var fullName: String { "\(givenName) \(familyName)" }
    /// "R. Müller" — for tight columns.
    public var shortName: String {
        guard let first = givenName.first else { return familyName }
        return "\(first). \(familyName)"
    }
    /// "R.M." — the public/kiosk mode shows initials only (HIPAA minimum necessary).
    public var initials: String {
        [givenName.first, familyName.first].compactMap { $0.map { "\($0)." } }.joined()
    }
    public func age(on day: LocalDate) -> Int {
        var years = day.year - birthDate.year
        if (day.month, day.day) < (birthDate.month, birthDate.day) { years -= 1 }
        return years
    }
}
