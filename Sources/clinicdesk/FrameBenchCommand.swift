import ArgumentParser
import ClinicDemo
import ClinicDeskApp
import ClinicDomain
import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import TerminalKit

/// `clinicdesk bench-frames` (hidden): keystroke → frame time per pane (docs/PERFORMANCE.md), headless, on a release
/// build.
///
/// For each practice size and screen size: each sample is one `j`/`k` handled by the dashboard plus a full render
/// of the Canvas, per pane. Then the burst: `--burst` keys queued at once in a `HeadlessTerminal` and worked through
/// by the real run loop (`DashboardApp.run`), timed from start to the last frame.
struct FrameBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-frames",
        abstract: "Measure keystroke-to-frame time per pane on the demo practices.",
        shouldDisplay: false
    )

    @Option(help: "Keystrokes per pane.")
    var keys = 300

    @Option(help: "Terminal sizes, WIDTHxHEIGHT, comma separated.")
    var sizes = "160x48,80x24"

    @Option(help: "Demo practices to run on: large, small or both (comma separated).")
    var practice = "large,small"

    @Option(help: "Keys queued at once for the burst figure (0 skips it).")
    var burst = 10_000

    func run() throws {
        let screens = try sizes.split(separator: ",").map { text in
            let parts = text.split(separator: "x").compactMap { Int($0) }
            guard parts.count == 2 else { throw ValidationError("--sizes wants WIDTHxHEIGHT, like 160x48,80x24") }
            return Size(width: parts[0], height: parts[1])
        }
        let zone = TimeZone(identifier: "America/New_York") ?? .current
        let clock = PracticeClock(timeZone: zone)
        let today = LocalDate(year: 2026, month: 11, day: 23)
        let now = clock.instant(today, TimeOfDay(hour: 10, minute: 42))
        for name in practice.split(separator: ",").map(String.init) {
            guard let size = DemoSize(rawValue: name) else { throw ValidationError("--practice is large or small") }
            let practice = DemoPractice.generate(size: size, seed: 1, today: today, now: now, timeZone: zone)
            CLIOutput.out(
                "\(name) practice: \(practice.appointments.count) appointments, \(practice.claims.count) claims, "
                    + "\(practice.patients.count) patients, \(practice.staff.count) staff, "
                    + "\(practice.tasks.count) tasks"
            )
            for screen in screens {
                perPane(practice, screen: screen, now: now, label: name)
            }
            if let screen = screens.first { afterAChange(practice, screen: screen, now: now, label: name) }
            if burst > 0, let screen = screens.first {
                burstFigure(practice, screen: screen, now: now, label: name)
            }
        }
    }

    /// j/k alternating in runs of 20, so the selection moves on every key and stays near the top rows.
    private static func key(_ i: Int) -> TerminalEvent { .key(.character(i % 40 < 20 ? "j" : "k")) }

    private func perPane(_ practice: Practice, screen: Size, now: Date, label: String) {
        let terminal = HeadlessTerminal(size: screen)
        let app = DashboardApp(
            terminal: terminal, source: InMemoryPracticeSource(practice), user: "bench", now: { now })
        for pane in ["1", "2", "3", "4"] {
            _ = app.handle(.key(.character(Character(pane))))
            _ = app.render(size: screen)
            var wall: [Double] = []
            var cpu: [Double] = []
            for i in 0..<keys {
                let start = DispatchTime.now().uptimeNanoseconds
                let startCPU = Self.threadCPUNanoseconds()
                _ = app.handle(Self.key(i))
                _ = app.render(size: screen)
                cpu.append(Double(Self.threadCPUNanoseconds() - startCPU) / 1e6)
                wall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            let (w, c) = (Percentiles(wall), Percentiles(cpu))
            CLIOutput.out(
                String(
                    format: "%@ %d×%d pane %@ (%@): median %.3f ms, p99 %.3f ms, max %.3f ms"
                        + " | CPU median %.3f ms, p99 %.3f ms", label, screen.width, screen.height, pane,
                    app.focusedPane, w.median, w.p99, w.max, c.median, c.p99))
        }
    }

    /// A key that changes data: the command runs (in memory, no disk) and the next frame recomputes the views that
    /// read what changed. Two kinds: an appointment's insurance check toggled (the claim views are kept), and a
    /// claim's follow-up date moved (the claim queue, A/R and claim alerts are recomputed over every claim).
    private func afterAChange(_ practice: Practice, screen: Size, now: Date, label: String) {
        let today = practice.clock.day(of: now)
        if let id = practice.appointments(on: today).first(where: { $0.status.isUpcoming })?.id {
            timeChanges(
                practice, screen: screen, now: now,
                label: "\(label) \(screen.width)×\(screen.height) after an appointment change"
            ) { current in
                .verifyInsurance(id, verified: current.appointments[id]?.insuranceVerifiedAt == nil)
            }
        }
        if let id = practice.claimQueue(today: today).first?.claim.id {
            timeChanges(
                practice, screen: screen, now: now,
                label: "\(label) \(screen.width)×\(screen.height) after a claim change"
            ) { current in
                .setClaimFollowUp(
                    id,
                    current.claims[id]?.followUp == today.adding(days: 7)
                        ? today.adding(days: 8)
                        : today.adding(days: 7))
            }
        }
    }

    private func timeChanges(
        _ practice: Practice, screen: Size, now: Date, label: String,
        command: (Practice) -> Command
    ) {
        let source = InMemoryPracticeSource(practice)
        let app = DashboardApp(terminal: HeadlessTerminal(size: screen), source: source, user: "bench", now: { now })
        _ = app.render(size: screen)
        var samples: [Double] = []
        var commands: [Double] = []
        // The first change copies the tables this function's caller still shares with the source: not timed.
        for iteration in -1..<max(10, keys / 10) {
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                _ = try source.execute(command(source.practice), actor: "bench", now: now)
            } catch {
                CLIOutput.out("\(label): the command was refused: \(error)")
                return
            }
            let commandDone = DispatchTime.now().uptimeNanoseconds
            _ = app.render(size: screen)
            guard iteration >= 0 else { continue }
            commands.append(Double(commandDone - start) / 1e6)
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let (p, c) = (Percentiles(samples), Percentiles(commands))
        CLIOutput.out(
            String(
                format: "%@ (command + frame): median %.2f ms, p99 %.2f ms (the command alone: median %.2f ms)",
                label, p.median, p.p99, c.median))
    }

    /// This thread's CPU time: unlike the wall clock it leaves out time the scheduler gave to other processes, which
    /// on a shared 2-core machine is what the wall-clock p99 mostly measures.
    private static func threadCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    private struct Percentiles {
        let median, p99, max: Double
        init(_ samples: [Double]) {
            let sorted = samples.sorted()
            let at = { (q: Double) in sorted[Swift.min(sorted.count - 1, Int(Double(sorted.count) * q))] }
            median = at(0.5); p99 = at(0.99); max = sorted.last ?? 0
        }
    }

    /// `burst` keys already waiting when the loop starts (a held key, a paste), then nothing: the loop ends at the
    /// hang-up after the script. Frames are counted, not kept.
    private func burstFigure(_ practice: Practice, screen: Size, now: Date, label: String) {
        let terminal = HeadlessTerminal(size: screen, keepsFrames: false)
        terminal.enqueue([.key(.character("1"))] + (0..<burst).map(Self.key) + [.tick])
        let app = DashboardApp(
            terminal: terminal, source: InMemoryPracticeSource(practice), user: "bench", now: { now })
        let start = DispatchTime.now().uptimeNanoseconds
        _ = app.run()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        CLIOutput.out(
            String(
                format: "%@ %d×%d burst: %d keys worked through in %.3f s (%d frames drawn)", label, screen.width,
                screen.height, burst, seconds, terminal.drawCount))
    }
}
