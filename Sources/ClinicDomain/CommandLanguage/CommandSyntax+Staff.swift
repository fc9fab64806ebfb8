/// Staff, time-off and coverage verbs of the command language.
extension CommandLanguage {
    static let staffSyntax: [Syntax] = [
        Syntax(usage: "staff sick S-4 [2026-11-24]", summary: "a sick call (today if no date)", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Staff.self, "a staff ID")
            let day = try args.optionalWord(1).map { (w: CommandWord) throws(CommandParseError) in
                try args.date(w, .sickDay)
            }
            try args.finish(positionalCount: 2)
            return .callInSick(id, day: day)
        },
        clockVerb(.clockIn, "clock in (no shift now: an unscheduled one to the end of the day)"),
        clockVerb(.breakStart, "start a break"),
        clockVerb(.breakEnd, "back from a break"),
        clockVerb(.clockOut, "clock out"),
        Syntax(
            usage:
                "staff add --given Maya --family Chen --role receptionist [--npi 1234567893] [--hours 32] "
                + "[--vacation-days 15]",
            summary: "add a staff member (roles: physician, np, pa, nurse, ma, receptionist, biller, manager)",
            flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let given = try CommandArguments.text(try args.required("given", "NAME"), .givenName)
            let family = try CommandArguments.text(try args.required("family", "NAME"), .familyName)
            let role = try staffRole(try args.required("role", "a role"))
            let npi = args.option("npi")?.text
            let hours = try args.optionInt("hours", 1...80)
            let vacation = try args.optionInt("vacation-days", 0...60)
            try args.finish(positionalCount: 0)
            return .addStaff(
                NewStaff(
                    givenName: given, familyName: family, role: role, npi: npi, weeklyHours: hours,
                    vacationDaysPerYear: vacation))
        },
        Syntax(
            usage:
                "staff edit S-4 [--given Maya] [--family Chen] [--role ma] [--npi 1234567893|none] [--hours 32|none] "
                + "[--vacation-days 15|none]",
            summary: "change a staff record", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Staff.self, "a staff ID")
            var edit = StaffEdit()
            edit.givenName = try args.optionText("given", .givenName)
            edit.familyName = try args.optionText("family", .familyName)
            edit.role = try args.option("role").map { (w: CommandWord) throws(CommandParseError) in try staffRole(w) }
            if let w = args.option("npi") { edit.npi = w.text.lowercased() == "none" ? .clear : .set(w.text) }
            edit.weeklyHours = try intEdit(args.option("hours"), "hours", 1...80)
            edit.vacationDaysPerYear = try intEdit(args.option("vacation-days"), "vacation-days", 0...60)
            try args.finish(positionalCount: 1)
            return .editStaff(id, edit)
        },
        Syntax(usage: "staff deactivate S-4", summary: "off the roster for good (history keeps them)", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Staff.self, "a staff ID")
            try args.finish(positionalCount: 1)
            return .setStaffActive(id, active: false)
        },
        Syntax(usage: "staff reactivate S-4", summary: "back on the roster", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Staff.self, "a staff ID")
            try args.finish(positionalCount: 1)
            return .setStaffActive(id, active: true)
        },
        Syntax(
            usage:
                "pto request S-4 2026-12-01 2026-12-03 [--type vacation|training|unpaid|sick] [--note \"...\"]",
            summary: "request time off (vacation unless --type)", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Staff.self, "a staff ID")
            let from = try args.date(try args.word(1, "a first day"), .timeOffStart)
            let through = try args.date(try args.word(2, "a last day"), .timeOffEnd)
            let kind =
                try args.option("type").map { (w: CommandWord) throws(CommandParseError) in
                    guard let kind = TimeOffKind.parse(w.text) else {
                        throw CommandParseError(
                            "'\(w.text)' is not a time-off type (vacation, training, unpaid, sick)", column: w.column)
                    }
                    return kind
                } ?? .vacation
            let note = try args.optionText("note", .timeOffNote) ?? ""
            try args.finish(positionalCount: 3)
            return .requestTimeOff(id, from: from, through: through, kind: kind, note: note)
        },
        Syntax(
            usage: "pto approve R-2 [--override]",
            summary: "approve a request; refused while it would open gaps or leave visits unless --override",
            flags: ["override"]
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, TimeOff.self, "a request ID")
            let override = args.flag("override")
            try args.finish(positionalCount: 1)
            return .approveTimeOff(id, override: override)
        },
        Syntax(usage: "pto deny R-2 [--reason \"...\"]", summary: "deny a time-off request", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, TimeOff.self, "a request ID")
            let reason = try args.optionText("reason", .denyReason)
            try args.finish(positionalCount: 1)
            return .denyTimeOff(id, reason: reason)
        },
        Syntax(
            usage:
                "coverage add \"front desk\" --roles receptionist --from 08:00 --to 17:00 [--min 1] [--days mon-fri]",
            summary: "a staffing rule: at least N people of these roles on the floor", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let rule = try coverageRule(&args) { (args: inout CommandArguments) throws(CommandParseError) in
                .atLeast(try args.optionInt("min", 1...20) ?? 1)
            }
            return .addCoverageRule(rule)
        },
        Syntax(
            usage: "coverage ratio MA --roles ma --from 08:00 --to 17:00 --per-provider 1 [--days mon-fri]",
            summary: "a staffing rule: so many per provider on the floor, rounded up (0.5: one for two)", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let rule = try coverageRule(&args) { (args: inout CommandArguments) throws(CommandParseError) in
                let ratio = try args.required("per-provider", "a ratio")
                guard let value = Double(ratio.text), value > 0, value <= 5 else {
                    throw CommandParseError(
                        "--per-provider '\(ratio.text)' is not a ratio above 0 up to 5", column: ratio.column)
                }
                return .perProvider(value)
            }
            return .addCoverageRule(rule)
        },
        Syntax(
            usage:
                "coverage booked \"procedure nurse\" --roles nurse --from 08:00 --to 17:00 --visits procedure|any "
                + "[--min 1] [--days mon-fri]",
            summary: "a staffing rule: people needed only while such visits (or any) are booked", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let rule = try coverageRule(&args) { (args: inout CommandArguments) throws(CommandParseError) in
                let visits = try args.required("visits", "visit types or any")
                let minimum = try args.optionInt("min", 1...20) ?? 1
                if visits.text.lowercased() == "any" { return .whileSeeing(minimum) }
                var list: [VisitType] = []
                for piece in visits.text.split(separator: ",") {
                    list.append(
                        try CommandArguments.choice(
                            CommandWord(text: String(piece), column: visits.column), VisitType.self, "a visit type",
                            VisitType.allCases))
                }
                return .whileBooked(list, minimum)
            }
            return .addCoverageRule(rule)
        },
        Syntax(
            usage: "coverage remove 3", summary: "drop a staffing rule (numbered as the roster lists them)", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let w = try args.word(0, "a rule number")
            guard let n = Int(w.text), n > 0 else {
                throw CommandParseError("'\(w.text)' is not a rule number", column: w.column)
            }
            try args.finish(positionalCount: 1)
            return .removeCoverageRule(n)
        },
    ]

    /// The parts every coverage verb shares (name, roles, hours, days) around the verb's own need.
    static func coverageRule(
        _ args: inout CommandArguments,
        need: (inout CommandArguments) throws(CommandParseError) -> CoverageNeed
    ) throws(CommandParseError) -> CoverageRule {
        let name = try CommandArguments.text(try args.word(0, "a rule name in quotes"), .coverageName)
        let rolesWord = try args.required("roles", "ROLE[,ROLE]")
        var roles: [StaffRole] = []
        for piece in rolesWord.text.split(separator: ",") {
            roles.append(try staffRole(CommandWord(text: String(piece), column: rolesWord.column)))
        }
        let from = try CommandArguments.time(try args.required("from", "HH:MM"))
        let toWord = try args.required("to", "HH:MM")
        let to = toWord.text == "24:00" ? TimeOfDay(hour: 24) : try CommandArguments.time(toWord)
        let days = try args.option("days").map { (w: CommandWord) throws(CommandParseError) in try weekdays(w) }
        let need = try need(&args)
        try args.finish(positionalCount: 1)
        return CoverageRule(
            name: name, roles: roles, from: from, to: to, weekdays: days ?? CoverageRule.mondayToFriday, need: need)
    }

    static func clockVerb(_ action: ClockAction, _ summary: String) -> Syntax {
        Syntax(usage: "staff \(action.rawValue) S-4", summary: summary, flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Staff.self, "a staff ID")
            try args.finish(positionalCount: 1)
            return .clock(id, action)
        }
    }

    static func staffRole(_ w: CommandWord) throws(CommandParseError) -> StaffRole {
        guard let role = StaffRole.parse(w.text) else {
            throw CommandParseError(
                "'\(w.text)' is not a role (physician, np, pa, nurse, ma, receptionist, biller, manager)",
                column: w.column)
        }
        return role
    }

    static func intEdit(_ w: CommandWord?, _ name: String, _ range: ClosedRange<Int>) throws(CommandParseError)
        -> FieldEdit<Int>
    {
        guard let w else { return .unchanged }
        if w.text.lowercased() == "none" { return .clear }
        guard let n = Int(w.text), range.contains(n) else {
            throw CommandParseError(
                "--\(name) '\(w.text)' must be a whole number \(range.lowerBound)–\(range.upperBound) or none",
                column: w.column)
        }
        return .set(n)
    }

    /// `mon-fri`, `mon,wed,fri`, `sat`, `weekdays`, `all`: weekday numbers (0 Sunday … 6 Saturday).
    static func weekdays(_ w: CommandWord) throws(CommandParseError) -> [Int] {
        let names = LocalDate.weekdayShortNames.map { $0.lowercased() }
        func day(_ text: Substring) throws(CommandParseError) -> Int {
            guard let index = names.firstIndex(of: String(text.prefix(3)).lowercased()), text.count >= 3 else {
                throw CommandParseError(
                    "'\(w.text)' is not weekdays (like mon-fri, mon,wed,fri, sat, weekdays, all)", column: w.column)
            }
            return index
        }
        switch w.text.lowercased() {
        case "weekdays": return CoverageRule.mondayToFriday
        case "all", "daily": return [0, 1, 2, 3, 4, 5, 6]
        case "weekend": return [0, 6]
        default: break
        }
        var found: [Int] = []
        for piece in w.text.split(separator: ",") {
            let ends = piece.split(separator: "-")
            if ends.count == 2 {
                // A range runs Monday-first: fri-mon is Friday through Monday.
                var d = try day(ends[0])
                let last = try day(ends[1])
                found.append(d)
                while d != last { d = (d + 1) % 7; found.append(d) }
            } else {
                found.append(try day(piece))
            }
        }
        return Array(Set(found)).sorted()
    }
}
