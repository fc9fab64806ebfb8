/// The tables `export --format csv --table NAME` writes; the first four are also what `import --format csv` reads.
public enum CSVTable: String, Sendable, CaseIterable {
    case appointments, patients, staff, claims, tasks, shifts
}
