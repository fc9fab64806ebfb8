// The text of themes/default.toml, compiled in so the app runs when no themes folder is installed.
// A test checks it matches the file byte for byte; edit both together.
enum BuiltInThemeText {
    static let defaultTheme = """
        # ClinicDesk default theme: works on the terminal's own background, dark or light.
        # Each slot: fg / bg = colour name or 0–255 index; fallback / bg_fallback = what to use on 8/16-colour
        # terminals when fg / bg is a 256-colour index; bold, dim, underline, reverse, blink, italic = true/false.
        name = "default"
        description = "Terminal background, blue panes, cyan focus"

        [slots]
        "text" = {}
        "text.dim" = { dim = true }
        "title.bar" = { fg = "black", bg = "cyan", bold = true }
        "status.bar" = { fg = "white", bg = "blue" }
        "status.key" = { fg = "yellow", bg = "blue", bold = true }
        "pane.border" = { fg = "blue" }
        "pane.border.focused" = { fg = "cyan", bold = true }
        "pane.title" = { fg = "blue" }
        "pane.title.focused" = { fg = "cyan", bold = true }
        "table.header" = { bold = true, underline = true }
        "table.selected" = { fg = "black", bg = "cyan", bold = true }
        "table.selected.unfocused" = { fg = "black", bg = "white" }
        "alert.strip" = { fg = "yellow" }
        "alert.warn" = { fg = "yellow", bold = true }
        "alert.critical" = { fg = "bright-white", bg = "red", bold = true }
        "popup.border" = { fg = "cyan", bold = true }
        "popup.text" = {}
        "input" = { underline = true }
        "input.cursor" = { reverse = true }
        "error" = { fg = "red", bold = true }
        "ok" = { fg = "green" }
        "money" = { fg = "green" }
        "now.marker" = { fg = "red", bold = true }
        "grid.free" = { dim = true }
        "grid.block" = { fg = 244, fallback = "white", dim = true }
        "flow.scheduled" = { dim = true }
        "flow.confirmed" = {}
        "flow.arrived" = { fg = "yellow" }
        "flow.roomed" = { fg = "cyan" }
        "flow.withProvider" = { fg = "green", bold = true }
        "flow.checkedOut" = { dim = true }
        "flow.noShow" = { fg = "red" }
        "flow.cancelled" = { dim = true }
        "wait.ok" = { fg = "green" }
        "wait.warn" = { fg = 214, fallback = "yellow", bold = true }
        "wait.late" = { fg = 196, fallback = "red", bold = true }
        "claim.draft" = { dim = true }
        "claim.submitted" = { fg = "cyan" }
        "claim.paid" = { fg = "green" }
        "claim.denied" = { fg = "red", bold = true }
        "claim.atRisk" = { fg = 208, fallback = "yellow", bold = true }
        "task.overdue" = { fg = "red", bold = true }
        "task.high" = { fg = "yellow" }
        "task.full" = { fg = "magenta", bold = true }
        "roster.sick" = { fg = "red" }
        "roster.pto" = { fg = "magenta" }
        "roster.gap" = { fg = "bright-white", bg = "red", bold = true }
        "roster.onDuty" = { fg = "green" }
        "help.key" = { fg = "yellow", bold = true }
        "mask" = { dim = true }

        """
}
