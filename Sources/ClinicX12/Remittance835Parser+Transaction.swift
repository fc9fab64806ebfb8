import ClinicDomain

/// One transaction set's body, ST and SE excluded: header (BPR, TRN), payer (1000A), payee (1000B), claims (2100)
/// with their service lines (2110), then PLB. Segments are taken in that order; a modelled segment out of its
/// place is refused, an unmodelled one is checked for its place only and counted.
struct TransactionReader {
    let st: X12Segment
    let body: [X12Segment]
    let separators: X12Separators

    private var payment: RemittancePayment?
    private var trace: RemittanceTrace?
    private var payer: RemittanceParty?
    private var payee: RemittanceParty?
    private var claims: [RemittanceClaim] = []
    private var providerAdjustments: [ProviderAdjustment] = []
    private var skipped = 0
    private var place = Place.header

    /// Where in the set the reader is, which decides what CAS, DTM, AMT, REF mean.
    private enum Place { case header, payer, payee, claim, service, trailer }

    init(st: X12Segment, body: [X12Segment], separators: X12Separators) {
        self.st = st; self.body = body; self.separators = separators
    }

    mutating func read(interchange: String, group: String, envelope: Remittance835Parser.TransactionEnvelope)
        throws(X12Error) -> RemittanceAdvice
    {
        for segment in body { try take(segment) }
        guard let payment else { throw st.error("has no BPR: an 835 starts with its payment information") }
        guard let trace else { throw st.error("has no TRN: an 835 carries its check or EFT trace number") }
        guard let payer else { throw st.error("has no payer (N1*PR, loop 1000A)") }
        guard let payee else { throw st.error("has no payee (N1*PE, loop 1000B)") }
        try checkMagnitude(payment)
        return RemittanceAdvice(
            interchangeControlNumber: interchange, groupControlNumber: group,
            controlNumber: envelope.controlNumber, version: envelope.version, segmentNumber: st.number,
            payment: payment, trace: trace, payer: payer, payee: payee, claims: claims,
            providerAdjustments: providerAdjustments, skippedSegmentCount: skipped)
    }

    /// All the set's amounts together stay within a trillion dollars, as each one does: then no sum the
    /// reconciliation takes can overflow, however many segments a file has.
    private func checkMagnitude(_ payment: RemittancePayment) throws(X12Error) {
        var amounts = [payment.amount] + providerAdjustments.flatMap { $0.items.map(\.amount) }
        for claim in claims {
            amounts += [claim.charge, claim.paid, claim.patientResponsibility ?? .zero] + claim.amounts.map(\.amount)
            amounts += claim.adjustments.map(\.amount)
            for line in claim.services {
                amounts += [line.charge, line.paid, line.allowed ?? .zero] + line.adjustments.map(\.amount)
            }
        }
        var total = 0
        for amount in amounts {
            let (sum, overflow) = total.addingReportingOverflow(abs(amount.value))
            total = sum
            guard !overflow, total <= X12Segment.largestDollars * 100 else {
                throw st.error("carries amounts that add up to more than $1,000,000,000,000")
            }
        }
    }

    private mutating func take(_ segment: X12Segment) throws(X12Error) {
        if payment == nil, segment.id != "BPR" {
            throw segment.error("comes before BPR, which must follow ST")
        }
        switch segment.id {
        case "BPR":
            guard payment == nil else { throw segment.error("is a second BPR in one transaction set") }
            payment = try Self.payment(segment)
        case "TRN":
            guard place == .header, trace == nil else { throw segment.error("must come once, in the header after BPR") }
            try segment.noElements(after: 4)
            _ = try segment.code(1, "trace type", in: ["1"])
            trace = RemittanceTrace(
                traceNumber: try segment.required(2, "check or EFT trace number"),
                payerIdentifier: try segment.required(3, "payer identifier"))
        case "N1": try takeParty(segment)
        case "REF" where place == .payer && segment[1] == "2U":
            payer?.additionalID = try segment.required(2, "payer identification number")
        case "CLP": try takeClaim(segment)
        case "SVC": try takeService(segment)
        case "CAS": try takeAdjustment(segment)
        case "NM1" where segment[1] == "QC": try takePatient(segment)
        case "DTM": try takeDate(segment)
        case "AMT": try takeAmount(segment)
        case "LQ": try takeRemark(segment)
        case "PLB":
            guard payee != nil else { throw segment.error("comes before the payer and payee") }
            place = .trailer
            providerAdjustments.append(try Self.providerAdjustment(segment, component: separators.component))
        default:
            guard place != .trailer else { throw segment.error("comes after PLB, which only SE may follow") }
            skipped += 1
        }
    }

