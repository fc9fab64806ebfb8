import ClinicDomain

/// Every patient's balance (`Practice.patientBalances`), once per practice state: the flow rows and the forms
/// look patients up in it instead of scanning claims, visits and payments per row per frame.
struct PatientBalancesQuery: DerivedQuery {
    func inputs(of practice: Practice) -> BillingTables { BillingTables(practice) }

    func answer(from practice: Practice) -> [PatientID: PatientBalance] { practice.patientBalances() }
}

/// What a patient's balance reads as at the desk: "owes $40.00", "credit $5.00", or nothing when it is settled.
enum BalanceText {
    /// "credit $25.00" and "owes $140.00" whole; larger sums drop their cents.
    static let columnWidth = 13

    /// The full sentence part, for forms and details; nil for a zero balance.
    static func label(_ balance: PatientBalance?) -> String? {
        guard let total = balance?.total, total != .zero else { return nil }
        return total < .zero ? "credit \(Cents(-total.value))" : "owes \(total)"
    }

    /// The same, fitted to `width` columns: whole dollars, then the bare amount (a credit signed), so a narrow
    /// column still tells owing from credit.
    static func cell(_ balance: PatientBalance?, width: Int) -> String {
        guard let total = balance?.total, total != .zero else { return "–" }
        let owed = Cents(abs(total.value))
        let word = total < .zero ? "credit " : "owes "
        let sign = total < .zero ? "-" : ""
        let candidates = [word + owed.description, word + owed.dollars, sign + owed.description, sign + owed.dollars]
        return candidates.first { $0.count <= width } ?? candidates[candidates.count - 1]
    }

    /// A context's balance for one patient, from the cached table.
    static func balance(of patient: PatientID, in context: PaneContext) -> PatientBalance? {
        context.cached(PatientBalancesQuery())[patient]
    }
}
