import ClinicDomain

/// Writes ASC X12 837P professional claim files (005010X222A1): one interchange, one functional group, one
/// transaction set; the claims under the billing provider, grouped by subscriber. The same input gives the same
/// text, byte for byte. Everything is checked first (`Claim837Error` names the claim, line and field).
public enum Claim837Writer {
    public static let implementationGuide = "005010X222A1"
    /// The 837P guide lets loop 2300 repeat 100 times under one subscriber or patient; more start a new HL.
    static let claimsPerHierarchy = 100

    /// Checks `file` without writing it.
    public static func validate(_ file: Claim837File) throws(Claim837Error) {
        _ = try Claim837Validation.normalized(file)
    }

    /// The file's text. With `lineBreaks` every segment terminator is followed by a newline for people reading
    /// it; without, the file is one line, as some clearinghouses want.
    public static func write(_ input: Claim837File, lineBreaks: Bool = true) throws(Claim837Error) -> String {
        let file = try Claim837Validation.normalized(input)
        var out = X12SegmentWriter(lineBreaks: lineBreaks)
        let control = file.interchange.controlNumber
        writeEnvelopeHeader(file.interchange, &out)
        out.resetCount()
        out.add("ST", "837", "0001", implementationGuide)
        out.add(
            "BHT", "0019", "00", "\(control)", ccyymmdd(file.interchange.createdOn),
            hhmm(file.interchange.createdAt), "CH")
        out.add("NM1", "41", "2", file.submitter.name, "", "", "", "", "46", file.submitter.id)
        out.add("PER", "IC", file.submitter.contactName, "TE", file.submitter.phone)
        out.add("NM1", "40", "2", file.receiver.name, "", "", "", "", "46", file.receiver.id)
        var hierarchy = HierarchyWriter()
        let billingID = hierarchy.open(parent: nil, level: "20", hasChildren: true, &out)
        writeBillingProvider(file.billingProvider, &out)
        for group in subscriberGroups(file.claims) {
            writeSubscriberGroup(group, billing: file.billingProvider, parent: billingID, &hierarchy, &out)
        }
        out.add("SE", "\(out.count + 1)", "0001")
        out.add("GE", "1", "\(control)")
        out.add("IEA", "1", nineDigits(control))
        return out.text
    }

    private static func writeEnvelopeHeader(_ interchange: Claim837Interchange, _ out: inout X12SegmentWriter) {
        let blank10 = String(repeating: " ", count: 10)
        let date = ccyymmdd(interchange.createdOn)
        out.add(
            "ISA", "00", blank10, "00", blank10, interchange.senderQualifier, padded(interchange.senderID),
            interchange.receiverQualifier, padded(interchange.receiverID), String(date.dropFirst(2)),
            hhmm(interchange.createdAt), String(out.separators.repetition), "00501",
            nineDigits(interchange.controlNumber), interchange.acknowledgmentRequested ? "1" : "0",
            interchange.usage.rawValue, String(out.separators.component))
        out.add(
            "GS", "HC", interchange.senderID, interchange.receiverID, date, hhmm(interchange.createdAt),
            "\(interchange.controlNumber)", "X", implementationGuide)
    }

    private static func writeBillingProvider(_ provider: Claim837BillingProvider, _ out: inout X12SegmentWriter) {
        if let taxonomy = provider.taxonomyCode { out.add("PRV", "BI", "PXC", taxonomy) }
        out.add("NM1", "85", "2", provider.organizationName, "", "", "", "", "XX", provider.npi)
        writeAddress(provider.address, &out)
        out.add("REF", "EI", provider.ein)
    }

    // MARK: Subscribers and patients

    /// Claims that share one HL 22: the same subscriber, payer and policy, and either all for the subscriber
    /// (SBR02 18) or all for dependents, each dependent under its own HL 23.
    struct SubscriberGroup {
        var claims: [Claim837Claim]
        var first: Claim837Claim { claims[0] }
    }

