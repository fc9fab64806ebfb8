/// Money from (or back to) a patient outside a visit's copay: a payment on a statement, a payment toward one
/// claim's patient responsibility, or a refund of a credit balance (a negative amount).
public struct PatientPayment: Codable, Sendable, Equatable, Identifiable, IdentifiedKind {
    public static let idPrefix = "PM"
    public var id: PaymentID
    public var patient: PatientID
    /// Positive: the patient paid; negative: the practice refunded.
    public var amount: Cents
    public var method: PaymentMethod
    /// The claim it pays toward, when the patient named one.
    public var claim: ClaimID?
    public var on: LocalDate
    public var note: String?

    public init(
        id: PaymentID, patient: PatientID, amount: Cents, method: PaymentMethod, claim: ClaimID? = nil,
        on: LocalDate, note: String? = nil
    ) {
        self.id = id; self.patient = patient; self.amount = amount; self.method = method; self.claim = claim
        self.on = on; self.note = note
    }

    public var isRefund: Bool { amount < .zero }
}

public enum PaymentMethod: String, Codable, Sendable, CaseIterable { case cash, card, check, other }

public typealias PaymentID = EntityID<PatientPayment>
