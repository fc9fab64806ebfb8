import Foundation

/// The domain's value types, written as their `Codable` conformances encode them, without making a `String` for
/// the common case: IDs as `"P-12"`, days as `"2026-11-24"`, times as `"09:40"`, money as integer cents, instants
/// as whole-second ISO-8601 UTC, enums as their raw strings.
extension JSONStreamWriter {
    public mutating func id<Kind>(_ id: EntityID<Kind>) {
        startValue()
        buffer.append(ASCII.quote)
        var prefix = Kind.idPrefix
        prefix.withUTF8 { buffer.append($0) }
        buffer.append(ASCII.minus)
        appendDecimal(id.number)
        buffer.append(ASCII.quote)
    }

    public mutating func day(_ day: LocalDate) {
        // `description` pads with %04d / %02d; outside these ranges its exact text is left to it.
        guard (0...9999).contains(day.year), (0...99).contains(day.month), (0...99).contains(day.day) else {
            return string(day.description)
        }
        startValue()
        buffer.append(ASCII.quote)
        appendDate(day)
        buffer.append(ASCII.quote)
    }

    /// `YYYY-MM-DD`, for a day whose year has at most four digits (both callers check).
    private mutating func appendDate(_ day: LocalDate) {
        appendPadded(day.year, digits: 4)
        buffer.append(ASCII.minus)
        appendPadded(day.month, digits: 2)
        buffer.append(ASCII.minus)
        appendPadded(day.day, digits: 2)
    }

    public mutating func time(_ time: TimeOfDay) {
        guard time.minutes >= 0, time.hour <= 99 else { return string(time.description) }
        startValue()
        buffer.append(ASCII.quote)
        appendPadded(time.hour, digits: 2)
        buffer.append(ASCII.colon)
        appendPadded(time.minute, digits: 2)
        buffer.append(ASCII.quote)
    }

    public mutating func cents(_ amount: Cents) { int(amount.value) }

    public mutating func rawValue<Value: RawRepresentable>(_ value: Value) where Value.RawValue == String {
        string(value.rawValue)
    }

    /// An instant as `.iso8601` encodes it. Event times are whole seconds (`DomainCoding.wholeSecond`) and fall in
    /// the Gregorian era, so they are formatted here; anything else (a fraction of a second, which Foundation
    /// floors, or a year before 1600 where Foundation's calendar turns Julian) is left to Foundation.
    public mutating func instant(_ date: Date) {
        // Judged on the stored interval (since 2001): one a hair under a whole second can round to a whole
        // number when re-based on 1970, and Foundation would floor it to the second before.
        let sinceReference = date.timeIntervalSinceReferenceDate
        guard sinceReference.rounded(.down) == sinceReference, Self.fastInstantRange.contains(sinceReference) else {
            return string(date.formatted(.iso8601))
        }
        let whole = Int(sinceReference) + Int(Date.timeIntervalBetween1970AndReferenceDate)
        let dayNumber = whole >= 0 ? whole / 86_400 : -((-whole + 86_399) / 86_400)
        let secondOfDay = whole - dayNumber * 86_400
        let day = LocalDate(dayNumber: dayNumber)
        startValue()
        buffer.append(ASCII.quote)
        appendDate(day)
        buffer.append(UInt8(ascii: "T"))
        appendPadded(secondOfDay / 3600, digits: 2)
        buffer.append(ASCII.colon)
        appendPadded(secondOfDay / 60 % 60, digits: 2)
        buffer.append(ASCII.colon)
        appendPadded(secondOfDay % 60, digits: 2)
        buffer.append(UInt8(ascii: "Z"))
        buffer.append(ASCII.quote)
    }

    /// 1600-01-01T00:00:00Z ..< 10000-01-01T00:00:00Z, in seconds since 2001-01-01 (Date's reference date).
    static let fastInstantRange: Range<Double> =
        Double(LocalDate(year: 1600, month: 1, day: 1).dayNumber * 86_400)
        - Date.timeIntervalBetween1970AndReferenceDate..<Double(
            LocalDate(year: 10_000, month: 1, day: 1).dayNumber * 86_400)
        - Date.timeIntervalBetween1970AndReferenceDate

    /// A non-negative number zero-padded to at least `digits` digits (`%04d` for such numbers).
    private mutating func appendPadded(_ value: Int, digits: Int) {
        var width = 1
        var limit = 10
        while value >= limit && width < 19 { width += 1; limit *= 10 }
        buffer.append(repeating: ASCII.zero, count: digits - width)
        appendDecimal(value)
    }
}
