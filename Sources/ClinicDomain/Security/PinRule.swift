/// What a new PIN must be: 4 to 12 digits, not one digit repeated, not a run like 1234 or 9876.
/// Pure, so the CLI and the dashboard's PIN screen refuse the same PINs with the same sentence.
public enum PinRule {
    public static let lengths = 4...12

    /// Why `pin` may not be used, or nil when it may. Never quotes the PIN.
    public static func problem(_ pin: String) -> String? {
        let digits = pin.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard digits.count == pin.count else { return "A PIN is digits only (0-9)." }
        guard lengths.contains(digits.count) else {
            return "A PIN is \(lengths.lowerBound) to \(lengths.upperBound) digits; that one has \(digits.count)."
        }
        if Set(digits).count == 1 { return "A PIN may not be one digit repeated (like 0000)." }
        let steps = Set(zip(digits, digits.dropFirst()).map { ($1 - $0 + 10) % 10 })
        if steps == [1] || steps == [9] { return "A PIN may not be a run of digits (like 1234 or 9876)." }
        return nil
    }
}
