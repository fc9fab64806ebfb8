import ClinicDomain

/// Loop 2320 with 2330A/2330B: on a secondary (or tertiary) claim, the earlier payer, its subscriber and what it
/// paid, so the next payer can coordinate benefits.
public struct Claim837OtherPayer: Sendable, Equatable {
    /// The other payer's turn (usually primary when this claim is secondary).
    public var payerResponsibility: Claim837PayerResponsibility
    /// The patient to the other policy's subscriber; nil when the patient is that subscriber (SBR02 18).
    public var patientRelationship: Claim837PatientRelationship?
    public var subscriberName: Claim837PersonName
    public var memberID: String
    public var groupNumber: String?
    public var filingIndicator: Claim837FilingIndicator
    public var payer: Claim837Payer
    /// AMT*D: what the other payer paid on the whole claim; equals the lines' paid amounts when they carry any.
    public var paidAmount: Cents
    /// Claim-level CAS, for adjustments not tied to a line.
    public var claimAdjustments: [Claim837Adjustment]
    /// 2330B DTP*573, written when no line carries its own adjudication (the lines then carry the date).
    public var adjudicationDate: LocalDate

    public init(
        payerResponsibility: Claim837PayerResponsibility = .primary,
        patientRelationship: Claim837PatientRelationship? = nil, subscriberName: Claim837PersonName,
        memberID: String, groupNumber: String? = nil, filingIndicator: Claim837FilingIndicator,
        payer: Claim837Payer, paidAmount: Cents, claimAdjustments: [Claim837Adjustment] = [],
        adjudicationDate: LocalDate
    ) {
        self.payerResponsibility = payerResponsibility
        self.patientRelationship = patientRelationship
        self.subscriberName = subscriberName
        self.memberID = memberID
        self.groupNumber = groupNumber
        self.filingIndicator = filingIndicator
        self.payer = payer
        self.paidAmount = paidAmount
        self.claimAdjustments = claimAdjustments
        self.adjudicationDate = adjudicationDate
    }
}

/// One CAS reason: group, CARC (`45`, `2`) and amount.
public struct Claim837Adjustment: Sendable, Equatable {
    public var group: Claim837AdjustmentGroup
    public var reasonCode: String
    public var amount: Cents

    public init(group: Claim837AdjustmentGroup, reasonCode: String, amount: Cents) {
        self.group = group
        self.reasonCode = reasonCode
        self.amount = amount
    }
}

/// Loop 2430: the other payer's decision on one line. Paid plus adjustments must equal the line's charge.
public struct Claim837LineAdjudication: Sendable, Equatable {
    public var paidAmount: Cents
    public var adjustments: [Claim837Adjustment]
    public var adjudicationDate: LocalDate

    public init(paidAmount: Cents, adjustments: [Claim837Adjustment] = [], adjudicationDate: LocalDate) {
        self.paidAmount = paidAmount
        self.adjustments = adjustments
        self.adjudicationDate = adjudicationDate
    }
}
