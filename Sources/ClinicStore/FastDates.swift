import ClinicDomain
import Foundation

// Whole-second UTC dates ("2026-11-24T14:00:00Z") without ISO8601DateFormatter, which costs microseconds per
// date on Linux and dominated snapshot and replay time. The text is exactly what `.iso8601` produces for the
// domain's whole-second dates, so files are unchanged; anything else falls back to the formatter.

enum FastDates {
    static func encoder() -> JSONEncoder {
        let encoder = DomainCoding.encoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(format(date))
        }
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = DomainCoding.decoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = parse(text) { return date }
            if let date = ISO8601DateFormatter().date(from: text) { return date }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an ISO-8601 date")
        }
        return decoder
    }

    /// "YYYY-MM-DDTHH:MM:SSZ" → Date, or nil for any other shape.
    static func parse(_ text: String) -> Date? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { b -> Date? in
            guard b.count == 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x5A
            else { return nil }
            func num(_ from: Int, _ count: Int) -> Int? {
                var value = 0
                for i in from..<(from + count) {
                    let d = Int(b[i]) - 48
                    guard d >= 0 && d <= 9 else { return nil }
                    value = value * 10 + d
                }
                return value
            }
            guard let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2), let mi = num(14, 2),
                let s = num(17, 2), (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 61
            else { return nil }
            let days = LocalDate(year: y, month: mo, day: d).dayNumber
            return Date(timeIntervalSince1970: Double(days * 86_400 + h * 3_600 + mi * 60 + s))
        } ?? nil
    }

    /// Date → "YYYY-MM-DDTHH:MM:SSZ" (whole seconds, UTC).
    static func format(_ date: Date) -> String {
        let total = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(total) / 86_400).rounded(.down))
        let secs = total - days * 86_400
        let day = LocalDate(dayNumber: days)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let year =
            day.year < 1000 ? String(repeating: "0", count: 4 - "\(day.year)".count) + "\(day.year)" : "\(day.year)"
        return
            "\(year)-\(two(day.month))-\(two(day.day))T\(two(secs / 3600)):\(two(secs % 3600 / 60)):\(two(secs % 60))Z"
    }
}
