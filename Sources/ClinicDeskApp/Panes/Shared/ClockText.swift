import ClinicDomain

// Times and dates as the panes print them, without `String(format:)`: the domain's `description` and
// `monthDayLabel` use it, and it costs enough to show in a frame that prints dozens of them.

private let digits = Array("0123456789")

private func twoDigits(_ value: Int) -> [Character] { [digits[(value / 10) % 10], digits[value % 10]] }

extension TimeOfDay {
    /// "09:40", as `description` writes it.
    var hhmm: String { String(twoDigits(hour) + [":"] + twoDigits(minute)) }
}

extension LocalDate {
    /// "11-24", as `monthDayLabel` writes it.
    var mmdd: String { String(twoDigits(month) + ["-"] + twoDigits(day)) }
}
