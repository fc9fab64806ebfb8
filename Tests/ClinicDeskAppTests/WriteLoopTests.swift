@testable import ClinicDeskApp
import TestSupport
import ClinicDomain
import Foundation
import Testing
import TerminalKit

/// Writes run off the loop: keys typed while the disk is busy are handled and drawn at once, the change shows as
/// saving until it is durable, outcomes come back in the order the commands were sent, and quitting waits for
/// them. The source's writes really take 300 ms on a background queue; every wait below ends as soon as the
/// expected frame is drawn (or fails after a generous deadline), so nothing depends on the machine's speed.
@Suite struct WriteLoopTests {
    let size = Size(width: 80, height: 24)

    private func dashboard(_ source: any PracticeSource) -> (LiveTerminal, DashboardApp) {
        let terminal = LiveTerminal(size: size)
        let app = DashboardApp(terminal: terminal, source: source, user: "Ana R.", now: { Fixture.now })
        return (terminal, app)
    }

    @Test func keysTypedDuringASlowWriteAreHandledAndDrawnBeforeItFinishes() throws {
        let source = SlowPracticeSource(Fixture.busyDesk(), gated: true)
        let (terminal, app) = dashboard(source)
        let loop = LoopThread(app)
        try #require(terminal.waitForFrame { $0.contains("[1 Flow") } != nil)

        terminal.type("2ojoe\n") // Tasks, T-4 to Joe in the owner picker: a write
        try #require(terminal.waitForFrame { $0.contains("saving… assign T-4 to S-4") } != nil)
        terminal.type("1") // back to Flow while the write is held
        let during = try #require(terminal.waitForFrame { $0.contains("[1 Flow") })
        #expect(during.contains("saving… assign T-4 to S-4"), "still shown as pending")
        #expect(source.appliedCommands.isEmpty, "the key was drawn before the write finished")
        #expect(source.practice.tasks[TaskID(4)]?.owner == Fixture.ana)
        #expect(terminal.timeouts.contains(DashboardApp.writePollMilliseconds), "polls quickly while a write is out")

        source.release()
        let after = try #require(terminal.waitForFrame { $0.contains("ok ") })
        #expect(after.contains("· assign T-4 to S-4"))
        #expect(!after.contains("saving…"))
        #expect(source.practice.tasks[TaskID(4)]?.owner == Fixture.joe)
        #expect(terminal.waitForTimeouts { $0.last == DashboardApp.tickMilliseconds }, "idle again: the 200 ms tick")

        terminal.type("q")
        #expect(loop.waitForExit())
        #expect(loop.exitCode == 0)
    }

    @Test func twoQuickWritesAreAppliedAndAnsweredInTheOrderTyped() throws {
        let source = SlowPracticeSource(Fixture.busyDesk(), gated: true)
        let (terminal, app) = dashboard(source)
        let loop = LoopThread(app)
        let appointment = AppointmentID(5) // confirmed, not yet arrived
        // Rooming needs the patient checked in: applied the other way round, the second would be refused.
        terminal.type(":appt checkin \(appointment)\n:appt room \(appointment) 4\n")
        let both = try #require(terminal.waitForFrame { $0.contains("saving 2 changes…") })
        #expect(both.contains("check in A-5 · room A-5 in 4"))

        source.release()
        let first = try #require(terminal.waitForFrame { $0.contains("· check in A-5") })
        #expect(first.contains("saving… room A-5 in 4"), "the second is still pending")
        source.release()
        try #require(terminal.waitForFrame { $0.contains("· room A-5 in 4") && !$0.contains("saving") } != nil)
        #expect(source.appliedCommands == [.checkIn(appointment), .room(appointment, room: "4")])
        #expect(source.practice.appointments[appointment]?.room == "4")

        terminal.type(":messages\n")
        let log = try #require(terminal.waitForFrame { $0.contains("Messages (2, newest first)") })
        let room = try #require(log.range(of: "room A-5 in 4"))
        let checkIn = try #require(log.range(of: "check in A-5"))
        #expect(room.lowerBound < checkIn.lowerBound, "newest first: the room came back second")
        terminal.send([.key(.escape), .key(.character("q"))])
        #expect(loop.waitForExit())
    }

    @Test(arguments: [TerminalEvent.key(.character("q")), .terminate])
    func quittingWaitsForWritesInFlight(quit: TerminalEvent) throws {
        let source = SlowPracticeSource(Fixture.busyDesk(), gated: true)
        let (terminal, app) = dashboard(source)
        let loop = LoopThread(app)
        terminal.type("2ojoe\n")
        try #require(terminal.waitForFrame { $0.contains("saving… assign T-4") } != nil)
        terminal.send([quit])
        // Still running: after a moment it says why, and the write is still held.
        try #require(terminal.waitForFrame { $0.contains("Closing once the last change is saved…") } != nil)
        #expect(!terminal.isShutDown)
        source.release()
        #expect(loop.waitForExit())
        #expect(loop.exitCode == (quit == .terminate ? 130 : 0))
        #expect(source.appliedCommands == [.assignTask(TaskID(4), to: Fixture.joe)])
        #expect(app.closingNotes.isEmpty)
        #expect(terminal.isShutDown)
    }

    @Test func theBookingFormAddsANewPatientOnceThenBooksThemWhenTheAddIsSaved() throws {
        let source = SlowPracticeSource(Fixture.busyDesk(), gated: true)
        let (terminal, app) = dashboard(source)
        let loop = LoopThread(app)
        terminal.type("bZoe Quinlan\n") // no such patient: "+ new patient" with the name
        terminal.send([.key(.tab), .key(.tab)])
        terminal.type("1990-05-05")
        terminal.send([.key(.tab)])
        terminal.type("555-0100\n") // Enter: the add goes out and is held
        try #require(terminal.waitForFrame { $0.contains("saving… add a patient") } != nil)
        terminal.type("\n") // impatient: Enter again before it is saved
        try #require(terminal.waitForFrame { $0.contains("Still adding Zoe Quinlan…") } != nil)

        source.release()
        try #require(terminal.waitForFrame { $0.contains("Added P-9 Zoe Quinlan") } != nil)
        terminal.send([.key(.control("n")), .key(.enter)]) // the next free slot, then book
        source.release()
        try #require(terminal.waitForFrame { $0.contains("· book Mon 23 Nov") } != nil)
        let added = source.appliedCommands.filter { if case .addPatient = $0 { true } else { false } }
        #expect(added.count == 1, "one patient, however often Enter was pressed")
        #expect(source.practice.appointments.values.contains { $0.patient == PatientID(9) })
        terminal.type("q")
        #expect(loop.waitForExit())
    }

    @Test func aRefusalFromTheStoreIsShownAndChangesNothing() {
        let h = Harness()
        let before = h.source.practice.lastSeq
        h.press(.character(":"))
        h.type("appt checkin A-6") // A-6 was checked out at 9:30
        h.press(.enter)
        #expect(h.app.statusIsError)
        #expect(h.app.statusMessage?.hasPrefix("Not saved (check in A-6): ") == true)
        #expect(h.source.practice.lastSeq == before)
    }

    @Test func aSynchronousSourceShowsTheReceiptAtOnce() {
        let h = Harness()
        h.press(.character("2"), .character("o"))
        h.type("joe")
        h.press(.enter)
        #expect(h.app.statusMessage?.hasPrefix("ok ") == true)
        #expect(h.app.statusMessage?.hasSuffix("· assign T-4 to S-4") == true)
        #expect(!h.statusArea.contains("saving"))
    }
}
