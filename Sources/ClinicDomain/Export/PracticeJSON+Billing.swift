/// Claims with their service lines, denial and history, keys in sorted order.
extension PracticeJSON {
    static func claim(_ row: Claim, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("adjusted", row.adjusted)
        w.field("appointment", row.appointment)
        w.field("dateOfService", row.dateOfService)
        if let denial = row.denial {
            w.key("denial")
            self.denial(denial, &w)
        }
        w.field("diagnoses", row.diagnoses)
        w.field("followUp", row.followUp)
        w.field("history", row.history, claimStamp)
        w.field("id", row.id)
        w.field("lines", row.lines, serviceLine)
        w.field("paid", row.paid)
        w.field("patient", row.patient)
        w.field("payer", row.payer)
        w.field("provider", row.provider)
        w.field("status", row.status)
        w.field("submittedOn", row.submittedOn)
        w.endObject()
    }

    static func serviceLine(_ row: ServiceLine, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("charge", row.charge)
        w.field("code", row.code)
        w.field("modifiers", row.modifiers)
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
