/// Who bills: the practice as the 837P names it (loop 2010AA) — organization, NPI, tax ID and the pay-to address.
public struct BillingProvider: Codable, Sendable, Equatable {
    public var name: String
    /// Type 2 (organization) NPI, Luhn-checked with the 80840 prefix.
    public var npi: String
    /// The employer identification number, nine digits.
    public var taxID: String
    public var address: String
    public var city: String
    public var state: String
    /// Nine digits on an 837P's billing provider.
    public var zip: String
    public var taxonomy: String?
    /// The submitter ID the clearinghouse assigned (ISA06 / loop 1000A), and its name for the receiver.
    public var submitterID: String
    public var receiverID: String
    public var receiverName: String
    public var contactName: String
    public var contactPhone: String

    public init(
        name: String, npi: String, taxID: String, address: String, city: String, state: String, zip: String,
        taxonomy: String? = nil, submitterID: String, receiverID: String, receiverName: String,
        contactName: String, contactPhone: String
    ) {
        self.name = name; self.npi = npi; self.taxID = taxID; self.address = address; self.city = city
        self.state = state; self.zip = zip; self.taxonomy = taxonomy; self.submitterID = submitterID
        self.receiverID = receiverID; self.receiverName = receiverName; self.contactName = contactName
        self.contactPhone = contactPhone
    }

    /// What is wrong with it for a payer's front-end edits, as sentences (empty: fine).
    public var problems: [String] {
        var problems: [String] = []
        if !MedicalCodes.isValidNPI(npi) { problems.append("billing NPI '\(npi)' fails the NPI check") }
        if taxID.count != 9 || !taxID.allSatisfy(\.isASCIIDigit) {
            problems.append("billing tax ID '\(taxID)' is not nine digits")
        }
        if zip.count != 9 || !zip.allSatisfy(\.isASCIIDigit) {
            problems.append("billing ZIP '\(zip)' is not nine digits")
        }
        return problems
    }
}

/// The practice's charges per procedure code (what a line bills before any payer's allowed amount), as the fee
/// sheet fills them in. Codes are CPT/HCPCS, upper-case.
public struct FeeSchedule: Codable, Sendable, Equatable {
    public var fees: [String: Cents]

    public init(_ fees: [String: Cents] = [:]) { self.fees = fees }

    public func fee(for code: String) -> Cents? { fees[code.uppercased()] }

    /// A small family practice's usual charges: office visits, preventive visits, vaccines and their
    /// administration, common in-office labs and procedures.
    public static let standard = FeeSchedule([
        "99202": Cents(11000), "99203": Cents(16000), "99204": Cents(24000), "99205": Cents(31000),
        "99211": Cents(3500), "99212": Cents(7500), "99213": Cents(11500), "99214": Cents(16500),
        "99215": Cents(23000), "99385": Cents(22000), "99386": Cents(24000), "99387": Cents(26000),
        "99395": Cents(19000), "99396": Cents(21000), "99397": Cents(23000), "99391": Cents(15000),
        "99392": Cents(16000), "99393": Cents(16000), "99394": Cents(17500), "G0438": Cents(24000),
        "G0439": Cents(17500), "90471": Cents(2500), "90472": Cents(1500), "90686": Cents(3000),
        "90715": Cents(5500), "90750": Cents(21000), "G0008": Cents(2500), "Q2035": Cents(3000),
        "36415": Cents(1500), "85025": Cents(2500), "80053": Cents(3500), "83036": Cents(3000),
        "81002": Cents(1200), "87880": Cents(3000), "93000": Cents(6500), "94640": Cents(4000),
        "11200": Cents(12000), "17110": Cents(14000), "20610": Cents(17500), "J1030": Cents(2000),
        "99497": Cents(9000), "99406": Cents(3500), "96127": Cents(1500),
    ])
}
