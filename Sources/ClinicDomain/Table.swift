/// The rows of one kind, keyed by ID. Encodes as an array in ID order so exports are stable and readable.
///
/// Backed by a persistent ID trie (`PersistentIDMap`): copying a table is O(1) and changing one row copies only
/// the nodes on its path, so a command validated against a scratch copy of the practice — while the dashboard
/// still holds the previous state — never copies a whole table (100k appointments on a large practice).
@frozen
public struct Table<Row: Codable & Sendable & Equatable & Identifiable & IdentifiedKind>: Sendable, Equatable, Codable
where Row.ID == EntityID<Row> {
    @usableFromInline var rows = PersistentIDMap<Row>()

    @inlinable public init() {}

    @inlinable public init<Rows: Sequence>(_ rows: Rows) where Rows.Element == Row {
        for row in rows { self.rows[row.id.number] = row }
    }

    @inlinable public subscript(id: EntityID<Row>) -> Row? {
        get { rows[id.number] }
        set { rows[id.number] = newValue }
    }

    @inlinable public var count: Int { rows.count }
    @inlinable public var isEmpty: Bool { rows.count == 0 }
    /// All rows in ID order (no sorting: the trie is ordered by ID).
    @inlinable public var sorted: [Row] { Array(rows.values) }
    /// All rows, in ID order.
    @inlinable public var values: PersistentIDMap<Row>.Values { rows.values }
    /// Every row in ID order, lent to `body` rather than copied (see `PersistentIDMap.forEach`).
    @inlinable public func forEach(_ body: (borrowing Row) throws -> Void) rethrows { try rows.forEach(body) }
    @inlinable public func contains(_ id: EntityID<Row>) -> Bool { rows[id.number] != nil }

    @inlinable public mutating func upsert(_ row: Row) { rows[row.id.number] = row }

    /// Changes one row in place if it exists; returns whether it did.
    @inlinable @discardableResult
    public mutating func modify(_ id: EntityID<Row>, _ change: (inout Row) -> Void) -> Bool {
        guard var row = rows[id.number] else { return false }
        change(&row)
        rows[id.number] = row
        return true
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.count == rhs.count && lhs.values.elementsEqual(rhs.values)
    }

    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([Row].self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(sorted)
    }
}
