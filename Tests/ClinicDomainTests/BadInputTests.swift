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
