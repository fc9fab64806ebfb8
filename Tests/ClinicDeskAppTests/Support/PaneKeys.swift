@testable import ClinicDeskApp
import TerminalKit

extension Pane {
    /// A key as the shell hands it over: raw to an open form, else resolved through the context's keymap
    /// (keys bound to nothing are `.unhandled`). Pane tests press keys, as a user does.
    mutating func handle(_ key: Key, context: PaneContext) -> PaneAction {
        if isEditing { return handleEditing(key, context: context) }
        guard let action = context.keymap.resolve(key, pane: id) else { return .unhandled }
        return handle(action, context: context)
    }
}
