/// The terminal layer: Canvas, widgets, themes, keys, and the ncurses and headless terminals.
/// See docs/ARCHITECTURE.md for where this module sits in the one-way flow.
