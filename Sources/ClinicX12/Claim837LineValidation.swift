import ClinicDomain

/// The checks of one service line (loop 2400) and of another payer's decision on it (loop 2430).
enum Claim837LineValidation {
    typealias V = Claim837Validation

    static func normalized(
        _ input: Claim837ServiceLine, _ place: Claim837Error.Place, diagnosisCount: Int, birth: LocalDate,
        today: LocalDate
    ) throws(Claim837Error) -> Claim837ServiceLine {
        var line = input
        line.procedureCode = input.procedureCode.uppercased()
        if !MedicalCodes.isValidProcedure(line.procedureCode) {
            throw Claim837Error(
                place, field: "procedureCode",
                "procedure '\(input.procedureCode)' is not a CPT (99213) or HCPCS (G0439) code")
        }
        if input.modifiers.count > V.maximumModifiers {
            throw Claim837Error(
                place, field: "modifiers", "\(input.modifiers.count) modifiers; at most \(V.maximumModifiers)")
        }
        line.modifiers = []
        for modifier in input.modifiers {
            let upper = modifier.uppercased()
            if !MedicalCodes.isValidModifier(upper) || !upper.unicodeScalars.allSatisfy(\.isASCII) {
                throw Claim837Error(place, field: "modifiers", "modifier '\(modifier)' is not two letters or digits")
            }
            line.modifiers.append(upper)
        }
        if input.charge.value <= 0 {
            throw Claim837Error(place, field: "charge", "charge \(input.charge) is not positive")
        }
        if !(1...V.maximumUnits).contains(input.units) {
            throw Claim837Error(place, field: "units", "\(input.units) units; 1 to \(V.maximumUnits)")
        }
        try pointers(input.diagnosisPointers, place, diagnosisCount: diagnosisCount)
        try V.checkYear(input.serviceDate, place, field: "serviceDate")
        if input.serviceDate > today {
            throw Claim837Error(
                place, field: "serviceDate", "serviceDate \(input.serviceDate) is after the file's date \(today)")
        }
        if input.serviceDate < birth {
            throw Claim837Error(
                place, field: "serviceDate", "serviceDate \(input.serviceDate) is before the patient's birth \(birth)")
        }
        if let code = input.placeOfService {
            try Claim837ClaimValidation.placeOfService(code, place, field: "placeOfService")
        }
        if let adjudication = input.otherPayerAdjudication {
            try check(adjudication, of: input, place, today: today)
        }
        return line
    }

    private static func pointers(
        _ pointers: [Int], _ place: Claim837Error.Place, diagnosisCount: Int
    ) throws(Claim837Error) {
        if pointers.isEmpty {
            throw Claim837Error(place, field: "diagnosisPointers", "no diagnosis pointers; at least 1")
        }
        if pointers.count > V.maximumPointers {
            throw Claim837Error(
                place, field: "diagnosisPointers",
                "\(pointers.count) diagnosis pointers; at most \(V.maximumPointers)")
        }
        for pointer in pointers where !(1...max(1, diagnosisCount)).contains(pointer) || diagnosisCount == 0 {
            throw Claim837Error(
                place, field: "diagnosisPointers",
                "diagnosis pointer \(pointer) points at no diagnosis (the claim has \(diagnosisCount))")
        }
        if Set(pointers).count != pointers.count {
            throw Claim837Error(place, field: "diagnosisPointers", "a diagnosis pointer is repeated")
        }
    }

    /// Paid plus adjustments must come back to the line's charge: the next payer reads the difference as owed.
    private static func check(
        _ adjudication: Claim837LineAdjudication, of line: Claim837ServiceLine, _ place: Claim837Error.Place,
        today: LocalDate
    ) throws(Claim837Error) {
        let field = "otherPayerAdjudication"
        if adjudication.paidAmount.value < 0 {
            throw Claim837Error(place, field: "\(field).paidAmount", "the other payer's paid amount is negative")
        }
        let adjusted = try Claim837OtherPayerValidation.total(
            adjudication.adjustments, place, field: "\(field).adjustments")
        let (balance, overflow) = adjudication.paidAmount.value.addingReportingOverflow(adjusted)
        if overflow || balance != line.charge.value {
            throw Claim837Error(
                place, field: field,
                "paid \(adjudication.paidAmount) plus adjustments \(Cents(adjusted)) is not the charge \(line.charge)")
        }
        try V.checkYear(adjudication.adjudicationDate, place, field: "\(field).adjudicationDate")
        if adjudication.adjudicationDate > today || adjudication.adjudicationDate < line.serviceDate {
            throw Claim837Error(
                place, field: "\(field).adjudicationDate",
                "adjudicationDate \(adjudication.adjudicationDate) is not between the service date and the file's date")
        }
    }
}
