/// Why an 837P file was not written: where (`C-2048 line 2`, `billing provider`), which field, and a sentence
/// saying what is wrong, e.g. `C-2048 line 2: 5 modifiers; at most 4`.
public struct Claim837Error: Error, Sendable, Equatable, CustomStringConvertible {
    /// The part of the input the value belongs to.
    public enum Place: Sendable, Equatable, CustomStringConvertible {
        case file
        case interchange
        case submitter
        case receiver
        case billingProvider
        case claim(String)
        /// 1-based line number within the claim.
        case line(claim: String, line: Int)

        public var description: String {
            switch self {
            case .file: "file"
            case .interchange: "interchange"
            case .submitter: "submitter"
            case .receiver: "receiver"
            case .billingProvider: "billing provider"
            case .claim(let id): id
            case .line(let id, let line): "\(id) line \(line)"
            }
        }
    }

    public var place: Place
    /// The input field, as named in the model (`modifiers`, `subscriber.memberID`).
    public var field: String
    /// What is wrong, naming the field: `5 modifiers; at most 4`.
    public var reason: String

    public init(_ place: Place, field: String, _ reason: String) {
        self.place = place
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(place): \(reason)" }
}
