import ClinicDomain

/// `export --format csv --table NAME`: one table as RFC 4180 CSV — a header row, then one row per record in ID
/// order, CRLF line ends, no BOM. Streamed: a row at a time through `ExportStream`. The columns of the four tables
/// that `import --format csv` reads back are the import's own names (docs/INTEROP.md lists them).
public enum CSVExport {
    public static func write(_ table: CSVTable, practice: Practice, to sink: @escaping ExportStream.Sink) throws {
        var stream = ExportStream(sink: sink)
        switch table {
        case .patients: try rows(practice.patients, CSVTableColumns.patients(practice), &stream)
        case .staff: try rows(practice.staff, CSVTableColumns.staff, &stream)
        case .shifts: try rows(practice.shifts, CSVTableColumns.shifts, &stream)
        case .appointments: try rows(practice.appointments, CSVTableColumns.appointments, &stream)
        case .claims: try rows(practice.claims, CSVTableColumns.claims(practice), &stream)
        case .tasks: try rows(practice.tasks, CSVTableColumns.tasks, &stream)
        }
        try stream.finish()
    }

    private static func rows<Row>(
        _ table: Table<Row>, _ columns: [CSVColumn<Row>], _ stream: inout ExportStream
    ) throws {
        stream.write(columns.map { CSVField.quoted($0.name) }.joined(separator: ","))
        stream.write("\r\n")
        for row in table.sorted {
            var first = true
            for column in columns {
                if !first { stream.write(",") }
                first = false
                stream.write(CSVField.quoted(column.value(row)))
            }
            stream.write("\r\n")
            try stream.flushIfFull()
        }
    }
}
