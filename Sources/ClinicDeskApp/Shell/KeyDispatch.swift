import ClinicDomain
import Foundation
import TerminalKit

/// How one key changes the state. The mode decides who hears the key; in normal mode the focused pane hears
/// it first and the global keymap gets what the pane leaves. Side effects come back as `Effect`s.
extension DashboardState {
    mutating func handle(_ key: Key, practice: Practice, now: Date) -> [Effect] {
        // The lock key works from anywhere — an open form, a popup, the `:` line — since walking away is urgent.
        if keymap.action(for: key, in: .global) == .lock {
            lockNow(practice: practice)
            return []
        }
        switch mode {
        case .normal:
            message = nil
            if panes[focus].isEditing { return routeToForm(key, practice: practice, now: now) }
            return handleNormal(key, practice: practice, now: now)
        case .help(let scroll):
            let limit = popupScrollLimit(lines: HelpContent.lines(keymap: keymap, panes: panes, focus: focus).count)
            mode = scrolled(key, scroll: scroll, limit: limit).map { .help(scroll: $0) } ?? .normal
            return []
        case .alerts(let popup):
            return handleAlerts(key, popup: popup, practice: practice, now: now)
        case .messages(let scroll):
            let width = min(OverlayRenderer.messageLogWidth, screenSize.width - 4)
            let lines = OverlayRenderer(
                state: self, alerts: ShownAlerts(alerts: [], snoozed: 0), ascii: false, clock: practice.clock
            )
            .messageLines(width: width).count
            mode =
                scrolled(key, scroll: scroll, limit: popupScrollLimit(lines: lines)).map { .messages(scroll: $0) }
                ?? .normal
            return []
        case .detail(var popup):
            if let scroll = scrolled(
                key, scroll: popup.scroll,
                limit: popupScrollLimit(lines: popup.shownLines(screenWidth: screenSize.width).count))
            {
                popup.scroll = scroll
                mode = .detail(popup)
            } else {
                mode = .normal
            }
            return []
        case .confirm(var confirmation):
            if var report = confirmation.report, Self.scrollKeys.contains(keymap.action(for: key, in: .global)) {
                let limit = popupScrollLimit(lines: report.shownLines(screenWidth: screenSize.width).count)
                report.scroll = scrolled(key, scroll: report.scroll, limit: limit) ?? report.scroll
                confirmation.report = report
                mode = .confirm(confirmation)
                return []
            }
            mode = .normal
            if key == .character("y") || key == .character("Y") { return [.execute(confirmation.command)] }
            message = .info("Cancelled.")
            return []
        case .commandLine(var editor):
            return handleCommandLine(key, editor: &editor, practice: practice, now: now)
        case .undoList(let list):
            return handleUndoList(key, list: list, practice: practice, now: now)
        case .filter(let input):
            typeFilter(key, input: input, practice: practice, now: now)
            return []
        }
    }

    /// One key, resolved once through the keymap: the focused pane hears the action first (its verbs and the
    /// movement keys), and the global meaning applies when the pane leaves it.
    private mutating func handleNormal(_ key: Key, practice: Practice, now: Date) -> [Effect] {
        let filtering = !panes[focus].filterText.isEmpty
        guard let action = keymap.resolve(key, pane: focusedPane, filtering: filtering) else { return [] }
        if let handled = handleFilterAction(action, practice: practice, now: now) { return handled }
        if action.changesPractice, session.options.refusesChanges {
            message = .error(session.options.readOnlyRefusal)
            return []
        }
        var pane = panes[focus]
        let answer = pane.handle(action, context: context(for: focus, practice: practice, now: now))
        update(pane: pane, at: focus)
        if case .unhandled = answer { return perform(action, practice: practice, now: now) }
        return apply(answer, practice: practice, now: now)
    }

    /// A key for the focused pane's open form: raw (forms type text), except the form keys the keymap moves.
    private mutating func routeToForm(_ typed: Key, practice: Practice, now: Date) -> [Effect] {
        guard let key = keymap.formKey(for: typed) else { return [] }
        var pane = panes[focus]
        let answer = pane.handleEditing(key, context: context(for: focus, practice: practice, now: now))
        update(pane: pane, at: focus)
        return apply(answer, practice: practice, now: now)
    }

