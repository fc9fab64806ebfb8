import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

/// Issue 9: bad input gets a clear error. Every typed-in field has a contract (`FieldContract`) and every date a
/// window (`DateWindow`); the command line refuses with the column, `Practice.validate` with the same rule.
@Suite struct FieldContractTests {
    /// What `Practice.validate` says to a line that parses without today (date windows left to it).
    func refusal(_ line: String, in practice: Practice = Fixture.smallDemo) -> String? {
        do {
            let command = try CommandLanguage.parse(line, today: Fixture.today)
            return refusal(command, in: practice)
        } catch {
            Issue.record("'\(line)' did not parse: \(error)")
            return nil
        }
    }

    /// What `Practice.validate` says to a command (as the dashboard's forms build them): the rule of record.
    func refusal(_ command: Command, in practice: Practice = Fixture.smallDemo) -> String? {
        domainError { _ = try practice.validate(command, actor: "ana", now: Fixture.now) }?.message
    }

    func newPatient(
        given: String = "Ana", family: String = "Ruiz", dob: String = "1980-02-14", phone: String = "555-0100",
        member: String = ""
    ) -> Command {
        .addPatient(
            NewPatient(
                givenName: given, familyName: family, birthDate: Fixture.day(dob), phone: phone, memberID: member))
    }

    /// The command line's refusal, with the practice's today known (as `exec` and the `:` line parse).
    func lineError(_ line: String) -> CommandParseError? {
        parseError(line, practiceToday: Fixture.today)
    }

    func patientAdd(
        given: String = "Ana", family: String = "Ruiz", dob: String = "1980-02-14",
        phone: String = "555-0100", extra: String = ""
    ) -> String {
        "patient add --given \(quoted(given)) --family \(quoted(family)) --dob \(dob) --phone \(quoted(phone))"
            + extra
    }

    func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    // MARK: names

