/// Rows keyed by their ID number, as a persistent 32-way trie over the number's bits (a bitmapped vector trie,
/// as Clojure's and Scala's immutable vectors are built).
///
/// Why not a hash map or `TreeDictionary`: IDs are small dense integers handed out in order, so the number itself
/// is the path — no hashing, iteration comes out in ID order for free (exports, snapshots, `sorted`), a bulk load
/// of sorted rows only appends into leaves (a hash trie moves every wide row once per insert as its nodes grow),
/// and copying the map is O(1) while changing one row copies only the ≤ 5 nodes on its path — what lets a
/// command validate against a scratch copy of the practice while the dashboard holds the old one.
///
/// The hot paths are `@inlinable` so that each client module specializes them for its row type: unspecialized,
/// every call looked up generic metadata at run time (a quarter of a snapshot load).
@frozen
public struct PersistentIDMap<Value: Sendable>: Sendable {
    @usableFromInline var root: Node?
    /// Bits below the root's level: the root's children are chosen by `(number >> shift) & 31`.
    @usableFromInline var shift = 0
    @usableFromInline var storedCount = 0
    @inlinable public var count: Int { storedCount }

    @inlinable public init() {}

    @inlinable static var bits: Int { 5 }

    /// Whether `number` fits under the current root (past 60 bits every non-negative Int does).
    @inlinable func covers(_ number: Int) -> Bool {
        shift + Self.bits >= Int.bitWidth - 1 || number < 1 << (shift + Self.bits)
    }

    @inlinable
    public subscript(number: Int) -> Value? {
        get {
            guard number >= 0, covers(number), var node = root else { return nil }
            var level = shift
            while level > 0 {
                guard let child = node.children[(number >> level) & 31] else { return nil }
                node = child
                level -= Self.bits
            }
            return node.values[number & 31]
        }
        set {
            precondition(number >= 0, "ID numbers are never negative")
            if newValue == nil && (!covers(number) || root == nil) { return }
            while !covers(number) {
                // Grow upward: the old root becomes child 0 of a new, wider root.
                let grown = Node(leaf: false)
                grown.children[0] = root
                root = grown
                shift += Self.bits
            }
            if root == nil { root = Node(leaf: shift == 0) }
            storedCount += Self.update(&root!, level: shift, number: number, value: newValue)
        }
    }

    /// Sets one slot, copying each node on the path that another map still shares. Returns the change in count.
    @inlinable
    static func update(_ node: inout Node, level: Int, number: Int, value: Value?) -> Int {
        if !isKnownUniquelyReferenced(&node) { node = node.copy() }
        let slot = (number >> level) & 31
        if level == 0 {
            let bit: UInt32 = 1 << UInt32(slot)
            let had = node.occupied & bit != 0
            node.values[slot] = value
            if value != nil { node.occupied |= bit } else { node.occupied &= ~bit }
            return (value != nil ? 1 : 0) - (had ? 1 : 0)
        }
        if node.children[slot] == nil {
            if value == nil { return 0 }
            node.children[slot] = Node(leaf: level - bits == 0)
        }
        return update(&node.children[slot]!, level: level - bits, number: number, value: value)
    }

    /// Values in ascending ID number.
    @inlinable public var values: Values { Values(map: self) }

    /// Visits every value in ID order without copying it out of its leaf: scans over a large table (every claim,
    /// every frame a view is rebuilt) then read only the fields they test, instead of copying whole rows.
    @inlinable
    public func forEach(_ body: (borrowing Value) throws -> Void) rethrows {
        guard let root else { return }
        try Self.visit(root, body)
    }

    @inlinable
    static func visit(_ node: Node, _ body: (borrowing Value) throws -> Void) rethrows {
        if node.isLeaf {
            try node.values.withUnsafeBufferPointer { slots in
                guard let base = slots.baseAddress else { return }
                var occupied = node.occupied
                while occupied != 0 {
                    let index = occupied.trailingZeroBitCount
                    occupied &= occupied - 1
                    // An Optional keeps its payload at offset 0 (fixed by the ABI): reading the payload in place
                    // lends it to `body`, where `unsafelyUnwrapped` would copy the whole row out first.
                    try UnsafeRawPointer(base + index).withMemoryRebound(to: Value.self, capacity: 1) { row in
                        try body(row.pointee)
                    }
                }
            }
        } else {
            for child in node.children {
                if let child { try visit(child, body) }
            }
        }
    }

    @frozen
    public struct Values: Sequence, Sendable {
        @usableFromInline let map: PersistentIDMap

        @inlinable init(map: PersistentIDMap) { self.map = map }

        @inlinable public var underestimatedCount: Int { map.count }

        @inlinable public func makeIterator() -> Iterator { Iterator(map: map) }
    }

    /// Depth-first over the trie with an explicit stack (≤ 13 levels for any Int).
    @frozen
    public struct Iterator: IteratorProtocol {
        @usableFromInline var stack: [(node: Node, slot: Int)] = []
        @usableFromInline var leaf: Node?
        @usableFromInline var leafSlot = 0

        @inlinable init(map: PersistentIDMap) {
            guard let root = map.root else { return }
            if map.shift == 0 { leaf = root } else { stack.append((root, 0)) }
        }

        @inlinable
        public mutating func next() -> Value? {
            while true {
                if let current = leaf {
                    while leafSlot < 32 {
                        defer { leafSlot += 1 }
                        if let value = current.values[leafSlot] { return value }
                    }
                    leaf = nil
                }
                guard let top = stack.last else { return nil }
                if top.slot >= 32 { stack.removeLast(); continue }
                stack[stack.count - 1].slot += 1
                guard let child = top.node.children[top.slot] else { continue }
                if child.isLeaf { leaf = child; leafSlot = 0 } else { stack.append((child, 0)) }
            }
        }
    }

    /// A trie node: a leaf holds 32 value slots, a branch 32 child slots. Mutated only while uniquely referenced
    /// (copy-on-write, like an Array's buffer), so sharing it between threads is safe.
    @usableFromInline
    final class Node: @unchecked Sendable {
        @usableFromInline let isLeaf: Bool
        @usableFromInline var children: ContiguousArray<Node?>
        @usableFromInline var values: ContiguousArray<Value?>
        /// Which of a leaf's slots hold a value: scans test bits instead of inspecting (copying) each optional.
        @usableFromInline var occupied: UInt32 = 0

        @inlinable init(leaf: Bool) {
            isLeaf = leaf
            children = leaf ? [] : ContiguousArray(repeating: nil, count: 32)
            values = leaf ? ContiguousArray(repeating: nil, count: 32) : []
        }

        @inlinable init(copying other: Node) {
            isLeaf = other.isLeaf
            children = other.children
            values = other.values
            occupied = other.occupied
        }

        @inlinable func copy() -> Node { Node(copying: self) }
    }
}
