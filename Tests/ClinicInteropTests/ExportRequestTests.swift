import ClinicDomain
import Testing

@testable import ClinicInterop

/// The options are checked against the format before anything is opened or written.
struct ExportRequestTests {
    @Test func csvNeedsATable() {
        #expect(ExportRequest(format: .csv).problem?.contains("--table") == true)
        #expect(ExportRequest(format: .csv, table: .patients).problem == nil)
    }

    @Test func calendarOptionsBelongToICS() {
        #expect(ExportRequest(format: .csv, table: .staff, fullNames: true).problem?.contains("--format ics") == true)
        let day = LocalDate(year: 2026, month: 11, day: 23)
        #expect(ExportRequest(format: .ics, from: day, to: day.adding(days: -1)).problem?.contains("before") == true)
        #expect(ExportRequest(format: .ics, from: day, to: day).includes(day))
        #expect(!ExportRequest(format: .ics, from: day).includes(day.adding(days: -1)))
    }
}
