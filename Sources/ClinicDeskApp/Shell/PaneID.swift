/// The dashboard's panes, by identity rather than by title: key scopes, the keys file's tables and focus keys
/// name a pane with this, so renaming a pane's title changes no binding.
public enum PaneID: String, CaseIterable, Sendable, Hashable {
    case flow, tasks, claims, roster

    /// The title in the pane's box and in help: "Flow".
    public var title: String {
        switch self {
        case .flow: "Flow"
        case .tasks: "Tasks"
        case .claims: "Claims"
        case .roster: "Roster"
        }
    }
}
