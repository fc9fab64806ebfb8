import ClinicDomain
import Foundation
import Testing
import TestSupport

/// Issue 9's money, copay, RARC and flow rules: bad input gets a clear error, never a silent misreading.
@Suite("Bad input gets a clear error")
struct BadInputTests {
    // MARK: money

    @Test(arguments: [
        ("appt copay A-10205 \"12,50\"", "12,50", 20), ("appt copay A-10205 1,5", "1,5", 20),
        ("appt copay A-10205 1,0,0", "1,0,0", 20), ("claim pay C-1 12,50", "12,50", 15),
        ("claim pay C-1 10.00 --adjust 4,0", "4,0", 30),
        (
            "patient add --given A --family B --dob 1980-01-01 "
                + "--phone 555-0100 --copay 2,5", "2,5", 76
        ),
    ])
    func aCommaThatDoesNotGroupThousandsIsRefused(line: String, word: String, column: Int) throws {
        let error = try #require(parseError(line))
        #expect(error.message == "'\(word)' is not an amount (like 12.50 or 1,250.00)", "\(error)")
        #expect(error.column == column, "\(error)")
    }

    @Test func theIssuesExampleNamesItsColumn() throws {
        let error = try #require(parseError("appt copay A-10205 12,50 "))
        #expect(error.description == "column 20: '12,50' is not an amount (like 12.50 or 1,250.00)")
    }

    @Test func groupedThousandsStillParse() throws {
        #expect(
            try CommandLanguage.parse("claim pay C-1 1,250.00")
                == .payClaim(
                    ClaimID(1), amount: Cents(125_000),
                    adjustment: nil))
        #expect(
            try CommandLanguage.parse("claim pay C-1 12,345")
                == .payClaim(
                    ClaimID(1), amount: Cents(1_234_500),
                    adjustment: nil))
        #expect(
            try CommandLanguage.parse("claim pay C-1 $40")
                == .payClaim(
                    ClaimID(1), amount: Cents(4_000),
                    adjustment: nil))
    }

    @Test func negativeTooManyDecimalsAndTooLargeAreRefused() throws {
        #expect(parseError("claim pay C-1 -5")?.message.contains("is negative") == true)
        #expect(parseError("claim pay C-1 5.005")?.message.contains("is not an amount") == true)
        let large = try #require(parseError("claim pay C-1 1,000,000.00"))
        #expect(large.message == "'1,000,000.00' is more than $999,999.99, the largest amount accepted", "\(large)")
        #expect(
            try CommandLanguage.parse("claim pay C-1 999,999.99")
                == .payClaim(
                    ClaimID(1),
                    amount: Cents(99_999_999), adjustment: nil))
    }
}

// MARK: copay

extension BadInputTests {
    @Test func collectingWhenNothingIsDueIsRefusedUnlessOver() throws {
        var p = Fixture.staffedWeek()
        // Jorge's plan asks no copay.
        let a = try p.book(Fixture.jorge, with: Fixture.drLee, at: "10:00")
        #expect(p.appointments[a]?.copayDue == .zero)
        let error = try #require(domainError { try p.run(.collectCopay(a, amount: Cents(2000))) })
        #expect(error.message.contains("has $0.00 copay outstanding (due $0.00, collected $0.00)"), "\(error)")
        #expect(error.message.contains("add --over to record the $20.00 as a prepayment"), "\(error)")
        #expect(p.appointments[a]?.copayCollected == .zero)
        try p.run(.collectCopay(a, amount: Cents(2000), over: true))
        #expect(p.appointments[a]?.copayCollected == Cents(2000))
        #expect(p.appointments[a]?.copayPrepaid == Cents(2000))
    }

