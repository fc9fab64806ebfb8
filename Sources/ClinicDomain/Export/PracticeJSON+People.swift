/// Patients, staff and payers, keys in sorted order.
extension PracticeJSON {
    static func patient(_ row: Patient, _ w: inout JSONStreamWriter) {
        w.beginObject()
        if let address = row.address {
            w.key("address")
            w.beginObject()
            w.field("city", address.city)
            w.field("line", address.line)
            w.field("state", address.state)
            w.field("zip", address.zip)
            w.endObject()
        }
        w.field("birthDate", row.birthDate)
        w.field("copay", row.copay)
        w.field("familyName", row.familyName)
        w.field("givenName", row.givenName)
        w.field("id", row.id)
        w.field("memberID", row.memberID)
        w.field("paperworkComplete", row.paperworkComplete)
        w.field("payer", row.payer)
        w.field("phone", row.phone)
        if let sex = row.sex { w.field("sex", sex) }
        w.endObject()
    }

    static func staff(_ row: Staff, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("active", row.active)
        w.field("credentials", row.credentials, credential)
        w.field("familyName", row.familyName)
        w.field("givenName", row.givenName)
        w.field("id", row.id)
        w.field("npi", row.npi)
        w.field("role", row.role)
        w.field("template", row.template, templateShift)
        w.field("templateSkips", row.templateSkips, { day, w in w.day(day) })
        if let days = row.vacationDaysPerYear { w.field("vacationDaysPerYear", days) }
        if let hours = row.weeklyHours { w.field("weeklyHours", hours) }
        w.endObject()
    }

    static func templateShift(_ row: TemplateShift, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("breakMinutes", row.breakMinutes)
        if let start = row.breakStart { w.field("breakStart", start) }
        w.field("end", row.end)
        if let role = row.role { w.field("role", role) }
        w.field("start", row.start)
        w.field("weekday", row.weekday)
        w.endObject()
    }

    static func credential(_ row: Credential, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("expires", row.expires)
        w.field("kind", row.kind)
        w.field("name", row.name)
        w.field("number", row.number)
        w.field("state", row.state)
        w.endObject()
    }

    static func payer(_ row: Payer, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("id", row.id)
        w.field("kind", row.kind)
        w.field("name", row.name)
        w.field("payerCode", row.payerCode)
        w.field("timelyFilingDays", row.timelyFilingDays)
        w.endObject()
    }
}
