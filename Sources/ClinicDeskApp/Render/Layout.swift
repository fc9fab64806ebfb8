import TerminalKit

/// Where everything goes on a screen of a given size. Pure, so each breakpoint is tested without drawing.
///
/// - wide (≥ 160 columns, ≥ 30 rows): all panes in a 2×2 grid, Flow top-left and larger;
/// - medium (100–159): the focused pane large, the others as one summary line;
/// - narrow (< 100): one pane at a time under a tab row with badges;
/// - below 60×18: nothing but the "enlarge the window" message.
public struct DashboardLayout: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case wide, medium, narrow, tooSmall }

    public static let minimumSize = Size(width: 60, height: 18)
    public static let wideWidth = 160
    public static let wideHeight = 30
    public static let mediumWidth = 100

    public let kind: Kind
    public let size: Size
    public let titleBar: Rect
    /// Narrow: the tab row; medium: the one-line summaries of the unfocused panes; wide: empty.
    public let tabRow: Rect
    /// The frame (border included) of each visible pane, by pane index.
    public let paneFrames: [Int: Rect]
    public let alertStrip: Rect
    public let statusLine: Rect

    public static func compute(size: Size, paneCount: Int, focused: Int) -> DashboardLayout {
        let empty = Rect(x: 0, y: 0, width: 0, height: 0)
        guard size.width >= minimumSize.width, size.height >= minimumSize.height, paneCount > 0 else {
            return DashboardLayout(
                kind: .tooSmall, size: size, titleBar: empty, tabRow: empty, paneFrames: [:],
                alertStrip: empty, statusLine: empty)
        }
        let w = size.width
        let title = Rect(x: 0, y: 0, width: w, height: 1)
        let status = Rect(x: 0, y: size.height - 1, width: w, height: 1)
        let alerts = Rect(x: 0, y: size.height - 2, width: w, height: 1)
        let focus = min(max(0, focused), paneCount - 1)

        if w >= wideWidth, size.height >= wideHeight, paneCount >= 4 {
            let body = Rect(x: 0, y: 1, width: w, height: size.height - 3)
            // Flow carries the most columns, so the top row is taller and its left pane wider;
            // Claims (bottom left) has more columns than Roster, so the bottom split sits further right.
            let (top, bottom) = body.splitVertically(at: body.height * 11 / 20)
            let (flow, tasks) = top.splitHorizontally(at: w * 53 / 100)
            let (claims, roster) = bottom.splitHorizontally(at: w * 58 / 100)
            var frames = [0: flow, 1: tasks, 2: claims, 3: roster]
            for extra in 4..<paneCount { frames[extra] = nil }
            return DashboardLayout(
                kind: .wide, size: size, titleBar: title, tabRow: Rect(x: 0, y: 1, width: 0, height: 0),
                paneFrames: frames, alertStrip: alerts, statusLine: status)
        }
        let kind: Kind = w >= mediumWidth ? .medium : .narrow
        // Medium puts the summaries under the pane (the eye reads the big pane first); narrow puts tabs on top.
        let pane: Rect
        let row: Rect
        if kind == .medium {
            pane = Rect(x: 0, y: 1, width: w, height: size.height - 4)
            row = Rect(x: 0, y: size.height - 3, width: w, height: 1)
        } else {
            row = Rect(x: 0, y: 1, width: w, height: 1)
            pane = Rect(x: 0, y: 2, width: w, height: size.height - 4)
        }
        return DashboardLayout(
            kind: kind, size: size, titleBar: title, tabRow: row, paneFrames: [focus: pane],
            alertStrip: alerts, statusLine: status)
    }
}
