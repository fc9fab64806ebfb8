import ClinicDomain

/// Checks an 837P input and returns it as the file will carry it: free text cleaned and upper-cased, digits
/// stripped of punctuation, diagnoses without the dot. The first problem found is thrown, naming where and why.
enum Claim837Validation {
    static let qualifiers: Set<String> = ["01", "14", "20", "27", "28", "29", "30", "33", "ZZ"]
    static let maximumLines = 50
    static let maximumDiagnoses = 12
    static let maximumModifiers = 4
    static let maximumPointers = 4
    static let maximumUnits = 9_999
    /// The 837P guide's advice: at most 5,000 claims in one transaction set.
    static let maximumClaims = 5_000

    static func normalized(_ input: Claim837File) throws(Claim837Error) -> Claim837File {
        var file = input
        file.interchange = try interchange(input.interchange)
        let today = file.interchange.createdOn
        file.submitter = try submitter(input.submitter)
        file.receiver.name = try X12ElementText.text(input.receiver.name, .receiver, field: "name", maximum: 60)
        file.receiver.id = try X12ElementText.identifier(
            input.receiver.id, .receiver, field: "id", minimum: 2, maximum: 80)
        file.billingProvider = try billingProvider(input.billingProvider)
        if input.claims.isEmpty { throw Claim837Error(.file, field: "claims", "no claims; a file needs at least 1") }
        if input.claims.count > maximumClaims {
            throw Claim837Error(.file, field: "claims", "\(input.claims.count) claims; at most \(maximumClaims)")
        }
        var seen: Set<String> = []
        file.claims = []
        for claim in input.claims {
            if !seen.insert(claim.id).inserted {
                throw Claim837Error(.claim(claim.id), field: "id", "claim ID \(claim.id) appears twice in the file")
            }
            file.claims.append(try Claim837ClaimValidation.normalized(claim, today: today))
        }
        return file
    }

    private static func interchange(_ input: Claim837Interchange) throws(Claim837Error) -> Claim837Interchange {
        var out = input
        for (field, value) in [
            ("senderQualifier", input.senderQualifier), ("receiverQualifier", input.receiverQualifier),
        ]
        where !qualifiers.contains(value) {
            throw Claim837Error(
                .interchange, field: field,
                "\(field) '\(value)' is not an ISA qualifier (\(qualifiers.sorted().joined(separator: ", ")))")
        }
        out.senderID = try X12ElementText.identifier(
            input.senderID, .interchange, field: "senderID", minimum: 2, maximum: 15)
        out.receiverID = try X12ElementText.identifier(
            input.receiverID, .interchange, field: "receiverID", minimum: 2, maximum: 15)
        if !(1...999_999_999).contains(input.controlNumber) {
            throw Claim837Error(
                .interchange, field: "controlNumber", "controlNumber \(input.controlNumber) is not in 1…999999999")
        }
        try checkYear(input.createdOn, .interchange, field: "createdOn")
        if !(0..<1440).contains(input.createdAt.minutes) {
            throw Claim837Error(.interchange, field: "createdAt", "createdAt is not a time of day")
        }
        return out
    }

    private static func submitter(_ input: Claim837Submitter) throws(Claim837Error) -> Claim837Submitter {
        var out = input
        out.name = try X12ElementText.text(input.name, .submitter, field: "name", maximum: 60)
        out.id = try X12ElementText.identifier(input.id, .submitter, field: "id", minimum: 2, maximum: 80)
        out.contactName = try X12ElementText.text(input.contactName, .submitter, field: "contactName", maximum: 60)
        guard let phone = X12ElementText.digits(input.phone, ignoring: " ()-.+"), phone.count == 10 else {
            throw Claim837Error(.submitter, field: "phone", "phone '\(input.phone)' is not a 10-digit number")
        }
        out.phone = phone
        return out
    }

