import ClinicDomain
import Foundation

/// Short forms of shift hours for the roster's narrow cells: "8–17", "8:30–16:30", "8–17 b12", "22–06+".
enum RosterHours {
    /// "8", "8:30"; `pad` gives two digits ("06"), as the end of an overnight shift reads.
    static func clock(_ time: TimeOfDay, pad: Bool = false) -> String {
        let minutes = time.minutes % (24 * 60)
        let hour = pad && minutes / 60 < 10 ? "0\(minutes / 60)" : "\(minutes / 60)"
        return minutes % 60 == 0 ? hour : "\(hour):\(String(format: "%02d", minutes % 60))"
    }

    /// "8–17", "22–06+" (ends the next morning); `withBreak` adds " b12".
    static func short(_ shift: Shift, withBreak: Bool = true) -> String {
        var text = "\(clock(shift.start))–\(clock(shift.end, pad: shift.isOvernight))"
        if shift.isOvernight { text += "+" }
        if withBreak, let breakStart = shift.breakStart { text += " b\(clock(breakStart))" }
        return text
    }

    /// A day's shifts, comma-joined ("8–12, 13–17"); "—" with none.
    static func short(_ shifts: [Shift], withBreak: Bool = true) -> String {
        shifts.isEmpty ? "—" : shifts.map { short($0, withBreak: withBreak) }.joined(separator: ",")
    }

    /// "36h", "36.5h" from minutes.
    static func hours(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60)h" : String(format: "%.1fh", Double(minutes) / 60)
    }
}
