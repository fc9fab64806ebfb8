import ClinicDomain

/// Everything one 837P file (005010X222A1) carries: plain values the writer checks and prints, independent of the
/// domain's `Claim` so the mapping from the practice stays with whoever chooses which claims to send.
public struct Claim837File: Sendable, Equatable {
    public var interchange: Claim837Interchange
    public var submitter: Claim837Submitter
    public var receiver: Claim837Receiver
    public var billingProvider: Claim837BillingProvider
    /// 1 or more; grouped under the billing provider and then by subscriber, in the order given.
    public var claims: [Claim837Claim]

    public init(
        interchange: Claim837Interchange, submitter: Claim837Submitter, receiver: Claim837Receiver,
        billingProvider: Claim837BillingProvider, claims: [Claim837Claim]
    ) {
        self.interchange = interchange
        self.submitter = submitter
        self.receiver = receiver
        self.billingProvider = billingProvider
        self.claims = claims
    }
}

/// The envelope (ISA, GS): who sends to whom, when, and under which control number.
public struct Claim837Interchange: Sendable, Equatable {
    /// ISA05/ISA07: `ZZ` (mutually defined), `01` (DUNS), `30` (federal tax ID) and so on.
    public var senderQualifier: String
    /// ISA06, at most 15 characters (padded with spaces on the file); also GS02.
    public var senderID: String
    public var receiverQualifier: String
    /// ISA08, at most 15 characters; also GS03.
    public var receiverID: String
    /// ISA13 (nine digits on the file), GS06 and BHT03: 1…999,999,999, unique per sender.
    public var controlNumber: Int
    public var usage: Claim837Usage
    /// When the file was made, in the practice's time: an argument, never read from the clock here.
    public var createdOn: LocalDate
    public var createdAt: TimeOfDay
    /// ISA14: whether the receiver should answer with a TA1.
    public var acknowledgmentRequested: Bool

    public init(
        senderQualifier: String = "ZZ", senderID: String, receiverQualifier: String = "ZZ", receiverID: String,
        controlNumber: Int, usage: Claim837Usage, createdOn: LocalDate, createdAt: TimeOfDay,
        acknowledgmentRequested: Bool = false
    ) {
        self.senderQualifier = senderQualifier
        self.senderID = senderID
        self.receiverQualifier = receiverQualifier
        self.receiverID = receiverID
        self.controlNumber = controlNumber
        self.usage = usage
        self.createdOn = createdOn
        self.createdAt = createdAt
        self.acknowledgmentRequested = acknowledgmentRequested
    }
}

/// Loop 1000A: the organization that sends the file and whom to call about it.
public struct Claim837Submitter: Sendable, Equatable {
    public var name: String
    /// NM109 with qualifier 46 (the ID the clearinghouse assigned).
    public var id: String
    public var contactName: String
    /// Ten digits; punctuation such as `(555) 201-4400` is dropped.
    public var phone: String

    public init(name: String, id: String, contactName: String, phone: String) {
        self.name = name
        self.id = id
        self.contactName = contactName
        self.phone = phone
    }
}

/// Loop 1000B: the clearinghouse or payer the file goes to.
public struct Claim837Receiver: Sendable, Equatable {
    public var name: String
    public var id: String

    public init(name: String, id: String) {
        self.name = name
        self.id = id
    }
}

/// Loop 2000A/2010AA: the practice that bills and is paid.
public struct Claim837BillingProvider: Sendable, Equatable {
    public var organizationName: String
    public var npi: String
    /// Nine digits; a hyphen (`12-3456789`) is dropped.
    public var ein: String
    public var address: Claim837Address
    /// PRV03, ten characters (`207Q00000X`); no PRV segment when nil.
    public var taxonomyCode: String?

    public init(
        organizationName: String, npi: String, ein: String, address: Claim837Address, taxonomyCode: String? = nil
    ) {
        self.organizationName = organizationName
        self.npi = npi
        self.ein = ein
        self.address = address
        self.taxonomyCode = taxonomyCode
    }
}

/// N3/N4. The billing provider's ZIP must have nine digits; everyone else's five or nine.
public struct Claim837Address: Sendable, Equatable {
    public var line: String
    public var secondLine: String?
    public var city: String
    /// Two-letter USPS code.
    public var state: String
    /// Digits, with or without the hyphen (`62701-1234`).
    public var zip: String

    public init(line: String, secondLine: String? = nil, city: String, state: String, zip: String) {
        self.line = line
        self.secondLine = secondLine
        self.city = city
        self.state = state
        self.zip = zip
    }
}

/// A person's name as NM103–NM105 carry it.
public struct Claim837PersonName: Sendable, Equatable {
    public var last: String
    public var first: String
    public var middle: String?

    public init(last: String, first: String, middle: String? = nil) {
        self.last = last
        self.first = first
        self.middle = middle
    }
}
