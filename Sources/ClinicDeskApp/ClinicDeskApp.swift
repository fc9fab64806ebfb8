/// The dashboard: app loop, panes, keymap, forms and the command line.
/// See docs/ARCHITECTURE.md for where this module sits in the one-way flow.
