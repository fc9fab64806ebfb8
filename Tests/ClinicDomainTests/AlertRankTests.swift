import ClinicDomain
import Testing

@Suite("AlertRank: the one urgency rule")
struct AlertRankTests {
    @Test func aLongWaitBeatsADeadlineBeatsAGapBeatsAnOverdueTask() {
        // One of each, as the practice raises them: the wait is critical (45 ≥ 30 min), the others warnings.
        let task = Alert(
            severity: .warn, kind: .overdueTask, message: "T-4 overdue 2d", subject: "T-4", urgency: 2)
        let gap = Alert(
            severity: .warn, kind: .coverageGap, message: "front desk 11:00–12:00", subject: nil, urgency: -660)
        let claim = Alert(
            severity: .warn, kind: .filingDeadline, message: "C-9 files in 2 days", subject: "C-9", urgency: -2)
        let wait = Alert(
            severity: .critical, kind: .patientWaiting, message: "R. Müller waiting 45m", subject: "A-1", urgency: 45)
        #expect(AlertRank.sorted([task, gap, claim, wait]) == [wait, claim, gap, task])
        // Even at one severity the kinds keep that order.
        var calm = wait
        calm.severity = .warn
        #expect(AlertRank.sorted([task, gap, claim, calm]) == [calm, claim, gap, task])
    }

    @Test func withinAKindTheMoreUrgentFirst() {
        let long = Alert(severity: .warn, kind: .patientWaiting, message: "A waiting 25m", subject: "A-2", urgency: 25)
        let short = Alert(severity: .warn, kind: .patientWaiting, message: "B waiting 21m", subject: "A-1", urgency: 21)
        let near = Alert(severity: .warn, kind: .filingDeadline, message: "C-1 in 1 day", subject: "C-1", urgency: -1)
        let far = Alert(severity: .warn, kind: .filingDeadline, message: "C-2 in 5 days", subject: "C-2", urgency: -5)
        #expect(AlertRank.sorted([far, short, near, long]) == [long, short, near, far])
    }

    @Test func everyKindHasAPlace() {
        #expect(Set(AlertRank.kindOrder) == Set(AlertKind.allCases))
        #expect(AlertRank.kindOrder.count == AlertKind.allCases.count)
    }
}
