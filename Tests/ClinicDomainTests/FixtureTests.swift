import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

@Test func fixtureClockIsMondayMorningInNewYork() {
    #expect(Fixture.today.weekday == 1)
    #expect(Fixture.clock.day(of: Fixture.now) == Fixture.today)
    #expect(Fixture.clock.timeOfDay(of: Fixture.now) == TimeOfDay(hour: 10, minute: 42))
    // EST in late November: 10:42 local is 15:42 UTC.
    #expect(Fixture.now.timeIntervalSince1970.truncatingRemainder(dividingBy: 86_400) == Double(15 * 3600 + 42 * 60))
}
