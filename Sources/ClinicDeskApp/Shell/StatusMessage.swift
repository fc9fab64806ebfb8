/// The last thing the app has to say in the status line: a receipt, a refusal, a hint. It stays until the
/// next key, so a message never vanishes before it can be read, and the message log (`:messages`) keeps it after.
struct StatusMessage: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case info, success, error }
    var text: String
    var kind: Kind

    static func info(_ text: String) -> StatusMessage { StatusMessage(text: text, kind: .info) }
    static func success(_ text: String) -> StatusMessage { StatusMessage(text: text, kind: .success) }
    static func error(_ text: String) -> StatusMessage { StatusMessage(text: text, kind: .error) }

    /// The kind as the message log names it.
    var kindLabel: String {
        switch kind {
        case .success: "ok"
        case .error: "refused"
        case .info: "note"
        }
    }
}
