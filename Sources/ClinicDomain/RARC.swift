/// Remittance Advice Remark Codes: the remark a payer adds to a denial's CARC (`CO-50` with `N130`). A code is `M`,
/// `N` or `MA` and one to three digits (`M15`, `N130`, `MA130`). The table (a data table, hence the length) holds
/// the hundred-odd seen most at a small practice, with short descriptions for the claim detail; a well-shaped code
/// not in it is still accepted (the list runs to about 1,500 codes and changes thrice a year), an ill-shaped one is
/// refused.
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
        // Missing or invalid claim data (M and MA)
        "M49": "missing/invalid value code", "M50": "missing/invalid revenue code",
        "M53": "missing/invalid days or units", "M54": "missing/invalid total charges",
        "M59": "missing/invalid 'to' date of service", "M60": "certificate of medical necessity missing",
        "M62": "missing/invalid authorization number", "M64": "missing/invalid secondary diagnosis",
        "M67": "missing/invalid other procedure code", "M79": "missing/invalid charge",
        "M81": "code to the highest specificity", "M84": "use the codes in effect on the date of service",
        "M119": "missing/invalid NDC", "M127": "medical record missing", "M143": "update your license with the payer",
        "MA27": "missing/invalid member ID or name", "MA30": "missing/invalid type of bill",
        "MA36": "missing/invalid patient name", "MA39": "missing/invalid sex", "MA40": "missing/invalid admission date",
        "MA61": "missing/invalid SSN or Medicare number", "MA66": "missing/invalid principal procedure",
        "MA81": "provider signature missing", "MA83": "primary or secondary payer not stated",
        "MA92": "other insurance information missing", "MA114": "missing/invalid service location",
        // Coverage, bundling and policy (M)
        "M1": "X-ray too old for this treatment", "M2": "not paid separately for an inpatient",
        "M11": "bill the DME contractor", "M16": "see the payer's policy bulletin",
        "M25": "documentation does not support this level of service", "M27": "patient relieved of liability",
        "M38": "patient liable: advance notice given", "M39": "patient not liable: advance notice invalid",
        "M85": "evaluation and management under review", "M144": "pre/post-op care included in the surgery",
        // Appeal rights and notices
        "MA01": "you may appeal this decision", "MA07": "forwarded to Medicaid", "MA13": "bill only the PR amounts",
        "MA28": "information only: assignment not accepted", "MA44": "no appeal rights: decided by law",
        "MA125": "payment in full under the law", "N1": "you may appeal in writing within the time limit",
        "N10": "adjusted after a medical review", "N185": "do not resubmit", "N210": "you may request a review",
        "N381": "see your contract's billing terms", "N704": "no appeal, but you may resubmit corrected",
        // Documentation and information (N)
        "N3": "consent form missing", "N5": "prior payer EOB received, claim not on file",
        "N26": "itemized bill missing", "N29": "documentation missing", "N102": "records not received in time",
        "N179": "information requested from the member", "N225": "documentation incomplete or invalid",
        "N350": "unlisted code needs a description", "N461": "operative report missing",
        "N517": "resubmit a new claim with the information", "N706": "documentation missing",
        // Providers and identifiers (N)
        "N31": "missing/invalid prescriber ID", "N32": "must be billed by the rendering provider",
        "N95": "this provider type may not bill this", "N255": "missing/invalid billing provider taxonomy",
        "N256": "missing/invalid billing provider name", "N257": "missing/invalid billing provider ID",
        "N264": "missing/invalid ordering provider name", "N265": "missing/invalid ordering provider ID",
        "N285": "missing/invalid referring provider name", "N286": "missing/invalid referring provider ID",
        "N329": "missing/invalid patient birth date", "N382": "missing/invalid patient ID",
        "N521": "provider information does not match payer records",
        "N575": "ordering/referring provider name does not match", "N767": "enroll in the member's state Medicaid",
        // Coding, bundling and frequency (N)
        "N19": "incidental to the primary procedure", "N22": "code changed to match the service",
        "N34": "wrong claim form for this service", "N54": "does not match the authorized services",
        "N122": "add-on code billed alone", "N180": "does not meet the billed category's criteria",
        "N357": "too soon after a related service", "N390": "not billable separately",
        "N435": "frequency exceeded without documentation", "N454": "days or units exceed the maximum",
        "N519": "invalid modifier combination", "N525": "within another service's global period",
        "N572": "reporting codes and modifiers needed", "N620": "reporting-only code",
        "N640": "frequency exceeded for the period", "N674": "prerequisite service not provided",
        // Coverage and other payers (N)
        "N35": "program integrity/utilization review", "N45": "paid the authorized amount",
        "N103": "patient in custody", "N104": "outside our claims jurisdiction", "N174": "not covered; PR amounts only",
        "N193": "another program may cover this", "N197": "subscriber must update insurance with the payer",
        "N216": "not a covered benefit for this member", "N418": "misrouted claim",
        "N425": "excluded by law", "N432": "recovery audit adjustment", "N448": "not on the fee schedule",
        "N587": "policy benefits exhausted",
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
