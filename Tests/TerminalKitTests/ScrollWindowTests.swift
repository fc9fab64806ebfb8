import Testing
import TerminalKit

@Suite struct ScrollWindowTests {
    @Test func everythingShowsWhenItFits() {
        let window = ScrollWindow(count: 5, height: 8, selected: 4)
        #expect(window.top == 0 && window.rows == 0..<5)
        #expect(!window.hasRowsAbove && !window.hasRowsBelow)
    }

    @Test func selectionSitsAThirdOfTheWayDown() {
        // Nine rows of view: the selection is the fourth row, so five rows after it (who is next) show.
        #expect(ScrollWindow.top(count: 40, height: 9, selected: 20) == 17)
        #expect(ScrollWindow.top(count: 40, height: 9, selected: 2) == 0)
        #expect(ScrollWindow.top(count: 40, height: 9, selected: 3) == 0)
        #expect(ScrollWindow.top(count: 40, height: 9, selected: 4) == 1)
        // Never blank rows at the bottom; out-of-range selections are clamped to the list.
        #expect(ScrollWindow.top(count: 40, height: 9, selected: 39) == 31)
        #expect(ScrollWindow.top(count: 40, height: 9, selected: 500) == 31)
        #expect(ScrollWindow.top(count: 40, height: 9, selected: -3) == 0)
        let window = ScrollWindow(count: 40, height: 9, selected: 20)
        #expect(window.rows == 17..<26 && window.hasRowsAbove && window.hasRowsBelow)
    }

    @Test func noSelectionOrNoRoomStartsAtTheTop() {
        #expect(ScrollWindow.top(count: 40, height: 9, selected: nil) == 0)
        #expect(ScrollWindow.top(count: 40, height: 0, selected: 20) == 0)
        #expect(ScrollWindow(count: 40, height: -2, selected: 20).rows.isEmpty)
        #expect(ScrollWindow(count: 0, height: 5, selected: nil).rows.isEmpty)
    }

    @Test func stepsAreSmoothAndTheSelectionAlwaysShows() {
        for height in 1...12 {
            var previous = 0
            for selected in 0..<60 {
                let window = ScrollWindow(count: 60, height: height, selected: selected)
                #expect(window.rows.contains(selected))
                #expect(window.top - previous <= 1)
                previous = window.top
            }
        }
    }

    @Test func marksAtTheRightEdge() {
        let theme = Theme.builtInDefault
        var canvas = Canvas(size: Size(width: 6, height: 3))
        ScrollWindow(count: 10, height: 3, selected: 5).drawMarks(into: &canvas, rect: canvas.bounds, theme: theme)
        #expect(canvas.text == "     ↑\n      \n     ↓")
        var top = Canvas(size: Size(width: 6, height: 3))
        ScrollWindow(count: 10, height: 3, selected: 0).drawMarks(into: &top, rect: top.bounds, theme: theme)
        #expect(top.text == "      \n      \n     ↓")
    }
}
