import ClinicDomain
import Foundation
import TerminalKit

/// The `!` list's state: which alert the cursor is on, and the how-long picker while a snooze is being chosen.
struct AlertsPopup: Equatable, Sendable {
    var cursor = 0
    /// Minutes to snooze for (nil: until tomorrow), open after `s`.
    var snooze: Picker<SnoozeLength>?

    static func == (lhs: AlertsPopup, rhs: AlertsPopup) -> Bool {
        lhs.cursor == rhs.cursor && lhs.snooze?.highlighted == rhs.snooze?.highlighted
            && lhs.snooze?.filter.value == rhs.snooze?.filter.value && (lhs.snooze == nil) == (rhs.snooze == nil)
    }
}

/// How long a snooze lasts, as the picker offers it.
enum SnoozeLength: Hashable, Sendable, CaseIterable {
    case quarterHour, hour, fourHours, untilTomorrow

    var label: String {
        switch self {
        case .quarterHour: "15 minutes"
        case .hour: "1 hour"
        case .fourHours: "4 hours"
        case .untilTomorrow: "until tomorrow"
        }
    }

    /// Minutes from `now`: "until tomorrow" runs to the practice's next midnight.
    func minutes(now: Date, clock: PracticeClock) -> Int {
        switch self {
        case .quarterHour: return 15
        case .hour: return 60
        case .fourHours: return 240
        case .untilTomorrow:
            let midnight = clock.instant(clock.day(of: now).adding(days: 1), TimeOfDay(minutes: 0))
            return max(1, PracticeClock.minutes(from: now, to: midnight))
        }
    }

    static func picker() -> Picker<SnoozeLength> {
        Picker(
            title: "Snooze for", items: allCases.map { Picker.Item($0, $0.label) }, selected: .hour, visibleRows: 4,
            width: 30)
    }
}

/// Keys in the `!` list: the moving keys move the cursor, Enter closes the list and shows the alert's item in
/// its pane, `s` snoozes the selected alert for the signed-in user (a command, so it follows them to every
/// terminal), Esc, `!` and `q` close.
extension DashboardState {
    /// The alerts this terminal shows now: the role's, without this user's snoozed ones.
    func shownAlerts(_ practice: Practice, now: Date) -> ShownAlerts {
        derived.alerts(practice, now: now, privacy: privacy, login: user, role: role(in: practice))
    }

    mutating func handleAlerts(_ key: Key, popup: AlertsPopup, practice: Practice, now: Date) -> [Effect] {
        var popup = popup
        let alerts = shownAlerts(practice, now: now).alerts
        if var picker = popup.snooze {
            switch picker.handle(key) {
            case .editing:
                popup.snooze = picker
                mode = .alerts(popup)
                return []
            case .cancelled:
                popup.snooze = nil
                mode = .alerts(popup)
                return []
            case .picked(let length):
                popup.snooze = nil
                mode = .alerts(popup)
                guard alerts.indices.contains(popup.cursor) else { return [] }
                return snooze(alerts[popup.cursor], minutes: length.minutes(now: now, clock: practice.clock))
            }
        }
        let last = max(0, alerts.count - 1)
        let action = keymap.action(for: key, in: .alerts) ?? keymap.action(for: key, in: .global)
        switch action {
        case .moveDown: popup.cursor += 1
        case .moveUp: popup.cursor -= 1
        case .pageDown: popup.cursor += popupRows
        case .pageUp: popup.cursor -= popupRows
        case .top: popup.cursor = 0
        case .bottom: popup.cursor = last
        case .open:
            mode = .normal
            guard alerts.indices.contains(popup.cursor) else { return [] }
            guard let subject = alerts[popup.cursor].subject else {
                message = .info("This alert is not about one item: nothing to jump to.")
                return []
            }
            reveal(subject, practice: practice, now: now)
            return []
        case .alertSnooze:
            guard alerts.indices.contains(popup.cursor) else { return [] }
            if session.options.refusesChanges {
                message = .error(session.options.readOnlyRefusal)
                return []
            }
            popup.snooze = SnoozeLength.picker()
        case .close, .alerts, .help, .quit:
            mode = .normal
            return []
        default:
            break
        }
        popup.cursor = min(max(0, popup.cursor), last)
        mode = .alerts(popup)
        return []
    }

    /// `alert snooze IDENTITY --minutes N` for the signed-in user, sent like any command.
    private mutating func snooze(_ alert: Alert, minutes: Int) -> [Effect] {
        if session.options.refusesChanges {
            message = .error(session.options.readOnlyRefusal)
            return []
        }
        return [.execute(.snoozeAlert(alert.identity, minutes: minutes))]
    }
}
