import ClinicDomain
import Foundation
import Testing

@Suite("When a recurring duty falls due")
struct DutyRuleTests {
    private func day(_ text: String) -> LocalDate { LocalDate(text)! }

    private func rule(_ text: String) throws -> DutyRule { try DutyRule.parse(text).get() }

    @Test func monthlyOnADayPastTheMonthsEndIsItsLastDay() throws {
        let monthly31 = try rule("monthly 31")
        let days = monthly31.occurrences(from: day("2027-01-01"), through: day("2027-12-31")).map(\.description)
        #expect(
            days == [
                "2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30", "2027-07-31",
                "2027-08-31", "2027-09-30", "2027-10-31", "2027-11-30", "2027-12-31",
            ])
        #expect(try rule("monthly last") == monthly31)
        // In a leap year February's last day is the 29th.
        #expect(monthly31.next(after: day("2028-01-31")) == day("2028-02-29"))
        #expect(try rule("monthly 30").next(after: day("2027-01-30")) == day("2027-02-28"))
    }

    @Test func yearlyOnFebruary29IsFebruary28InACommonYear() throws {
        let leapDay = try rule("yearly 02-29")
        #expect(leapDay.next(after: day("2027-01-01")) == day("2027-02-28"))
        #expect(leapDay.next(after: day("2027-02-28")) == day("2028-02-29"))
        #expect(!leapDay.occurs(on: day("2028-02-28")))
        #expect(leapDay.next(after: day("2028-02-29")) == day("2029-02-28"))
    }

    @Test func quarterlyFallsInTheNamedMonthOfEachQuarter() throws {
        let endOfQuarter = try rule("quarterly 3-last")
        #expect(
            endOfQuarter.occurrences(from: day("2027-01-01"), through: day("2027-12-31")).map(\.description) == [
                "2027-03-31", "2027-06-30", "2027-09-30", "2027-12-31",
            ])
        #expect(try rule("quarterly 1-15").next(after: day("2027-01-15")) == day("2027-04-15"))
    }

    @Test func weeklyAndDailyFollowTheWeekdays() throws {
        // 2026-12-04 is a Friday.
        #expect(try rule("weekly fri").next(after: day("2026-12-01")) == day("2026-12-04"))
        #expect(try rule("weekly fri").next(after: day("2026-12-04")) == day("2026-12-11"))
        let weekdays = try rule("weekdays")
        #expect(weekdays.next(after: day("2026-12-04")) == day("2026-12-07")) // Friday → Monday
        #expect(try rule("daily").next(after: day("2026-12-04")) == day("2026-12-05"))
        #expect(try rule("daily mon,thu").occurrences(from: day("2026-11-30"), through: day("2026-12-06")).count == 2)
    }

    @Test func everyRuleReadsBackAsItPrints() throws {
        for text in [
            "daily", "weekdays", "daily mon,thu", "weekly fri", "monthly 15", "monthly last", "quarterly 1-15",
            "quarterly 3-last", "yearly 02-29", "yearly 12-31",
        ] {
            #expect(try rule(text).description == text)
            let json = try JSONEncoder().encode(try rule(text))
            #expect(try JSONDecoder().decode(DutyRule.self, from: json) == (try rule(text)))
        }
    }

    @Test func badRulesSayWhatIsWrong() {
        #expect(throws: DutyRuleError.self) { try DutyRule.parse("monthly 32").get() }
        #expect(throws: DutyRuleError.self) { try DutyRule.parse("weekly funday").get() }
        #expect(throws: DutyRuleError.self) { try DutyRule.parse("yearly 02-30").get() }
        #expect(throws: DutyRuleError.self) { try DutyRule.parse("quarterly 4-1").get() }
        #expect(throws: DutyRuleError.self) { try DutyRule.parse("fortnightly").get() }
        if case .failure(let error) = DutyRule.parse("monthly 32") {
            #expect(error.description.contains("'32' is not a day of the month"))
        }
    }
}