    static func subscriberGroups(_ claims: [Claim837Claim]) -> [SubscriberGroup] {
        var groups: [SubscriberGroup] = []
        for claim in claims {
            let index = groups.firstIndex { group in
                group.first.subscriber == claim.subscriber && group.first.payer == claim.payer
                    && (group.first.patient == nil) == (claim.patient == nil)
                    && (claim.patient != nil || group.claims.count < claimsPerHierarchy)
            }
            if let index {
                groups[index].claims.append(claim)
            } else {
                groups.append(SubscriberGroup(claims: [claim]))
            }
        }
        return groups
    }

    private static func writeSubscriberGroup(
        _ group: SubscriberGroup, billing: Claim837BillingProvider, parent: Int, _ hierarchy: inout HierarchyWriter,
        _ out: inout X12SegmentWriter
    ) {
        let subscriber = group.first.subscriber
        let isPatient = group.first.patient == nil
        let subscriberID = hierarchy.open(parent: parent, level: "22", hasChildren: !isPatient, &out)
        out.add(
            "SBR", subscriber.payerResponsibility.rawValue, isPatient ? "18" : "", subscriber.groupNumber ?? "", "",
            "", "", "", "", subscriber.filingIndicator.rawValue)
        writePerson("IL", subscriber.name, idQualifier: "MI", id: subscriber.memberID, &out)
        writeAddress(subscriber.address, &out)
        // The guide wants the subscriber's demographics only when the subscriber is the patient.
        if isPatient { out.add("DMG", "D8", ccyymmdd(subscriber.birthDate), subscriber.gender.rawValue) }
        out.add("NM1", "PR", "2", group.first.payer.name, "", "", "", "", "PI", group.first.payer.payerID)
        if isPatient {
            for claim in group.claims { Claim837ClaimWriter.write(claim, billing: billing, &out) }
            return
        }
        var patients: [[Claim837Claim]] = []
        for claim in group.claims {
            if let index = patients.firstIndex(where: {
                $0[0].patient == claim.patient && $0.count < claimsPerHierarchy
            }) {
                patients[index].append(claim)
            } else {
                patients.append([claim])
            }
        }
        for claims in patients {
            guard let patient = claims[0].patient else { continue }
            _ = hierarchy.open(parent: subscriberID, level: "23", hasChildren: false, &out)
            out.add("PAT", patient.relationship.rawValue)
            writePerson("QC", patient.name, idQualifier: "", id: "", &out)
            writeAddress(patient.address, &out)
            out.add("DMG", "D8", ccyymmdd(patient.birthDate), patient.gender.rawValue)
            for claim in claims { Claim837ClaimWriter.write(claim, billing: billing, &out) }
        }
    }

    // MARK: Shared segments

    static func writePerson(
        _ entity: String, _ name: Claim837PersonName, idQualifier: String, id: String, _ out: inout X12SegmentWriter
    ) {
        out.add("NM1", entity, "1", name.last, name.first, name.middle ?? "", "", "", idQualifier, id)
    }

    static func writeAddress(_ address: Claim837Address, _ out: inout X12SegmentWriter) {
        out.add("N3", address.line, address.secondLine ?? "")
        out.add("N4", address.city, address.state, address.zip)
    }

    static func ccyymmdd(_ date: LocalDate) -> String {
        "\(date.year)" + two(date.month) + two(date.day)
    }

    static func hhmm(_ time: TimeOfDay) -> String { two(time.hour) + two(time.minute) }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func nineDigits(_ value: Int) -> String {
        let text = "\(value)"
        return String(repeating: "0", count: max(0, 9 - text.count)) + text
    }

    private static func padded(_ id: String) -> String {
        id + String(repeating: " ", count: max(0, 15 - id.count))
    }
}

/// Numbers HL segments in order and remembers each one's parent.
struct HierarchyWriter {
    private var last = 0

    /// Writes `HL*id*parent*level*children` and returns the new ID.
    mutating func open(parent: Int?, level: String, hasChildren: Bool, _ out: inout X12SegmentWriter) -> Int {
        last += 1
        out.add("HL", "\(last)", parent.map { "\($0)" } ?? "", level, hasChildren ? "1" : "0")
        return last
    }
}
