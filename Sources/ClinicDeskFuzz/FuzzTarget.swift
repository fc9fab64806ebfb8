import ClinicDeskApp
import ClinicDomain
import ClinicStore
import ClinicX12
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
    /// An ASC X12 835 remittance file, and its reconciliation when it reads.
    case era

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
        case .era:
            Self.runRemittance(bytes)
        }
    }

    /// What reads must reconcile without trapping, and read the same with line breaks after every terminator:
    /// layout between segments is not data.
    private static func runRemittance(_ bytes: [UInt8]) {
        guard let remittance = try? Remittance835Parser.parse(bytes) else { return }
        let totals = RemittanceTotals(remittance)
        _ = totals.findings.map(\.description)
        precondition(totals.transactions.count == remittance.transactions.count, "a transaction set lost its totals")
        guard let terminator = remittance.separators.segment.asciiValue, terminator != 0x0A, terminator != 0x0D else {
            return
        }
        var spaced: [UInt8] = []
        for byte in bytes { spaced += byte == terminator ? [byte, 0x0D, 0x0A] : [byte] }
        let again = try? Remittance835Parser.parse(spaced)
        precondition(again == remittance, "line breaks after segment terminators changed what an 835 says")
    }

    /// Commands that read "today" (relative dates) see a fixed day, so a finding replays the same way.
    static let today = LocalDate(year: 2026, month: 11, day: 23)
}
