import ClinicDomain
import TerminalKit

/// The text of `?` help and of docs/KEYS.md, both from the one keymap table. Each row names its action as the
/// keys file spells it, so what `?` shows is what a user writes to rebind it.
enum HelpContent {
    struct Row { let keys: String; let label: String; let action: String }
    struct Section { let title: String; let table: String; let rows: [Row] }

    /// Sections in display order: global keys, then each pane's (by focus order).
    static func sections(keymap: Keymap, panes: [any Pane]) -> [Section] {
        func rows(_ scope: KeyScope) -> [Row] {
            keymap.bindings(in: scope).map { Row(keys: $0.keyLabel, label: $0.label, action: $0.action.name) }
        }
        var out = [Section(title: "Global", table: "global", rows: rows(.global))]
        for (index, pane) in panes.enumerated() {
            out.append(
                Section(title: "\(index + 1) \(pane.title)", table: pane.id.rawValue, rows: rows(.pane(pane.id))))
        }
        for scope in [KeyScope.filter, .alerts, .form] {
            out.append(Section(title: scope.description, table: scope.tableName, rows: rows(scope)))
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
            lines.append(section.title + "  (keys.toml [" + section.table + "])")
            // The action's name first (what keys.toml uses), then what it does when the name does not say it.
            for row in section.rows {
                let line = "  " + DisplayWidth.pad(row.keys, to: 12) + " " + row.action
                lines.append(row.label == row.action ? line : DisplayWidth.pad(line, to: 38) + " " + row.label)
            }
        }
        lines.append("")
        lines.append("Command line (:)")
        for command in CommandLineInterpreter.appCommands {
            lines.append("  " + DisplayWidth.pad(command.usage, to: 18) + " " + command.summary)
        }
        for syntax in CommandLanguage.syntax { lines.append("  " + syntax.usage) }
        return lines
    }

    /// Keys fixed inside a pane's popup (it takes raw keys, as a form does), not rebindable, by table name.
    static let fixedKeys: [String: String] = [
        "tasks": """
        Inside the card view (Enter on a card) the keys are fixed, as in a form: `j`/`k` move over checklist items \
        and links, `x` or `Space` ticks or unticks an item, `a` adds an item, `K`/`J` move it up or down, `D` \
        removes the item or link (y/n), `l` links the card to an ID (C-22, A-31, P-12, S-4, T-9), `Enter` jumps \
        to a link's item in its pane (on an item: ticks it), `e` edits the card, `Esc` closes.
        """
    ]

    /// docs/KEYS.md, generated; a test keeps the file equal to this.
    static func markdown(keymap: Keymap, panes: [any Pane]) -> String {
        var out = """
            # ClinicDesk keys

            Generated from the keymap table (`Sources/ClinicDeskApp/Shell/Keymap.swift`) by
            `RECORD=1 swift test --filter KeysDocTests`; do not edit by hand. The same table drives the `?` help.
            A pane's keys never repeat a global key, so a key means the same wherever you are. Keys that change data
            (done, write off, sick call, approve/deny) ask y/n first.

            Rebind keys in `$XDG_CONFIG_HOME/clinicdesk/keys.toml` (else `~/.config/clinicdesk/keys.toml`): a table per
            section below, `action = "key"` or `action = ["key", "key"]`, with the action names of the last column, e.g.

            ```toml
            [flow]
            arrive = "A"
            ```

            Key names: a character (`a`, `A`, `:`), `Space`, `Enter`, `Esc`, `Tab`, `S-Tab`, `Backspace`, `Del`,
            `Up`, `Down`, `Left`, `Right`, `S-Left`, `S-Right`, `Home`, `End`, `PgUp`, `PgDn`, `F1`…`F24`, `C-x`.
            A file with a mistake (unknown table, action or key, or a key bound twice) is refused whole with its
            line, and the standard keys stay; the dashboard says so in the status line.

            """
        for section in sections(keymap: keymap, panes: panes) {
            out += "\n## \(section.title) `[\(section.table)]`\n\n| Keys | Action | Name |\n|---|---|---|\n"
            for row in section.rows {
                let keys = row.keys.split(separator: " ").map { "`\($0 == "|" ? "\\|" : String($0))`" }
                    .joined(separator: " ")
                out += "| \(keys) | \(row.label) | `\(row.action)` |\n"
            }
            if let note = fixedKeys[section.table] { out += "\n" + note + "\n" }
        }
        out +=
            "\n## Command line (`:`)\n\nDashboard words; everything else is the command language "
            + "(docs/COMMANDS.md).\n\n"
        out += "| Command | What it does |\n|---|---|\n"
        for command in CommandLineInterpreter.appCommands { out += "| `\(command.usage)` | \(command.summary) |\n" }
        return out
    }
}