    @Test func collectingMoreThanIsDueIsRefusedUnlessOver() throws {
        var p = Fixture.staffedWeek()
        let a = try p.book(Fixture.renee, with: Fixture.drLee, at: "10:00")
        let due = try #require(p.appointments[a]?.copayDue)
        let error = try #require(domainError { try p.run(.collectCopay(a, amount: due + Cents(500))) })
        #expect(
            error.message.contains(
                "has \(due) copay outstanding (due \(due), collected $0.00): \(due + Cents(500)) is $5.00 more"),
            "\(error)")
        #expect(error.message.contains("Collect \(due), or add --over"), "\(error)")
        try p.run(.collectCopay(a, amount: due + Cents(500), over: true))
        #expect(p.appointments[a]?.copayOutstanding == .zero)
        #expect(p.appointments[a]?.copayPrepaid == Cents(500))
        // Nothing left: the bare command (the dashboard's `p`) is refused and says how to take a prepayment.
        let again = try #require(domainError { try p.run(.collectCopay(a, amount: nil)) })
        #expect(again.message.contains("no copay outstanding"), "\(again)")
        #expect(again.message.contains("--over"), "\(again)")
    }

    @Test func partialCopaysAddUpToTheDueAmount() throws {
        var p = Fixture.staffedWeek()
        let a = try p.book(Fixture.renee, with: Fixture.drLee, at: "10:00")
        let due = try #require(p.appointments[a]?.copayDue)
        try p.run(.collectCopay(a, amount: Cents(1000)))
        try p.run(.collectCopay(a, amount: nil))
        #expect(p.appointments[a]?.copayCollected == due)
        #expect(domainError { try p.run(.collectCopay(a, amount: Cents(1))) } != nil)
    }

    @Test func overIsACommandLanguageFlag() throws {
        #expect(
            try CommandLanguage.parse("appt copay A-31 45.00 --over")
                == .collectCopay(AppointmentID(31), amount: Cents(4500), over: true))
        #expect(try CommandLanguage.parse("appt copay A-31") == .collectCopay(AppointmentID(31), amount: nil))
    }

    @Test func aPrepaymentReplaysAndStillApplies() throws {
        var p = Fixture.staffedWeek()
        let a = try p.book(Fixture.jorge, with: Fixture.drLee, at: "10:00")
        let before = p
        let events = try p.run(.collectCopay(a, amount: Cents(1500), over: true))
        // The event is a fact: salvage must not drop a prepayment as an "overpayment".
        for event in events { #expect(before.refusal(toApply: event.change) == nil) }
    }
}

// MARK: RARC

extension BadInputTests {
    @Test(arguments: ["M15", "N130", "MA130", "n130", "N9", "MA01"])
    func wellShapedRemarkCodesPass(code: String) throws {
        let command = try CommandLanguage.parse("claim deny C-1 CO-50 --rarc \(code)")
        #expect(command == .denyClaim(ClaimID(1), Denial(group: .CO, code: "50", rarc: code.uppercased())))
    }

    @Test(arguments: ["ZZZ", "N", "MA", "N1300", "X12", "M-15", "NA12", "15", "M1a"])
    func illShapedRemarkCodesAreRefused(code: String) throws {
        let error = try #require(parseError("claim deny C-1 CO-50 --rarc \(code)"))
        #expect(error.message.hasPrefix("'\(code)' is not a RARC (M, N or MA and 1–3 digits"), "\(error)")
        #expect(error.column == 29, "\(error)")
    }

    @Test func theTableDescribesTheCommonCodes() {
        #expect(RARC.describe("N130") == "consult plan benefit documents")
        #expect(RARC.describe("M15") != nil && RARC.describe("MA130") != nil)
        #expect(RARC.describe("N999") == nil)
        #expect(RARC.descriptions.keys.allSatisfy { RARC.parse($0) == $0 })
    }

    @Test func theDomainRefusesAnIllShapedRemarkBuiltDirectly() throws {
        var p = Fixture.staffedWeek()
        p.seed(claim: Fixture.claim(1, dos: Fixture.today.adding(days: -20)))
        let error = try #require(
            domainError { try p.run(.denyClaim(ClaimID(1), Denial(group: .CO, code: "50", rarc: "ZZZ"))) })
        #expect(error.message.contains("'ZZZ' is not a RARC"), "\(error)")
        try p.run(.denyClaim(ClaimID(1), Denial(group: .CO, code: "50", rarc: "N130")))
        #expect(p.claims[ClaimID(1)]?.denial?.rarc == "N130")
    }
}

// MARK: flow

