import ClinicDomain

/// Placeholder until the table writers land.
public enum CSVExport {
    public static func write(_ table: CSVTable, practice: Practice, to sink: @escaping ExportStream.Sink) throws {}
}
