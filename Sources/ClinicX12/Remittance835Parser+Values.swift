import ClinicDomain

/// Element values as the 835 implementation guide types them: "R" decimals to cents, D8 dates, required text and
/// codes from a closed list. Each names the segment and element when it refuses.
extension X12Segment {
    /// The largest amount an 835 may carry here: a trillion dollars. Beyond it the file is wrong, not rich, and the
    /// cents would be one digit away from overflowing.
    static let largestDollars = 1_000_000_000_000

    func required(_ position: Int, _ what: String) throws(X12Error) -> String {
        let value = self[position]
        guard !value.isEmpty else { throw error("(\(what)) is missing", element: position) }
        return value
    }

    func optional(_ position: Int) -> String? {
        let value = self[position]
        return value.isEmpty ? nil : value
    }

    func amount(_ position: Int, _ what: String) throws(X12Error) -> Cents {
        let text = try required(position, what)
        guard let cents = Self.cents(fromDecimal: text) else {
            throw error(
                "(\(what)) '\(text)' is not an amount: digits with an optional sign and at most two decimals,"
                    + " within ±$1,000,000,000,000",
                element: position)
        }
        return cents
    }

    func optionalAmount(_ position: Int, _ what: String) throws(X12Error) -> Cents? {
        self[position].isEmpty ? nil : try amount(position, what)
    }

    /// A D8 date, CCYYMMDD, that exists on the calendar.
    func date(_ position: Int, _ what: String) throws(X12Error) -> LocalDate {
        let text = try required(position, what)
        let digits = Array(text.utf8)
        guard digits.count == 8, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw error("(\(what)) '\(text)' is not a date in the form CCYYMMDD", element: position)
        }
        let number = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        let year = number / 10_000
        let month = number / 100 % 100
        let day = number % 100
        guard year >= 1, (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year) else {
            throw error("(\(what)) '\(text)' is not a day on the calendar", element: position)
        }
        return LocalDate(year: year, month: month, day: day)
    }

    func code(_ position: Int, _ what: String, in allowed: Set<String>) throws(X12Error) -> String {
        let value = try required(position, what)
        guard allowed.contains(value) else {
            throw error(
                "(\(what)) '\(value)' is not one of \(allowed.sorted().joined(separator: ", "))", element: position)
        }
        return value
    }

    /// An "R" number that is not money (units, quantities): the same shape as an amount, kept as written.
    func quantity(_ position: Int, _ what: String) throws(X12Error) -> String? {
        let text = self[position]
        guard !text.isEmpty else { return nil }
        guard Self.cents(fromDecimal: text) != nil else {
            throw error("(\(what)) '\(text)' is not a number with at most two decimals", element: position)
        }
        return text
    }

    /// No element past `position`: a segment longer than its definition is a sign of a wrong separator.
    func noElements(after position: Int) throws(X12Error) {
        guard lastPosition > position else { return }
        throw error("is not defined: \(id) has at most \(position) elements", element: position + 1)
    }

    /// `145`, `111.65`, `-35.5`, `.5` → cents, exactly: no floating point on the way. Nil for anything else,
    /// more than two decimals, or more than a trillion dollars.
    static func cents(fromDecimal text: String) -> Cents? {
        var bytes = Substring(text).utf8[...]
        let negative = bytes.first == 0x2D
        if negative { bytes = bytes.dropFirst() }
        var dollars = 0
        var cents = 0
        var wholeDigits = 0
        var fractionDigits = -1
        for byte in bytes {
            if byte == 0x2E {
                guard fractionDigits < 0 else { return nil }
                fractionDigits = 0
                continue
            }
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let digit = Int(byte - 0x30)
            if fractionDigits >= 0 {
                fractionDigits += 1
                guard fractionDigits <= 2 else { return nil }
                cents += fractionDigits == 1 ? digit * 10 : digit
            } else {
                wholeDigits += 1
                dollars = dollars * 10 + digit
                guard dollars <= largestDollars else { return nil }
            }
        }
        // At least one digit, and a decimal point has digits after it ("5." and "." are not numbers).
        guard wholeDigits + max(fractionDigits, 0) > 0, fractionDigits != 0 else { return nil }
        let value = dollars * 100 + cents
        guard value <= largestDollars * 100 else { return nil }
        return Cents(negative ? -value : value)
    }
}
