import Foundation

/// The one table of what a typed-in text field may hold: its length, which characters, which shape.
/// Every command that takes such a field checks it here, twice over: the command language at parse time (so the
/// error has the word's column) and `Practice.validate` (the rule of record, also for commands the dashboard's
/// forms build directly). A refusal names the field and the rule: `given name: at most 100 characters`.
public struct FieldContract: Sendable, Equatable {
    /// What a field's characters must look like.
    public enum Shape: Sendable, Equatable {
        /// A person's name: no control or format characters (a zero-width joiner or non-joiner, which some
        /// scripts need, is allowed).
        case name
        /// A title, reason or note: one line, no control characters, no bidirectional overrides or isolates.
        case text
        /// Notes: like `text`, but line feeds (LF) separate lines; carriage returns arrive as line feeds.
        case multiline
        /// Digits with common punctuation (spaces, dashes, dots, parentheses, a leading +), `digits` of them.
        case phone(digits: ClosedRange<Int>)
        /// ASCII letters, digits and dashes (a payer's member ID, a room name).
        case code
    }

    /// The field's name as errors say it ("given name").
    public let field: String
    public let maxLength: Int
    /// Refused empty (after trimming spaces) when true; an empty optional field is fine.
    public let required: Bool
    public let shape: Shape

    public init(_ field: String, maxLength: Int, required: Bool, shape: Shape) {
        self.field = field; self.maxLength = maxLength; self.required = required; self.shape = shape
    }

    // MARK: the table

    public static let givenName = FieldContract("given name", maxLength: 100, required: true, shape: .name)
    public static let familyName = FieldContract("family name", maxLength: 100, required: true, shape: .name)
    /// Required: the front desk must be able to call a new patient back.
    public static let phone = FieldContract("phone", maxLength: 30, required: true, shape: .phone(digits: 7...20))
    /// Optional: a self-pay patient has none.
    public static let memberID = FieldContract("member ID", maxLength: 30, required: false, shape: .code)
    public static let taskTitle = FieldContract("task title", maxLength: 200, required: true, shape: .text)
    public static let taskLabel = FieldContract("label", maxLength: 30, required: true, shape: .text)
    public static let visitReason = FieldContract("reason", maxLength: 200, required: false, shape: .text)
    public static let cancelReason = FieldContract("cancel reason", maxLength: 200, required: true, shape: .text)
    public static let rejectReason = FieldContract("reject reason", maxLength: 200, required: true, shape: .text)
    public static let timeOffNote = FieldContract("note", maxLength: 200, required: false, shape: .text)
    public static let room = FieldContract("room", maxLength: 20, required: true, shape: .code)
    public static let claimNote = FieldContract("claim note", maxLength: 500, required: true, shape: .text)
    public static let writeOffReason = FieldContract("write-off reason", maxLength: 100, required: false, shape: .text)

    public static let denyReason = FieldContract("deny reason", maxLength: 200, required: false, shape: .text)
    /// A licence, DEA or certificate number.
    public static let credentialNumber = FieldContract(
        "credential number", maxLength: 30, required: false, shape: .code)
    /// A US state's two letters (or a territory's).
    public static let licenceState = FieldContract("state", maxLength: 2, required: false, shape: .code)
    public static let coverageName = FieldContract("rule name", maxLength: 40, required: true, shape: .text)
    public static let taskNotes = FieldContract("notes", maxLength: 2000, required: false, shape: .multiline)
    public static let checklistItem = FieldContract("checklist item", maxLength: 200, required: true, shape: .text)
    public static let practiceName = FieldContract("practice name", maxLength: 80, required: true, shape: .text)

    /// Every contract, for documentation and tests.
    public static let all: [FieldContract] = [
        givenName, familyName, phone, memberID, taskTitle, taskLabel, visitReason, cancelReason, rejectReason,
        timeOffNote, room, claimNote, writeOffReason, denyReason, credentialNumber, licenceState, coverageName,
        taskNotes, checklistItem,
        practiceName,
    ]

    /// A grapheme can carry any number of combining marks; this many scalars per allowed character is plenty.
    static let scalarsPerCharacter = 4

