import ClinicDomain

/// The checks of one claim (loop 2300 and below), returning it as the file carries it.
enum Claim837ClaimValidation {
    typealias V = Claim837Validation

    static func normalized(_ input: Claim837Claim, today: LocalDate) throws(Claim837Error) -> Claim837Claim {
        var claim = input
        let place = Claim837Error.Place.claim(input.id)
        claim.id = try X12ElementText.identifier(input.id, place, field: "id", maximum: 38)
        if input.totalCharge.value <= 0 {
            throw Claim837Error(place, field: "totalCharge", "totalCharge \(input.totalCharge) is not positive")
        }
        try placeOfService(input.placeOfService, place, field: "placeOfService")
        switch (input.frequency, input.originalClaimNumber) {
        case (.original, nil): break
        case (.original, .some):
            throw Claim837Error(
                place, field: "originalClaimNumber", "an original claim (frequency 1) carries no originalClaimNumber")
        case (.replacement, nil), (.void, nil):
            throw Claim837Error(
                place, field: "originalClaimNumber",
                "frequency \(input.frequency.rawValue) needs the payer's originalClaimNumber (REF*F8)")
        case (_, .some(let number)):
            claim.originalClaimNumber = try X12ElementText.identifier(
                number, place, field: "originalClaimNumber", maximum: 50)
        }
        claim.subscriber = try subscriber(input.subscriber, place, today: today)
        if let patient = input.patient {
            var out = patient
            out.name = try V.personName(patient.name, place, field: "patient.name")
            try birthDate(patient.birthDate, place, field: "patient.birthDate", today: today)
            out.address = try V.address(patient.address, place, field: "patient.address")
            claim.patient = out
        }
        claim.payer = try payer(input.payer, place, field: "payer")
        if let rendering = input.renderingProvider {
            var out = rendering
            out.name = try V.personName(rendering.name, place, field: "renderingProvider.name")
            try V.checkNPI(rendering.npi, place, field: "renderingProvider.npi")
            if let code = rendering.taxonomyCode {
                out.taxonomyCode = try V.taxonomy(code, place, field: "renderingProvider.taxonomyCode")
            }
            claim.renderingProvider = out
        }
        claim.diagnoses = try diagnoses(input.diagnoses, place)
        if input.lines.isEmpty { throw Claim837Error(place, field: "lines", "no service lines; at least 1") }
        if input.lines.count > V.maximumLines {
            throw Claim837Error(place, field: "lines", "\(input.lines.count) service lines; at most \(V.maximumLines)")
        }
        let birth = (input.patient?.birthDate ?? input.subscriber.birthDate)
        claim.lines = []
        for (index, line) in input.lines.enumerated() {
            let linePlace = Claim837Error.Place.line(claim: input.id, line: index + 1)
            claim.lines.append(
                try Claim837LineValidation.normalized(
                    line, linePlace, diagnosisCount: input.diagnoses.count, birth: birth, today: today))
        }
        var sum = 0
        for line in input.lines {
            let (next, overflow) = sum.addingReportingOverflow(line.charge.value)
            if overflow { throw Claim837Error(place, field: "lines", "the line charges overflow") }
            sum = next
        }
        if sum != input.totalCharge.value {
            throw Claim837Error(
                place, field: "totalCharge",
                "totalCharge \(input.totalCharge) is not the sum of the line charges, \(Cents(sum))")
        }
        if let other = input.otherPayer {
            claim.otherPayer = try Claim837OtherPayerValidation.normalized(other, claim: input, today: today)
        } else if let index = input.lines.firstIndex(where: { $0.otherPayerAdjudication != nil }) {
            throw Claim837Error(
                .line(claim: input.id, line: index + 1), field: "otherPayerAdjudication",
                "a line carries another payer's adjudication but the claim has no otherPayer")
        }
        return claim
    }

    static func placeOfService(
        _ code: String, _ place: Claim837Error.Place, field: String
    ) throws(Claim837Error) {
        let scalars = code.unicodeScalars
        if scalars.count != 2 || !scalars.allSatisfy({ ("0"..."9").contains($0) }) || code == "00" {
            throw Claim837Error(place, field: field, "\(field) '\(code)' is not a two-digit place-of-service code")
        }
    }

    static func birthDate(
        _ date: LocalDate, _ place: Claim837Error.Place, field: String, today: LocalDate
    ) throws(Claim837Error) {
        try V.checkYear(date, place, field: field)
        if date > today {
            throw Claim837Error(place, field: field, "\(field) \(date) is after the file's date \(today)")
        }
    }

    static func payer(
        _ input: Claim837Payer, _ place: Claim837Error.Place, field: String
    ) throws(Claim837Error) -> Claim837Payer {
        var out = input
        out.name = try X12ElementText.text(input.name, place, field: "\(field).name", maximum: 60)
        out.payerID = try X12ElementText.identifier(
            input.payerID, place, field: "\(field).payerID", minimum: 2, maximum: 80)
        return out
    }

    private static func subscriber(
        _ input: Claim837Subscriber, _ place: Claim837Error.Place, today: LocalDate
    ) throws(Claim837Error) -> Claim837Subscriber {
        var out = input
        out.memberID = try X12ElementText.identifier(
            input.memberID, place, field: "subscriber.memberID", minimum: 2, maximum: 80)
        out.name = try V.personName(input.name, place, field: "subscriber.name")
        try birthDate(input.birthDate, place, field: "subscriber.birthDate", today: today)
        out.address = try V.address(input.address, place, field: "subscriber.address")
        if let group = input.groupNumber {
            out.groupNumber = try X12ElementText.identifier(group, place, field: "subscriber.groupNumber", maximum: 50)
        }
        return out
    }

    /// ICD-10-CM with the dot in, without it out; the first is the principal diagnosis.
    private static func diagnoses(_ codes: [String], _ place: Claim837Error.Place) throws(Claim837Error) -> [String] {
        if codes.isEmpty { throw Claim837Error(place, field: "diagnoses", "no diagnoses; at least 1") }
        if codes.count > V.maximumDiagnoses {
            throw Claim837Error(place, field: "diagnoses", "\(codes.count) diagnoses; at most \(V.maximumDiagnoses)")
        }
        var out: [String] = []
        for (index, code) in codes.enumerated() {
            let upper = code.uppercased()
            if !MedicalCodes.isValidICD10(upper) || !upper.unicodeScalars.allSatisfy(\.isASCII) {
                throw Claim837Error(
                    place, field: "diagnoses", "diagnosis \(index + 1) '\(code)' is not an ICD-10-CM code like E11.9")
            }
            let bare = MedicalCodes.icd10WithoutDot(upper)
            if out.contains(bare) {
                throw Claim837Error(place, field: "diagnoses", "diagnosis \(index + 1) '\(code)' is listed twice")
            }
            out.append(bare)
        }
        return out
    }
}
