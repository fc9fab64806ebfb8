import Foundation

/// Claim Adjustment Reason Codes seen most at a small practice, with short descriptions for the claim queue.
/// Unknown codes are still accepted (the list is long and changes thrice a year); they just lack a description.
/// Which group a code goes with and how a denial is worked: CARCRules.swift and DenialRoute.swift.
public enum CARC {
    /// A data table: X12's CARC list, trimmed to what a physician practice meets, in plain words. The first
    /// descriptions are terse because the claim queue shows them in a narrow column; keep new ones as short.
    public static let descriptions: [String: String] = [
        // Patient responsibility
        "1": "deductible", "2": "coinsurance", "3": "copay", "66": "blood deductible",
        "100": "payment made to the patient", "142": "monthly Medicaid patient liability",
        "187": "paid from a spending account", "201": "patient owes it under a set-aside agreement",
        "247": "deductible (professional service, institutional claim)",
        "248": "coinsurance (professional service, institutional claim)",
        // Coding and claim information
        "4": "modifier inconsistent", "5": "procedure inconsistent with place of service",
        "6": "procedure inconsistent with age", "7": "procedure inconsistent with sex",
        "8": "procedure inconsistent with provider type", "9": "diagnosis inconsistent with age",
        "10": "diagnosis inconsistent with sex", "11": "diagnosis inconsistent",
        "12": "diagnosis inconsistent with provider type",
        "13": "date of death before date of service", "14": "date of birth after date of service",
        "15": "authorization number missing or invalid", "16": "missing information", "125": "submission/billing error",
        "129": "prior processing information incorrect", "140": "patient name and ID do not match",
        "146": "diagnosis invalid on the date of service", "181": "procedure code invalid on the date of service",
        "182": "modifier invalid on the date of service", "189": "unlisted code billed when a specific one exists",
        "199": "revenue code and procedure code do not match", "206": "NPI missing", "207": "NPI invalid",
        "208": "NPI not matched", "226": "requested information not sent by the provider",
        "227": "requested information not sent by the patient", "250": "attachment content incorrect",
        "251": "attachment content incomplete", "252": "attachment required", "163": "attachment not received",
        "107": "related claim not identified",
        // Duplicates, bundling, frequency
        "18": "duplicate claim", "59": "multiple or concurrent procedure rules",
        "97": "bundled", "234": "procedure not paid separately", "236": "NCCI: not with another procedure that day",
        "231": "mutually exclusive procedures", "B13": "previously paid", "B14": "one visit per physician per day",
        "B15": "qualifying service missing", "B16": "new patient rules not met",
        "B20": "furnished by another provider", "119": "benefit maximum reached",
        "149": "lifetime benefit maximum for this service", "35": "lifetime benefit maximum reached",
        "151": "frequency not supported", "150": "level of service not supported",
        "152": "length of service not supported", "222": "contracted maximum hours/days/units exceeded",
        "273": "coverage guidelines exceeded",
        // Coverage, eligibility, other payers
        "19": "workers' compensation liability", "20": "liability carrier's responsibility",
        "21": "no-fault carrier's responsibility", "22": "other payer primary", "23": "prior payer adjudication",
        "24": "covered by capitation", "26": "before coverage began", "27": "coverage terminated",
        "31": "not our member", "32": "not an eligible dependent", "33": "no dependent coverage",
        "109": "not this payer", "B11": "transferred to the proper payer", "177": "eligibility requirements not met",
        "200": "during a lapse in coverage", "B9": "patient in hospice", "276": "denied by the prior payer",
        // Medical necessity and policy
        "39": "authorization denied when requested", "40": "not emergency/urgent care",
        "49": "routine exam not covered", "50": "not medically necessary", "51": "pre-existing condition",
        "53": "immediate relative not covered", "54": "multiple surgeons not covered",
        "55": "experimental/investigational", "56": "not proven effective", "58": "wrong place of service",
        "96": "non-covered charge", "167": "diagnosis not covered", "170": "not payable to this provider type",
        "171": "not payable to this provider type here", "172": "reduced for this specialty",
        "185": "rendering provider not eligible", "183": "referring provider not eligible",
        "184": "ordering provider not eligible", "197": "no precertification", "198": "precertification exceeded",
        "204": "not covered by plan", "242": "not a network/primary care provider",
        "243": "not authorized by network/primary care provider", "272": "coverage guidelines not met",
        "284": "authorization does not apply to these services", "288": "referral absent", "287": "referral exceeded",
        "B7": "provider not eligible on the date of service", "B22": "adjusted for the diagnosis",
        "B23": "not covered by the CLIA certificate", "A1": "claim/service denied",
        // Filing limits, appeals, contracts
        "29": "filing limit expired", "285": "appeal procedures not followed", "286": "appeal time limit expired",
        "45": "contractual", "131": "negotiated discount", "104": "managed care withholding",
        "144": "incentive adjustment", "209": "not collectable from the patient; bill the next payer",
        "253": "sequestration", "237": "legislated penalty", "256": "not payable under the managed care contract",
        "186": "level of care change", "133": "pending further review", "193": "original decision upheld",
        "94": "processed in excess of charges", "B4": "late filing penalty", "225": "penalty or interest payment",
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
