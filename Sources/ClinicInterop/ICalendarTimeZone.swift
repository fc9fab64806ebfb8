import ClinicDomain
import Foundation

/// The practice's zone as iCalendar writes it: a VTIMEZONE built from the zone's real offset changes over the
/// exported span, and every DTSTART/DTEND as local time with TZID. A zone that sits at UTC+0 all along (UTC, GMT,
/// Africa/Abidjan) is written as UTC instants with `Z` and no VTIMEZONE.
struct ICalendarTimeZone {
    /// One change of the zone's UTC offset.
    struct Transition: Equatable {
        var at: Date
        var from: Int
        var to: Int
        var daylight: Bool
        var name: String?
    }

    let zone: TimeZone
    /// The observances, oldest first: the change in force when the span starts, then every change inside it.
    let transitions: [Transition]
    let writesUTC: Bool

    /// `span`: the first and last exported days. Changes are searched from a year before it (for the observance
    /// already in force) to two days after it (an event may end past midnight).
    init(zone: TimeZone, span: ClosedRange<LocalDate>) {
        self.zone = zone
        let spanStart = Self.midnightUTC(span.lowerBound.adding(days: -1))
        let found = Self.transitions(
            of: zone, from: Self.midnightUTC(span.lowerBound.adding(days: -366)),
            to: Self.midnightUTC(span.upperBound.adding(days: 2)))
        let inForce = found.last(where: { $0.at <= spanStart })
        let inside = found.filter { $0.at > spanStart }
        if let inForce {
            transitions = [inForce] + inside
        } else {
            // No change for a year before: the offset is in force since the epoch, as far as this file is concerned.
            let offset = zone.secondsFromGMT(for: spanStart)
            let first = Transition(
                at: Date(timeIntervalSince1970: Double(-offset)), from: offset, to: offset,
                daylight: zone.isDaylightSavingTime(for: spanStart), name: Self.name(of: zone, at: spanStart))
            transitions = [first] + inside
        }
        writesUTC = transitions.allSatisfy { $0.from == 0 && $0.to == 0 }
    }

    /// Every offset change between two instants. Sampled every 6 hours (zones change at most twice a year), then
    /// bisected to the second; this sees every change, not only the ones Foundation calls daylight-saving.
    static func transitions(of zone: TimeZone, from start: Date, to end: Date) -> [Transition] {
        let step = 6 * 3600
        var found: [Transition] = []
        var low = Int(start.timeIntervalSince1970)
        var lowOffset = zone.secondsFromGMT(for: start)
        let last = Int(end.timeIntervalSince1970)
        while low < last {
            let high = min(low + step, last)
            let highOffset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(high)))
            if highOffset != lowOffset {
                var (before, after) = (low, high)
                while after - before > 1 {
                    let mid = before + (after - before) / 2
                    let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(mid)))
                    if offset == lowOffset { before = mid } else { after = mid }
                }
                let at = Date(timeIntervalSince1970: Double(after))
                found.append(
                    Transition(
                        at: at, from: lowOffset, to: zone.secondsFromGMT(for: at),
                        daylight: zone.isDaylightSavingTime(for: at), name: name(of: zone, at: at)))
            }
            (low, lowOffset) = (high, highOffset)
        }
        return found
    }

    /// TZNAME, when the zone has a real abbreviation; the `GMT-5` that Foundation makes up on Linux says nothing
    /// TZOFFSETTO does not.
    static func name(of zone: TimeZone, at instant: Date) -> String? {
        guard let name = zone.abbreviation(for: instant), !name.isEmpty else { return nil }
        if name.hasPrefix("GMT") || name.hasPrefix("UTC"), name.count > 3 { return nil }
        return name
    }

    /// The VTIMEZONE. Changes alike in kind, offsets and name share one STANDARD or DAYLIGHT: its DTSTART is the
    /// first onset, the later ones are RDATEs. Onsets are local times before the change (in TZOFFSETFROM, §3.6.5).
    func appendComponent(to out: inout [UInt8]) {
        guard !writesUTC else { return }
        struct Key: Equatable {
            var daylight: Bool
            var from: Int
            var to: Int
            var name: String?
        }
        var groups: [(key: Key, onsets: [Date])] = []
        for transition in transitions {
            let key = Key(
                daylight: transition.daylight, from: transition.from, to: transition.to, name: transition.name)
            if let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].onsets.append(transition.at)
            } else {
                groups.append((key, [transition.at]))
            }
        }
        ICalendarText.appendFolded("BEGIN:VTIMEZONE", to: &out)
        ICalendarText.appendFolded("TZID:" + ICalendarText.escape(zone.identifier), to: &out)
        for (key, onsets) in groups {
            let kind = key.daylight ? "DAYLIGHT" : "STANDARD"
            ICalendarText.appendFolded("BEGIN:" + kind, to: &out)
            let local = onsets.map { Self.localStamp($0, offset: key.from) }
            ICalendarText.appendFolded("DTSTART:" + local[0], to: &out)
            for onset in local.dropFirst() { ICalendarText.appendFolded("RDATE:" + onset, to: &out) }
            ICalendarText.appendFolded("TZOFFSETFROM:" + Self.utcOffset(key.from), to: &out)
            ICalendarText.appendFolded("TZOFFSETTO:" + Self.utcOffset(key.to), to: &out)
            if let name = key.name { ICalendarText.appendFolded("TZNAME:" + ICalendarText.escape(name), to: &out) }
            ICalendarText.appendFolded("END:" + kind, to: &out)
        }
        ICalendarText.appendFolded("END:VTIMEZONE", to: &out)
    }

    /// `DTSTART;TZID=America/New_York:20261123T090000`, or `DTSTART:20261123T140000Z` in a UTC zone or when the
    /// local time is ambiguous (the repeated hour of a fall-back), where a TZID reading could pick the other one.
    func property(_ name: String, _ instant: Date) -> String {
        if writesUTC || isAmbiguous(instant) { return name + ":" + Self.localStamp(instant, offset: 0) + "Z" }
        let local = Self.localStamp(instant, offset: zone.secondsFromGMT(for: instant))
        return name + ";TZID=" + ICalendarText.parameter(zone.identifier) + ":" + local
    }

    /// Whether another instant shows the same wall-clock time as `instant`.
    func isAmbiguous(_ instant: Date) -> Bool {
        let offset = zone.secondsFromGMT(for: instant)
        for probe in [-6.0 * 3600, 6.0 * 3600] {
            let other = zone.secondsFromGMT(for: instant.addingTimeInterval(probe))
            guard other != offset else { continue }
            let twin = instant.addingTimeInterval(Double(offset - other))
            if zone.secondsFromGMT(for: twin) == other { return true }
        }
        return false
    }

    /// `20261123T090000`: the instant shifted by `offset` seconds, as a form-1 (floating) DATE-TIME.
    static func localStamp(_ instant: Date, offset: Int) -> String {
        let seconds = Int((instant.timeIntervalSince1970).rounded(.down)) + offset
        let day = LocalDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let into = seconds - day.dayNumber * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let date = String(day.description.filter { $0 != "-" })
        return date + "T" + two(into / 3600) + two(into / 60 % 60) + two(into % 60)
    }

    /// `-0500`, `+0530`, `+0000`; seconds only when there are some (`-045602` for a local mean time).
    static func utcOffset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let text = sign + two(magnitude / 3600) + two(magnitude / 60 % 60)
        return magnitude % 60 == 0 ? text : text + two(magnitude % 60)
    }

    static func midnightUTC(_ day: LocalDate) -> Date { Date(timeIntervalSince1970: Double(day.dayNumber * 86_400)) }
}
