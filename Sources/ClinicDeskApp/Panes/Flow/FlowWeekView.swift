import ClinicDomain
import Foundation
import TerminalKit

/// The week overview: per provider per day, appointments booked and free slots left, so the desk sees where
/// a patient can still go this week.
extension FlowPane {
    /// Monday of the shown day's week, then the seven days; weekend days only when someone works or is booked.
    static func weekDays(around day: LocalDate, practice: Practice) -> [LocalDate] {
        let monday = day.adding(days: -((day.weekday + 6) % 7))
        return (0..<7).map { monday.adding(days: $0) }.filter { d in
            !d.isWeekend || !practice.shifts(on: d).isEmpty || !practice.appointments(on: d).isEmpty
        }
    }

    func drawWeek(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        let theme = context.theme
        let practice = context.practice
        drawTopLine(into: &canvas, rect: rect, context: context, viewName: "week overview")
        guard rect.height > 2 else { return }
        let days = Self.weekDays(around: context.day, practice: practice)
        let providers = practice.providers.filter { providerFilter == nil || $0.id == providerFilter }
        let slot = max(5, practice.settings.slotMinutes)
        let nameWidth = 14
        let dayWidth = max(8, min(16, (rect.width - nameWidth - 1) / max(1, days.count)))
        let headerY = rect.y + 1
        canvas.put(DisplayWidth.pad("Provider", to: nameWidth), x: rect.x + 1, y: headerY, style: theme[.tableHeader], clip: rect)
        for (i, day) in days.enumerated() {
            let label = "\(LocalDate.weekdayShortNames[day.weekday]) \(day.day)" + (day == context.today ? " •" : "")
            let style = day == context.day ? theme[.tableSelected] : theme[.tableHeader]
            canvas.put(DisplayWidth.pad(label, to: dayWidth - 1), x: rect.x + 1 + nameWidth + i * dayWidth, y: headerY,
                       style: style, clip: rect)
        }
        var totals = Array(repeating: (appointments: 0, free: 0), count: days.count)
        var y = rect.y + 2
        for provider in providers {
            guard y < rect.maxY - 1 else { break }
            canvas.put(DisplayWidth.pad(Sanitizer.clean(provider.displayName), to: nameWidth), x: rect.x + 1, y: y,
                       style: theme[.text], clip: rect)
            for (i, day) in days.enumerated() {
                let x = rect.x + 1 + nameWidth + i * dayWidth
                let (text, slotName) = weekCell(provider: provider.id, day: day, slot: slot, practice: practice, totals: &totals[i])
                canvas.put(DisplayWidth.truncate(text, to: dayWidth - 1), x: x, y: y, style: theme[slotName], clip: rect)
            }
            y += 1
        }
        guard y < rect.maxY else { return }
        canvas.put(DisplayWidth.pad("All", to: nameWidth), x: rect.x + 1, y: y, style: theme[.tableHeader], clip: rect)
        for (i, total) in totals.enumerated() {
            canvas.put(DisplayWidth.truncate("\(total.appointments) · \(total.free) free", to: dayWidth - 1),
                       x: rect.x + 1 + nameWidth + i * dayWidth, y: y, style: theme[.tableHeader], clip: rect)
        }
    }

    /// "9 · 7 free", "PTO", "sick", "–" (no shift, nothing booked).
    private func weekCell(provider: StaffID, day: LocalDate, slot: Int, practice: Practice,
                          totals: inout (appointments: Int, free: Int)) -> (String, StyleSlot) {
        let booked = practice.appointments(on: day).filter { $0.provider == provider && $0.holdsSlot }.count
        totals.appointments += booked
        if let off = practice.timeOff(for: provider, on: day) {
            let label = off.kind == .sick ? "sick" : "PTO"
            return (booked > 0 ? "\(label) · \(booked)!" : label, off.kind == .sick ? .rosterSick : .rosterPto)
        }
        let free = practice.freeSlots(provider: provider, on: day, slot: slot)
        totals.free += free
        if booked == 0 && free == 0 { return ("–", .textDim) }
        return ("\(booked) · \(free) free", free == 0 ? .alertWarn : .text)
    }
}
