import TerminalKit

/// One row of the keymap table: an action, its keys and what help calls it.
public struct KeyBinding: Sendable, Equatable {
    public let action: KeyAction
    public var keys: [Key]
    public let label: String
    /// Shown in the bottom hint row (the most used verbs, in order of use; help lists everything).
    public let hint: Bool

    public init(_ action: KeyAction, _ keys: [Key], _ label: String, hint: Bool = true) {
        self.action = action; self.keys = keys; self.label = label; self.hint = hint
    }

    public var scope: KeyScope { action.scope }

    /// "j ↓", as help and the docs show it.
    public var keyLabel: String { keys.map(\.displayName).joined(separator: " ") }
}

/// The one keymap: it turns a key into an action in the shell (the panes receive actions, never keys, except
/// while a form of theirs is open) and drives the `?` help, the hint row and docs/KEYS.md. The standard table
/// is `Keymap.standard`; a user's keys file rebinds actions on top of it (`KeymapFile`).
public struct Keymap: Sendable, Equatable {
    public private(set) var bindings: [KeyBinding] {
        didSet { lookup = Self.lookup(bindings) }
    }
    /// Key → action per scope, so resolving a key is a lookup (a burst of keys resolves thousands a second).
    private var lookup: [KeyScope: [Key: KeyAction]]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        lookup = Self.lookup(bindings)
    }

    /// The first binding of a key in a scope wins, as in the table's order.
    private static func lookup(_ bindings: [KeyBinding]) -> [KeyScope: [Key: KeyAction]] {
        var lookup: [KeyScope: [Key: KeyAction]] = [:]
        for binding in bindings {
            for key in binding.keys where lookup[binding.scope]?[key] == nil {
                lookup[binding.scope, default: [:]][key] = binding.action
            }
        }
        return lookup
    }

    /// The action bound to `key` in `scope` only.
    public func action(for key: Key, in scope: KeyScope) -> KeyAction? { lookup[scope]?[key] }

    /// How a key reads while `pane` has focus: the pane's own verbs, then the global keys.
    /// While a filter is on, the filter's keys (n, N) come first.
    public func resolve(_ key: Key, pane: PaneID, filtering: Bool = false) -> KeyAction? {
        (filtering ? action(for: key, in: .filter) : nil) ?? action(for: key, in: .pane(pane))
            ?? action(for: key, in: .global)
    }

    public func bindings(in scope: KeyScope) -> [KeyBinding] { bindings.filter { $0.scope == scope } }

    public func binding(for action: KeyAction) -> KeyBinding? { bindings.first { $0.action == action } }

    /// The first key of an action as help shows it ("a"), for sentences that tell the user what to press.
    public func keyLabel(_ action: KeyAction) -> String {
        binding(for: action)?.keys.first?.displayName ?? action.name
    }

    /// Hints for a pane's bottom row, in table order.
    public func hints(for scope: KeyScope) -> [PaneKeyHint] {
        bindings(in: scope).filter(\.hint).compactMap { binding in
            binding.keys.first.map {
                PaneKeyHint(key: $0.displayName, label: binding.label, changes: binding.action.changesPractice)
            }
        }
    }

    /// Keys of `scope` that mean two things to the user: bound twice in the scope, or (for a pane) also bound
    /// globally, where the pane's meaning would hide the global one.
    public func clashes(in scope: KeyScope) -> [(key: Key, actions: [KeyAction])] {
        var seen: [Key: [KeyAction]] = [:]
        var order: [Key] = []
        let rows =
            scope == .global || scope == .form || scope == .filter
            ? bindings(in: scope) : bindings(in: .global) + bindings(in: scope)
        for binding in rows {
            for key in binding.keys {
                if seen[key] == nil { order.append(key) }
                seen[key, default: []].append(binding.action)
            }
        }
        return order.compactMap { key in
            let actions = seen[key] ?? []
            return actions.count > 1 ? (key, actions) : nil
        }
    }

    /// A key as an open form hears it. Forms know their keys by the standard table (Enter saves, Ctrl-N finds the
    /// next free slot), so a key bound to a form action arrives as that action's standard key; a standard form key
    /// the user moved elsewhere is swallowed (nil); any other key is typing and passes unchanged.
    public func formKey(for key: Key) -> Key? {
        if let action = action(for: key, in: .form) { return Keymap.standard.binding(for: action)?.keys.first }
        if Keymap.standard.action(for: key, in: .form) != nil { return nil }
        return key
    }

    /// This keymap with `action` on `keys` instead of its standard keys.
    public func rebinding(_ action: KeyAction, to keys: [Key]) -> Keymap {
        var copy = self
        if let index = copy.bindings.firstIndex(where: { $0.action == action }) { copy.bindings[index].keys = keys }
        return copy
    }
}