    /// The contract in words, for docs/COMMANDS.md: `required, at most 100 characters; a name: …`.
    public var summary: String {
        let shapeText: String
        switch shape {
        case .name: shapeText = "no control or invisible format characters, no bidi overrides"
        case .text: shapeText = "one line: no control characters, no bidi overrides or isolates"
        case .multiline: shapeText = "lines of text: no control characters but line feeds, no bidi overrides"
        case .phone(let digits):
            shapeText =
                "digits with spaces, dashes, dots, parentheses or a leading +, "
                + "\(digits.lowerBound) to \(digits.upperBound) digits"
        case .code: shapeText = "letters A–Z, digits and dashes"
        }
        return (required ? "required" : "optional") + ", trimmed, at most \(maxLength) characters; " + shapeText
    }

    // MARK: checking

    /// The value trimmed of surrounding whitespace, or the rule it breaks.
    public func check(_ raw: String) throws(FieldViolation) -> String {
        let unified =
            shape == .multiline
            ? raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : raw
        let value = unified.trimmingCharacters(in: shape == .multiline ? .whitespacesAndNewlines : .whitespaces)
        if value.isEmpty {
            guard !required else { throw violation("must not be empty") }
            return value
        }
        if let (position, scalar) = Self.firstForbidden(in: value, shape: shape) {
            throw violation("\(Self.kind(of: scalar)) (found \(Self.hex(scalar)) at character \(position))")
        }
        let count = value.count
        guard count <= maxLength else {
            throw violation("at most \(maxLength) characters (this one has \(count))")
        }
        guard value.unicodeScalars.count <= maxLength * Self.scalarsPerCharacter else {
            throw violation("at most \(maxLength * Self.scalarsPerCharacter) code points (too many combining marks)")
        }
        switch shape {
        case .name, .text, .multiline: break
        case .phone(let digits):
            try checkPhone(value, digits: digits)
        case .code:
            guard value.unicodeScalars.allSatisfy(Self.isCodeScalar) else {
                throw violation("only letters A–Z, digits and dashes")
            }
        }
        return value
    }

    private func checkPhone(_ value: String, digits range: ClosedRange<Int>) throws(FieldViolation) {
        let rule =
            "digits with spaces, dashes, dots, parentheses or a leading +, "
            + "\(range.lowerBound) to \(range.upperBound) digits"
        var digits = 0
        for (offset, scalar) in value.unicodeScalars.enumerated() {
            if Self.isDigit(scalar) {
                digits += 1
            } else if !(" -.()".unicodeScalars.contains(scalar) || (scalar == "+" && offset == 0)) {
                throw violation("\(rule) ('\(Character(scalar))' is not allowed)")
            }
        }
        guard range.contains(digits) else { throw violation("\(rule) (this one has \(digits))") }
    }

    private func violation(_ rule: String) -> FieldViolation { FieldViolation(field: field, rule: rule) }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isCodeScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || isDigit(scalar) || scalar == "-"
    }

    /// The bidirectional embeddings, overrides (U+202A–202E) and isolates (U+2066–2069): they reorder what
    /// follows them on screen, so a name or note could display as something it is not.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The 1-based character position and scalar of the first character the shape refuses.
    static func firstForbidden(in value: String, shape: Shape) -> (Int, Unicode.Scalar)? {
        for (offset, character) in value.enumerated() {
            for scalar in character.unicodeScalars where isForbidden(scalar, shape: shape) {
                return (offset + 1, scalar)
            }
        }
        return nil
    }

    static func isForbidden(_ scalar: Unicode.Scalar, shape: Shape) -> Bool {
        if shape == .multiline, scalar == "\n" { return false }
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator, .privateUse: return true
        case .format:
            if isBidiControl(scalar) { return true }
            switch shape {
            case .text, .multiline: return scalar.value == 0xFEFF // a byte-order mark pasted along
            case .name: return scalar.value != 0x200C && scalar.value != 0x200D
            case .phone, .code: return true
            }
        default: return false
        }
    }

    static func kind(of scalar: Unicode.Scalar) -> String {
        if isBidiControl(scalar) { return "no bidirectional override or isolate characters" }
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return "no control characters or line breaks"
        case .format: return "no invisible format characters"
        default: return "no private-use characters"
        }
    }

    static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// A value that breaks its field's contract (or date window): which field, which rule.
public struct FieldViolation: Error, Sendable, Equatable, CustomStringConvertible {
    public let field: String
    public let rule: String
    public init(field: String, rule: String) { self.field = field; self.rule = rule }
    /// `given name: at most 100 characters (this one has 5000)`
    public var description: String { "\(field): \(rule)" }
}
