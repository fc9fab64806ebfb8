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
    /// Administrative sex as a claim carries it (837P DMG03); nil until the front desk records it.
    public var sex: AdministrativeSex?
    /// Where the patient lives: the claim's subscriber or patient address. Nil until recorded.
    public var address: PostalAddress?

    public init(
        id: PatientID, givenName: String, familyName: String, birthDate: LocalDate, phone: String,
        payer: PayerID?, memberID: String = "", copay: Cents = .zero, paperworkComplete: Bool = true,
        sex: AdministrativeSex? = nil, address: PostalAddress? = nil
    ) {
        self.id = id; self.givenName = givenName; self.familyName = familyName; self.birthDate = birthDate
        self.phone = phone; self.payer = payer; self.memberID = memberID; self.copay = copay
        self.paperworkComplete = paperworkComplete; self.sex = sex; self.address = address
    }

    /// "Renée Müller"
    /// "Renée Müller"; "王小明" — Chinese, Japanese and Korean names are written family name first, unspaced.
    public var fullName: String { isEastAsianName ? familyName + givenName : "\(givenName) \(familyName)" }
    /// "R. Müller" — for tight columns. An East Asian name is already short and an initial would garble it: "王小明".
    public var shortName: String {
        if isEastAsianName { return familyName + givenName }
        guard let first = givenName.first else { return familyName }
        return "\(first). \(familyName)"
    }

    /// Both names in Han, kana or Hangul script.
    var isEastAsianName: Bool {
        func eastAsian(_ text: String) -> Bool {
            !text.isEmpty
                && text.unicodeScalars.allSatisfy { scalar in
                    switch scalar.value {
                    case 0x1100...0x11FF, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF,
                        0xF900...0xFAFF, 0x20000...0x3134F:
                        return true
                    default: return false
                    }
                }
        }
        return eastAsian(givenName) && eastAsian(familyName)
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

public enum AdministrativeSex: String, Codable, Sendable, CaseIterable {
    case female = "F", male = "M", unknown = "U"
}

/// A US postal address as claims carry it (N3/N4).
public struct PostalAddress: Codable, Sendable, Equatable {
    public var line: String
    public var city: String
    /// Two-letter state code.
    public var state: String
    /// Five or nine digits.
    public var zip: String

    public init(line: String, city: String, state: String, zip: String) {
        self.line = line; self.city = city; self.state = state; self.zip = zip
    }

    /// `14 Elm St, Albany, NY 12203` (or `…, NY 12203-4512`): the street (commas allowed), the city, then the
    /// two-letter state and a five- or nine-digit ZIP. Nil for anything else, or a part too long for a claim
    /// (street 55, city 30 characters), or control characters.
    public init?(parsing text: String) {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 3, let last = parts.last else { return nil }
        let stateZip = last.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard stateZip.count == 2 else { return nil }
        let state = stateZip[0].uppercased()
        let zip = stateZip[1].replacingOccurrences(of: "-", with: "")
        let street = parts.dropLast(2).joined(separator: ", ")
        let city = parts[parts.count - 2]
        guard state.count == 2, state.allSatisfy(\.isASCIIUpper), zip.count == 5 || zip.count == 9,
            zip.allSatisfy(\.isASCIIDigit), !street.isEmpty, street.count <= 55, !city.isEmpty, city.count <= 30,
            !(street + city).unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return nil }
        self.init(line: street, city: city, state: state, zip: zip)
    }
}
