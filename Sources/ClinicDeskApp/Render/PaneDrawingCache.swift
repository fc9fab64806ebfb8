import ClinicDomain
import Foundation
import TerminalKit

/// The last drawing of each pane, box and body, with everything it was drawn from. A key changes the focused pane
/// only; the other panes are pasted back cell for cell instead of drawn again, until the practice, the minute,
/// the day, the theme, the focus, the mask or their place on screen changes.
final class PaneDrawingCache {
    /// Everything a pane's drawing depends on besides the pane value, which `revision` stands for.
    struct Key: Equatable {
        let revision: Int
        let practice: PracticeStamp
        let now: Date
        let day: LocalDate
        let themeRevision: Int
        let focused: Bool
        let highlighted: Bool
        let privacy: Bool
        let user: String
        let frame: Rect
        let ascii: Bool
    }

    private var drawings: [Int: (key: Key, cells: Canvas)] = [:]

    /// The drawing of pane `index` made under `key`, if that is the last one made.
    func drawing(of index: Int, key: Key) -> Canvas? {
        guard let last = drawings[index], last.key == key else { return nil }
        return last.cells
    }

    func remember(_ cells: Canvas, of index: Int, key: Key) {
        drawings[index] = (key, cells)
    }
}
