/// Claim Adjustment Reason Codes seen most at a small practice, with short descriptions for the claim queue.
/// Unknown codes are still accepted (the list is long and changes thrice a year); they just lack a description.
public enum CARC {
    public static let descriptions: [String: String] = [
        "1": "deductible", "2": "coinsurance", "3": "copay",
        "4": "modifier inconsistent", "11": "diagnosis inconsistent", "16": "missing information",
        "18": "duplicate claim", "22": "other payer primary", "23": "prior payer adjudication",
        "27": "coverage terminated", "29": "filing limit expired", "31": "not our member",
        "45": "contractual", "50": "not medically necessary", "96": "non-covered charge",
        "97": "bundled", "109": "not this payer", "119": "benefit maximum reached",
        "151": "frequency not supported", "167": "diagnosis not covered", "197": "no precertification",
        "204": "not covered by plan", "234": "procedure not paid separately", "252": "attachment required",
    ]

    public static func describe(_ code: String) -> String? { descriptions[code] }

    /// Group + code such as `CO-50` or `PR 2`; code is 1–3 alphanumerics.
    public static func parse(_ text: String) -> Denial? {
        let cleaned = text.uppercased().replacingOccurrences(of: " ", with: "-")
        let parts = cleaned.split(separator: "-")
        guard parts.count == 2, let group = AdjustmentGroup(rawValue: String(parts[0])),
            (1...3).contains(parts[1].count), parts[1].allSatisfy({ $0.isASCIIDigit || $0.isASCIIUpper })
        else { return nil }
        return Denial(group: group, code: String(parts[1]))
    }
}

import Foundation
