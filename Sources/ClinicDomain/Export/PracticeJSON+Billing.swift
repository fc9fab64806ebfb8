/// Claims with their service lines, denial and history, keys in sorted order.
extension PracticeJSON {
    static func claim(_ row: Claim, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("acceptedOn", row.acceptedOn)
        w.field("appointment", row.appointment)
        w.field("dateOfService", row.dateOfService)
        if let denial = row.denial {
            w.key("denial")
            self.denial(denial, &w)
        }
        w.field("diagnoses", row.diagnoses)
        w.field("filedLateAfter", row.filedLateAfter)
        w.field("followUp", row.followUp)
        w.field("frequency", row.frequency)
        w.field("history", row.history, claimStamp)
        w.field("id", row.id)
        w.field("lines", row.lines, serviceLine)
        w.field("patient", row.patient)
        w.field("payer", row.payer)
        w.field("payerClaimNumber", row.payerClaimNumber)
        w.field("placeOfService", row.placeOfService)
        w.field("postings", row.postings, posting)
        w.field("primaryClaim", row.primaryClaim)
        w.field("provider", row.provider)
        w.field("replaces", row.replaces)
        w.field("status", row.status)
        w.field("submittedOn", row.submittedOn)
        w.endObject()
    }

    static func posting(_ row: ClaimPosting, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("amount", row.amount)
        w.field("bucket", row.bucket)
        w.field("on", row.on)
        w.field("reason", row.reason)
        w.field("reference", row.reference)
        w.endObject()
    }

    static func payment(_ row: PatientPayment, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("amount", row.amount)
        w.field("claim", row.claim)
        w.field("id", row.id)
        w.field("method", row.method)
        w.field("note", row.note)
        w.field("on", row.on)
        w.field("patient", row.patient)
        w.endObject()
    }

    static func serviceLine(_ row: ServiceLine, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("charge", row.charge)
        w.field("code", row.code)
        w.field("modifiers", row.modifiers)
        w.key("pointers")
        w.beginArray()
        for pointer in row.pointers { w.int(pointer) }
        w.endArray()
        w.field("units", row.units)
        w.endObject()
    }

    static func denial(_ row: Denial, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("code", row.code)
        w.field("group", row.group)
        w.field("rarc", row.rarc)
        w.endObject()
    }

    static func claimStamp(_ row: ClaimStamp, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("actor", row.actor)
        w.field("at", row.at)
        w.field("note", row.note)
        w.field("status", row.status)
        w.endObject()
    }
}
