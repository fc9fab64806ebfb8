import ClinicDeskApp
import ClinicDomain
import ClinicStore
import TerminalKit

/// What scripts/fuzz.sh can fuzz: every parser and decoder that reads bytes from outside the process. Each takes
/// any bytes; a malformed input must come back as an error value. A crash — or an accepted input that does not
/// survive its own round trip — is a finding.
enum FuzzTarget: String, CaseIterable {
    /// A `:` line / `clinicdesk exec` command (the command language).
    case command
    /// A journal record's payload, behind its checksum (the first byte picks binary or the JSON of version 1).
    case record
    /// A snapshot body, behind its checksums.
    case snapshot
    /// A theme file (TOML).
    case theme
    /// The keys file (TOML).
    case keys

    func run(_ bytes: [UInt8]) {
        switch self {
        case .command:
            _ = try? CommandLanguage.parse(String(decoding: bytes, as: UTF8.self), today: Self.today)
        case .record:
            guard let first = bytes.first else { return }
            let binary = first & 1 == 1
            guard let event = try? CheckedDecoders.event(fromPayload: Array(bytes.dropFirst()), binary: binary) else {
                return
            }
            // What decodes must encode back to an event that decodes equal: a decoder that accepts nonsense
            // would write something else on the next snapshot.
            let again = try? CheckedDecoders.event(fromPayload: CheckedDecoders.payload(of: event), binary: true)
            precondition(again == event, "a decoded event does not survive its own round trip")
        case .snapshot:
            guard let practice = try? CheckedDecoders.practice(fromSnapshotBody: bytes) else { return }
            _ = try? CheckedDecoders.snapshotBody(of: practice)
        case .theme:
            _ = try? Theme.parse(toml: String(decoding: bytes, as: UTF8.self), name: "fuzz", file: "fuzz.toml")
        case .keys:
            _ = try? KeymapFile.parse(String(decoding: bytes, as: UTF8.self), file: "keys.toml")
        }
    }

    /// Commands that read "today" (relative dates) see a fixed day, so a finding replays the same way.
    static let today = LocalDate(year: 2026, month: 11, day: 23)
}
