/// Money in integer cents: never a floating-point amount.
public struct Cents: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, AdditiveArithmetic {
    public var value: Int

    public init(_ value: Int) { self.value = value }
    public static let zero = Cents(0)

    /// The largest amount anyone types: $999,999.99. A copay, a payment or an adjustment above it is a typo.
    public static let typedMaximum = Cents(99_999_999)

    /// Parses `120`, `120.5`, `120.50`, `$1,200.00`, `12,345`, `-5.25`. A comma is a thousands separator and
    /// nothing else: groups of exactly three digits after the first (`1,250.00`), so `12,50`, `1,5` and `1,0,0`
    /// are refused rather than read as 1250, 15 and 100. At most two decimals.
    public init?(parsing text: String) {
        var t = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = false
        if t.hasPrefix("-") { negative = true; t.removeFirst() }
        if t.hasPrefix("$") { t.removeFirst() }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Cents.wholeDollars(parts[0]) else { return nil }
        var cents = 0
        if parts.count == 2 {
            let frac = parts[1]
            guard (1...2).contains(frac.count), frac.allSatisfy(\.isASCIIDigit), let f = Int(frac) else { return nil }
            cents = frac.count == 1 ? f * 10 : f
        }
        value = (whole * 100 + cents) * (negative ? -1 : 1)
    }

    /// `1250` or `1,250`: digits, optionally grouped by commas in threes (the first group 1–3 digits).
    private static func wholeDollars(_ text: Substring) -> Int? {
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, !first.isEmpty, groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else {
            return nil
        }
        if groups.count > 1 {
            guard first.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = groups.joined()
        // At most 13 digits of dollars ($9.9 trillion): more would overflow the cents and trap on typed input.
        guard digits.count <= 13 else { return nil }
        return Int(digits)
    }

    /// `120.00`
    public var plain: String {
        let sign = value < 0 ? "-" : ""
        let a = abs(value)
        return "\(sign)\(a / 100).\(a % 100 < 10 ? "0" : "")\(a % 100)"
    }

    /// `$1,240.00`
    public var description: String {
        let sign = value < 0 ? "-" : ""
        let a = abs(value)
        return "\(sign)$\(Cents.grouped(a / 100)).\(a % 100 < 10 ? "0" : "")\(a % 100)"
    }

    /// `$1,240` — whole dollars, for tight columns.
    public var dollars: String {
        let sign = value < 0 ? "-" : ""
        return "\(sign)$\(Cents.grouped(abs(value) / 100))"
    }

    private static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
    public static func + (lhs: Self, rhs: Self) -> Self { Cents(lhs.value + rhs.value) }
    public static func - (lhs: Self, rhs: Self) -> Self { Cents(lhs.value - rhs.value) }

    public init(from decoder: Decoder) throws { value = try decoder.singleValueContainer().decode(Int.self) }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    var isASCIIUpper: Bool { ("A"..."Z").contains(self) }
}

import Foundation
