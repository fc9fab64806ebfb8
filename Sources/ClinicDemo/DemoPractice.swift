import ClinicDomain
import Foundation

/// Which demo practice to build: the `--demo` office, or the benchmark practice of docs/PERFORMANCE.md.
public enum DemoSize: String, Sendable, CaseIterable { case small, large }

/// Generates a realistic, deterministic demo practice. Same inputs give byte-identical JSON: every random draw
/// comes from a seeded generator, and the clock and zone are arguments, never read from the machine.
public enum DemoPractice {
    /// A realistic, deterministic practice for `today` in `timeZone`, as of `now` (the clock: flow states must be
    /// consistent with it).
    public static func generate(size: DemoSize, seed: UInt64, today: LocalDate, now: Date, timeZone: TimeZone)
        -> Practice
    {
        generate(size: size, scale: DemoScale.of(size), seed: seed, today: today, now: now, timeZone: timeZone)
    }

    /// The practice as it bills: a type-2 NPI that passes the check, a tax ID, a nine-digit ZIP, and the
    /// clearinghouse it sends through.
    static func billingProvider(name: String) -> BillingProvider {
        BillingProvider(
            name: name, npi: "1992703540", taxID: "141234567", address: "210 Maple Avenue", city: "Albany",
            state: "NY", zip: "122084512", taxonomy: "207Q00000X", submitterID: "CLINICDESK01",
            receiverID: "030240928", receiverName: "Availity", contactName: "Billing Office",
            contactPhone: "5185550142")
    }

    /// The same with an explicit scale, so debug-build tests can check the large practice on a shorter history.
    static func generate(
        size: DemoSize, scale: DemoScale, seed: UInt64, today: LocalDate, now: Date,
        timeZone: TimeZone
    ) -> Practice {
        let name = size == .small ? "Maple Family Practice" : "Riverside Medical Group"
        var settings = PracticeSettings(
            name: name, timeZoneID: timeZone.identifier, rooms: (1...scale.rooms).map(String.init),
            feeSchedule: DemoCatalog.feeSchedule, billing: billingProvider(name: name))
        settings.duties = DemoDuties.standard
        var context = DemoContext(
            size: size, scale: scale, seed: seed, today: today, now: now, timeZone: timeZone,
            settings: settings)
        // Order matters: leave decides shifts; shifts and patients decide appointments; visits decide claims.
        context.addStaff()
        context.addTimeOff()
        context.addShifts()
        context.addPayers()
        context.addPatients()
        context.addAppointments()
        context.addClaims()
        context.addTasks()
        return context.practice
    }
}
