/// How big each part of a demo practice is. Small is the `--demo` office; large is the benchmark practice of
/// docs/PERFORMANCE.md.
struct DemoScale {
    var physicians: Int
    var nursePractitioners: Int
    var physicianAssistants: Int
    var receptionists: Int
    var medicalAssistants: Int
    var nurses: Int
    var billers: Int
    var managers: Int
    var patients: Int
    /// Calendar days of history before today that carry appointments.
    var pastDays: Int
    /// Calendar days after today that carry booked appointments (always at least through next Friday).
    var futureDays: Int
    /// Chance that a free slot on a past/today clinic day is booked (today is always busy).
    var pastFill: Double
    /// Chance on future days: the book thins out the further ahead it looks.
    var futureFill: Double
    /// Share of insured, finished visits that become a claim in the demo.
    var claimShare: Double
    /// Days before today of the oldest claim generated without an appointment (small practice: A/R aging).
    var syntheticClaimDays: Int
    var syntheticClaims: Int
    /// Days of finished Kanban cards (recurring duties and one-offs) behind the current board.
    var taskHistoryDays: Int
    var rooms: Int

    var providers: Int { physicians + nursePractitioners + physicianAssistants }

    static func of(_ size: DemoSize) -> DemoScale {
        switch size {
        case .small:
            return DemoScale(
                physicians: 3, nursePractitioners: 1, physicianAssistants: 1, receptionists: 3,
                medicalAssistants: 4, nurses: 1, billers: 1, managers: 1, patients: 300,
                pastDays: 14, futureDays: 0, pastFill: 0.62, futureFill: 0.55, claimShare: 0.03,
                syntheticClaimDays: 150, syntheticClaims: 20, taskHistoryDays: 0, rooms: 10)
        case .large:
            return DemoScale(
                physicians: 14, nursePractitioners: 3, physicianAssistants: 3, receptionists: 8,
                medicalAssistants: 22, nurses: 4, billers: 4, managers: 2, patients: 12_000,
                pastDays: 365, futureDays: 31, pastFill: 0.9, futureFill: 0.8, claimShare: 0.5,
                syntheticClaimDays: 0, syntheticClaims: 0, taskHistoryDays: 365, rooms: 40)
        }
    }
}
