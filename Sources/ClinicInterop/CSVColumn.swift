/// A column of a CSV table: its header and how a row gives its text. A table is a list of these, so the header and
/// every row come from one place and cannot drift apart.
struct CSVColumn<Row>: Sendable {
    let name: String
    let value: @Sendable (Row) -> String

    init(_ name: String, _ value: @escaping @Sendable (Row) -> String) {
        self.name = name
        self.value = value
    }

    /// A column with no value for some rows (an empty field).
    static func optional(_ name: String, _ value: @escaping @Sendable (Row) -> String?) -> CSVColumn {
        CSVColumn(name) { value($0) ?? "" }
    }
}
