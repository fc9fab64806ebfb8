/// Shape checks for the codes a claim carries. Shapes only: no licensed code set ships with ClinicDesk.
public enum MedicalCodes {
    /// NPI: 10 digits starting 1 or 2, Luhn check over "80840" + the first 9 digits (1234567893 is valid).
    public static func isValidNPI(_ npi: String) -> Bool {
        // ASCII only: `wholeNumberValue` also reads fullwidth and Arabic-Indic digits, which no payer accepts.
        let digits = npi.compactMap { $0.isASCIIDigit ? $0.wholeNumberValue : nil }
        guard npi.count == 10, digits.count == 10, digits[0] == 1 || digits[0] == 2 else { return false }
        let payload = [8, 0, 8, 4, 0] + digits.prefix(9)
        var sum = 0
        for (offset, digit) in payload.reversed().enumerated() {
            var d = digit
            if offset % 2 == 0 { d *= 2; if d > 9 { d -= 9 } }
            sum += d
        }
        return (10 - sum % 10) % 10 == digits[9]
    }

    /// ICD-10-CM: letter, digit, alphanumeric, then optionally a dot and 1–4 alphanumerics (`S52.521A`, `Z00.00`).
    public static func isValidICD10(_ code: String) -> Bool {
        let chars = Array(code.uppercased())
        guard chars.count >= 3, chars[0].isASCIIUpper, chars[1].isASCIIDigit,
            chars[2].isASCIIDigit || chars[2].isASCIIUpper
        else { return false }
        if chars.count == 3 { return true }
        guard chars[3] == ".", (5...8).contains(chars.count) else { return false }
        return chars[4...].allSatisfy { $0.isASCIIDigit || $0.isASCIIUpper }
    }

    /// ICD-10 as 837P carries it: without the dot.
    public static func icd10WithoutDot(_ code: String) -> String { code.replacingOccurrences(of: ".", with: "") }

    /// CPT: 5 digits, or 4 digits + F (category II), T (category III) or U (PLA).
    public static func isValidCPT(_ code: String) -> Bool {
        let chars = Array(code)
        guard chars.count == 5, chars[0...3].allSatisfy(\.isASCIIDigit) else { return false }
        return chars[4].isASCIIDigit || "FTU".contains(chars[4])
    }

    /// HCPCS Level II: a letter and 4 digits (`G0439`).
    public static func isValidHCPCS(_ code: String) -> Bool {
        let chars = Array(code)
        return chars.count == 5 && chars[0].isASCIIUpper && chars[1...].allSatisfy(\.isASCIIDigit)
    }

    public static func isValidProcedure(_ code: String) -> Bool { isValidCPT(code) || isValidHCPCS(code) }

    /// Modifiers are two alphanumerics (`25`, `59`, `GT`).
    public static func isValidModifier(_ code: String) -> Bool {
        code.count == 2 && code.allSatisfy { $0.isASCIIDigit || $0.isASCIIUpper }
    }
}

import Foundation
