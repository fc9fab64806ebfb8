/// Appointments (with their flow stamps), shifts and time off, keys in sorted order.
extension PracticeJSON {
    static func appointment(_ row: Appointment, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("arrivedLate", row.arrivedLate)
        w.field("cancelReason", row.cancelReason)
        w.field("copayCollected", row.copayCollected)
        w.field("copayDue", row.copayDue)
        w.field("day", row.day)
        w.field("history", row.history, flowStamp)
        w.field("id", row.id)
        w.field("insuranceVerifiedAt", row.insuranceVerifiedAt)
        w.field("minutes", row.minutes)
        w.field("overbooked", row.overbooked)
        w.field("patient", row.patient)
        w.field("provider", row.provider)
        w.field("reason", row.reason)
        w.field("room", row.room)
        w.field("start", row.start)
        w.field("status", row.status)
        w.field("visitType", row.visitType)
        w.endObject()
    }

    static func flowStamp(_ row: FlowStamp, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("actor", row.actor)
        w.field("at", row.at)
        w.field("note", row.note)
        w.field("room", row.room)
        w.field("status", row.status)
        w.endObject()
    }

    static func shift(_ row: Shift, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("breakMinutes", row.breakMinutes)
        if let start = row.breakStart { w.field("breakStart", start) }
        w.field(
            "breaks", row.breaks,
            { punch, w in
                w.beginObject()
                w.field("end", punch.end)
                w.field("start", punch.start)
                w.endObject()
            })
        w.field("clockedIn", row.clockedIn)
        w.field("clockedOut", row.clockedOut)
        w.field("day", row.day)
        w.field("end", row.end)
        w.field("id", row.id)
        w.field("role", row.role)
        w.field("staff", row.staff)
        w.field("start", row.start)
        w.endObject()
    }

    static func timeOff(_ row: TimeOff, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("decidedBy", row.decidedBy)
        w.field("decisionNote", row.decisionNote)
        w.field("from", row.from)
        w.field("id", row.id)
        w.field("kind", row.kind)
        w.field("note", row.note)
        w.field("requestedAt", row.requestedAt)
        w.field("staff", row.staff)
        w.field("status", row.status)
        w.field("through", row.through)
        w.endObject()
    }
}
