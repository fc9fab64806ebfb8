import ClinicDomain
import Foundation

// Claims (layout 2: postings instead of one paid and one adjusted amount, and the fields of the claim lifecycle),
// claims of layout 1 (read only), patients' payments, and the pieces billing events carry.

extension Claim: BinaryRow {
    /// Layout 2.
    func write(to w: inout BinaryWriter) {
        w.id(id); w.id(patient); w.id(provider); w.id(payer); w.optionalID(appointment); w.day(dateOfService)
        w.strings(diagnoses)
        w.unsigned(UInt64(lines.count))
        for line in lines { line.write(to: &w) }
        w.code(status, BinaryCodes.claimStatus)
        w.unsigned(UInt64(postings.count))
        for posting in postings { posting.write(to: &w) }
        w.bool(denial != nil)
        denial?.write(to: &w)
        w.optionalDay(submittedOn); w.optionalDay(acceptedOn); w.optionalDay(followUp)
        w.unsigned(UInt64(history.count))
        for stamp in history {
            w.code(stamp.status, BinaryCodes.claimStatus); w.date(stamp.at); w.string(stamp.actor)
            w.optionalString(stamp.note)
        }
        w.string(placeOfService); w.code(frequency, BinaryCodes.claimFrequency); w.optionalID(replaces)
        w.optionalString(payerClaimNumber); w.optionalDay(filedLateAfter); w.optionalID(primaryClaim)
    }

    init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        let id: ClaimID = try r.id()
        let patient: PatientID = try r.id(), provider: StaffID = try r.id(), payer: PayerID = try r.id()
        let appointment: AppointmentID? = try r.optionalID()
        let dateOfService = try r.day()
        let diagnoses = try r.strings()
        var lines: [ServiceLine] = []
        for _ in 0..<(try r.count(elementSize: 5)) { lines.append(try ServiceLine(from: &r)) }
        let status = try r.code(BinaryCodes.claimStatus, "claim status")
        var postings: [ClaimPosting] = []
        for _ in 0..<(try r.count(elementSize: 4)) { postings.append(try ClaimPosting(from: &r)) }
        let denial = try r.bool() ? try Denial(from: &r) : nil
        let submittedOn = try r.optionalDay(), acceptedOn = try r.optionalDay(), followUp = try r.optionalDay()
        let history = try Self.readHistory(&r)
        self.init(
            id: id, patient: patient, provider: provider, payer: payer, appointment: appointment,
            dateOfService: dateOfService, diagnoses: diagnoses, lines: lines, status: status, postings: postings,
            denial: denial, submittedOn: submittedOn, acceptedOn: acceptedOn, followUp: followUp, history: history,
            placeOfService: try r.string(), frequency: try r.code(BinaryCodes.claimFrequency, "claim frequency"),
            replaces: try r.optionalID(), payerClaimNumber: try r.optionalString(), filedLateAfter: try r.optionalDay(),
            primaryClaim: try r.optionalID())
    }

    /// Layout 1 (snapshots before postings): one paid and one adjusted amount, read as postings.
    init(layout1 r: inout BinaryReader) throws(BinaryDecodingError) {
        let id: ClaimID = try r.id()
        let patient: PatientID = try r.id(), provider: StaffID = try r.id(), payer: PayerID = try r.id()
        let appointment: AppointmentID? = try r.optionalID()
        let dateOfService = try r.day()
        let diagnoses = try r.strings()
        var lines: [ServiceLine] = []
        for _ in 0..<(try r.count(elementSize: 4)) {
            lines.append(
                ServiceLine(
                    code: try r.string(), modifiers: try r.strings(), units: try r.int(), charge: try r.cents()))
        }
        let status = try r.code(BinaryCodes.claimStatus, "claim status")
        let paid = try r.cents(), adjusted = try r.cents()
        let denial = try r.bool() ? try Denial(from: &r) : nil
        let submittedOn = try r.optionalDay(), followUp = try r.optionalDay()
        let history = try Self.readHistory(&r)
        self.init(
            id: id, patient: patient, provider: provider, payer: payer, appointment: appointment,
            dateOfService: dateOfService, diagnoses: diagnoses, lines: lines, status: status,
            postings: Claim.legacyPostings(paid: paid, adjusted: adjusted, on: submittedOn ?? dateOfService),
            denial: denial, submittedOn: submittedOn, followUp: followUp, history: history)
    }

    private static func readHistory(_ r: inout BinaryReader) throws(BinaryDecodingError) -> [ClaimStamp] {
        let stamps = try r.count(elementSize: 3)
        var history: [ClaimStamp] = []
        history.reserveCapacity(stamps)
        for _ in 0..<stamps {
            history.append(
                ClaimStamp(
                    status: try r.code(BinaryCodes.claimStatus, "claim status"), at: try r.date(),
                    actor: try r.string(), note: try r.optionalString()))
        }
        return history
    }
}

extension ServiceLine {
    func write(to w: inout BinaryWriter) {
        w.string(code); w.strings(modifiers); w.int(units); w.cents(charge)
        w.unsigned(UInt64(pointers.count))
        for pointer in pointers { w.int(pointer) }
    }

    init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        let code = try r.string(), modifiers = try r.strings(), units = try r.int(), charge = try r.cents()
        var pointers: [Int] = []
        for _ in 0..<(try r.count()) { pointers.append(try r.int()) }
        self.init(code: code, modifiers: modifiers, units: units, charge: charge, pointers: pointers)
    }
}

extension ClaimPosting {
    func write(to w: inout BinaryWriter) {
        w.code(bucket, BinaryCodes.postingBucket); w.cents(amount); w.string(reason); w.day(on)
        w.optionalString(reference)
    }

    init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        self.init(
            bucket: try r.code(BinaryCodes.postingBucket, "posting bucket"), amount: try r.cents(),
            reason: try r.string(), on: try r.day(), reference: try r.optionalString())
    }
}

extension ClaimPostingBatch {
    func write(to w: inout BinaryWriter) {
        w.unsigned(UInt64(postings.count))
        for posting in postings { posting.write(to: &w) }
        w.code(status, BinaryCodes.claimStatus)
        w.bool(denial != nil)
        denial?.write(to: &w)
        w.bool(clearsDenial); w.optionalString(payerClaimNumber); w.string(note)
    }

    init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        var postings: [ClaimPosting] = []
        for _ in 0..<(try r.count(elementSize: 4)) { postings.append(try ClaimPosting(from: &r)) }
        let status = try r.code(BinaryCodes.claimStatus, "claim status")
        let denial = try r.bool() ? try Denial(from: &r) : nil
        self.init(
            postings: postings, status: status, denial: denial, clearsDenial: try r.bool(),
            payerClaimNumber: try r.optionalString(), note: try r.string())
    }
}

extension PatientPayment: BinaryRow {
    func write(to w: inout BinaryWriter) {
        w.id(id); w.id(patient); w.cents(amount); w.code(method, BinaryCodes.paymentMethod); w.optionalID(claim)
        w.day(on); w.optionalString(note)
    }

    init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        self.init(
            id: try r.id(), patient: try r.id(), amount: try r.cents(),
            method: try r.code(BinaryCodes.paymentMethod, "payment method"), claim: try r.optionalID(),
            on: try r.day(), note: try r.optionalString())
    }
}
