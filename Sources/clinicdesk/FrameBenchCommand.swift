import ArgumentParser
import ClinicDemo
import ClinicDeskApp
import ClinicDomain
import Foundation
import TerminalKit

/// `clinicdesk bench-frames` (hidden): keystroke → frame time on the large practice (DESIGN §7), headless.
/// Each sample is one `j` handled by the dashboard plus a full render of the Canvas; run on a release build.
struct FrameBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-frames",
        abstract: "Measure keystroke-to-frame time per pane on the large demo practice.",
        shouldDisplay: false
    )

    @Option(help: "Keystrokes per pane.")
    var keys = 300

    @Option(help: "Terminal size, WIDTHxHEIGHT.")
    var size = "160x48"

    func run() throws {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2 else { throw ValidationError("--size wants WIDTHxHEIGHT, like 160x48") }
        let screen = Size(width: parts[0], height: parts[1])
        let zone = TimeZone(identifier: "America/New_York") ?? .current
        let clock = PracticeClock(timeZone: zone)
        let today = LocalDate(year: 2026, month: 11, day: 23)
        let now = clock.instant(today, TimeOfDay(hour: 10, minute: 42))
        let practice = DemoPractice.generate(size: .large, seed: 1, today: today, now: now, timeZone: zone)
        let terminal = HeadlessTerminal(size: screen)
        let app = DashboardApp(terminal: terminal, source: InMemoryPracticeSource(practice), user: "bench", now: { now })
        print("large practice: \(practice.appointments.count) appointments, \(practice.claims.count) claims; \(screen.width)×\(screen.height)")
        for pane in ["1", "2", "3", "4"] {
            _ = app.handle(.key(.character(Character(pane))))
            _ = app.render(size: screen)
            var samples: [Double] = []
            for i in 0..<keys {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = app.handle(.key(.character(i % 40 < 20 ? "j" : "k")))
                _ = app.render(size: screen)
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            samples.sort()
            let p = { (q: Double) in samples[min(samples.count - 1, Int(Double(samples.count) * q))] }
            print(String(format: "pane %@ (%@): median %.2f ms, p99 %.2f ms, max %.2f ms", pane, app.focusedPane,
                         p(0.5), p(0.99), samples.last ?? 0))
        }
    }
}