    /// Turns a pane's answer into state and effects.
    mutating func apply(_ answer: PaneAction, practice: Practice, now: Date) -> [Effect] {
        switch answer {
        case .unhandled, .handled:
            return []
        case .command(let command, let prompt):
            if session.options.refusesChanges {
                message = .error(session.options.readOnlyRefusal)
                return []
            }
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
        case .commands(let commands):
            if session.options.refusesChanges {
                message = .error(session.options.readOnlyRefusal)
                return []
            }
            return commands.map(Effect.execute)
        case .reveal(let subject):
            reveal(subject, practice: practice, now: now)
        case .detail(let title, let lines):
            mode = .detail(DetailPopup(title: title, lines: lines))
        case .message(let text):
            message = .info(text)
        case .refusal(let text):
            message = .error(text)
        case .prompt(let text):
            mode = .commandLine(LineEditor(text))
        case .showDay(let day):
            pinDay(day, today: practice.clock.day(of: now))
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
        case .alerts: mode = .alerts(AlertsPopup())
        case .previousDay: pinDay(shownDay(practice: practice, now: now).adding(days: -1), today: today)
        case .nextDay: pinDay(shownDay(practice: practice, now: now).adding(days: 1), today: today)
        case .today: pinDay(today, today: today)
        case .privacy where session.options.kiosk:
            message = .error("This is a waiting-room display (--kiosk): the privacy mask stays on.")
        case .lock:
            lockNow(practice: practice)
        case .privacy:
            privacy.toggle()
            message = .info(privacy ? "Privacy mask on: patients show as initials (F11 to lift)." : "Privacy mask off.")
        case .redraw: return [.redraw]
        case .undo: return undoLast(practice: practice, now: now)
        case .undoList: openUndoList(practice: practice, now: now)
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

    /// Scrolling keys inside a popup, kept within `0...limit` so `k` after `G` moves at once; nil when the key
    /// closes the popup.
    private func scrolled(_ key: Key, scroll: Int, limit: Int) -> Int? {
        let moved: Int
        switch keymap.action(for: key, in: .global) {
        case .moveDown: moved = scroll + 1
        case .moveUp: moved = scroll - 1
        case .pageDown: moved = scroll + popupRows
        case .pageUp: moved = scroll - popupRows
        case .top: moved = 0
        case .bottom: moved = limit
        case .close, .open, .help, .alerts, .quit: return nil
        default: moved = scroll
        }
        return min(max(0, moved), limit)
    }

    /// The keys that scroll a popup (and so do not answer a question under one).
    static let scrollKeys: Set<KeyAction?> = [.moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom]

    /// Lines a popup shows at the current screen height (as `OverlayRenderer` lays it out).
    var popupRows: Int { max(1, screenSize.height - 4) }

    /// The last first-line a popup of `lines` can scroll to.
    func popupScrollLimit(lines: Int) -> Int { max(0, lines - popupRows) }

    private mutating func handleCommandLine(
        _ key: Key, editor: inout LineEditor, practice: Practice,
        now: Date
    ) -> [Effect] {
        switch key {
        case .escape:
            mode = .normal
            return []
        case .backspace where editor.string.isEmpty:
            mode = .normal
            return []
        case .enter:
            mode = .normal
            let effects = runLine(editor.string, practice: practice, now: now)
            // A parse error keeps the line open, marked at its column, to be fixed rather than retyped.
            if let message, message.kind == .error, let inline = InlineError(message.text) {
                editor.show(inline)
                mode = .commandLine(editor)
                self.message = nil
            }
            return effects
        case .tab:
            editor.complete(practice: practice)
            mode = .commandLine(editor)
            return []
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
            if history.count > CommandHistoryFile.limit {
                history.removeFirst(history.count - CommandHistoryFile.limit)
            }
        }
        let today = practice.clock.day(of: now)
        switch CommandLineInterpreter.interpret(
            trimmed, today: today,
            shownDay: shownDay(practice: practice, now: now))
        {
        case .domain where session.options.refusesChanges, .importERA where session.options.refusesChanges:
            message = .error(session.options.readOnlyRefusal)
        case .domain(let command): return [.execute(command)]
        case .theme(let name): return [.loadTheme(name)]
        case .importERA(let request): return [.importERA(request)]
        case .export(let line):
            if let role = role(in: practice), !RoleTable.sees(role, .bulkExport) {
                message = .error("Exporting the practice needs the manager role; \(user) is a \(role.noun).")
            } else {
                message = .info("Exporting to \(line.fileName)…")
                return [.export(line)]
            }
        case .lock: lockNow(practice: practice)
        case .log(let request):
            message = .info("Reading the log…")
            return [.readLog(request)]
        case .goto(let day): pinDay(day, today: today)
        case .quit: return [.quit]
        case .help: mode = .help(scroll: 0)
        case .messages: mode = .messages(scroll: 0)
        case .settings: mode = .detail(SettingsPopup.popup(practice.settings))
        case .lockMinutes(let minutes): setLockMinutes(minutes, practice: practice)
        case .nothing: break
        case .error(let text): message = .error(text)
        }
        return []
    }
}
