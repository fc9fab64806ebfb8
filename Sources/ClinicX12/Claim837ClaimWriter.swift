import ClinicDomain

/// Loop 2300 and below for one checked claim: CLM, REF*F8, HI, the rendering provider, the other payer and the
/// service lines.
enum Claim837ClaimWriter {
    static func write(_ claim: Claim837Claim, billing: Claim837BillingProvider, _ out: inout X12SegmentWriter) {
        out.add(
            "CLM", claim.id, X12Separators.cents(claim.totalCharge), "", "",
            out.composite([claim.placeOfService, "B", claim.frequency.rawValue]),
            claim.providerSignatureOnFile ? "Y" : "N", claim.assignment.rawValue, claim.benefitsAssigned ? "Y" : "N",
            claim.releaseOfInformation.rawValue)
        if let original = claim.originalClaimNumber { out.add("REF", "F8", original) }
        let codes = claim.diagnoses.enumerated().map { index, code in
            out.composite([index == 0 ? "ABK" : "ABF", code])
        }
        out.add("HI", codes)
        // The guide: send 2310B only when the rendering provider is not the billing provider.
        if let rendering = claim.renderingProvider, rendering.npi != billing.npi {
            Claim837Writer.writePerson("82", rendering.name, idQualifier: "XX", id: rendering.npi, &out)
            if let taxonomy = rendering.taxonomyCode { out.add("PRV", "PE", "PXC", taxonomy) }
        }
        if let other = claim.otherPayer { writeOtherPayer(other, claim: claim, &out) }
        for (index, line) in claim.lines.enumerated() {
            writeLine(line, number: index + 1, claim: claim, &out)
        }
    }

    private static func writeOtherPayer(
        _ other: Claim837OtherPayer, claim: Claim837Claim, _ out: inout X12SegmentWriter
    ) {
        out.add(
            "SBR", other.payerResponsibility.rawValue, other.patientRelationship?.rawValue ?? "18",
            other.groupNumber ?? "", "", "", "", "", "", other.filingIndicator.rawValue)
        writeAdjustments(other.claimAdjustments, &out)
        out.add("AMT", "D", X12Separators.cents(other.paidAmount))
        out.add("OI", "", "", claim.benefitsAssigned ? "Y" : "N", "", "", claim.releaseOfInformation.rawValue)
        Claim837Writer.writePerson("IL", other.subscriberName, idQualifier: "MI", id: other.memberID, &out)
        out.add("NM1", "PR", "2", other.payer.name, "", "", "", "", "PI", other.payer.payerID)
        // With line-level adjudication the lines carry the date (2430 DTP*573); otherwise the claim does.
        if !claim.lines.contains(where: { $0.otherPayerAdjudication != nil }) {
            out.add("DTP", "573", "D8", Claim837Writer.ccyymmdd(other.adjudicationDate))
        }
    }

    private static func writeLine(
        _ line: Claim837ServiceLine, number: Int, claim: Claim837Claim, _ out: inout X12SegmentWriter
    ) {
        out.add("LX", "\(number)")
        let procedure = out.composite(["HC", line.procedureCode] + line.modifiers)
        let linePlace = line.placeOfService.flatMap { $0 == claim.placeOfService ? nil : $0 } ?? ""
        out.add(
            "SV1", procedure, X12Separators.cents(line.charge), "UN", "\(line.units)", linePlace, "",
            out.composite(line.diagnosisPointers.map { "\($0)" }))
        out.add("DTP", "472", "D8", Claim837Writer.ccyymmdd(line.serviceDate))
        if let adjudication = line.otherPayerAdjudication, let other = claim.otherPayer {
            out.add(
                "SVD", other.payer.payerID, X12Separators.cents(adjudication.paidAmount), procedure, "",
                "\(line.units)")
            writeAdjustments(adjudication.adjustments, &out)
            out.add("DTP", "573", "D8", Claim837Writer.ccyymmdd(adjudication.adjudicationDate))
        }
    }

    /// CAS*group*reason*amount**reason*amount…: quantities left empty.
    private static func writeAdjustments(_ adjustments: [Claim837Adjustment], _ out: inout X12SegmentWriter) {
        for segment in Claim837OtherPayerValidation.casSegments(adjustments) {
            guard let group = segment.first?.group else { continue }
            var elements = [group.rawValue]
            for adjustment in segment {
                elements += [adjustment.reasonCode, X12Separators.cents(adjustment.amount), ""]
            }
            out.add("CAS", elements)
        }
    }
}