    private static func billingProvider(
        _ input: Claim837BillingProvider
    ) throws(Claim837Error) -> Claim837BillingProvider {
        var out = input
        out.organizationName = try X12ElementText.text(
            input.organizationName, .billingProvider, field: "organizationName", maximum: 60)
        try checkNPI(input.npi, .billingProvider, field: "npi")
        guard let ein = X12ElementText.digits(input.ein, ignoring: "-"), ein.count == 9 else {
            throw Claim837Error(.billingProvider, field: "ein", "ein '\(input.ein)' is not 9 digits")
        }
        out.ein = ein
        out.address = try address(input.address, .billingProvider, field: "address", requireNineDigitZIP: true)
        if let code = input.taxonomyCode {
            out.taxonomyCode = try taxonomy(code, .billingProvider, field: "taxonomyCode")
        }
        return out
    }

    static func checkNPI(_ npi: String, _ place: Claim837Error.Place, field: String) throws(Claim837Error) {
        if !MedicalCodes.isValidNPI(npi) {
            throw Claim837Error(
                place, field: field, "\(field) '\(npi)' is not a valid NPI (10 digits, first 1 or 2, Luhn check)")
        }
    }

    static func taxonomy(_ code: String, _ place: Claim837Error.Place, field: String) throws(Claim837Error) -> String {
        let upper = code.uppercased()
        let alphanumeric = upper.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        if upper.unicodeScalars.count != 10 || !alphanumeric {
            throw Claim837Error(place, field: field, "\(field) '\(code)' is not a 10-character taxonomy code")
        }
        return upper
    }

    static func address(
        _ input: Claim837Address, _ place: Claim837Error.Place, field: String, requireNineDigitZIP: Bool = false
    ) throws(Claim837Error) -> Claim837Address {
        var out = input
        out.line = try X12ElementText.text(input.line, place, field: "\(field).line", maximum: 55)
        if let second = input.secondLine {
            let cleaned = X12ElementText.cleaned(second)
            out.secondLine =
                cleaned.isEmpty
                ? nil : try X12ElementText.text(second, place, field: "\(field).secondLine", maximum: 55)
        }
        out.city = try X12ElementText.text(input.city, place, field: "\(field).city", minimum: 2, maximum: 30)
        let state = input.state.uppercased()
        if state.unicodeScalars.count != 2 || !state.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) {
            throw Claim837Error(place, field: "\(field).state", "\(field).state '\(input.state)' is not 2 letters")
        }
        out.state = state
        let allowed = requireNineDigitZIP ? [9] : [5, 9]
        guard let zip = X12ElementText.digits(input.zip, ignoring: "-"), allowed.contains(zip.count) else {
            let wanted = requireNineDigitZIP ? "9 digits (ZIP+4)" : "5 or 9 digits"
            throw Claim837Error(place, field: "\(field).zip", "\(field).zip '\(input.zip)' is not \(wanted)")
        }
        out.zip = zip
        return out
    }

    static func personName(
        _ input: Claim837PersonName, _ place: Claim837Error.Place, field: String
    ) throws(Claim837Error) -> Claim837PersonName {
        var out = input
        out.last = try X12ElementText.text(input.last, place, field: "\(field).last", maximum: 60)
        out.first = try X12ElementText.text(input.first, place, field: "\(field).first", maximum: 35)
        if let middle = input.middle {
            out.middle =
                X12ElementText.cleaned(middle).isEmpty
                ? nil : try X12ElementText.text(middle, place, field: "\(field).middle", maximum: 25)
        }
        return out
    }

    /// A four-digit year from 1900: earlier dates on a claim are typing mistakes, and CCYY has no room for more.
    static func checkYear(_ date: LocalDate, _ place: Claim837Error.Place, field: String) throws(Claim837Error) {
        if !(1900...9999).contains(date.year) {
            throw Claim837Error(place, field: field, "\(field) \(date) is not between 1900 and 9999")
        }
    }
}
