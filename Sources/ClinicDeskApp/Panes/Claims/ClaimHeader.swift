import ClinicDomain
import TerminalKit

/// The billing manager's figures at the top of the queue (`BillingMetrics`), fitted to the pane: every figure
/// when there is room, else the least important dropped first. Importance is a biller's morning order — what
/// payers owe, how fast it turns, how much is refused, what is not billed yet — before the month's totals.
struct ClaimHeader {
    struct Part: Equatable {
        let text: String
        /// 0 is kept longest.
        let importance: Int
        let slot: StyleSlot?
    }

    /// In reading order.
    let parts: [Part]

    init(_ metrics: BillingMetrics, monthName: String) {
        var parts: [Part] = []
        func add(_ text: String, _ importance: Int, _ slot: StyleSlot? = nil) {
            parts.append(Part(text: text, importance: importance, slot: slot))
        }
        add("A/R \(metrics.insuranceAR.dollars)", 0)
        add("patient A/R \(metrics.patientAR.dollars)", 4)
        if let days = metrics.daysInAR {
            add("\(Int(days.rounded())) days in A/R", 1, days > 50 ? .claimAtRisk : nil)
        }
        add("collected \(monthName) \(metrics.collectedThisMonth.dollars)", 6)
        if let rate = metrics.netCollectionRate {
            add("net collection \(ClaimText.percent(rate))", 5, rate < 0.95 ? .claimAtRisk : nil)
        }
        if let rate = metrics.denialRate {
            let dollars = metrics.denialRateByDollars.map { " (\(ClaimText.percent($0)) of $)" } ?? ""
            add("denials \(ClaimText.percent(rate))" + dollars, 2, rate > 0.1 ? .claimDenied : nil)
        }
        if metrics.unbilledVisits > 0 {
            let oldest = metrics.oldestUnbilledDays.map { ", oldest \($0)d" } ?? ""
            add("\(metrics.unbilledVisits) unbilled\(oldest)", 3, .claimAtRisk)
        } else {
            add("0 unbilled", 3)
        }
        self.parts = parts
    }

    static let separator = " · "

    /// The parts laid out in at most `lines` lines of `width` columns, in reading order; the least important
    /// go first until the rest fit.
    func fitted(width: Int, lines: Int) -> [[Part]] {
        var kept = parts
        while !kept.isEmpty {
            if let laidOut = Self.layOut(kept, width: width, lines: lines) { return laidOut }
            guard let weakest = kept.indices.max(by: { kept[$0].importance < kept[$1].importance }) else { break }
            kept.remove(at: weakest)
        }
        return []
    }

    private static func layOut(_ parts: [Part], width: Int, lines: Int) -> [[Part]]? {
        var result: [[Part]] = [[]]
        var used = 0
        for part in parts {
            let needed = DisplayWidth.of(part.text) + (result[result.count - 1].isEmpty ? 0 : separator.count)
            if used + needed <= width {
                result[result.count - 1].append(part)
                used += needed
            } else {
                guard result.count < lines, DisplayWidth.of(part.text) <= width else { return nil }
                result.append([part])
                used = DisplayWidth.of(part.text)
            }
        }
        return result
    }

    /// Draws the fitted lines from the top of `rect` (1 column in); returns how many rows it used.
    @discardableResult
    func draw(into canvas: inout Canvas, rect: Rect, lines: Int, theme: Theme) -> Int {
        let laidOut = fitted(width: max(0, rect.width - 2), lines: lines)
        for (row, parts) in laidOut.enumerated() {
            var x = rect.x + 1
            let y = rect.y + row
            for (i, part) in parts.enumerated() {
                if i > 0 { x += canvas.put(Self.separator, x: x, y: y, style: theme[.textDim], clip: rect) }
                let style = part.slot.map { theme[$0].merged(over: theme[.text]) } ?? theme[.text]
                x += canvas.put(part.text, x: x, y: y, style: style, clip: rect)
            }
        }
        return laidOut.count
    }
}
