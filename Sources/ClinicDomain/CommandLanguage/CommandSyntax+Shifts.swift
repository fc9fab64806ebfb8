/// Shift, template and credential verbs of the command language.
extension CommandLanguage {
    static let shiftSyntax: [Syntax] = [
        Syntax(
            usage:
                "shift add S-4 2026-11-24 08:00 17:00 [--role receptionist] [--break 12:00+30]",
            summary: "add a shift (an end before the start runs overnight)", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Staff.self, "a staff ID")
            let day = try args.date(try args.word(1, "a day"), .shiftDay)
            let start = try CommandArguments.time(try args.word(2, "a start time"))
            let end = try CommandArguments.time(try args.word(3, "an end time"))
            let role = try args.option("role").map { (w: CommandWord) throws(CommandParseError) in try staffRole(w) }
            let breakAt = try args.option("break").map { (w: CommandWord) throws(CommandParseError) in
                try shiftBreak(w)
            }
            try args.finish(positionalCount: 4)
            return .addShift(id, day: day, start: start, end: end, role: role, breakAt: breakAt)
        },
        Syntax(
            usage: "shift edit SH-3 [--start 09:00] [--end 17:30] [--break 12:30+30|none] [--role ma]",
            summary: "new hours, break or role for a shift", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Shift.self, "a shift ID")
            var edit = ShiftEdit()
            edit.start = try args.option("start").map { (w: CommandWord) throws(CommandParseError) in
                try CommandArguments.time(w)
            }
            edit.end = try args.option("end").map { (w: CommandWord) throws(CommandParseError) in
                try CommandArguments.time(w)
            }
            edit.role = try args.option("role").map { (w: CommandWord) throws(CommandParseError) in try staffRole(w) }
            if let w = args.option("break") {
                edit.breakAt = w.text.lowercased() == "none" ? .clear : .set(try shiftBreak(w))
            }
            try args.finish(positionalCount: 1)
            return .editShift(id, edit)
        },
        Syntax(usage: "shift remove SH-3", summary: "remove a shift (not one clocked in)", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Shift.self, "a shift ID")
            try args.finish(positionalCount: 1)
            return .removeShift(id)
        },
        Syntax(usage: "shift swap SH-3 SH-8", summary: "two people trade shifts (same role)", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let first = try args.id(0, Shift.self, "a shift ID")
            let second = try args.id(1, Shift.self, "a second shift ID")
            try args.finish(positionalCount: 2)
            return .swapShifts(first, second)
        },
        Syntax(
            usage: "shift template S-4 mon-fri 08:00 17:00 [--break 12:00+30] [--role receptionist]",
            summary: "set someone's usual hours on those weekdays (`off` instead of the hours clears them)",
            flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Staff.self, "a staff ID")
            let days = try weekdays(try args.word(1, "weekdays (mon-fri)"))
            let startWord = try args.word(2, "a start time or off")
            if startWord.text.lowercased() == "off" {
                try args.finish(positionalCount: 3)
                return .setTemplate(id, weekdays: days, nil)
            }
            let start = try CommandArguments.time(startWord)
            let end = try CommandArguments.time(try args.word(3, "an end time"))
            let breakAt = try args.option("break").map { (w: CommandWord) throws(CommandParseError) in
                try shiftBreak(w)
            }
            let role = try args.option("role").map { (w: CommandWord) throws(CommandParseError) in try staffRole(w) }
            try args.finish(positionalCount: 4)
            return .setTemplate(
                id, weekdays: days,
                TemplateShift(
                    weekday: days[0], start: start, end: end, breakStart: breakAt?.start,
                    breakMinutes: breakAt?.minutes ?? 0, role: role))
        },
        Syntax(
            usage: "shift except S-4 2026-12-24 [--remove]",
            summary: "the template does not apply that day (--remove: it does again)", flags: ["remove"]
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Staff.self, "a staff ID")
            let day = try args.date(try args.word(1, "a day"), .shiftDay)
            let remove = args.flag("remove")
            try args.finish(positionalCount: 2)
            return .skipTemplate(id, day: day, remove: remove)
        },
        Syntax(
            usage: "shift fill 2026-11-30 [--staff S-4]",
            summary: "add the week's shifts from the templates (alias: apply); twice adds nothing", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let week = try args.date(try args.word(0, "a day of the week"), .shiftDay)
            let only = try args.optionID("staff", Staff.self, "a staff ID")
            try args.finish(positionalCount: 1)
            return .applyTemplates(week: week, staff: only)
        },
        Syntax(
            usage: "shift copy 2026-11-23 2026-11-30 [--staff S-4]",
            summary: "copy one week's shifts onto another (last week onto this one)", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let source = try args.date(try args.word(0, "a day of the week to copy"), .shiftDay)
            let target = try args.date(try args.word(1, "a day of the week to fill"), .shiftDay)
            let only = try args.optionID("staff", Staff.self, "a staff ID")
            try args.finish(positionalCount: 2)
            return .copyWeek(from: source, to: target, staff: only)
        },
    ]

    static let credentialSyntax: [Syntax] = [
        Syntax(
            usage: "credential set S-4|practice licence --expires 2027-06-30 [--number 209876] [--state NY]",
            summary:
                "add or replace a credential (licence, dea, board, bls, acls, cpr, hipaa, osha, malpractice, caqh; "
                + "clia for the practice)",
            flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let owner = try credentialOwner(try args.word(0, "a staff ID or practice"))
            let kind = try credentialKind(try args.word(1, "a credential kind"))
            let expires = try args.date(try args.required("expires", "YYYY-MM-DD"), .credentialExpiry)
            let number = try args.optionText("number", .credentialNumber) ?? ""
            let state = try args.optionText("state", .licenceState) ?? ""
            try args.finish(positionalCount: 2)
            return .setCredential(owner, Credential(kind: kind, expires: expires, number: number, state: state))
        },
        Syntax(
            usage: "credential renew S-4|practice licence --expires 2029-06-30 [--number 209876]",
            summary: "renew a credential on file: a later expiry (and a new number)", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let owner = try credentialOwner(try args.word(0, "a staff ID or practice"))
            let kind = try credentialKind(try args.word(1, "a credential kind"))
            let expires = try args.date(try args.required("expires", "YYYY-MM-DD"), .credentialExpiry)
            let number = try args.optionText("number", .credentialNumber)
            try args.finish(positionalCount: 2)
            return .renewCredential(owner, kind: kind, expires: expires, number: number)
        },
        Syntax(
            usage: "credential remove S-4|practice acls", summary: "drop a credential kind from the record", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let owner = try credentialOwner(try args.word(0, "a staff ID or practice"))
            let kind = try credentialKind(try args.word(1, "a credential kind"))
            try args.finish(positionalCount: 2)
            return .removeCredential(owner, kind: kind)
        },
    ]

    /// `12:00+30`: a break starting 12:00 for 30 minutes.
    static func shiftBreak(_ w: CommandWord) throws(CommandParseError) -> ShiftBreak {
        let parts = w.text.split(separator: "+")
        guard parts.count == 2, let start = TimeOfDay(String(parts[0])), let minutes = Int(parts[1]),
            (5...120).contains(minutes)
        else {
            throw CommandParseError(
                "'\(w.text)' is not a break like 12:00+30 (start, then 5–120 minutes)", column: w.column)
        }
        return ShiftBreak(start: start, minutes: minutes)
    }

    static func credentialOwner(_ w: CommandWord) throws(CommandParseError) -> StaffID? {
        w.text.lowercased() == "practice" ? nil : try CommandArguments.parseID(w, Staff.self, "a staff ID or practice")
    }

    static func credentialKind(_ w: CommandWord) throws(CommandParseError) -> CredentialKind {
        guard let kind = CredentialKind.parse(w.text), kind != .other else {
            throw CommandParseError(
                "'\(w.text)' is not a credential kind (licence, dea, board, bls, acls, cpr, hipaa, osha, malpractice, "
                    + "caqh, clia)", column: w.column)
        }
        return kind
    }
}
