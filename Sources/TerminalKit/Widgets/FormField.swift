/// One row of a `Form`: a label and a text field, a choice, or a read-only value. `ID` names the field, so the
/// form's owner reads and changes values by name, not by position.
public struct FormField<ID: Hashable & Sendable>: Sendable {
    public enum Kind: Sendable {
        /// Typed text, `width` columns between the brackets.
        case text(TextInput, width: Int)
        /// One of `options`, cycled with ←/→; nil shows "—" until one is chosen.
        case choice(options: [String], selected: Int?)
        /// Shown, never focused.
        case readOnly(String)
    }

    public let id: ID
    public var label: String
    public var kind: Kind
    /// Dim text after the value: what it means ("to 11:00", "Mon 23 Nov") or what to type.
    public var hint: String
    /// Lines under the field, in the value's column (a search field's results).
    public var below: [StyledLine]
    /// Kept with its value but not shown, and skipped by the focus (fields that apply only sometimes).
    public var isHidden: Bool

    public init(id: ID, label: String, kind: Kind, hint: String = "", isHidden: Bool = false) {
        self.id = id
        self.label = label
        self.kind = kind
        self.hint = hint
        self.below = []
        self.isHidden = isHidden
    }

    /// A text field; `input` carries the start value, a placeholder, a length limit or a character filter.
    public static func text(
        _ id: ID, _ label: String, _ input: TextInput = TextInput(), width: Int = 14,
        hint: String = ""
    ) -> FormField {
        FormField(id: id, label: label, kind: .text(input, width: width), hint: hint)
    }

    public static func choice(_ id: ID, _ label: String, options: [String], selected: Int? = 0) -> FormField {
        FormField(id: id, label: label, kind: .choice(options: options, selected: selected))
    }

    public static func readOnly(_ id: ID, _ label: String, _ value: String) -> FormField {
        FormField(id: id, label: label, kind: .readOnly(value))
    }

    /// Shown and editable: the focus can land here.
    var isFocusable: Bool {
        if isHidden { return false }
        if case .readOnly = kind { return false }
        return true
    }
}

extension FormField.Kind: Equatable {}
extension FormField: Equatable {}
