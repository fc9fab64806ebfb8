/// The checks a payer's front end runs on a professional claim (and so ours, before it leaves): each problem as
/// a sentence naming the line or field. Coding checks run when a claim is made or edited; the full set at submit.
public enum ClaimEdits {
    /// The 837P's loop 2400 repeats at most 50 times.
    public static let maxLines = 50

    /// Codes and their shapes: procedure codes, modifiers, units, pointers, diagnoses, place of service.
    public static func codingProblems(diagnoses: [String], lines: [ServiceLine], placeOfService: String) -> [String] {
        var problems: [String] = []
        for code in diagnoses {
            if let problem = ICD10CM.problem(code) { problems.append(problem) }
        }
        if Set(diagnoses).count != diagnoses.count { problems.append("a diagnosis is listed twice") }
        if lines.count > maxLines { problems.append("\(lines.count) lines; a claim carries at most \(maxLines)") }
        for (index, line) in lines.enumerated() {
            let at = "line \(index + 1)"
            if !MedicalCodes.isValidProcedure(line.code) {
                problems.append("\(at): '\(line.code)' is not a CPT/HCPCS code (5 characters: 99214, G0439)")
            }
            for modifier in line.modifiers where !MedicalCodes.isValidModifier(modifier) {
                problems.append("\(at): modifier '\(modifier)' is not two letters/digits")
            }
            if line.charge <= .zero { problems.append("\(at): charge must be positive") }
        }
        problems += ClaimLimits.problems(diagnoses: diagnoses, lines: lines)
        if !PlaceOfService.isValid(placeOfService) {
            problems.append("place of service '\(placeOfService)' is not a CMS code (11 office, 02/10 telehealth)")
        }
        return problems
    }

    /// Everything a payer would bounce the claim for: the coding checks, the rendering provider's NPI, the
    /// practice's billing NPI and tax ID, and a payer to send it to.
    public static func submissionProblems(_ claim: Claim, in practice: Practice) -> [String] {
        var problems: [String] = []
        if claim.lines.isEmpty { problems.append("it has no service lines") }
        if claim.diagnoses.isEmpty { problems.append("it has no diagnosis") }
        problems += codingProblems(
            diagnoses: claim.diagnoses, lines: claim.lines, placeOfService: claim.placeOfService)
        if let provider = practice.staff[claim.provider] {
            if let npi = provider.npi {
                if !MedicalCodes.isValidNPI(npi) { problems.append("rendering NPI '\(npi)' fails the NPI check") }
            } else {
                problems.append("the rendering provider \(provider.id) (\(provider.fullName)) has no NPI")
            }
        } else {
            problems.append("there is no rendering provider \(claim.provider)")
        }
        if let billing = practice.settings.billing {
            problems += billing.problems
        } else {
            problems.append("the practice's billing provider (NPI, tax ID) is not set (`billing set …`)")
        }
        return problems
    }
}
