import ClinicDomain
import Foundation

/// The superbill's live checks: what is wrong with each field as it stands, by the rules the domain applies when the
/// claim is made, and what each line will charge.
extension SuperbillForm {
    /// Every field's first problem, in screen order. Diagnoses are checked only once the code set is loaded
    /// (`CodeSetWarmup`), so a keystroke never waits for the file.
    func problems(in practice: Practice) -> [FieldProblem] {
        var found: [FieldProblem] = []
        let texts = diagnosisTexts
        let lastFilled = texts.lastIndex { !$0.isEmpty } ?? -1
        var seen: [String: Int] = [:]
        for (i, text) in texts.enumerated() where i <= lastFilled {
            let field = Field.diagnosis(i)
            guard !text.isEmpty else {
                found.append(FieldProblem(field: field, text: "empty: fill it in or clear the diagnoses after it"))
                continue
            }
            let code = ICD10CM.normalized(text) ?? text.uppercased()
            if let earlier = seen[code] {
                found.append(FieldProblem(field: field, text: "\(code) is already Dx \(earlier + 1)"))
            } else if CodeSetWarmup.isReady, let problem = ICD10CM.problem(text) {
                found.append(FieldProblem(field: field, text: problem))
            }
            seen[code] = seen[code] ?? i
        }
        let diagnosisCount = diagnoses.count
        for (i, text) in lineTexts.enumerated() where !text.isEmpty {
            let field = Field.line(i)
            switch Self.parseLine(text) {
            case .failure(let error):
                found.append(FieldProblem(field: field, text: error.message))
            case .success(let line):
                if fee(of: line, in: practice) == nil {
                    let code = line.code
                    found.append(
                        FieldProblem(
                            field: field, text: "\(code) has no fee in the fee schedule; give one (\(code)=120.00)"))
                } else if let pointer = line.pointers.first(where: { $0 > diagnosisCount }) {
                    let count = diagnosisCount == 1 ? "1 diagnosis" : "\(diagnosisCount) diagnoses"
                    found.append(FieldProblem(field: field, text: "points to Dx \(pointer), but there are \(count)"))
                }
            }
        }
        if !PlaceOfService.isValid(placeOfService) {
            found.append(
                FieldProblem(
                    field: .placeOfService,
                    text: "'\(placeOfService)' is not a CMS place of service (11 office, 02 or 10 telehealth)"))
        }
        return found
    }

    /// A line's fee per unit: the one typed (`=120.00`), else the practice's schedule.
    func fee(of line: NewServiceLine, in practice: Practice) -> Cents? {
        line.fee ?? practice.settings.feeSchedule.fee(for: line.code)
    }

    /// What a line charges (fee × units), if its text parses and has a fee.
    func charge(ofLine index: Int, in practice: Practice) -> (line: NewServiceLine, fee: Cents, charge: Cents)? {
        let text = lineTexts[index]
        guard !text.isEmpty, case .success(let line) = Self.parseLine(text), let fee = fee(of: line, in: practice)
        else { return nil }
        return (line, fee, Cents(fee.value * max(1, line.units)))
    }

    /// The claim's total as the lines stand (lines that do not parse count nothing).
    func total(in practice: Practice) -> Cents {
        lineTexts.indices.reduce(Cents.zero) { sum, i in sum + (charge(ofLine: i, in: practice)?.charge ?? .zero) }
    }
}
