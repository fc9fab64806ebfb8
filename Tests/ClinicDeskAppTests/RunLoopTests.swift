@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import Testing
import TerminalKit
import TestSupport

/// The run loop draws a frame only when something on it may have changed, and works through typed-ahead keys
/// before drawing.
@Suite struct RunLoopTests {
    /// A budget no test machine reaches, so "one frame per burst" does not depend on the machine's speed.
    static let generousBudget = Duration.seconds(600)

    final class Clock: @unchecked Sendable { var now = Fixture.now }

    private func app(
        _ terminal: any Terminal,
        source: InMemoryPracticeSource = InMemoryPracticeSource(Fixture.busyDesk()),
        clock: Clock = Clock(), budget: Duration = generousBudget
    ) -> DashboardApp {
        DashboardApp(terminal: terminal, source: source, user: "Ana R.", now: { clock.now }, inputBudget: budget)
    }

    @Test func aBurstOfQueuedKeysIsDrawnOnceAndEndsWhereKeyByKeyWould() {
        let keys =
            Array(repeating: TerminalEvent.key(.character("j")), count: 6) + [.key(.character("3"))]
            + Array(repeating: .key(.character("j")), count: 4)
        let terminal = HeadlessTerminal(size: Size(width: 160, height: 48), events: keys + [.tick])
        let app = app(terminal)
        #expect(app.run() == 0)
        #expect(terminal.drawCount == 2, "the first frame, then one for the whole burst")
        #expect(app.framesRendered == 2)

        let stepwise = Harness(size: Size(width: 160, height: 48))
        for case .key(let key) in keys { stepwise.press(key) }
        #expect(terminal.lastFrame == stepwise.screen)
    }

    @Test func withNoBudgetEveryKeyGetsItsFrame() {
        let terminal = HeadlessTerminal(
            size: Size(width: 80, height: 24),
            events: Array(repeating: .key(.character("j")), count: 5) + [.tick])
        _ = app(terminal, budget: .zero).run()
        #expect(terminal.drawCount == 6)
    }

    @Test func idleTicksBuildNoFrame() {
        let terminal = HeadlessTerminal(size: Size(width: 80, height: 24), events: [.tick, .tick, .tick])
        let app = app(terminal)
        _ = app.run()
        #expect(terminal.drawCount == 1)
        #expect(app.framesRendered == 1)
    }

    @Test func aTickDrawsWhenTheMinuteTurnsOrThePracticeChanges() throws {
        let clock = Clock()
        let source = InMemoryPracticeSource(Fixture.busyDesk())
        let waiting = try #require(source.practice.appointments.values.first { $0.patient == PatientID(7) })
        let terminal = SteppingTerminal(
            size: Size(width: 80, height: 24),
            script: [
                (.tick, { clock.now = Fixture.now.addingTimeInterval(30) }), // same minute: nothing to draw
                (.tick, { clock.now = Fixture.at(10, 43).addingTimeInterval(5) }), // a new minute
                (.tick, {}),
                // another desk
                (.tick, { _ = try? source.execute(.checkIn(waiting.id), actor: "joe", now: clock.now) }),
                (.tick, {}),
            ])
        let app = app(terminal, source: source, clock: clock)
        _ = app.run()
        #expect(terminal.frames.count == 3)
        #expect(app.framesRendered == 3)
        #expect(terminal.frames[0].row(0).contains("10:42"))
        #expect(terminal.frames[1].row(0).contains("10:43"))
        #expect(terminal.frames[2] != terminal.frames[1])
    }

    @Test func keysAndResizesAlwaysDraw() {
        let terminal = HeadlessTerminal(
            size: Size(width: 80, height: 24),
            events: [.key(.character("x")), .tick, .resize(Size(width: 100, height: 30)), .tick])
        _ = app(terminal).run()
        #expect(terminal.drawCount == 3)
        #expect(terminal.lastFrame?.size == Size(width: 100, height: 30))
    }

    @Test func theScreenClockIsWholeMinutes() {
        let start = Fixture.at(10, 42)
        #expect(DashboardApp.minute(of: start.addingTimeInterval(59.9)) == start)
        #expect(DashboardApp.minute(of: start) == start)
        #expect(DashboardApp.minute(of: start.addingTimeInterval(60)) == Fixture.at(10, 43))
    }
}

/// A scripted terminal that runs a step (move the clock, change the practice) as it hands out each event.
final class SteppingTerminal: Terminal {
    private let inner: HeadlessTerminal
    private var script: [(event: TerminalEvent, step: () -> Void)]

    init(size: Size, script: [(TerminalEvent, () -> Void)]) {
        inner = HeadlessTerminal(size: size)
        self.script = script.map { (event: $0.0, step: $0.1) }
    }

    var frames: [Canvas] { inner.frames }
    var size: Size { inner.size }
    func draw(_ canvas: Canvas) { inner.draw(canvas) }
    func shutdown() { inner.shutdown() }
    func invalidate() { inner.invalidate() }

    func nextEvent(timeout milliseconds: Int) -> TerminalEvent {
        guard !script.isEmpty else { return .hangup }
        let (event, step) = script.removeFirst()
        step()
        return event
    }
}
