import ClinicDomain
import TerminalKit

/// The text of `?` help and of docs/KEYS.md, both from the one keymap table (plus the keys a pane lists for
/// itself when the table has no rows for it yet).
enum HelpContent {
    /// Sections in display order: global keys, then each pane's.
    static func sections(keymap: Keymap, panes: [any Pane]) -> [(title: String, rows: [(keys: String, label: String)])] {
        var out: [(title: String, rows: [(keys: String, label: String)])] = []
        out.append(("Global", keymap.bindings(in: .global).map { ($0.keyLabel, $0.label) }))
        for (index, pane) in panes.enumerated() {
            let table = keymap.bindings(in: .pane(pane.title))
            let rows = table.isEmpty ? pane.keyHints.map { ($0.key, $0.label) } : table.map { ($0.keyLabel, $0.label) }
            out.append(("\(index + 1) \(pane.title)", rows))
        }
        return out
    }

    /// Help popup lines; the focused pane's keys come first, since those are what the user is looking for.
    static func lines(keymap: Keymap, panes: [any Pane], focus: Int = 0) -> [String] {
        var lines: [String] = []
        var ordered = sections(keymap: keymap, panes: panes)
        if ordered.indices.contains(focus + 1) { ordered.insert(ordered.remove(at: focus + 1), at: 0) }
        for section in ordered {
            if !lines.isEmpty { lines.append("") }
            lines.append(section.title)
            for row in section.rows { lines.append("  " + DisplayWidth.pad(row.keys, to: 12) + " " + row.label) }
        }
        lines.append("")
        lines.append("Command line (:)")
        for command in CommandLineInterpreter.appCommands {
            lines.append("  " + DisplayWidth.pad(command.usage, to: 18) + " " + command.summary)
        }
        for syntax in CommandLanguage.syntax { lines.append("  " + syntax.usage) }
        return lines
    }

    /// docs/KEYS.md, generated; a test keeps the file equal to this.
    static func markdown(keymap: Keymap, panes: [any Pane]) -> String {
        var out = """
        # ClinicDesk keys

        Generated from the keymap table (`Sources/ClinicDeskApp/Shell/Keymap.swift`) by
        `RECORD=1 swift test --filter KeysDocTests`; do not edit by hand. The same table drives the `?` help.
        A pane's own key wins over a global key while that pane has focus (in Roster `t` is "time off";
        elsewhere it is "today"). Keys that change data (done, write off, sick call, approve/deny) ask y/n first.

        """
        for section in sections(keymap: keymap, panes: panes) {
            out += "\n## \(section.title)\n\n| Keys | Action |\n|---|---|\n"
            for row in section.rows {
                let keys = row.keys.split(separator: " ").map { "`\($0 == "|" ? "\\|" : String($0))`" }.joined(separator: " ")
                out += "| \(keys) | \(row.label) |\n"
            }
        }
        out += "\n## Command line (`:`)\n\nDashboard words; everything else is the command language (docs/COMMANDS.md).\n\n"
        out += "| Command | What it does |\n|---|---|\n"
        for command in CommandLineInterpreter.appCommands { out += "| `\(command.usage)` | \(command.summary) |\n" }
        return out
    }
}
