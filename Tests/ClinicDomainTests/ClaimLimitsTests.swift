import ClinicDomain
import Testing

@Suite struct ClaimLimitsTests {
    private func line(modifiers: [String] = [], units: Int = 1) -> ServiceLine {
        ServiceLine(code: "99213", modifiers: modifiers, units: units, charge: Cents(10_000))
    }

    @Test func theLimitsAreTheFormsRoom() {
        #expect(ClaimLimits.maxModifiersPerLine == 4)
        #expect(ClaimLimits.maxDiagnosisPointersPerLine == 4)
        #expect(ClaimLimits.maxDiagnosesPerClaim == 12)
        #expect(ClaimLimits.minimumUnits == 1)
    }

    @Test func aClaimAtTheLimitsHasNoProblems() {
        let diagnoses = (0..<12).map { "Z00.0\($0 % 2)" }
        let lines = [line(modifiers: ["25", "59", "GT", "95"], units: 1), line(units: 3)]
        #expect(
            ClaimLimits.problems(diagnoses: diagnoses, lines: lines, diagnosisPointers: [[1, 2, 3, 12], [4]]).isEmpty)
        #expect(ClaimLimits.problems(diagnoses: ["I10"], lines: [line()]).isEmpty)
    }

    @Test func everyProblemIsASentenceNamingTheLine() {
        let problems = ClaimLimits.problems(
            diagnoses: (1...13).map { _ in "I10" },
            lines: [line(), line(modifiers: ["25", "59", "GT", "95", "76"], units: 0)],
            diagnosisPointers: [[1, 2, 3, 4, 5], [0, 14]]
        )
        #expect(
            problems == [
                "the claim has 13 diagnoses; at most 12 fit on a claim",
                "line 1 points to 5 diagnoses; at most 4 fit",
                "line 2 has 5 modifiers; at most 4 fit",
                "line 2 bills 0 units; a line bills at least 1",
                "line 2 points to diagnosis 0, but the claim has 13",
                "line 2 points to diagnosis 14, but the claim has 13",
            ])
    }

    @Test func negativeUnitsAndPointersWithoutDiagnosesAreRefused() {
        #expect(
            ClaimLimits.problems(diagnoses: [], lines: [line(units: -2)], diagnosisPointers: [[1]]) == [
                "line 1 bills -2 units; a line bills at least 1",
                "line 1 points to diagnosis 1, but the claim has 0",
            ])
    }
}
