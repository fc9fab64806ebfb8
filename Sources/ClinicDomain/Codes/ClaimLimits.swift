/// The counts a payer checks on a professional claim (837P / CMS-1500): the form has room for 4 modifiers and 4
/// diagnosis pointers per line and 12 diagnoses per claim, and a line bills at least one unit.
public enum ClaimLimits {
    public static let maxModifiersPerLine = 4
    public static let maxDiagnosisPointersPerLine = 4
    public static let maxDiagnosesPerClaim = 12
    public static let minimumUnits = 1

    /// The problems with a claim's counts, each a sentence naming the line (`line 2: …`, counting from 1).
    /// `diagnosisPointers[i]` are line i's pointers into `diagnoses`, counting from 1 (837P SV107); lines beyond
    /// the array have none to check. Nil: each line's own `pointers`.
    public static func problems(
        diagnoses: [String], lines: [ServiceLine], diagnosisPointers: [[Int]]? = nil
    ) -> [String] {
        let diagnosisPointers = diagnosisPointers ?? lines.map(\.pointers)
        var problems: [String] = []
        if diagnoses.count > maxDiagnosesPerClaim {
            problems.append(
                "the claim has \(diagnoses.count) diagnoses; at most \(maxDiagnosesPerClaim) fit on a claim")
        }
        for (index, line) in lines.enumerated() {
            let name = "line \(index + 1)"
            if line.modifiers.count > maxModifiersPerLine {
                problems.append("\(name) has \(line.modifiers.count) modifiers; at most \(maxModifiersPerLine) fit")
            }
            if line.units < minimumUnits {
                problems.append("\(name) bills \(line.units) units; a line bills at least \(minimumUnits)")
            }
            let pointers = index < diagnosisPointers.count ? diagnosisPointers[index] : []
            if pointers.count > maxDiagnosisPointersPerLine {
                problems.append(
                    "\(name) points to \(pointers.count) diagnoses; at most \(maxDiagnosisPointersPerLine) fit"
                )
            }
            for pointer in pointers where pointer < 1 || pointer > diagnoses.count {
                problems.append("\(name) points to diagnosis \(pointer), but the claim has \(diagnoses.count)")
            }
        }
        return problems
    }
}
