import Foundation
import Testing
import TestSupport

/// Two receptionists, two terminals, one data folder: a check-in typed in one dashboard shows in the other
/// without a keypress there (the store tails the journal; the dashboard redraws on its tick).
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed: the two-dashboard test is skipped"))
struct TwoDashboardsTests {
    @Test func checkInTypedInOneShowsInTheOther() throws {
        let folder = Folder("two")
        try DemoClinic.create(in: folder)
        let appointment = try #require(try Self.nextUpcomingAppointment(in: folder))

        let tmux = Tmux()
        try tmux.newSession("ana", width: 100, height: 30)
        try tmux.newSession("joe", width: 100, height: 30)
        try tmux.type("ana", line: DemoClinic.dashboardLine(folder, user: "ana"))
        try tmux.type("joe", line: DemoClinic.dashboardLine(folder, user: "joe"))
        for session in ["ana", "joe"] {
            _ = try tmux.waitFor(session) { $0.contains("1 Flow") && Self.row(appointment, in: $0) != nil }
        }
        #expect(Self.row(appointment, in: try tmux.capture("joe"))?.contains("arrived") == false)

        // Ana checks the patient in from the command line …
        try tmux.keys("ana", ":")
        try tmux.text("ana", "appt checkin \(appointment)")
        try tmux.keys("ana", "Enter")
        _ = try tmux.waitFor("ana") { Self.row(appointment, in: $0)?.contains("arrived") == true }
        let typed = Date()

        // … and Joe's screen shows it on its own.
        let screen = try tmux.waitFor("joe", timeout: 5) { Self.row(appointment, in: $0)?.contains("arrived") == true }
        let seconds = Date().timeIntervalSince(typed)
        print("two dashboards: joe saw \(appointment) arrive \(Int(seconds * 1000)) ms after ana's screen did")
        #expect(screen.contains("Maple Family Practice"))

        // The journal records who did it.
        let log = try CLI.run(["log", "--data", folder.path])
        #expect(log.out.split(separator: "\n").contains { $0.contains("ana") && $0.contains(appointment) })

        for session in ["ana", "joe"] {
            try tmux.keys(session, "q")
            _ = try tmux.waitFor(session) { $0.contains(Tmux.promptMark) && !$0.contains("Maple Family Practice") }
        }
    }

    /// The screen line of the flow list that shows appointment `id`.
    static func row(_ id: String, in screen: String) -> String? {
        screen.split(separator: "\n").first { $0.contains(id + " ") }.map(String.init)
    }

    /// The first scheduled or confirmed appointment today starting at or after the demo's 10:42.
    static func nextUpcomingAppointment(in folder: Folder) throws -> String? {
        let export = try CLI.run(["export", "--data", folder.path, "--format", "json"])
        let root = try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any]
        let appointments = root?["appointments"] as? [[String: Any]] ?? []
        let upcoming = appointments.filter {
            ($0["day"] as? String) == "2026-11-23"
                && ["scheduled", "confirmed"].contains($0["status"] as? String ?? "")
                && ($0["start"] as? String ?? "") >= "10:45"
        }
        return upcoming.min { ($0["start"] as? String ?? "") < ($1["start"] as? String ?? "") }?["id"] as? String
    }
}
