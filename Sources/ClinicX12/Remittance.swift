import ClinicDomain

/// An 835 file read and validated: every transaction set of every functional group of every interchange, in file
/// order. Plain values; posting them to claims is the caller's business.
public struct Remittance: Sendable, Equatable {
    public var separators: X12Separators
    public var transactions: [RemittanceAdvice]

    public init(separators: X12Separators, transactions: [RemittanceAdvice]) {
        self.separators = separators; self.transactions = transactions
    }
}

/// One ST/SE transaction set: one payment (or notice) from one payer to one payee.
public struct RemittanceAdvice: Sendable, Equatable {
    public var interchangeControlNumber: String
    public var groupControlNumber: String
    /// ST02.
    public var controlNumber: String
    /// ST03 (GS08): `005010X221A1` or `005010X221`.
    public var version: String
    /// The segment number of ST, for findings that point back into the file.
    public var segmentNumber: Int
    public var payment: RemittancePayment
    public var trace: RemittanceTrace
    public var payer: RemittanceParty
    public var payee: RemittanceParty
    public var claims: [RemittanceClaim]
    public var providerAdjustments: [ProviderAdjustment]
    /// Segments read and checked for their place but not modelled (PER, REF, LX, TS3, MIA, MOA, N3, N4, …).
    public var skippedSegmentCount: Int
}

/// BPR: the money movement.
public struct RemittancePayment: Sendable, Equatable {
    /// BPR01: C (payment with remittance), I (remittance only), H (notification only), …
    public var handlingCode: String
    /// BPR02: the total actual provider payment.
    public var amount: Cents
    /// BPR03: C when the provider is credited, D when debited.
    public var isCredit: Bool
    /// BPR04: ACH, CHK, BOP, FWT or NON.
    public var method: String
    /// BPR16: the check issue or EFT effective date.
    public var date: LocalDate

    /// The payment as it moves the provider's bank balance: negative when BPR03 is D.
    public var signedAmount: Cents { isCredit ? amount : Cents.zero - amount }
}

/// TRN: the check or EFT trace number, and who issued it.
public struct RemittanceTrace: Sendable, Equatable {
    public var traceNumber: String
    public var payerIdentifier: String
}

/// N1*PR (payer) or N1*PE (payee), with REF*2U (the payer's additional identifier) when present.
public struct RemittanceParty: Sendable, Equatable {
    public var name: String
    /// N103: XV, XX (NPI), FI (tax ID), PI …
    public var idQualifier: String?
    public var id: String?
    public var additionalID: String?
}

/// CLP02.
public enum ClaimPaymentStatus: String, Sendable, CaseIterable {
    case processedAsPrimary = "1"
    case processedAsSecondary = "2"
    case processedAsTertiary = "3"
    case denied = "4"
    case primaryForwarded = "19"
    case secondaryForwarded = "20"
    case tertiaryForwarded = "21"
    case reversal = "22"
    case notOurClaimForwarded = "23"
    case predeterminationOnly = "25"
}

/// Loop 2100: one claim's adjudication.
public struct RemittanceClaim: Sendable, Equatable {
    public var segmentNumber: Int
    /// CLP01: our claim ID as we sent it (`C-2048`).
    public var patientControlNumber: String
    public var status: ClaimPaymentStatus
    public var charge: Cents
    public var paid: Cents
    /// CLP05, when the payer sent it.
    public var patientResponsibility: Cents?
    /// CLP06: MB, MC, CI, HM, …
    public var filingIndicator: String
    /// CLP07: the payer's claim control number (ICN).
    public var payerClaimControlNumber: String
    /// CLP09: 1 original, 7 replacement, 8 void …
    public var frequency: String?
    /// Claim-level CAS (the service lines carry their own).
    public var adjustments: [RemittanceAdjustment]
    public var patient: RemittancePatient?
    public var statementStart: LocalDate?
    public var statementEnd: LocalDate?
    public var received: LocalDate?
    public var amounts: [RemittanceAmount]
    public var services: [RemittanceService]
}

/// NM1*QC.
public struct RemittancePatient: Sendable, Equatable {
    public var lastName: String
    public var firstName: String?
    public var middleName: String?
    /// NM108/NM109: MI and the member ID, when sent.
    public var idQualifier: String?
    public var id: String?
}

/// AMT: a supplemental amount (AU coverage, DY per day, B6 allowed …).
public struct RemittanceAmount: Sendable, Equatable {
    public var qualifier: String
    public var amount: Cents
}

/// CAS01: who the adjustment is on. CR (corrections and reversals) is older usage some payers still send.
public enum RemittanceAdjustmentGroup: String, Sendable, CaseIterable, Comparable {
    case CO, PR, OA, PI, CR

    /// The domain's group, where it has one.
    public var domainGroup: AdjustmentGroup? { AdjustmentGroup(rawValue: rawValue) }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// One CAS triple: group, CARC reason, amount, and the quantity when given.
public struct RemittanceAdjustment: Sendable, Equatable {
    public var group: RemittanceAdjustmentGroup
    public var reason: String
    public var amount: Cents
    public var quantity: String?
}

/// SVC01: the procedure as adjudicated.
public struct RemittanceProcedure: Sendable, Equatable {
    /// HC (HCPCS/CPT), AD (ADA), ER, IV, N4, WK …
    public var qualifier: String
    public var code: String
    public var modifiers: [String]
    public var description: String?
}

/// Loop 2110: one service line.
public struct RemittanceService: Sendable, Equatable {
    public var segmentNumber: Int
    public var procedure: RemittanceProcedure
    public var charge: Cents
    public var paid: Cents
    /// SVC04, a NUBC revenue code on institutional lines.
    public var revenueCode: String?
    /// SVC05, as written; 1 when absent.
    public var units: String
    public var serviceDate: LocalDate?
    public var periodStart: LocalDate?
    public var periodEnd: LocalDate?
    public var adjustments: [RemittanceAdjustment]
    /// AMT*B6.
    public var allowed: Cents?
    /// LQ*HE: remittance advice remark codes (RARC).
    public var remarks: [String]
}

/// PLB: a provider-level adjustment, not tied to one claim. A positive amount reduces the payment.
public struct ProviderAdjustment: Sendable, Equatable {
    public var segmentNumber: Int
    public var providerID: String
    /// PLB02: the last day of the provider's fiscal period.
    public var fiscalPeriodEnd: LocalDate
    public var items: [Item]

    public struct Item: Sendable, Equatable {
        /// WO overpayment recovery, L6 interest, FB forwarding balance, 72 authorized return, CS, J1 …
        public var reason: String
        public var reference: String?
        public var amount: Cents
    }

    public var total: Cents { items.reduce(Cents.zero) { $0 + $1.amount } }
}