    private static let handlingCodes: Set<String> = ["C", "D", "H", "I", "P", "U", "X"]
    private static let paymentMethods: Set<String> = ["ACH", "BOP", "CHK", "FWT", "NON"]

    private static func payment(_ bpr: X12Segment) throws(X12Error) -> RemittancePayment {
        try bpr.noElements(after: 21)
        return RemittancePayment(
            handlingCode: try bpr.code(1, "transaction handling code", in: handlingCodes),
            amount: try bpr.amount(2, "total actual provider payment"),
            isCredit: try bpr.code(3, "credit or debit flag", in: ["C", "D"]) == "C",
            method: try bpr.code(4, "payment method", in: paymentMethods),
            date: try bpr.date(16, "payment date"))
    }

    private mutating func takeParty(_ n1: X12Segment) throws(X12Error) {
        try n1.noElements(after: 6)
        let party = RemittanceParty(
            name: try n1.required(2, "name"), idQualifier: n1.optional(3), id: n1.optional(4), additionalID: nil)
        if party.idQualifier != nil, party.id == nil {
            throw n1.error("(identification code) is missing after N103", element: 4)
        }
        switch n1[1] {
        case "PR":
            guard place == .header, payer == nil else { throw n1.error("must come once, after BPR and TRN") }
            guard trace != nil else { throw n1.error("comes before TRN") }
            payer = party
            place = .payer
        case "PE":
            guard place == .payer, payee == nil else { throw n1.error("must come once, after the payer (N1*PR)") }
            guard let qualifier = party.idQualifier, let id = party.id else {
                throw n1.error("(payee identification) is missing: the payee is named by NPI or tax ID", element: 3)
            }
            if qualifier == "XX", !MedicalCodes.isValidNPI(id) {
                throw n1.error("'\(id)' is not a valid NPI (ten digits, Luhn check)", element: 4)
            }
            payee = party
            place = .payee
        default:
            throw n1.error("'\(n1[1])' is not PR (payer) or PE (payee)", element: 1)
        }
    }

    private mutating func takeClaim(_ clp: X12Segment) throws(X12Error) {
        guard payee != nil, place == .payee || place == .claim || place == .service else {
            throw clp.error(place == .trailer ? "comes after PLB" : "comes before the payer and payee")
        }
        try clp.noElements(after: 14)
        let statusCode = try clp.required(2, "claim status")
        guard let status = ClaimPaymentStatus(rawValue: statusCode) else {
            let known = ClaimPaymentStatus.allCases.map(\.rawValue).joined(separator: ", ")
            throw clp.error("'\(statusCode)' is not a claim status this reader knows (\(known))", element: 2)
        }
        claims.append(
            RemittanceClaim(
                segmentNumber: clp.number, patientControlNumber: try clp.required(1, "patient control number"),
                status: status, charge: try clp.amount(3, "total claim charge"),
                paid: try clp.amount(4, "claim payment"),
                patientResponsibility: try clp.optionalAmount(5, "patient responsibility"),
                filingIndicator: try clp.required(6, "claim filing indicator"),
                payerClaimControlNumber: try clp.required(7, "payer claim control number"),
                frequency: clp.optional(9), adjustments: [], patient: nil, statementStart: nil, statementEnd: nil,
                received: nil, amounts: [], services: []))
        place = .claim
    }

