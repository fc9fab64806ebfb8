import ClinicDomain
import Foundation
import TerminalKit

/// `:settings`: the practice's settings as `set` names them, each with its value and what it does, so the
/// line to change one is right there to copy.
enum SettingsPopup {
    static func popup(_ settings: PracticeSettings) -> DetailPopup {
        let rows = settings.settingLines
        let nameWidth = rows.map(\.name.count).max() ?? 0
        let valueWidth = min(24, rows.map(\.value.count).max() ?? 0)
        let lines =
            rows.map { row in
                row.name.padding(toLength: nameWidth + 2, withPad: " ", startingAt: 0)
                    + Sanitizer.clean(row.value).padding(toLength: valueWidth + 2, withPad: " ", startingAt: 0)
                    + row.summary
            } + ["", "Change one with :set NAME VALUE (manager; journaled, every terminal sees it)."]
        return DetailPopup(title: "Practice settings", lines: lines, width: 116)
    }
}

extension DashboardState {
    /// `:set lock MINUTES`: this terminal only, until it closes; 0 (never) only where there is nobody to lock out.
    mutating func setLockMinutes(_ minutes: Int, practice: Practice) {
        if minutes == 0 && session.hasAccounts(practice) {
            message = .error("set lock 0 (never) is refused: this folder has accounts, so an idle desk must lock.")
            return
        }
        session.options.lockAfter = minutes == 0 ? nil : TimeInterval(minutes * 60)
        let when = minutes == 0 ? "never locks" : "locks after \(minutes) idle minute\(minutes == 1 ? "" : "s")"
        message = .info("This terminal \(when) until it closes (not journaled; config.toml's lock_minutes keeps it).")
    }
}
