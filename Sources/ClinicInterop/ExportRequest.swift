import ClinicDomain

/// What `export` is asked for, from the command line or the `:` line: the format and the options that narrow it.
public struct ExportRequest: Sendable, Equatable {
    public enum Format: String, Sendable, CaseIterable {
        case json, ics, csv
    }

    public var format: Format
    /// CSV: the one table written.
    public var table: CSVTable?
    /// iCalendar: one provider's appointments only.
    public var provider: StaffID?
    /// iCalendar: appointments on days from `from` through `to` (both inclusive).
    public var from: LocalDate?
    public var to: LocalDate?
    /// iCalendar: patients' names in SUMMARY instead of initials (privacy is on by default).
    public var fullNames: Bool

    public init(
        format: Format, table: CSVTable? = nil, provider: StaffID? = nil, from: LocalDate? = nil,
        to: LocalDate? = nil, fullNames: Bool = false
    ) {
        self.format = format; self.table = table; self.provider = provider; self.from = from; self.to = to
        self.fullNames = fullNames
    }

    /// Whether `day` is inside the `--from`/`--to` window.
    public func includes(_ day: LocalDate) -> Bool {
        if let from, day < from { return false }
        if let to, day > to { return false }
        return true
    }

    /// The options that make no sense for the format, or a missing table: the sentence to print, or nil.
    public var problem: String? {
        switch format {
        case .csv:
            if table == nil {
                return
                    "export --format csv needs --table (\(CSVTable.allCases.map(\.rawValue).joined(separator: ", ")))"
            }
        case .json, .ics:
            if table != nil { return "--table is for --format csv" }
        }
        if format != .ics, provider != nil || from != nil || to != nil || fullNames {
            return "--provider, --from, --to and --full are for --format ics"
        }
        if let from, let to, to < from { return "--to \(to) is before --from \(from)" }
        return nil
    }
}