    private mutating func takeService(_ svc: X12Segment) throws(X12Error) {
        guard place == .claim || place == .service, !claims.isEmpty else {
            throw svc.error("is outside a claim: a service line follows its CLP")
        }
        try svc.noElements(after: 7)
        let service = RemittanceService(
            segmentNumber: svc.number, procedure: try procedure(svc), charge: try svc.amount(2, "line item charge"),
            paid: try svc.amount(3, "line item provider payment"), revenueCode: svc.optional(4),
            units: try svc.quantity(5, "units of service paid") ?? "1", serviceDate: nil, periodStart: nil,
            periodEnd: nil, adjustments: [], allowed: nil, remarks: [])
        claims[claims.count - 1].services.append(service)
        place = .service
    }

    private func procedure(_ svc: X12Segment) throws(X12Error) -> RemittanceProcedure {
        let text = try svc.required(1, "composite medical procedure identifier")
        let parts = text.split(separator: separators.component, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts.count <= 7, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw svc.error(
                "'\(text)' is not qualifier\(separators.component)code with up to four modifiers and a description",
                element: 1)
        }
        guard parts[0].count == 2, parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw svc.error("'\(parts[0])' is not a product or service ID qualifier (HC, AD, ER, IV, N4 …)", element: 1)
        }
        let modifiers = parts.count > 2 ? Array(parts[2..<min(parts.count, 6)]) : []
        for modifier in modifiers where !modifier.isEmpty && modifier.count != 2 {
            throw svc.error("'\(modifier)' is not a two-character procedure modifier", element: 1)
        }
        return RemittanceProcedure(
            qualifier: parts[0], code: parts[1], modifiers: modifiers.filter { !$0.isEmpty },
            description: parts.count == 7 && !parts[6].isEmpty ? parts[6] : nil)
    }

    private mutating func takeAdjustment(_ cas: X12Segment) throws(X12Error) {
        let adjustments = try Self.adjustments(cas)
        switch place {
        case .claim: claims[claims.count - 1].adjustments += adjustments
        case .service: appendToService { $0.adjustments += adjustments }
        default: throw cas.error("is outside a claim or service line")
        }
    }

    /// CAS01 group, then up to six triples (reason, amount, quantity) in CAS02–CAS19.
    static func adjustments(_ cas: X12Segment) throws(X12Error) -> [RemittanceAdjustment] {
        try cas.noElements(after: 19)
        let groupCode = try cas.required(1, "claim adjustment group")
        guard let group = RemittanceAdjustmentGroup(rawValue: groupCode) else {
            throw cas.error("'\(groupCode)' is not an adjustment group (CO, PR, OA, PI or CR)", element: 1)
        }
        var adjustments: [RemittanceAdjustment] = []
        for triple in 0..<6 {
            let reasonAt = 2 + triple * 3
            let reason = cas[reasonAt]
            if reason.isEmpty {
                for position in reasonAt + 1...reasonAt + 2 where !cas[position].isEmpty {
                    throw cas.error("is given without its reason code \(cas.name(reasonAt))", element: position)
                }
                continue
            }
            guard reason.count <= 5, reason.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw cas.error("'\(reason)' is not a claim adjustment reason code", element: reasonAt)
            }
            adjustments.append(
                RemittanceAdjustment(
                    group: group, reason: reason, amount: try cas.amount(reasonAt + 1, "adjustment amount"),
                    quantity: try cas.quantity(reasonAt + 2, "adjustment quantity")))
        }
        guard !adjustments.isEmpty else { throw cas.error("(adjustment reason) is missing", element: 2) }
        return adjustments
    }

    private mutating func takePatient(_ nm1: X12Segment) throws(X12Error) {
        guard place == .claim, claims.last?.patient == nil else {
            throw nm1.error("(patient) must come once in a claim, before its service lines")
        }
        let patient = RemittancePatient(
            lastName: try nm1.required(3, "patient last name"), firstName: nm1.optional(4),
            middleName: nm1.optional(5), idQualifier: nm1.optional(8), id: nm1.optional(9))
        claims[claims.count - 1].patient = patient
    }

    private mutating func takeDate(_ dtm: X12Segment) throws(X12Error) {
        switch (place, dtm[1]) {
        case (.claim, "232"): claims[claims.count - 1].statementStart = try dtm.date(2, "statement period start")
        case (.claim, "233"): claims[claims.count - 1].statementEnd = try dtm.date(2, "statement period end")
        case (.claim, "050"): claims[claims.count - 1].received = try dtm.date(2, "claim received date")
        case (.service, "472"):
            let date = try dtm.date(2, "service date")
            appendToService { $0.serviceDate = date }
        case (.service, "150"):
            let date = try dtm.date(2, "service period start")
            appendToService { $0.periodStart = date }
        case (.service, "151"):
            let date = try dtm.date(2, "service period end")
            appendToService { $0.periodEnd = date }
        case (.trailer, _): throw dtm.error("comes after PLB, which only SE may follow")
        default: skipped += 1 // DTM*405 production date, DTM*036/037 coverage, DTM*036 expiration …
        }
    }

    private mutating func takeAmount(_ amt: X12Segment) throws(X12Error) {
        let qualifier = try amt.required(1, "amount qualifier")
        let amount = RemittanceAmount(qualifier: qualifier, amount: try amt.amount(2, "amount"))
        switch place {
        case .claim: claims[claims.count - 1].amounts.append(amount)
        case .service where qualifier == "B6": appendToService { $0.allowed = amount.amount }
        case .service: skipped += 1 // KH late filing, T tax, ZK … : not needed for posting.
        default: throw amt.error("is outside a claim or service line")
        }
    }

    private mutating func takeRemark(_ lq: X12Segment) throws(X12Error) {
        guard place == .service else { throw lq.error("(remark) is outside a service line") }
        guard lq[1] == "HE" else {
            skipped += 1 // RX: NCPDP reject codes, pharmacy only.
            return
        }
        let code = try lq.required(2, "remark code")
        appendToService { $0.remarks.append(code) }
    }

    private mutating func appendToService(_ change: (inout RemittanceService) -> Void) {
        let claim = claims.count - 1
        guard claim >= 0, let service = claims[claim].services.indices.last else { return }
        change(&claims[claim].services[service])
    }

    /// PLB01 provider, PLB02 fiscal period date, then up to six pairs: a reason:reference composite and an amount.
    static func providerAdjustment(_ plb: X12Segment, component: Character) throws(X12Error) -> ProviderAdjustment {
        try plb.noElements(after: 14)
        var items: [ProviderAdjustment.Item] = []
        for pair in 0..<6 {
            let reasonAt = 3 + pair * 2
            let composite = plb[reasonAt]
            if composite.isEmpty {
                if !plb[reasonAt + 1].isEmpty {
                    throw plb.error(
                        "is given without its adjustment reason \(plb.name(reasonAt))", element: reasonAt + 1)
                }
                continue
            }
            let parts = composite.split(separator: component, omittingEmptySubsequences: false).map(String.init)
            guard parts.count <= 2, parts[0].count == 2,
                parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
            else {
                throw plb.error("'\(composite)' is not a reason code with an optional reference", element: reasonAt)
            }
            items.append(
                .init(
                    reason: parts[0], reference: parts.count == 2 && !parts[1].isEmpty ? parts[1] : nil,
                    amount: try plb.amount(reasonAt + 1, "provider adjustment amount")))
        }
        guard !items.isEmpty else { throw plb.error("(adjustment reason) is missing", element: 3) }
        return ProviderAdjustment(
            segmentNumber: plb.number, providerID: try plb.required(1, "provider identifier"),
            fiscalPeriodEnd: try plb.date(2, "fiscal period date"), items: items)
    }
}
