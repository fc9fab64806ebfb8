/// Remittance Advice Remark Codes: the remark a payer adds to a denial's CARC (`CO-50` with `N130`). A code is `M`,
/// `N` or `MA` and one to three digits (`M15`, `N130`, `MA130`). The table holds the ones seen most at a small
/// practice, with short descriptions for the claim detail; a well-shaped code not in it is still accepted (the list
/// runs to about 1,500 codes and changes thrice a year), an ill-shaped one is refused.
public enum RARC {
    public static let descriptions: [String: String] = [
        "M15": "bundled with another service", "M20": "missing/invalid HCPCS", "M51": "missing/invalid procedure code",
        "M76": "missing/invalid diagnosis", "M77": "missing/invalid place of service",
        "M80": "not covered in the same session", "M86": "already paid in the time frame",
        "MA04": "primary payer information needed", "MA18": "forwarded to the supplemental insurer",
        "MA63": "missing/invalid principal diagnosis", "MA120": "missing/invalid CLIA number",
        "MA130": "incomplete claim, no appeal rights", "N4": "prior payer EOB missing",
        "N20": "not payable with another service that day", "N30": "patient ineligible for this service",
        "N56": "procedure code not valid for the service", "N115": "Local Coverage Determination",
        "N130": "consult plan benefit documents", "N211": "you may not appeal this decision",
        "N290": "missing/invalid rendering provider ID", "N362": "units exceed the maximum",
        "N386": "National Coverage Determination", "N479": "missing EOB (coordination of benefits)",
        "N522": "duplicate of a crossover claim", "N657": "bill with the appropriate code",
    ]

    public static func describe(_ code: String) -> String? { descriptions[code] }

    /// The code in upper case if it has a RARC's shape (`M15`, `n130`, `MA130`), else nil.
    public static func parse(_ text: String) -> String? {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        let digits =
            code.hasPrefix("MA")
            ? code.dropFirst(2)
            : code.hasPrefix("M") || code.hasPrefix("N")
                ? code.dropFirst(1) : nil
        guard let digits, (1...3).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return code
    }
}

import Foundation
