import ClinicDomain

/// The demo practice's recurring duties: the manager's calendar of things that come round. None falls due on a
/// Monday morning (the demo's usual day), so opening the demo adds no card by itself; `duty list` shows them and
/// `task generate` puts the due ones up on their days.
enum DemoDuties {
    static let standard: [RecurringDuty] = [
        RecurringDuty(
            id: 1, title: "Weekly supply order", rule: .weekly(weekday: 5), time: TimeOfDay(hour: 12),
            labels: ["supplies"],
            checklist: ["Count gloves, gowns and masks", "Check vaccine stock and expiry", "Send the order"],
            leadDays: 1),
        RecurringDuty(
            id: 2, title: "Payroll close", rule: .monthly(day: 31), time: TimeOfDay(hour: 15), labels: ["HR"],
            priority: .high, checklist: ["Approve timesheets", "Check PTO balances", "Send to payroll"],
            leadDays: 2),
        RecurringDuty(
            id: 3, title: "OSHA walk-through", rule: .quarterly(month: 3, day: 31),
            labels: ["compliance", "facilities"],
            checklist: ["Eyewash station", "Sharps containers", "Fire extinguishers", "Exit signs"], leadDays: 7),
        RecurringDuty(
            id: 4, title: "Annual HIPAA policy review", rule: .yearly(month: 1, day: 15), labels: ["compliance"],
            leadDays: 14),
    ]
}
