import ClinicDomain
import Foundation
import TerminalKit

/// The week overview: per provider per day, appointments booked and free slots left, so the desk sees where
/// a patient can still go this week.
extension FlowPane {
    /// Monday of the shown day's week.
    static func monday(of day: LocalDate) -> LocalDate { day.adding(days: -((day.weekday + 6) % 7)) }

    func drawWeek(into canvas: inout Canvas, rect: Rect, context: PaneContext) {
        let theme = context.theme
        let practice = context.practice
        drawTopLine(into: &canvas, rect: rect, context: context, viewName: "week overview")
        guard rect.height > 2 else { return }
        let cells = context.cached(WeekOverviewQuery(monday: Self.monday(of: context.day)))
        let toMove = context.cached(WeekToMoveQuery(monday: Self.monday(of: context.day)))
        // Weekend days only when someone works or is booked, so a Mon–Fri practice gets wider columns.
        let days = Array(Set(cells.map(\.day))).sorted().filter { day in
            !day.isWeekend || cells.contains { $0.day == day && ($0.working || $0.appointments > 0) }
        }
        let providers = practice.providers.filter { providerFilter == nil || $0.id == providerFilter }
        var byKey: [StaffID: [LocalDate: WeekCell]] = [:]
        for cell in cells { byKey[cell.provider, default: [:]][cell.day] = cell }
        let nameWidth = 14
        let dayWidth = max(8, min(18, (rect.width - nameWidth - 1) / max(1, days.count)))
        let headerY = rect.y + 1
        canvas.put(
            DisplayWidth.pad("Provider", to: nameWidth), x: rect.x + 1, y: headerY, style: theme[.tableHeader],
            clip: rect)
        for (i, day) in days.enumerated() {
            let label = "\(LocalDate.weekdayShortNames[day.weekday]) \(day.day)" + (day == context.today ? " •" : "")
            let style = day == context.day ? theme[.tableSelected] : theme[.tableHeader]
            canvas.put(
                DisplayWidth.pad(label, to: dayWidth - 1), x: rect.x + 1 + nameWidth + i * dayWidth, y: headerY,
                style: style, clip: rect)
        }
        var y = rect.y + 2
        for provider in providers {
            guard y < rect.maxY - 1 else { break }
            canvas.put(
                DisplayWidth.pad(Sanitizer.clean(provider.displayName), to: nameWidth), x: rect.x + 1, y: y,
                style: theme[.text], clip: rect)
            for (i, day) in days.enumerated() {
                guard let cell = byKey[provider.id]?[day] else { continue }
                let (text, slot) = Self.weekText(cell, toMove: toMove[provider.id]?[day] ?? 0, width: dayWidth - 1)
                canvas.put(
                    DisplayWidth.truncate(text, to: dayWidth - 1), x: rect.x + 1 + nameWidth + i * dayWidth, y: y,
                    style: theme[slot], clip: rect)
            }
            y += 1
        }
        guard y < rect.maxY else { return }
        canvas.put(DisplayWidth.pad("All", to: nameWidth), x: rect.x + 1, y: y, style: theme[.tableHeader], clip: rect)
        let shown = Set(providers.map(\.id))
        for (i, day) in days.enumerated() {
            let dayCells = cells.filter { $0.day == day && shown.contains($0.provider) }
            let text =
                "\(dayCells.reduce(0) { $0 + $1.appointments }) · \(dayCells.reduce(0) { $0 + $1.freeSlots }) free"
            canvas.put(
                DisplayWidth.truncate(text, to: dayWidth - 1), x: rect.x + 1 + nameWidth + i * dayWidth, y: y,
                style: theme[.tableHeader], clip: rect)
        }
    }

    /// "9 · 7 free", "PTO", "sick", "–" (no shift, nothing booked); "full" in the warning style. On a day off,
    /// the visits still to see (`toMove`) as "sick · 3 to move", shorter when `width` is tight.
    static func weekText(_ cell: WeekCell, toMove: Int, width: Int) -> (String, StyleSlot) {
        if let off = cell.timeOff {
            let label = off.awayLabel
            // Booked on a day off: those patients need a call and a new time.
            guard toMove > 0 else { return (label, off.awaySlot) }
            let texts = [
                "\(label) · \(toMove) to move", "\(label) \(toMove) to move", "\(label) · \(toMove) move",
                "\(label) \(toMove) move", "\(label) · \(toMove)!",
            ]
            return (texts.first { DisplayWidth.of($0) <= width } ?? "\(label) \(toMove)!", .alertWarn)
        }
        if !cell.working && cell.appointments == 0 { return ("–", .textDim) }
        if cell.freeSlots == 0 { return ("\(cell.appointments) · full", .alertWarn) }
        return ("\(cell.appointments) · \(cell.freeSlots) free", .text)
    }
}
