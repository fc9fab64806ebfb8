import Foundation

/// The fixture as the real binary sees it: a data folder holding `Fixture.demo()` (seed 42 on Monday 23 Nov 2026,
/// 10:42 in New York) and the shell line that opens the dashboard on it with the clock set to `Fixture.now`.
public enum DemoClinic {
    /// `Fixture.now` in ISO-8601, as `--now` and `CLINICDESK_NOW` take it.
    public static let now = ISO8601DateFormatter().string(from: Fixture.now)

    public static func create(in folder: Folder) throws {
        let result = try CLI.run([
            "demo", "--data", folder.path, "--seed", "\(Fixture.seed)",
            "--today", Fixture.today.description, "--time-zone", Fixture.zoneID, "--now", now,
        ])
        guard result.status == 0 else { throw TmuxError.failed("clinicdesk demo: \(result.err)") }
    }

    /// The shell line that opens the dashboard on `folder` at the fixture's now. With `clockRate` its clock runs
    /// that many times real speed (60: a minute a second), for a test that watches time pass.
    public static func dashboardLine(
        _ folder: Folder, user: String, clockRate: Double? = nil,
        extra: String = ""
    ) -> String {
        let rate = clockRate.map { "\(CLI.clockRateVariable)=\($0) " } ?? ""
        return "\(CLI.nowVariable)=\(now) \(rate)\(Tmux.quote(CLI.binary)) --data \(Tmux.quote(folder.path)) "
            + "--user \(user) \(extra)"
    }
}
