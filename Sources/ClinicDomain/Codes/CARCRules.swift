import Foundation

/// Which adjustment groups a reason code goes with. Conservative on purpose: a remittance is the payer's word, so
/// only pairs a biller would call nonsense are refused (CO-1: a deductible is never the practice's write-off; PR-45:
/// the contractual discount is never billed to the patient). Every other pair, and every unknown code, is accepted.
extension CARC {
    /// Deductible, coinsurance and copay and their variants: only ever the patient's share (PR).
    public static let patientOnlyCodes: Set<String> = ["1", "2", "3", "66", "247", "248"]

    /// Never the patient's share: the contractual discount (45), an expired filing limit (29), the practice's
    /// own deadline; sequestration (253), a cut in federal payment; 209, which says the patient may not be billed.
    public static let neverPatientCodes: Set<String> = ["45", "29", "253", "209"]

    /// The groups `check` accepts with a code.
    public static func allowedGroups(for code: String) -> Set<AdjustmentGroup> {
        if patientOnlyCodes.contains(code) { return [.PR] }
        if neverPatientCodes.contains(code) { return [.CO, .OA, .PI] }
        return Set(AdjustmentGroup.allCases)
    }

    /// A sentence for the UI when the pair makes no sense ("CO-1 makes no sense: …"), else nil.
    public static func check(group: AdjustmentGroup, code: String) -> String? {
        guard !allowedGroups(for: code).contains(group) else { return nil }
        let named = describe(code).map { "\(code) (\($0))" } ?? code
        if patientOnlyCodes.contains(code) {
            return "\(group.rawValue)-\(code) makes no sense: \(named) is the patient's responsibility (PR-\(code))"
        }
        return "\(group.rawValue)-\(code) makes no sense: \(named) is never the patient's responsibility (CO-\(code))"
    }

    public static func check(_ denial: Denial) -> String? { check(group: denial.group, code: denial.code) }

    /// Whether an adjustment counts toward the denial rate: a CO, OA or PI adjustment the payer refused to pay,
    /// never a PR share, a contractual discount or a line still under review. See `DenialRoute.countsAsDenial`.
    public static func countsAsDenial(group: AdjustmentGroup, code: String) -> Bool {
        DenialRoute(group: group, code: code).countsAsDenial
    }
}
