import ClinicDomain
import Foundation
import TerminalKit

/// The `/` filter, the same in every pane: typing narrows the focused pane's rows at every key (the text is the
/// shared `TextInput`), Enter keeps the filter and gives the keys back, Esc clears it. While it is on, the
/// filter scope's n / N move to the next / previous match (the rows shown are the matches, so that is the
/// next / previous row), and Esc in normal mode clears it.
extension DashboardState {
    /// The filter's keys in normal mode; nil for every other action.
    mutating func handleFilterAction(_ action: KeyAction, practice: Practice, now: Date) -> [Effect]? {
        let pane = panes[focus]
        switch action {
        case .filter:
            mode = .filter(TextInput(pane.filterText))
        case .filterNext, .filterPrevious:
            move(action == .filterNext ? .moveDown : .moveUp, practice: practice, now: now)
            let matches = panes[focus].filterMatches(context(for: focus, practice: practice, now: now))
            if matches.count == 0 { message = .info("No rows match /\(Sanitizer.clean(pane.filterText)).") }
        case .close where !pane.filterText.isEmpty:
            setFilter("")
            message = .info("Filter cleared.")
        default:
            return nil
        }
        return []
    }

    /// A key while the filter line is open.
    mutating func typeFilter(_ key: Key, input: TextInput, practice: Practice, now: Date) {
        var input = input
        switch key {
        case .escape:
            setFilter("")
            mode = .normal
        case .enter:
            mode = .normal
        case .backspace where input.value.isEmpty:
            setFilter("")
            mode = .normal
        case .up, .down:
            move(key == .up ? .moveUp : .moveDown, practice: practice, now: now)
        default:
            guard input.handle(key) else { return }
            setFilter(input.value)
            mode = .filter(input)
        }
    }

    private mutating func setFilter(_ text: String) {
        var pane = panes[focus]
        pane.setFilter(text)
        update(pane: pane, at: focus)
    }

    private mutating func move(_ action: KeyAction, practice: Practice, now: Date) {
        var pane = panes[focus]
        _ = pane.handle(action, context: context(for: focus, practice: practice, now: now))
        update(pane: pane, at: focus)
    }

    /// "/jose 2 of 5", as the focused pane's title and the status line show the filter; nil when it is off.
    func filterLabel(forPane index: Int, context: PaneContext) -> String? {
        let pane = panes[index]
        guard !pane.filterText.isEmpty else { return nil }
        let matches = pane.filterMatches(context)
        let place = matches.position.map { "\($0) of \(matches.count)" } ?? "0 of \(matches.count)"
        return "/" + Sanitizer.clean(pane.filterText) + " " + place
    }
}
