/// Placeholder until the CARC rules table lands: the pairs no biller would send.
enum CARCPairs {
    static func refusal(group: AdjustmentGroup, code: String) -> String? {
        if group != .PR, ["1", "2", "3"].contains(code) {
            return "\(group.rawValue)-\(code) makes no sense: \(code) is the patient's responsibility (PR-\(code))"
        }
        if group == .PR, ["45", "29"].contains(code) {
            return "PR-\(code) makes no sense: \(code) is never the patient's to pay"
        }
        return nil
    }
}
