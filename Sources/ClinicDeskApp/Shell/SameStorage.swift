/// A copy of a table (any value with copy-on-write storage) that compares by identity: equal when both copies share
/// their storage — then they hold the same rows, since shared storage is never written — and unequal otherwise, even
/// when another copy happens to hold the same rows, which costs a derived view at most one recompute. O(1) whatever
/// the storage, where `==` on a changed 38k-row table compares rows until it finds the change (milliseconds).
/// Holding the copy is what makes it sound: a write to the practice's table then has to copy first.
struct SameStorage<Value: Sendable>: Equatable, Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }

    static func == (lhs: SameStorage, rhs: SameStorage) -> Bool {
        withUnsafeBytes(of: lhs.value) { left in withUnsafeBytes(of: rhs.value) { right in left.elementsEqual(right) } }
    }
}
