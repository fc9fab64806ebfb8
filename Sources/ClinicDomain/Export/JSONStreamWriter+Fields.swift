import Foundation

/// `key : value` in one call, so a row writer reads like its struct. Optional overloads write nothing for nil,
/// as synthesized `Codable` (`encodeIfPresent`) does.
extension JSONStreamWriter {
    public mutating func field(_ name: StaticString, _ value: String) { key(name); string(value) }
    public mutating func field(_ name: StaticString, _ value: Int) { key(name); int(value) }
    public mutating func field(_ name: StaticString, _ value: Bool) { key(name); bool(value) }
    public mutating func field(_ name: StaticString, _ value: Cents) { key(name); cents(value) }
    public mutating func field(_ name: StaticString, _ value: LocalDate) { key(name); day(value) }
    public mutating func field(_ name: StaticString, _ value: TimeOfDay) { key(name); time(value) }
    public mutating func field(_ name: StaticString, _ value: Date) { key(name); instant(value) }
    public mutating func field<Kind>(_ name: StaticString, _ value: EntityID<Kind>) { key(name); id(value) }
    public mutating func field<Value: RawRepresentable>(_ name: StaticString, _ value: Value)
    where Value.RawValue == String { key(name); rawValue(value) }

    public mutating func field(_ name: StaticString, _ value: String?) { if let value { field(name, value) } }
    public mutating func field(_ name: StaticString, _ value: LocalDate?) { if let value { field(name, value) } }
    public mutating func field(_ name: StaticString, _ value: Date?) { if let value { field(name, value) } }
    public mutating func field<Kind>(_ name: StaticString, _ value: EntityID<Kind>?) {
        if let value { field(name, value) }
    }

    /// An array of strings (labels, diagnoses, modifiers, rooms).
    public mutating func field(_ name: StaticString, _ values: [String]) {
        key(name)
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// An array of nested objects, each written by `element`.
    public mutating func field<Element>(
        _ name: StaticString, _ values: [Element],
        _ element: (Element, inout JSONStreamWriter) -> Void
    ) {
        key(name)
        beginArray()
        for value in values { element(value, &self) }
        endArray()
    }
}
