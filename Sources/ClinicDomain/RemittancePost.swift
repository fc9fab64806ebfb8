/// One remittance as the domain posts it: an 835 transaction set (ClinicX12 reads the file) or a paper EOB keyed
/// the same way. Amounts are as the payer sent them — a reversal (CLP02 = 22) carries them negated.
public struct RemittancePost: Codable, Sendable, Equatable {
    /// TRN02 (the check or EFT trace number) and the payer's ID (TRN03): the same remittance twice posts once.
    public var key: String
    public var payerName: String
    public var paymentDate: LocalDate
    public var claims: [RemittanceClaimPost]
    /// Post the claims that match and leave the rest (listed) instead of refusing the whole remittance.
    public var skipUnmatched: Bool

    public init(
        key: String, payerName: String, paymentDate: LocalDate, claims: [RemittanceClaimPost],
        skipUnmatched: Bool = false
    ) {
        self.key = key; self.payerName = payerName; self.paymentDate = paymentDate; self.claims = claims
        self.skipUnmatched = skipUnmatched
    }

    /// How postings name their source: `ERA 1234567890`.
    public var reference: String { "ERA \(key)" }
}

/// One claim of a remittance (loop 2100), with its claim- and line-level adjustments summed by group and code.
public struct RemittanceClaimPost: Codable, Sendable, Equatable {
    /// CLP01: the claim ID we sent as CLM01 (`C-2048`), as text: a remittance may name a claim we never sent.
    public var claimID: String
    /// CLP02: 1/2/3 processed as primary/secondary/tertiary, 4 denied, 19–21 processed and forwarded, 22 reversal
    /// of a previous payment, 23 not our claim (forwarded), 25 predetermination only.
    public var statusCode: Int
    public var charge: Cents
    public var paid: Cents
    public var adjustments: [RemittanceAdjustmentPost]
    /// CLP07.
    public var payerClaimNumber: String?
    /// RARC remark codes (LQ*HE, MOA).
    public var remarks: [String]
    /// The CLP segment's number in the file, for messages.
    public var segment: Int

    public init(
        claimID: String, statusCode: Int, charge: Cents, paid: Cents, adjustments: [RemittanceAdjustmentPost],
        payerClaimNumber: String? = nil, remarks: [String] = [], segment: Int = 0
    ) {
        self.claimID = claimID; self.statusCode = statusCode; self.charge = charge; self.paid = paid
        self.adjustments = adjustments; self.payerClaimNumber = payerClaimNumber; self.remarks = remarks
        self.segment = segment
    }

    public var isReversal: Bool { statusCode == 22 }
    public var isDenial: Bool { statusCode == 4 }
    public var patientResponsibility: Cents {
        adjustments.filter { $0.group == .PR }.reduce(.zero) { $0 + $1.amount }
    }
}

public struct RemittanceAdjustmentPost: Codable, Sendable, Equatable {
    public var group: AdjustmentGroup
    public var code: String
    public var amount: Cents

    public init(group: AdjustmentGroup, code: String, amount: Cents) {
        self.group = group; self.code = code; self.amount = amount
    }
}
