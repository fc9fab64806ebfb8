import HashTreeCollections

/// The rows of one kind, keyed by ID. Encodes as an array in ID order so exports are stable and readable.
///
/// Backed by a persistent hash trie (`TreeDictionary`): copying a table is O(1) and changing one row copies only
/// the O(log n) nodes on its path, so a command validated against a scratch copy of the practice — while the
/// dashboard still holds the previous state — never copies a whole table (100k appointments on a large practice).
public struct Table<Row: Codable & Sendable & Equatable & Identifiable & IdentifiedKind>: Sendable, Equatable, Codable
where Row.ID == EntityID<Row> {
    public private(set) var byID: TreeDictionary<EntityID<Row>, Row>

    public init(_ rows: [Row] = []) {
        var byID = TreeDictionary<EntityID<Row>, Row>()
        for row in rows { byID[row.id] = row }
        self.byID = byID
    }

    public subscript(id: EntityID<Row>) -> Row? {
        get { byID[id] }
        set { byID[id] = newValue }
    }

    public var count: Int { byID.count }
    public var isEmpty: Bool { byID.isEmpty }
    /// All rows in ID order. O(n log n): views that run every frame should use an index instead.
    public var sorted: [Row] { byID.values.sorted { $0.id < $1.id } }
    /// All rows, in no particular order.
    public var values: TreeDictionary<EntityID<Row>, Row>.Values { byID.values }
    public func contains(_ id: EntityID<Row>) -> Bool { byID[id] != nil }

    public mutating func upsert(_ row: Row) { byID[row.id] = row }

    /// Changes one row in place if it exists; returns whether it did.
    @discardableResult
    public mutating func modify(_ id: EntityID<Row>, _ change: (inout Row) -> Void) -> Bool {
        guard var row = byID[id] else { return false }
        change(&row)
        byID[id] = row
        return true
    }

    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([Row].self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(sorted)
    }
}
