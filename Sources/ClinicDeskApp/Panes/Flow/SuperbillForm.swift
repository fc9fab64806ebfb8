import ClinicDomain
import Foundation
import TerminalKit

/// The superbill (`B` on a checked-out visit): the visit's diagnoses, service lines and place of service, as a plain
/// value — keys in, an `Outcome` out, like `BookingForm`, whose shared `Form` it uses.
///
/// Each field is checked as it is typed, against the same rules the domain applies (`ICD10CM.problem`, the command
/// language's line parser, the fee schedule, `PlaceOfService`), and a problem is shown in red under the field that
/// has it. Saving dry-runs `.createClaim` and shows the domain's refusal in the form; only an accepted claim is sent.
public struct SuperbillForm: Sendable, Equatable {
    public enum Field: Sendable, Hashable {
        case visit, payer
        /// Diagnosis slots in pointer order, from 0 (shown as `Dx 1`).
        case diagnosis(Int)
        /// Service line slots, from 0 (shown as `Line 1`).
        case line(Int)
        case placeOfService

        var label: String {
            switch self {
            case .visit: return "Visit"
            case .payer: return "Payer"
            case .diagnosis(let i): return "Dx \(i + 1)"
            case .line(let i): return "Line \(i + 1)"
            case .placeOfService: return "Place"
            }
        }
    }

    public enum Outcome: Sendable, Equatable {
        case editing
        case cancelled
        /// Send this command; the form closes.
        case command(Command)
        /// Nothing sent; why (also shown inside the form).
        case message(String)
    }

    /// A claim has room for 12 diagnoses; a superbill rarely needs more than a few lines (`claim edit` takes more).
    static let diagnosisSlots = ClaimLimits.maxDiagnosesPerClaim
    static let lineSlots = 8

    public let appointment: AppointmentID
    var form: Form<Field>
    /// The last refusal from saving, shown in red at the bottom until the form changes.
    public internal(set) var note: String?

    public init(visit: Appointment, keymap: Keymap = .standard) {
        appointment = visit.id
        let pos = visit.visitType == .telehealth ? "10" : PlaceOfService.office
        var fields: [FormField<Field>] = [
            .readOnly(.visit, Field.visit.label, ""),
            .readOnly(.payer, Field.payer.label, ""),
        ]
        fields += (0..<Self.diagnosisSlots).map { i in
            .text(.diagnosis(i), Field.diagnosis(i).label, TextInput(maxLength: 8), width: 8)
        }
        fields += (0..<Self.lineSlots).map { i in
            .text(.line(i), Field.line(i).label, TextInput(maxLength: 40), width: 18)
        }
        fields.append(
            .text(.placeOfService, Field.placeOfService.label, TextInput(pos, maxLength: 2, filter: .digits), width: 3))
        let footer = [(KeyAction.formSubmit, "save"), (.formNextField, "field"), (.formCancel, "cancel")]
            .map { "\(keymap.keyLabel($0.0)) \($0.1)" }.joined(separator: " · ")
        form = Form(title: "Superbill \(visit.id)", fields: fields, footer: footer, width: 74)
        showSlots()
    }

    /// The focused field.
    public var field: Field? { form.focus }

    // MARK: - Reading the form

    /// The diagnoses typed, in slot order (empty slots skipped), as the claim will carry them.
    var diagnosisTexts: [String] {
        (0..<Self.diagnosisSlots).map { form.text(.diagnosis($0)).trimmingCharacters(in: .whitespaces) }
    }

    var lineTexts: [String] {
        (0..<Self.lineSlots).map { form.text(.line($0)).trimmingCharacters(in: .whitespaces) }
    }

    var placeOfService: String { form.text(.placeOfService).trimmingCharacters(in: .whitespaces) }

    /// The diagnoses as the claim carries them: each written the code set's way (`e119` → `E11.9`).
    var diagnoses: [String] {
        diagnosisTexts.filter { !$0.isEmpty }.map { ICD10CM.normalized($0) ?? $0.uppercased() }
    }

    /// One line slot read by the command language's rules; a line without `@` points to the first diagnosis.
    static func parseLine(_ text: String) -> Result<NewServiceLine, CommandParseError> {
        do {
            var line = try CommandLanguage.parseServiceLine(text)
            if line.pointers.isEmpty { line.pointers = [1] }
            return .success(line)
        } catch {
            return .failure(error)
        }
    }

    /// The claim as the form stands, or the first field that stops it (and why).
    func content() -> Result<ClaimContent, FieldProblem> {
        var lines: [NewServiceLine] = []
        for (i, text) in lineTexts.enumerated() where !text.isEmpty {
            switch Self.parseLine(text) {
            case .success(let line): lines.append(line)
            case .failure(let error): return .failure(FieldProblem(field: .line(i), text: error.message))
            }
        }
        return .success(ClaimContent(diagnoses: diagnoses, lines: lines, placeOfService: placeOfService))
    }

    /// A problem with one field: what the form shows under it and says when saving is refused.
    struct FieldProblem: Error, Sendable, Equatable {
        let field: Field
        let text: String

        /// "Dx 1: 'E11' is a category, …"
        var sentence: String { "\(field.label): \(text)" }
    }

    /// Shows each diagnosis and line slot that holds something, and the first empty one after them, so the form
    /// grows as it is filled instead of starting as twenty empty rows.
    mutating func showSlots() {
        func reveal(_ texts: [String], _ field: (Int) -> Field) {
            let lastFilled = texts.lastIndex { !$0.isEmpty } ?? -1
            for i in texts.indices { form.setHidden(field(i), i > lastFilled + 1) }
        }
        reveal(diagnosisTexts, Field.diagnosis)
        reveal(lineTexts, Field.line)
    }
}
