/// Claim verbs of the command language: charge capture, the lifecycle, postings and corrections.
extension CommandLanguage {
    static func claimVerb(_ verb: String, _ summary: String, _ make: @escaping @Sendable (ClaimID) -> Command) -> Syntax
    {
        Syntax(usage: "claim \(verb) C-22", summary: summary, flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Claim.self, "a claim ID")
            try args.finish(positionalCount: 1)
            return make(id)
        }
    }

    static let claimSyntax: [Syntax] = chargeSyntax + lifecycleSyntax

    static let chargeSyntax: [Syntax] = [
        Syntax(
            usage: "claim create A-31 --dx E11.9 [--dx I10] --line 99214-25 [--line 36415] [--pos 11]",
            summary: "bill a checked-out visit (a line: CODE[-MOD…][xUNITS][@POINTERS][=FEE], fee from the schedule)",
            flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let visit = try args.id(0, Appointment.self, "an appointment ID")
            let content = try claimContent(&args)
            try args.finish(positionalCount: 1)
            return .createClaim(NewClaim(appointment: visit, content: content))
        },
        Syntax(
            usage: "claim edit C-22 --dx E11.9 [--dx I10] --line 99214 [--line 36415] [--pos 11]",
            summary: "replace a draft, ready or rejected claim's codes and lines", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Claim.self, "a claim ID")
            let content = try claimContent(&args)
            try args.finish(positionalCount: 1)
            return .editClaim(id, content)
        },
        claimVerb("ready", "mark a draft ready to send (the payer's edits run first)") { .readyClaim($0) },
    ]

    static let lifecycleSyntax: [Syntax] = [
        Syntax(
            usage: "claim submit C-22 [--late]",
            summary: "send to the payer (the payer's edits run first; --late: past the filing deadline, knowingly)",
            flags: ["late"]
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Claim.self, "a claim ID")
            let late = args.flag("late")
            try args.finish(positionalCount: 1)
            return .submitClaim(id, lateOverride: late)
        },
        claimVerb("accept", "the payer acknowledged it (277CA)") { .acceptClaim($0) },
        Syntax(
            usage: "claim reject C-22 --reason \"invalid member ID\"",
            summary: "the clearinghouse bounced it (fixable)", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Claim.self, "a claim ID")
            let reason = try CommandArguments.text(try args.required("reason", "\"why\""), .rejectReason)
            try args.finish(positionalCount: 1)
            return .rejectClaim(id, reason: reason)
        },
        Syntax(
            usage: "claim pay C-22 120.00 [--adjust 40.00]", summary: "post a payment (and a contractual adjustment)",
            flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Claim.self, "a claim ID")
            let amount = try CommandArguments.money(try args.word(1, "an amount"))
            let adjustment = try args.option("adjust").map { (w: CommandWord) throws(CommandParseError) in
                try CommandArguments.money(w)
            }
            try args.finish(positionalCount: 2)
            return .payClaim(id, amount: amount, adjustment: adjustment)
        },
        Syntax(
            usage: "claim deny C-22 CO-50 [--rarc N130]", summary: "record a payer denial (CARC group-code)", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Claim.self, "a claim ID")
            let codeWord = try args.word(1, "a CARC group-code like CO-50")
            var denial = try carcPair(codeWord, example: "CO-50")
            guard denial.group != .PR else {
                throw CommandParseError(
                    "\(denial) is patient responsibility, not a denial: post it with `claim adjust`",
                    column: codeWord.column)
            }
            if let rarcWord = args.option("rarc") {
                guard let rarc = RARC.parse(rarcWord.text) else {
                    throw CommandParseError(
                        "'\(rarcWord.text)' is not a RARC (M, N or MA and 1–3 digits: M15, N130, MA130)",
                        column: rarcWord.column)
                }
                denial.rarc = rarc
            }
            try args.finish(positionalCount: 2)
            return .denyClaim(id, denial)
        },
        Syntax(
            usage: "claim appeal C-22 [--note \"proof of timely filing…\"]",
            summary: "appeal a denial (a CO-29 needs the proof as its note)", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Claim.self, "a claim ID")
            let note = try args.optionText("note", .claimNote)
            try args.finish(positionalCount: 1)
            return .appealClaim(id, note: note)
        },
        Syntax(
            usage: "claim writeoff C-22 [--reason \"small balance\"]",
            summary: "write off what the payer still owes, with the reason", flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Claim.self, "a claim ID")
            let reason = try args.optionText("reason", .writeOffReason)
            try args.finish(positionalCount: 1)
            return .writeOffClaim(id, reason: reason)
        },
        Syntax(usage: "claim note C-22 \"called Aetna, ref 4471\"", summary: "add a note to the history", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Claim.self, "a claim ID")
            let note = try CommandArguments.text(try args.word(1, "a note in quotes"), .claimNote)
            try args.finish(positionalCount: 2)
            return .noteClaim(id, note)
        },
        Syntax(
            usage: "claim adjust C-22 PR-2 20.00", summary: "post an adjustment by CAS group-code (a paper EOB)",
            flags: []
        ) { (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Claim.self, "a claim ID")
            let pair = try carcPair(try args.word(1, "a CARC group-code like CO-45 or PR-2"), example: "PR-2")
            let amount = try CommandArguments.money(try args.word(2, "an amount"))
            try args.finish(positionalCount: 3)
            return .adjustClaim(id, group: pair.group, code: pair.code, amount: amount)
        },
        claimVerb("replace", "a corrected claim (frequency 7) for one the payer denied or paid") { .replaceClaim($0) },
        claimVerb("void", "cancel a claim the payer holds (frequency 8)") { .voidClaim($0) },
        Syntax(usage: "claim followup C-22 2026-12-01", summary: "set the follow-up date", flags: []) {
            (args: inout CommandArguments, _: LocalDate?) throws(CommandParseError) in
            let id = try args.id(0, Claim.self, "a claim ID")
            let day = try args.date(try args.word(1, "a date"), .followUp)
            try args.finish(positionalCount: 2)
            return .setClaimFollowUp(id, day)
        },
    ]

    /// A CAS group and reason code (`CO-50`, `PR 2`) whose pair makes sense (CARC rules), or the refusal at its column.
    static func carcPair(_ word: CommandWord, example: String) throws(CommandParseError) -> Denial {
        guard let pair = CARC.parse(word.text) else {
            throw CommandParseError(
                "'\(word.text)' is not a CARC group-code (CO, PR, OA or PI, a dash, a code: \(example))",
                column: word.column)
        }
        if let refusal = CARC.check(group: pair.group, code: pair.code) {
            throw CommandParseError(refusal, column: word.column)
        }
        return pair
    }

    /// `--dx` (repeated, in pointer order), `--line` (repeated), `--pos`.
    static func claimContent(_ args: inout CommandArguments) throws(CommandParseError) -> ClaimContent {
        let diagnoses = args.all("dx").map { $0.text.uppercased() }
        var lines: [NewServiceLine] = []
        for word in args.all("line") { lines.append(try serviceLine(word)) }
        guard !lines.isEmpty else {
            throw CommandParseError("missing --line (usage: \(args.usage))", column: args.endColumn)
        }
        guard !diagnoses.isEmpty else {
            throw CommandParseError("missing --dx (usage: \(args.usage))", column: args.endColumn)
        }
        let pos = args.option("pos")
        if let pos, !PlaceOfService.isValid(pos.text) {
            throw CommandParseError(
                "'\(pos.text)' is not a CMS place of service (11 office, 02 or 10 telehealth)", column: pos.column)
        }
        return ClaimContent(diagnoses: diagnoses, lines: lines, placeOfService: pos?.text)
    }

    /// One service line as a form field holds it (`99214-25@1,2`), by the same rules as `--line`: the superbill
    /// and the command language read lines one way.
    public static func parseServiceLine(_ text: String) throws(CommandParseError) -> NewServiceLine {
        try serviceLine(CommandWord(text: text.trimmingCharacters(in: .whitespaces), column: 1))
    }

    /// `99214-25-59x2@1,2=165.00`: code, modifiers, units, diagnosis pointers, fee — each part optional after the
    /// code. The column of an error points into the word.
    static func serviceLine(_ word: CommandWord) throws(CommandParseError) -> NewServiceLine {
        var text = Substring(word.text)
        var fee: Cents?
        if let equals = text.firstIndex(of: "=") {
            let amount = CommandWord(text: String(text[text.index(after: equals)...]), column: word.column)
            guard let parsed = Cents(parsing: amount.text), parsed > .zero, parsed <= Cents.typedMaximum else {
                throw CommandParseError(
                    "'\(amount.text)' in '\(word.text)' is not a fee (like 165.00)", column: word.column)
            }
            fee = parsed
            text = text[..<equals]
        }
        var pointers: [Int] = []
        if let at = text.firstIndex(of: "@") {
            for piece in text[text.index(after: at)...].split(separator: ",", omittingEmptySubsequences: false) {
                guard let n = Int(piece), (1...12).contains(n) else {
                    throw CommandParseError(
                        "'\(piece)' in '\(word.text)' is not a diagnosis pointer (1–12, like @1,2)", column: word.column
                    )
                }
                pointers.append(n)
            }
            text = text[..<at]
        }
        var units = 1
        if let x = text.lastIndex(where: { $0 == "x" || $0 == "X" }), x != text.startIndex,
            let n = Int(text[text.index(after: x)...])
        {
            guard (1...999).contains(n) else {
                throw CommandParseError("units in '\(word.text)' must be 1–999", column: word.column)
            }
            units = n
            text = text[..<x]
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { String($0).uppercased() }
        let code = parts[0]
        guard MedicalCodes.isValidProcedure(code) else {
            throw CommandParseError(
                "'\(code)' is not a CPT/HCPCS code (5 characters: 99214, G0439; a line is CODE[-MOD][xUNITS][@1,2])",
                column: word.column)
        }
        let modifiers = Array(parts.dropFirst())
        for modifier in modifiers where !MedicalCodes.isValidModifier(modifier) {
            throw CommandParseError(
                "'\(modifier)' in '\(word.text)' is not a modifier (two letters or digits: 25, 59, GT)",
                column: word.column)
        }
        return NewServiceLine(code: code, modifiers: modifiers, units: units, pointers: pointers, fee: fee)
    }
}
