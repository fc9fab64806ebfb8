import ClinicDomain

/// The four delimiters of an X12 interchange. An 835 declares its own in the ISA segment (element separator at
/// byte 4, repetition at ISA11, component at ISA16, the segment terminator after ISA16); an 837P we write uses the
/// common `*`, `^`, `:` and `~`.
public struct X12Separators: Sendable, Equatable {
    public var element: Character
    public var repetition: Character
    public var component: Character
    public var segment: Character

    public init(
        element: Character = "*", repetition: Character = "^", component: Character = ":", segment: Character = "~"
    ) {
        self.element = element; self.repetition = repetition; self.component = component; self.segment = segment
    }

    public static let standard = X12Separators()

    /// Money on X12 files is dollars with an optional decimal point (`145`, `111.65`, `-35.5`): cents here.
    public static func cents(_ cents: Cents) -> String {
        let negative = cents.value < 0
        let magnitude = negative ? -cents.value : cents.value
        let dollars = magnitude / 100
        let rest = magnitude % 100
        let text =
            rest == 0
            ? "\(dollars)" : rest % 10 == 0 ? "\(dollars).\(rest / 10)" : "\(dollars).\(rest < 10 ? "0" : "")\(rest)"
        return negative ? "-" + text : text
    }
}