extension BadInputTests {
    @Test func aNoShowWaitsForTheGracePeriod() throws {
        var p = Fixture.staffedWeek()
        let a = try p.book(Fixture.renee, with: Fixture.drLee, at: "10:30")
        // 10:42 is 12 minutes past the start: inside the 15 minutes' grace (settings.noShowGraceMinutes).
        let error = try #require(domainError { try p.run(.noShow(a)) })
        #expect(
            error.message.contains("can be marked a no-show from 10:45 on 2026-11-23, 15 minutes after"), "\(error)")
        // The dashboard dry-runs this same validation (CommandDryRun) before asking "mark as no-show? (y/n)".
        #expect(throws: DomainError.self) { try p.validate(.noShow(a), actor: "ana", now: Fixture.now) }
        try p.run(.noShow(a), at: Fixture.at(10, 45))
        #expect(p.appointments[a]?.status == .noShow)
    }

    @Test func checkInOnlyOnTheVisitsDay() throws {
        var p = Fixture.staffedWeek()
        let tomorrow = try p.book(Fixture.renee, with: Fixture.drLee, at: "09:00", on: Fixture.today.adding(days: 1))
        let error = try #require(domainError { try p.run(.checkIn(tomorrow)) })
        #expect(
            error.message == "A-1 is booked for 2026-11-24 at 09:00: check in only on the visit's day (today is "
                + "2026-11-23).", "\(error)")
        // So see and check-out cannot follow either.
        #expect(domainError { try p.run(.see(tomorrow)) } != nil)
        #expect(domainError { try p.run(.checkOut(tomorrow)) } != nil)
        try p.run(.checkIn(tomorrow), at: Fixture.at(8, 50, on: Fixture.today.adding(days: 1)))
        #expect(p.appointments[tomorrow]?.status == .arrived)
    }

    @Test func anEarlyPatientIsNotWaitingBeforeTheirTime() throws {
        var p = Fixture.staffedWeek()
        let early = try p.book(Fixture.renee, with: Fixture.drLee, at: "10:40")
        try p.walk(early, arrived: Fixture.at(10, 20))
        let before = try #require(p.flowBoard(on: Fixture.today, now: Fixture.at(10, 35)).first)
        #expect(before.waitMinutes == 0)
        #expect(before.waitLevel == .ok)
        #expect(p.flowBoard(on: Fixture.today, now: Fixture.at(10, 55)).first?.waitMinutes == 15)
        // A late patient waits from the arrival.
        let late = try p.book(Fixture.jorge, with: Fixture.drPatel, at: "10:00")
        try p.walk(late, arrived: Fixture.at(10, 30), seen: Fixture.at(10, 40))
        #expect(p.waitMinutes(try #require(p.appointments[late]), now: Fixture.now) == 10)
    }

    @Test func lateCancellationsCountBesideNoShows() throws {
        var p = Fixture.staffedWeek()
        let late = try p.book(Fixture.renee, with: Fixture.drLee, at: "14:00")
        let early = try p.book(Fixture.jorge, with: Fixture.drLee, at: "15:00")
        try p.run(.cancel(late, reason: "car trouble"))
        try p.run(.cancel(early, reason: "moved away"), at: Fixture.at(9, 0, on: Fixture.today.adding(days: -3)))
        let metrics = p.flowMetrics(on: Fixture.today, now: Fixture.now)
        #expect(metrics.lateCancellations == 1)
        #expect(p.appointments[late]?.history.last?.note == "car trouble (late cancel, < 24 h)")
        // The window is a setting.
        p.settings.lateCancelHours = 100
        #expect(p.flowMetrics(on: Fixture.today, now: Fixture.now).lateCancellations == 2)
    }

    @Test func settingsWrittenBeforeTheWindowExistedReadTheDefault() throws {
        let settings = PracticeSettings(name: "Old", timeZoneID: Fixture.zoneID)
        var json = try #require(
            try JSONSerialization.jsonObject(with: DomainCoding.encoder().encode(settings)) as? [String: Any])
        json["lateCancelHours"] = nil
        let old = try DomainCoding.decoder().decode(
            PracticeSettings.self, from: JSONSerialization.data(withJSONObject: json))
        #expect(old.lateCancelHours == 24)
        #expect(old == settings)
    }
}
