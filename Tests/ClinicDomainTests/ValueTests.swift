import Foundation
import Testing
@testable import ClinicDomain
import TestSupport

@Suite("Codes, dates and money")
struct ValueTests {
    @Test(arguments: [
        ("1234567893", true), ("1245319599", true), ("2000000002", true), ("2000000008", false),
        ("1234567890", false), ("1234567894", false), ("3234567893", false), ("0234567893", false),
        ("123456789", false), ("12345678930", false), ("12345678a3", false), ("", false),
        ("１２３４５６７８９３", false), ("1234-67893", false),
    ])
    func npi(_ text: String, valid: Bool) {
        #expect(MedicalCodes.isValidNPI(text) == valid)
    }

    @Test(arguments: [
        ("E11.9", true), ("I10", true), ("S52.521A", true), ("Z00.00", true), ("T36.0X1A", true), ("f34.1", true),
        ("E11", true), ("E1", false), ("11.9", false), ("EE1.9", false), ("E11.", false), ("E11.12345", false),
        ("E119", false), ("E11-9", false), ("", false),
    ])
    func icd10(_ code: String, valid: Bool) {
        #expect(MedicalCodes.isValidICD10(code) == valid)
    }

    @Test func icd10TravelsWithoutTheDot() {
        #expect(MedicalCodes.icd10WithoutDot("F34.1") == "F341")
    }

    @Test(arguments: [
        ("99214", true, false), ("0001F", true, false), ("0042T", true, false), ("0240U", true, false),
        ("G0439", false, true), ("J1100", false, true),
        ("9921", false, false), ("992145", false, false), ("0001X", false, false), ("g0439", false, false),
        ("GG439", false, false), ("A123", false, false),
    ])
    func procedureCodes(_ code: String, cpt: Bool, hcpcs: Bool) {
        #expect(MedicalCodes.isValidCPT(code) == cpt)
        #expect(MedicalCodes.isValidHCPCS(code) == hcpcs)
        #expect(MedicalCodes.isValidProcedure(code) == (cpt || hcpcs))
    }

    @Test func modifiers() {
        #expect(MedicalCodes.isValidModifier("25"))
        #expect(MedicalCodes.isValidModifier("GT"))
        #expect(!MedicalCodes.isValidModifier("2"))
        #expect(!MedicalCodes.isValidModifier("gt"))
    }

    @Test func carcParsing() {
        #expect(CARC.parse("CO-50") == Denial(group: .CO, code: "50"))
        #expect(CARC.parse("pr 2") == Denial(group: .PR, code: "2"))
        #expect(CARC.parse("XX-50") == nil)
        #expect(CARC.parse("CO-5000") == nil)
        #expect(CARC.parse("CO50") == nil)
    }

