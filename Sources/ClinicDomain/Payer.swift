/// An insurer. Its timely-filing limit sets every claim's deadline (Medicare: 365 days from date of service).
public struct Payer: Codable, Sendable, Equatable, Identifiable, IdentifiedKind {
    public static let idPrefix = "PY"
    public var id: PayerID
    public var name: String
    public var kind: PayerKind
    public var timelyFilingDays: Int
    /// The payer's ID on X12 files (e.g. Medicare's MAC number), for matching 835 remittances.
    public var payerCode: String

    public init(id: PayerID, name: String, kind: PayerKind, timelyFilingDays: Int, payerCode: String) {
        self.id = id; self.name = name; self.kind = kind; self.timelyFilingDays = timelyFilingDays
        self.payerCode = payerCode
    }
}

extension Payer {
    /// Days from a denial's notice to appeal it: Medicare's redetermination window is 120 days; NY Medicaid asks
    /// for a reconsideration within 60; commercial contracts commonly allow 180. By kind, not per contract.
    public var appealDays: Int {
        switch kind {
        case .medicare: return 120
        case .medicaid: return 60
        case .commercial, .selfPay: return 180
        }
    }
}

public enum PayerKind: String, Codable, Sendable { case medicare, medicaid, commercial, selfPay = "self-pay" }
