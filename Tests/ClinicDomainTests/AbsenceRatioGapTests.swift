import ClinicDomain
import Foundation
import Testing
import TestSupport

/// A provider away makes a per-provider rule ask for fewer people: a shortfall the floor already had, now
/// smaller, is not a gap their absence opens.
@Suite("Absence impact under a ratio rule")
struct AbsenceRatioGapTests {
    @Test func aShallowerRatioGapIsNotOpenedByTheAbsence() throws {
        var settings = Fixture.staffedWeek().settings
        settings.coverage = CoverageRule.standard
        var practice = Fixture.staffedWeek(settings: settings)
        // One MA for three providers: "MA 1 of 3" all day; with Dr Patel away it is "MA 1 of 2", no deeper.
        try practice.run(.callInSick(Fixture.ben, day: nil), at: Fixture.at(7, 0))
        let impact = practice.absenceImpact(of: Fixture.drPatel, on: [Fixture.today], now: Fixture.at(7, 0))
        #expect(!impact.gaps.contains { $0.name == "MA" }, "\(impact.gaps.map(\.description))")
    }

    @Test func aDeeperGapStillCounts() throws {
        var practice = Fixture.staffedWeek()
        // The only receptionist away opens the front desk: 0 of 1 where it was covered.
        let impact = practice.absenceImpact(of: Fixture.ana, on: [Fixture.today], now: Fixture.at(7, 0))
        #expect(impact.gaps.contains { $0.roles == [.receptionist] && $0.onDuty == 0 })
        try practice.run(.callInSick(Fixture.priya, day: nil), at: Fixture.at(7, 0))
        // MA 1 of 2 with Priya away; Ben away too makes it 0 of 2: deeper, so it is his absence's gap.
        let ben = practice.absenceImpact(of: Fixture.ben, on: [Fixture.today], now: Fixture.at(7, 5))
        #expect(ben.gaps.contains { $0.roles == [.medicalAssistant] && $0.onDuty == 0 && $0.required == 2 })
    }
}