    @Test(arguments: [
        ("2024-02-29", true), ("2026-02-29", false), ("2000-02-29", true), ("1900-02-29", false),
        ("2026-04-31", false), ("2026-12-31", true), ("2026-13-01", false), ("2026-00-10", false),
        ("2026-1-01", false), ("26-01-01", false), ("2026/01/01", false), ("", false), ("+026-01-01", false),
        ("2026-+1-01", false), ("２０２６-01-01", false),
    ])
    func localDateParsing(_ text: String, valid: Bool) {
        #expect((LocalDate(text) != nil) == valid)
        if valid { #expect(LocalDate(text)?.description == text) }
    }

    @Test func dayArithmetic() {
        let leapDay = Fixture.day("2024-02-29")
        #expect(leapDay.adding(days: 1) == Fixture.day("2024-03-01"))
        #expect(Fixture.day("2024-02-28").adding(days: 1) == leapDay)
        #expect(Fixture.day("2026-02-28").adding(days: 1) == Fixture.day("2026-03-01"))
        #expect(Fixture.day("2026-12-31").adding(days: 1) == Fixture.day("2027-01-01"))
        #expect(Fixture.day("2024-01-01").days(until: Fixture.day("2025-01-01")) == 366)
        #expect(Fixture.day("2026-01-01").days(until: Fixture.day("2027-01-01")) == 365)
        #expect(Fixture.day("1970-01-01").dayNumber == 0)
        #expect(Fixture.day("1969-12-31").dayNumber == -1)
        #expect(Fixture.day("1969-12-31").weekday == 3)
        #expect(Fixture.today.longLabel == "Mon 23 Nov 2026")
        #expect(Fixture.today.shortLabel == "Mon 23 Nov")
        #expect(Fixture.day("2026-11-28").monthDayLabel == "11-28")
        #expect(Fixture.day("2026-11-28").isWeekend)
        // Every day from 1899 to 2101 survives a dayNumber round trip and steps by one.
        var day = Fixture.day("1899-01-01")
        for _ in 0..<(365 * 202) {
            let next = day.adding(days: 1)
            #expect(LocalDate(dayNumber: day.dayNumber) == day)
            if next.dayNumber != day.dayNumber + 1 || next <= day { Issue.record("bad step after \(day)") }
            day = next
        }
    }

    @Test func timeOfDayParsing() {
        #expect(TimeOfDay("9:40")?.minutes == 580)
        #expect(TimeOfDay("09:40")?.description == "09:40")
        #expect(TimeOfDay("24:00") == nil)
        #expect(TimeOfDay("12:60") == nil)
        #expect(TimeOfDay("1240") == nil)
        #expect(TimeOfDay("+9:40") == nil)
        #expect(TimeOfDay("9:+4") == nil)
    }

    @Test(arguments: ["2026-03-08", "2026-11-01", "2026-11-23", "2026-06-15"])
    func clockRoundTripsEveryQuarterHourAcrossDST(_ text: String) throws {
        let day = Fixture.day(text)
        let clock = Fixture.clock
        for minutes in stride(from: 0, to: 24 * 60, by: 15) {
            let time = TimeOfDay(minutes: minutes)
            // 02:00–02:59 does not exist on the spring-forward day.
            if text == "2026-03-08" && time.hour == 2 { continue }
            let instant = clock.instant(day, time)
            #expect(clock.day(of: instant) == day, "\(day) \(time)")
            #expect(clock.timeOfDay(of: instant) == time, "\(day) \(time)")
        }
    }

    @Test func dstDaysAreShortAndLong() {
        let clock = Fixture.clock
        let spring = Fixture.day("2026-03-08"), fall = Fixture.day("2026-11-01")
        let hours = { (day: LocalDate) in
            clock.instant(day.adding(days: 1), TimeOfDay(minutes: 0)).timeIntervalSince(
                clock.instant(day, TimeOfDay(minutes: 0))) / 3600
        }
        #expect(hours(spring) == 23)
        #expect(hours(fall) == 25)
        #expect(hours(Fixture.today) == 24)
        // Waits across the fall-back hour count real minutes.
        let before = clock.instant(fall, Fixture.time("00:30")), after = clock.instant(fall, Fixture.time("03:30"))
        #expect(PracticeClock.minutes(from: before, to: after) == 4 * 60)
        #expect(PracticeClock.minutes(from: after, to: before) == 0)
    }

    @Test(arguments: [
        ("120", 12000), ("120.5", 12050), ("120.50", 12050), ("$1,200.00", 120000), ("-5.25", -525), ("0.07", 7),
        (" 3.1 ", 310), ("9999999999999.99", 999_999_999_999_999), ("12,345", 1_234_500), ("1,250.00", 125_000),
        ("-$5.25", -525), ("1,000,000", 100_000_000),
    ])
    func centsParsing(_ text: String, value: Int) {
        #expect(Cents(parsing: text) == Cents(value))
    }

    @Test(arguments: [
        "", ".50", "12.345", "1.2.3", "abc", "12a", "$", "99999999999999999", "1e5", "--5",
        // A comma only groups thousands: these were read as 1250, 15 and 100.
        "12,50", "1,5", "1,0,0", ",100", "100,", "1,2345", "1234,567", "1,,000", "12.5,0", "1.234,56",
    ])
    func centsRefuses(_ text: String) {
        #expect(Cents(parsing: text) == nil)
    }

    @Test func centsFormatting() {
        #expect(Cents(124000).description == "$1,240.00")
        #expect(Cents(5).description == "$0.05")
        #expect(Cents(-6240).description == "-$62.40")
        #expect(Cents(100_000_000).description == "$1,000,000.00")
        #expect(Cents(12050).plain == "120.50")
        #expect(Cents(-7).plain == "-0.07")
        #expect(Cents(123456).dollars == "$1,234")
        #expect(Cents(300) - Cents(50) + Cents(5) == Cents(255))
    }

    @Test func idsParseAndPrint() {
        #expect(PatientID("P-1042") == PatientID(1042))
        #expect(PatientID("p-12") == PatientID(12))
        #expect(PayerID("PY-3")?.description == "PY-3")
        #expect(ShiftID("SH-2") == ShiftID(2))
        #expect(PatientID("A-12") == nil)
        #expect(PatientID("P-0") == nil)
        #expect(PatientID("P-") == nil)
        #expect(PatientID("P12") == nil)
        #expect(PatientID("P-+12") == nil)
        #expect(PatientID("P-1 2") == nil)
        #expect(PatientID("P-99999999999999999999") == nil)
    }

    @Test func patientNames() throws {
        let p = Fixture.staffedWeek()
        let renee = try #require(p.patients[Fixture.renee])
        #expect(renee.fullName == "Renée Müller")
        #expect(renee.shortName == "R. Müller")
        #expect(renee.initials == "R.M.")
        #expect(renee.age(on: Fixture.today) == 45)
        let xiaoming = try #require(p.patients[Fixture.xiaoming])
        #expect(xiaoming.fullName == "王小明")
        #expect(xiaoming.shortName == "王小明")
        #expect(p.staff[Fixture.npKim]?.displayName == "NP Kim")
        #expect(p.staff[Fixture.ana]?.displayName == "Ana R.")
    }
}
