import ClinicDomain

/// The columns of each CSV table. The four that `import --format csv` reads back (patients, staff, shifts,
/// appointments) carry every field of their rows except the ones docs/INTEROP.md lists as not carried (flow
/// history, staff credentials and weekly template, break punches); claims and tasks are for reading elsewhere.
enum CSVTableColumns {
    typealias V = InteropValues

    static let patients: [CSVColumn<Patient>] = [
        CSVColumn("id") { $0.id.description },
        CSVColumn("family_name") { $0.familyName },
        CSVColumn("given_name") { $0.givenName },
        CSVColumn("birth_date") { $0.birthDate.description },
        .optional("sex") { $0.sex?.rawValue },
        CSVColumn("phone") { $0.phone },
        .optional("payer") { $0.payer?.description },
        // `payer_name` goes here: `patients(_:)` adds it, since naming the payer needs the payer table.
        CSVColumn("member_id") { $0.memberID },
        CSVColumn("copay") { V.money($0.copay) },
        CSVColumn("paperwork_complete") { V.flag($0.paperworkComplete) },
        .optional("address_line") { $0.address?.line },
        .optional("city") { $0.address?.city },
        .optional("state") { $0.address?.state },
        .optional("zip") { $0.address?.zip },
    ]

    /// Patients with the payer's name beside its ID, so another system (or an import into a folder without this
    /// payer) knows who it is.
    static func patients(_ practice: Practice) -> [CSVColumn<Patient>] {
        var columns = patients
        let payerName = CSVColumn<Patient>.optional("payer_name") { row in
            row.payer.flatMap { practice.payers[$0]?.name }
        }
        columns.insert(payerName, at: 7)
        return columns
    }

    static let staff: [CSVColumn<Staff>] = [
        CSVColumn("id") { $0.id.description },
        CSVColumn("family_name") { $0.familyName },
        CSVColumn("given_name") { $0.givenName },
        CSVColumn("role") { $0.role.rawValue },
        .optional("npi") { $0.npi },
        CSVColumn("active") { V.flag($0.active) },
        .optional("weekly_hours") { $0.weeklyHours.map(String.init) },
        .optional("vacation_days_per_year") { $0.vacationDaysPerYear.map(String.init) },
    ]

    static let shifts: [CSVColumn<Shift>] = [
        CSVColumn("id") { $0.id.description },
        CSVColumn("staff") { $0.staff.description },
        CSVColumn("day") { $0.day.description },
        CSVColumn("start") { $0.start.description },
        CSVColumn("end") { $0.end.description },
        CSVColumn("role") { $0.role.rawValue },
        .optional("break_start") { $0.breakStart?.description },
        CSVColumn("break_minutes") { String($0.breakMinutes) },
        .optional("clocked_in") { $0.clockedIn.map(V.instant) },
        .optional("clocked_out") { $0.clockedOut.map(V.instant) },
    ]

    static let appointments: [CSVColumn<Appointment>] = [
        CSVColumn("id") { $0.id.description },
        CSVColumn("patient") { $0.patient.description },
        CSVColumn("provider") { $0.provider.description },
        CSVColumn("day") { $0.day.description },
        CSVColumn("start") { $0.start.description },
        CSVColumn("minutes") { String($0.minutes) },
        CSVColumn("visit_type") { $0.visitType.rawValue },
        CSVColumn("reason") { $0.reason },
        CSVColumn("status") { $0.status.rawValue },
        .optional("room") { $0.room },
        CSVColumn("copay_due") { V.money($0.copayDue) },
        CSVColumn("copay_collected") { V.money($0.copayCollected) },
        .optional("insurance_verified_at") { $0.insuranceVerifiedAt.map(V.instant) },
        CSVColumn("arrived_late") { V.flag($0.arrivedLate) },
        .optional("cancel_reason") { $0.cancelReason },
        CSVColumn("overbooked") { V.flag($0.overbooked) },
    ]
}
