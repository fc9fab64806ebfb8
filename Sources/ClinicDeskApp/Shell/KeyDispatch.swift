import ClinicDomain
import Foundation
import TerminalKit

/// How one key changes the state. The mode decides who hears the key; in normal mode the focused pane hears
/// it first and the global keymap gets what the pane leaves. Side effects come back as `Effect`s.
extension DashboardState {
    mutating func handle(_ key: Key, practice: Practice, now: Date) -> [Effect] {
        switch mode {
        case .normal:
            message = nil
            return handleNormal(key, practice: practice, now: now)
        case .paneForm:
            return routeToPane(key, practice: practice, now: now) ?? []
        case .help(let scroll):
            mode = scrolled(key, scroll: scroll).map { .help(scroll: $0) } ?? restingMode
            return []
        case .alerts(let scroll):
            mode = scrolled(key, scroll: scroll).map { .alerts(scroll: $0) } ?? restingMode
            return []
        case .messages(let scroll):
            mode = scrolled(key, scroll: scroll).map { .messages(scroll: $0) } ?? restingMode
            return []
        case .detail(var popup):
            if let scroll = scrolled(key, scroll: popup.scroll) {
                popup.scroll = scroll
                mode = .detail(popup)
            } else {
                mode = restingMode
            }
            return []
        case .confirm(let confirmation):
            mode = restingMode
            if key == .character("y") || key == .character("Y") { return [.execute(confirmation.command)] }
            message = .info("Cancelled.")
            return []
        case .commandLine(var editor):
            return handleCommandLine(key, editor: &editor, practice: practice, now: now)
        }
    }

    /// Where the keyboard goes back to when a popup, question or the command line closes: the pane's form if
    /// one is still open (a form may ask y/n and stay open), else normal.
    var restingMode: Mode { panes[focus].isEditing ? .paneForm : .normal }

    private mutating func handleNormal(_ key: Key, practice: Practice, now: Date) -> [Effect] {
        if let effects = routeToPane(key, practice: practice, now: now) { return effects }
        guard let action = keymap.action(for: key, in: .global) else { return [] }
        return perform(action, practice: practice, now: now)
    }

    /// Gives the key to the focused pane and turns its answer into state and effects;
    /// nil when the pane left the key for the global keymap.
    private mutating func routeToPane(_ key: Key, practice: Practice, now: Date) -> [Effect]? {
        var pane = panes[focus]
        let action = pane.handle(key, context: context(for: focus, practice: practice, now: now))
        update(pane: pane, at: focus)
        let wasForm = mode == .paneForm
        if wasForm { mode = pane.isEditing ? .paneForm : .normal }
        switch action {
        case .unhandled:
            return wasForm ? [] : nil
        case .handled:
            return []
        case .command(let command, let prompt):
            if let prompt {
                // Asking "are you sure?" about a change the rules refuse wastes a key: say why instead.
                if let refusal = practice.refusal(of: command, actor: user, now: now) {
                    message = .error(refusal)
                    return []
                }
                mode = .confirm(Confirmation(prompt: prompt, command: command))
                return []
            }
            return [.execute(command)]
        case .detail(let title, let lines):
            mode = .detail(DetailPopup(title: title, lines: lines))
        case .message(let text):
            message = .info(text)
        case .openForm:
            mode = .paneForm
        case .closeForm:
            mode = .normal
        case .prompt(let text):
            mode = .commandLine(LineEditor(text))
        }
        return []
    }

    mutating func perform(_ action: KeyAction, practice: Practice, now: Date) -> [Effect] {
        let today = practice.clock.day(of: now)
        switch action {
        case .focusNext: focus((focus + 1) % panes.count)
        case .focusPrevious: focus((focus + panes.count - 1) % panes.count)
        case .focusPane1: focus(0)
        case .focusPane2: focus(1)
        case .focusPane3: focus(2)
        case .focusPane4: focus(3)
        case .commandLine: mode = .commandLine(LineEditor())
        case .help: mode = .help(scroll: 0)
        case .alerts: mode = .alerts(scroll: 0)
        case .previousDay: pinDay(shownDay(practice: practice, now: now).adding(days: -1), today: today)
        case .nextDay: pinDay(shownDay(practice: practice, now: now).adding(days: 1), today: today)
        case .today: pinDay(today, today: today)
        case .privacy:
            privacy.toggle()
            message = .info(privacy ? "Privacy mask on: patients show as initials (F11 to lift)." : "Privacy mask off.")
        case .redraw: return [.redraw]
        case .quit: return [.quit]
        case .close: message = nil
        default: break
        }
        return []
    }

    private mutating func pinDay(_ day: LocalDate, today: LocalDate) {
        pinnedDay = day == today ? nil : day
        message = .info(day == today ? "Today, \(day.longLabel)." : "Showing \(day.longLabel) (t: back to today).")
    }

    /// Scrolling keys inside a popup; nil when the key closes it.
    private func scrolled(_ key: Key, scroll: Int) -> Int? {
        switch keymap.action(for: key, in: .global) {
        case .moveDown: return scroll + 1
        case .moveUp: return max(0, scroll - 1)
        case .pageDown: return scroll + 10
        case .pageUp: return max(0, scroll - 10)
        case .top: return 0
        case .bottom: return Int.max / 2
        case .close, .open, .help, .alerts, .quit: return nil
        default: return scroll
        }
    }

    private mutating func handleCommandLine(_ key: Key, editor: inout LineEditor, practice: Practice,
                                            now: Date) -> [Effect] {
        switch key {
        case .escape:
            mode = restingMode
            return []
        case .backspace where editor.string.isEmpty:
            mode = restingMode
            return []
        case .enter:
            mode = restingMode
            return runLine(editor.string, practice: practice, now: now)
        default:
            _ = editor.apply(key, history: history)
            mode = .commandLine(editor)
            return []
        }
    }

    mutating func runLine(_ line: String, practice: Practice, now: Date) -> [Effect] {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, history.last != trimmed {
            history.append(trimmed)
            if history.count > 200 { history.removeFirst(history.count - 200) }
        }
        let today = practice.clock.day(of: now)
        switch CommandLineInterpreter.interpret(trimmed, today: today,
                                                shownDay: shownDay(practice: practice, now: now)) {
        case .domain(let command): return [.execute(command)]
        case .theme(let name): return [.loadTheme(name)]
        case .goto(let day): pinDay(day, today: today)
        case .quit: return [.quit]
        case .help: mode = .help(scroll: 0)
        case .messages: mode = .messages(scroll: 0)
        case .nothing: break
        case .error(let text): message = .error(text)
        }
        return []
    }
}
