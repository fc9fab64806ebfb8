import TerminalKit

/// `:theme NAME`: a theme file from the search paths (or the built-in default), reduced to what the real
/// terminal can show.
enum ThemeSwitch {
    static func load(_ name: String, searchPaths: [String], terminal: any Terminal) -> (
        theme: Theme?, message: StatusMessage
    ) {
        do {
            let theme = try Theme.load(named: name, searchPaths: searchPaths)
            return (adapted(theme, for: terminal), .success("Theme \(theme.name)."))
        } catch {
            if name == "default" {
                return (adapted(.builtInDefault, for: terminal), .success("Theme default (built in)."))
            }
            return (nil, .error(error.description))
        }
    }

    /// A theme reduced to what the terminal shows (fewer colours, or none).
    static func adapted(_ theme: Theme, for terminal: any Terminal) -> Theme {
        guard let ncurses = terminal as? NcursesTerminal else { return theme }
        if ncurses.colorCount >= 256 { return theme }
        if ncurses.colorCount >= 8 { return theme.adapted(toPalette: ncurses.colorCount >= 16 ? 16 : 8) }
        return theme.monochrome()
    }
}
