/// Every verb of the command language: its usage line, a one-line summary and how its words become a Command.
extension CommandLanguage {
    public static let syntax: [Syntax] =
        appointmentSyntax + patientSyntax + moneySyntax + taskSyntax + taskEditSyntax + claimSyntax + staffSyntax
        + shiftSyntax + credentialSyntax + accountSyntax + alertSyntax + settingSyntax + undoSyntax

    /// The one verb without a noun: it acts on a change, not an item.
    static let undoSyntax: [Syntax] = [
        Syntax(
            usage: "undo [812]",
            summary: "reverse your newest change (or the one holding SEQ) as a new event; undoing an undo redoes",
            flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let seq = try args.optionalWord(0).map { (w: CommandWord) throws(CommandParseError) -> UInt64 in
                guard let n = UInt64(w.text), n > 0 else {
                    throw CommandParseError("'\(w.text)' is not a seq (a journal number such as 812)", column: w.column)
                }
                return n
            }
            try args.finish(positionalCount: 1)
            return .undo(seq)
        }
    ]

    static func flowVerb(_ verb: String, _ summary: String, _ make: @escaping @Sendable (AppointmentID) -> Command)
        -> Syntax
    {
        Syntax(usage: "appt \(verb) A-31", summary: summary, flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Appointment.self, "an appointment ID")
            try args.finish(positionalCount: 1)
            return make(id)
        }
    }

    static let appointmentSyntax: [Syntax] = [
        Syntax(
            usage:
                "appt book --patient P-12 --provider S-2 --at \"2026-11-24 09:40\" [--minutes 20] [--type "
                + "follow-up] [--reason \"...\"] [--override]",
            summary: "book an appointment; conflicts refuse unless --override (an overbook)", flags: ["override"]
        ) { (args: inout CommandArguments, today: LocalDate?) throws(CommandParseError) in
            let patient = try CommandArguments.parseID(
                try args.required("patient", "P-12"), Patient.self, "a patient ID")
            let provider = try CommandArguments.parseID(try args.required("provider", "S-2"), Staff.self, "a staff ID")
            let atWord = try args.required("at", "\"YYYY-MM-DD HH:MM\"")
            let (day, start) = try CommandLanguage.dateTime(atWord, today: today)
            try args.check(day, .appointmentDay, at: atWord)
            let minutes = try args.optionInt("minutes", 5...480)
            let type =
                try args.option("type").map { (w: CommandWord) throws(CommandParseError) in
                    try CommandArguments.choice(w, VisitType.self, "a visit type", VisitType.allCases)
                } ?? .followUp
            let reason = try args.optionText("reason", .visitReason) ?? ""
            let override = args.flag("override")
            try args.finish(positionalCount: 0)
            return .bookAppointment(
                Booking(
                    patient: patient, provider: provider, day: day, start: start, minutes: minutes,
                    visitType: type, reason: reason, override: override))
        },
        flowVerb("confirm", "mark confirmed (reminder call answered)") { .confirm($0) },
        flowVerb("checkin", "the patient arrived (alias: arrive)") { .checkIn($0) },
        Syntax(
            usage: "appt room A-31 [ROOM]", summary: "put the patient in an exam room (first free if none named)",
            flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Appointment.self, "an appointment ID")
            let room = try args.optionalWord(1).map { (w: CommandWord) throws(CommandParseError) in
                try CommandArguments.text(w, .room)
            }
            try args.finish(positionalCount: 2)
            return .room(id, room: room)
        },
        flowVerb("see", "the provider is with the patient") { .see($0) },
        flowVerb("checkout", "the visit is over (alias: out)") { .checkOut($0) },
        flowVerb("noshow", "the patient did not come") { .noShow($0) },
        flowVerb("left", "the patient left without a visit") { .leftWithoutVisit($0) },
        Syntax(usage: "appt cancel A-31 --reason \"patient called\"", summary: "cancel, with a reason", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Appointment.self, "an appointment ID")
            let reason = try CommandArguments.text(try args.required("reason", "\"why\""), .cancelReason)
            try args.finish(positionalCount: 1)
            return .cancel(id, reason: reason)
        },
        Syntax(
            usage: "appt move A-31 --at \"2026-11-24 10:00\" [--provider S-5] [--override]",
            summary: "reschedule; conflicts refuse unless --override", flags: ["override"]
        ) { (args: inout CommandArguments, today: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Appointment.self, "an appointment ID")
            let atWord = try args.required("at", "\"YYYY-MM-DD HH:MM\"")
            let (day, start) = try CommandLanguage.dateTime(atWord, today: today)
            try args.check(day, .appointmentDay, at: atWord)
            let provider = try args.optionID("provider", Staff.self, "a staff ID")
            let override = args.flag("override")
            try args.finish(positionalCount: 1)
            return .moveAppointment(id, day: day, start: start, provider: provider, override: override)
        },
        Syntax(usage: "appt verify A-31 [--no]", summary: "insurance verified today (--no clears it)", flags: ["no"]) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Appointment.self, "an appointment ID")
            let no = args.flag("no")
            try args.finish(positionalCount: 1)
            return .verifyInsurance(id, verified: !no)
        },
        Syntax(
            usage: "appt copay A-31 [AMOUNT] [--over]",
            summary: "copay collected (the amount due if none given); --over takes more as a prepayment",
            flags: ["over"]
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Appointment.self, "an appointment ID")
            let amount = try args.optionalWord(1).map { (w: CommandWord) throws(CommandParseError) in
                try CommandArguments.money(w)
            }
            let over = args.flag("over")
            try args.finish(positionalCount: 2)
            return .collectCopay(id, amount: amount, over: over)
        },
    ]

    static let patientSyntax: [Syntax] = [
        Syntax(
            usage:
                "patient add --given Ana --family Ruiz --dob 1980-02-14 --phone 555-0100 [--payer PY-1] [--member "
                + "ID] [--copay 25.00] [--sex F|M|U] [--address \"14 Elm St, Albany, NY 12203\"]",
            summary: "register a new patient (paperwork outstanding)", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let given = try CommandArguments.text(try args.required("given", "NAME"), .givenName)
            let family = try CommandArguments.text(try args.required("family", "NAME"), .familyName)
            let dob = try args.date(try args.required("dob", "YYYY-MM-DD"), .birthDate)
            let phone = try CommandArguments.text(try args.required("phone", "NUMBER"), .phone)
            let payer = try args.optionID("payer", Payer.self, "a payer ID")
            let member = try args.optionText("member", .memberID) ?? ""
            let copay =
                try args.option("copay").map { (w: CommandWord) throws(CommandParseError) in
                    try CommandArguments.money(w)
                } ?? .zero
            let sex = try args.option("sex").map { (w: CommandWord) throws(CommandParseError) in
                guard let sex = AdministrativeSex(rawValue: w.text.uppercased()) else {
                    throw CommandParseError("'\(w.text)' is not F, M or U", column: w.column)
                }
                return sex
            }
            let address = try args.option("address").map { (w: CommandWord) throws(CommandParseError) in
                guard let address = PostalAddress(parsing: w.text) else {
                    throw CommandParseError(
                        "'\(w.text)' is not an address like \"14 Elm St, Albany, NY 12203\"", column: w.column)
                }
                return address
            }
            try args.finish(positionalCount: 0)
            return .addPatient(
                NewPatient(
                    givenName: given, familyName: family, birthDate: dob, phone: phone, payer: payer,
                    memberID: member, copay: copay, sex: sex, address: address))
        },
        Syntax(usage: "patient paperwork P-12", summary: "new-patient paperwork received", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Patient.self, "a patient ID")
            try args.finish(positionalCount: 1)
            return .completePaperwork(id)
        },
    ]
}
