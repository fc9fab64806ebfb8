import ClinicDomain
import Foundation

/// What a sick call just broke, for `exec`: the dashboard shows it as a screen, a script gets it as `note:` lines
/// on stderr after the `ok` (stdout keeps one line per command). Visits are named by ID and time, never by the
/// patient's name: a terminal log is read over shoulders too.
enum AbsenceNotes {
    static func lines(for command: Command, in practice: Practice, now: Date) -> [String] {
        guard case .callInSick(let id, let given) = command else { return [] }
        let day = given ?? practice.clock.day(of: now)
        let impact = practice.absenceImpact(of: id, on: [day], now: now)
        let name = practice.staff[id]?.displayName ?? id.description
        guard !impact.isEmpty else { return ["\(name) out on \(day): no coverage gap opens and no visit needs moving"] }
        var lines: [String] = []
        for option in impact.cover {
            let who = option.candidates.prefix(3).map { "\($0.staff.displayName) (\($0.staff.id))" }
            lines.append(
                "gap: \(option.gap.description)"
                    + (who.isEmpty
                        ? "; nobody off that day can cover" : "; could cover: " + who.joined(separator: ", ")))
        }
        for visit in impact.visits {
            let a = visit.appointment
            let target =
                visit.suggestion.map { slot in
                    let provider = practice.staff[slot.provider]?.displayName ?? slot.provider.description
                    return "next free: \(slot.day) \(slot.start) with \(provider) "
                        + "(appt move \(a.id) --at \"\(slot.day) \(slot.start)\" --provider \(slot.provider))"
                } ?? "no free slot within two weeks"
            lines.append("to move: \(a.id) \(a.day) \(a.start) \(a.visitType.rawValue) — \(target)")
        }
        return lines
    }
}
