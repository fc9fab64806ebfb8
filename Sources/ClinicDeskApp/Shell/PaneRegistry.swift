/// The panes in focus order (keys 1–4). Slot 1 belongs to the Flow pane.
enum PaneRegistry {
    static func standardPanes() -> [any Pane] {
        [FlowPane(), TasksPane(), ClaimsPane(), RosterPane()]
    }
}
