/// A popup form as a plain value: labelled fields in focus order, a message line, extra lines its owner adds (live
/// conflicts), the keys on the border. Keys go in, an `Outcome` comes out, and values are read by field ID, so an
/// owner decides what submitting means and tests drive it without a terminal. Drawn as a `Modal`.
///
/// A new form is a few lines:
///
///     var form = Form(title: "Cancel A-12", fields: [.text("reason", "Reason", width: 40)],
///                     footer: "Enter cancel the visit · Esc keep it")
///     if form.handle(key) == .submitted { use(form.text("reason")) }
///     form.draw(into: &canvas, in: paneRect, theme: theme)
///
/// Keys: Tab / ↓ next field, S-Tab / ↑ previous (stopping at the ends), ←/→ (or -, +, Space) cycle a choice,
/// text fields take `TextInput`'s editing (cursor, C-a/e/u/k/w), Enter submits from any field, Esc cancels.
public struct Form<ID: Hashable & Sendable>: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// The key moved the focus or changed a value (or did nothing harmful); the form stays open.
        case editing
        /// Enter.
        case submitted
        /// Esc.
        case cancelled
        /// Not a key the form uses (C-n, say); the owner may act on it.
        case ignored
    }

    public var title: String
    public private(set) var fields: [FormField<ID>]
    /// The focused field; always a shown, editable one while there is any.
    public private(set) var focus: ID?
    /// Lines after the fields, under a blank one: what the values mean together (conflicts, a total).
    public var lines: [StyledLine] = []
    /// The validation line, last: why the form was not accepted, or what just happened.
    public var message: StyledLine?
    /// Keys, on the bottom border.
    public var footer: String
    /// Interior width to ask of the popup (always capped to the area it is drawn in).
    public var width: Int

    public init(title: String, fields: [FormField<ID>], footer: String = "Enter save · Esc cancel", width: Int = 60) {
        self.title = title
        self.fields = fields
        self.footer = footer
        self.width = width
        focus = fields.first(where: \.isFocusable)?.id
    }

    // MARK: - Keys

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancelled
        case .enter: return .submitted
        case .tab, .down: moveFocus(by: 1); return .editing
        case .backTab, .up: moveFocus(by: -1); return .editing
        default: break
        }
        guard let index = focusIndex else { return .ignored }
        switch fields[index].kind {
        case .text(var input, let width):
            guard input.handle(key) else { return .ignored }
            fields[index].kind = .text(input, width: width)
            return .editing
        case .choice(let options, let selected):
            let step: Int
            switch key {
            case .left, .character("-"): step = -1
            case .right, .character("+"), .character(" "): step = 1
            default: return .ignored
            }
            guard !options.isEmpty else { return .editing }
            // From no choice, → picks the first option and ← the last.
            let from = selected ?? (step > 0 ? -1 : 0)
            fields[index].kind = .choice(options: options, selected: (from + step + options.count) % options.count)
            return .editing
        case .readOnly:
            return .ignored
        }
    }

    /// The shown, editable fields in focus order.
    public var focusOrder: [ID] { fields.filter(\.isFocusable).map(\.id) }

    /// Moves the focus by `step` fields in focus order, stopping at the first and the last.
    public mutating func moveFocus(by step: Int) {
        let order = focusOrder
        guard !order.isEmpty else { focus = nil; return }
        let current = focus.flatMap { order.firstIndex(of: $0) } ?? 0
        focus = order[min(max(0, current + step), order.count - 1)]
    }

    /// Focuses `id` if it can take the focus.
    public mutating func focus(on id: ID) {
        if let field = field(id), field.isFocusable { focus = id }
    }

    private var focusIndex: Int? { focus.flatMap { id in fields.firstIndex { $0.id == id } } }

    // MARK: - Values

    public func field(_ id: ID) -> FormField<ID>? { fields.first { $0.id == id } }

    private mutating func change(_ id: ID, _ update: (inout FormField<ID>) -> Void) {
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return }
        update(&fields[index])
        if focus.map({ !focusOrder.contains($0) }) ?? true { repairFocus(near: index) }
    }

    /// After the focused field was hidden: the next field that can take the focus, else the one before.
    private mutating func repairFocus(near index: Int) {
        let after = fields[index...].first(where: \.isFocusable) ?? fields[..<index].last(where: \.isFocusable)
        focus = after?.id
    }

    /// A text field's value ("" for other kinds).
    public func text(_ id: ID) -> String {
        guard case .text(let input, _)? = field(id)?.kind else { return "" }
        return input.value
    }

    /// Replaces a text field's value, cursor at the end.
    public mutating func setText(_ id: ID, _ value: String) {
        change(id) { field in
            guard case .text(var input, let width) = field.kind else { return }
            input.set(value)
            field.kind = .text(input, width: width)
        }
    }

    /// A choice field's selected option index.
    public func choice(_ id: ID) -> Int? {
        guard case .choice(_, let selected)? = field(id)?.kind else { return nil }
        return selected
    }

    /// Replaces a choice field's options and selection (a list that comes from data, such as who works today).
    public mutating func setChoice(_ id: ID, options: [String], selected: Int?) {
        change(id) { field in
            guard case .choice = field.kind else { return }
            let valid = selected.flatMap { options.indices.contains($0) ? $0 : nil }
            field.kind = .choice(options: options, selected: valid)
        }
    }

    /// Replaces a read-only field's value.
    public mutating func setReadOnly(_ id: ID, _ value: String) {
        change(id) { field in
            guard case .readOnly = field.kind else { return }
            field.kind = .readOnly(value)
        }
    }

    public mutating func setHidden(_ id: ID, _ hidden: Bool) { change(id) { $0.isHidden = hidden } }

    public mutating func setHint(_ id: ID, _ hint: String) { change(id) { $0.hint = hint } }

    public mutating func setBelow(_ id: ID, _ lines: [StyledLine]) { change(id) { $0.below = lines } }
}

extension Form: Equatable {}