    @Test("a NUL byte as a given name is refused, naming the field, the rule and the column")
    func nulGivenName() throws {
        let line = patientAdd(given: "\u{0}")
        let error = try #require(lineError(line))
        #expect(error.message == "given name: no control characters or line breaks (found U+0000 at character 1)")
        #expect(error.column == 21)
        #expect(
            refusal(newPatient(given: "\u{0}"))
                == "given name: no control characters or line breaks (found U+0000 at character 1).")
    }

    @Test("a family name that is a bidi override is refused; every override and isolate is")
    func bidiFamilyName() throws {
        let error = try #require(lineError(patientAdd(family: "\u{202E}")))
        #expect(
            error.message
                == "family name: no bidirectional override or isolate characters (found U+202E at character 1)")
        #expect(error.column == 36)
        #expect(refusal(newPatient(family: "\u{202E}"))?.hasPrefix("family name: no bidirectional") == true)
        for value in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] {
            let scalar = try #require(Unicode.Scalar(value))
            #expect(throws: FieldViolation.self) { try FieldContract.familyName.check("Ruiz\(Character(scalar))") }
            #expect(throws: FieldViolation.self) { try FieldContract.taskTitle.check("Call \(Character(scalar))x") }
        }
        // Invisible format characters make no sense in a name; a joiner some scripts need does.
        #expect(throws: FieldViolation.self) { try FieldContract.givenName.check("An\u{200B}a") }
        #expect(try FieldContract.givenName.check("می\u{200C}خواهم") == "می\u{200C}خواهم")
    }

    @Test("a 5,000-character given name is refused: at most 100 characters")
    func longGivenName() throws {
        let line = patientAdd(given: String(repeating: "a", count: 5000))
        #expect(lineError(line)?.message == "given name: at most 100 characters (this one has 5000)")
        #expect(
            refusal(newPatient(given: String(repeating: "a", count: 5000)))
                == "given name: at most 100 characters (this one has 5000).")
        #expect(try FieldContract.givenName.check(String(repeating: "é", count: 100)).count == 100)
        // One character with a thousand combining marks is not a short name.
        let zalgo = "a" + String(repeating: "\u{301}", count: 1000)
        #expect(throws: FieldViolation.self) { try FieldContract.givenName.check(zalgo) }
    }

    @Test("names are trimmed, and refused empty after trimming")
    func trimmedNames() throws {
        #expect(lineError(patientAdd(given: "   "))?.message == "given name: must not be empty")
        #expect(refusal(newPatient(family: " \t ")) == "family name: must not be empty.")
        var p = Fixture.staffedWeek()
        try p.run(
            .addPatient(
                NewPatient(
                    givenName: "  Zoe ", familyName: " Quinlan", birthDate: Fixture.day("1990-05-05"),
                    phone: " 555-010-0199 ")))
        let added = try #require(p.patients.sorted.last)
        #expect(added.givenName == "Zoe" && added.familyName == "Quinlan" && added.phone == "555-010-0199")
    }

    // MARK: phone and member ID

    @Test("a 500-character phone and an empty one are refused (a new patient needs a phone)")
    func phones() throws {
        let long = patientAdd(phone: String(repeating: "5", count: 500))
        #expect(lineError(long)?.message == "phone: at most 30 characters (this one has 500)")
        #expect(
            refusal(newPatient(phone: String(repeating: "5", count: 500)))
                == "phone: at most 30 characters (this one has 500).")
        let empty = patientAdd(phone: "")
        #expect(lineError(empty) == CommandParseError("phone: must not be empty", column: 68))
        #expect(refusal(newPatient(phone: "")) == "phone: must not be empty.")
        #expect(refusal(newPatient(phone: "   ")) == "phone: must not be empty.")
        let rule = "digits with spaces, dashes, dots, parentheses or a leading +, 7 to 20 digits"
        #expect(lineError(patientAdd(phone: "555-01"))?.message == "phone: \(rule) (this one has 5)")
        #expect(lineError(patientAdd(phone: "call me"))?.message == "phone: \(rule) ('c' is not allowed)")
        #expect(lineError(patientAdd(phone: "555+0100")) != nil)
        for good in ["555-0100", "(555) 010-0142", "+1 212.555.0100", "555 010 0190", "2125550100"] {
            #expect(try FieldContract.phone.check(good) == good)
        }
    }

    @Test("a member ID is letters, digits and dashes, at most 30; none at all is fine")
    func memberIDs() throws {
        let parsed = try CommandLanguage.parse(patientAdd(extra: " --member W123-456789"), practiceToday: Fixture.today)
        #expect(parsed == newPatient(member: "W123-456789"))
        #expect(try FieldContract.memberID.check("") == "")
        let error = try #require(lineError(patientAdd(extra: " --member \"W12 34\"")))
        #expect(error.message == "member ID: only letters A–Z, digits and dashes")
        #expect(error.column == 88)
        #expect(
            lineError(patientAdd(extra: " --member " + String(repeating: "W", count: 31)))?.message
                == "member ID: at most 30 characters (this one has 31)")
        #expect(refusal(newPatient(member: "W1\u{202E}"))?.hasPrefix("member ID: no bidirectional") == true)
    }

    // MARK: free text

    @Test("task titles are capped at 200 by the table; labels, reasons and notes have their own limits")
    func freeText() throws {
        #expect(FieldContract.taskTitle.maxLength == 200)
        let title = String(repeating: "x", count: 201)
        #expect(
            lineError("task add \"\(title)\"")
                == CommandParseError(
                    "task title: at most 200 characters (this one has 201)", column: 10))
        #expect(refusal(.addTask(NewTask(title: title))) == "task title: at most 200 characters (this one has 201).")
        #expect(
            lineError("task add \"Call\u{7} payer\"")?.message
                == "task title: no control characters or line breaks (found U+0007 at character 5)")
        #expect(lineError("task add Gloves --label \"" + String(repeating: "l", count: 31) + "\"")?.column == 25)
        let reason = String(repeating: "r", count: 201)
        #expect(
            lineError("appt cancel A-1 --reason \"\(reason)\"")?.message.hasPrefix("cancel reason: at most 200") == true
        )
        #expect(
            lineError("claim reject C-1 --reason \"\(reason)\"")?.message.hasPrefix("reject reason: at most 200")
                == true)
        #expect(refusal(.rejectClaim(ClaimID(1), reason: "  ")) == "reject reason: must not be empty.")
        #expect(refusal(.addTask(NewTask(title: "Gloves", labels: ["a\u{0}"])))?.hasPrefix("label: no control") == true)
        #expect(
            refusal(.requestTimeOff(StaffID(8), from: Fixture.today, through: Fixture.today, note: "\u{2067}x"))?
                .hasPrefix("note: no bidirectional") == true)
        #expect(
            lineError("pto request S-1 2026-12-01 2026-12-02 --note \"a\u{2028}b\"")?.message
                == "note: no control characters or line breaks (found U+2028 at character 2)")
        #expect(
            lineError("appt book --patient P-1 --provider S-2 --at \"2026-11-24 09:40\" --reason \"\u{202E}x\"")?
                .column == 73)
        // A free-text field keeps emoji (joined ones too) and every script.
        #expect(try FieldContract.taskTitle.check("Restock 🧤 for 王医生 👩‍⚕️") == "Restock 🧤 for 王医生 👩‍⚕️")
    }

    @Test("a named room is one of the practice's rooms")
    func rooms() throws {
        #expect(lineError("appt room A-1 \"\u{1B}[2J\"")?.message.hasPrefix("room: no control characters") == true)
        var p = Fixture.staffedWeek()
        let id = try p.book(Fixture.renee, with: Fixture.drLee, at: "10:00")
        try p.run(.checkIn(id))
        let error = try #require(domainError { try p.run(.room(id, room: "Z9")) })
        #expect(error.message == "room: 'Z9' is not one of the practice's rooms (1, 2, 3, 4, 5, 6).")
        try p.run(.room(id, room: " 4 "))
        #expect(p.appointments[id]?.room == "4")
    }

    @Test("every contract has a name, a positive limit, and refuses NUL and a bidi override")
    func table() throws {
        #expect(Set(FieldContract.all.map(\.field)).count == FieldContract.all.count)
        for contract in FieldContract.all {
            #expect(contract.maxLength > 0)
            #expect(throws: FieldViolation.self) { try contract.check("12345678\u{0}") }
            #expect(throws: FieldViolation.self) { try contract.check("12345678\u{202E}") }
        }
    }

    // MARK: date windows

    @Test(
        "birth dates 9999-12-31 and 2030-01-01 are refused: between 1900-01-01 and today",
        arguments: [
            "9999-12-31", "2030-01-01", "2026-11-24", "1899-12-31", "0000-01-01",
        ])
    func birthDates(_ dob: String) throws {
        let line = patientAdd(dob: dob)
        let error = try #require(lineError(line))
        #expect(
            error.message == "birth date: \(dob) is not between 1900-01-01 and today (1900-01-01 through 2026-11-23)")
        #expect(error.column == 49)
        #expect(
            refusal(line) == "birth date: \(dob) is not between 1900-01-01 and today (1900-01-01 through 2026-11-23).")
    }

    @Test("birth dates today and on 1900-01-01 are fine")
    func birthDateEdges() throws {
        for dob in ["2026-11-23", "1900-01-01"] {
            var p = Fixture.staffedWeek()
            try p.run(
                .addPatient(
                    NewPatient(givenName: "Ana", familyName: "Ruiz", birthDate: Fixture.day(dob), phone: "555-0100")))
        }
    }

    @Test("staff sick S-8 0000-01-01 is refused: sick calls within 2 years of today")
    func sickDays() throws {
        let line = "staff sick S-8 0000-01-01"
        let rule = "sick day: 0000-01-01 is not within 2 years of today (2024-11-23 through 2028-11-23)"
        #expect(lineError(line) == CommandParseError(rule, column: 16))
        #expect(refusal(line) == rule + ".")
        #expect(lineError("staff sick S-8 2028-11-24")?.message.hasPrefix("sick day: 2028-11-24 is not within") == true)
        #expect(
            try CommandLanguage.parse("staff sick S-8 2024-11-23", practiceToday: Fixture.today)
                == .callInSick(StaffID(8), day: Fixture.day("2024-11-23")))
    }

    @Test("pto request … 0000-01-01 is refused, either end: within 2 years of today")
    func timeOffDays() throws {
        let through = "pto request S-8 2026-12-01 0000-01-01"
        #expect(
            lineError(through)
                == CommandParseError(
                    "last day off: 0000-01-01 is not within 2 years of today (2024-11-23 through 2028-11-23)",
                    column: 28))
        #expect(refusal(through)?.hasPrefix("last day off: 0000-01-01 is not within 2 years of today") == true)
        let from = "pto request S-8 0000-01-01 2026-12-01"
        #expect(lineError(from)?.message.hasPrefix("first day off: 0000-01-01") == true)
        #expect(lineError(from)?.column == 17)
        #expect(refusal(from)?.hasPrefix("first day off: 0000-01-01") == true)
        #expect(refusal("pto request S-8 9999-12-30 9999-12-31")?.hasPrefix("first day off: 9999-12-30") == true)
    }

    @Test("claim followup C-2062 1970-01-01 is refused: from today to a year ahead")
    func followUps() throws {
        let line = "claim followup C-2062 1970-01-01"
        let rule = "follow-up date: 1970-01-01 is not from today to a year ahead (2026-11-23 through 2027-11-23)"
        #expect(lineError(line) == CommandParseError(rule, column: 23))
        #expect(refusal(line) == rule + ".")
        #expect(lineError("claim followup C-2062 2026-11-22") != nil)
        #expect(lineError("claim followup C-2062 2027-11-24") != nil)
        for fine in ["2026-11-23", "2027-11-23"] {
            #expect(
                try CommandLanguage.parse("claim followup C-2062 \(fine)", practiceToday: Fixture.today)
                    == .setClaimFollowUp(ClaimID(2062), Fixture.day(fine)))
        }
    }

    @Test("bookings, moves, due dates and shifts stay within 2 years of today")
    func otherWindows() throws {
        let book = "appt book --patient P-1 --provider S-2 --at \"9999-12-31 09:40\""
        #expect(
            lineError(book)
                == CommandParseError(
                    "appointment day: 9999-12-31 is not within 2 years of today (2024-11-23 through 2028-11-23)",
                    column: 45))
        #expect(refusal(book)?.hasPrefix("appointment day: 9999-12-31") == true)
        #expect(lineError("appt move A-1 --at \"0000-01-01 10:00\"")?.column == 20)
        #expect(refusal("task add Gloves --due 0000-01-01")?.hasPrefix("due date: 0000-01-01") == true)
        #expect(lineError("task add Gloves --due 3026-01-01")?.column == 23)
        #expect(refusal("shift add S-2 9999-01-01 08:00 17:00")?.hasPrefix("shift day: 9999-01-01") == true)
    }

    @Test("without today the parser leaves date windows to validate")
    func windowsNeedToday() throws {
        #expect(
            try CommandLanguage.parse("staff sick S-8 0000-01-01")
                == .callInSick(StaffID(8), day: Fixture.day("0000-01-01")))
    }

    @Test("a window's ends follow today: 29 February a year on is 1 March")
    func windowEnds() throws {
        let leap = Fixture.day("2028-02-29")
        #expect(DateWindow.followUp.range(today: leap) == leap...Fixture.day("2029-03-01"))
        #expect(DateWindow.sickDay.range(today: Fixture.today) == Fixture.day("2024-11-23")...Fixture.day("2028-11-23"))
    }

    // MARK: edge dates

    @Test(
        "year 0000 and other edge dates parse, print and refuse cleanly",
        arguments: [
            ("0000-01-01", true), ("0000-02-29", true), ("9999-12-31", true), ("1900-02-29", false),
            ("2000-02-29", true),
            ("0000-00-01", false), ("0000-13-01", false), ("-001-01-01", false), ("10000-01-01", false),
            ("2026-1-01", false),
            ("２０２６-01-01", false), ("2026-11-31", false), ("2026-11-23T00:00", false),
        ])
    func edgeDates(_ text: String, _ valid: Bool) throws {
        let day = LocalDate(text)
        #expect((day != nil) == valid)
        if let day {
            #expect(day.description == text)
            #expect(LocalDate(dayNumber: day.dayNumber) == day)
        }
        if !valid {
            #expect(parseError("staff sick S-8 \(text)")?.message.hasSuffix("is not a date (YYYY-MM-DD)") == true)
        }
    }
}
