@testable import ClinicDeskApp
import Testing
import TerminalKit

@Suite struct LayoutTests {
    private func assertInside(_ layout: DashboardLayout) {
        let screen = Rect(x: 0, y: 0, width: layout.size.width, height: layout.size.height)
        let rects =
            [layout.titleBar, layout.tabRow, layout.alertStrip, layout.statusLine] + Array(layout.paneFrames.values)
        for rect in rects where !rect.isEmpty {
            #expect(rect.intersection(screen) == rect, "\(rect) leaves the \(layout.size) screen")
        }
        let frames = Array(layout.paneFrames.values)
        for i in frames.indices {
            for j in frames.indices where j > i {
                #expect(frames[i].intersection(frames[j]).isEmpty, "\(frames[i]) overlaps \(frames[j])")
            }
        }
    }

    @Test func narrowAt80x24ShowsOnePaneUnderATabRow() {
        let layout = DashboardLayout.compute(size: Size(width: 80, height: 24), paneCount: 4, focused: 2)
        #expect(layout.kind == .narrow)
        #expect(layout.paneFrames.keys.sorted() == [2])
        #expect(layout.tabRow == Rect(x: 0, y: 1, width: 80, height: 1))
        #expect(layout.paneFrames[2] == Rect(x: 0, y: 2, width: 80, height: 20))
        #expect(layout.alertStrip.y == 22 && layout.statusLine.y == 23)
        assertInside(layout)
    }

    @Test func mediumAt120x40ShowsTheFocusedPaneAndASummaryRow() {
        let layout = DashboardLayout.compute(size: Size(width: 120, height: 40), paneCount: 4, focused: 0)
        #expect(layout.kind == .medium)
        #expect(layout.paneFrames[0] == Rect(x: 0, y: 1, width: 120, height: 36))
        #expect(layout.tabRow == Rect(x: 0, y: 37, width: 120, height: 1))
        assertInside(layout)
    }

    @Test func wideAt200x60ShowsAllFourWithFlowLargest() throws {
        let layout = DashboardLayout.compute(size: Size(width: 200, height: 60), paneCount: 4, focused: 3)
        #expect(layout.kind == .wide)
        #expect(layout.paneFrames.count == 4)
        let flow = try #require(layout.paneFrames[0]), tasks = try #require(layout.paneFrames[1])
        let claims = try #require(layout.paneFrames[2]), roster = try #require(layout.paneFrames[3])
        #expect(flow.width * flow.height > max(tasks.width * tasks.height, roster.width * roster.height))
        #expect(flow.y == 1 && tasks.y == 1 && claims.y == flow.maxY && roster.y == tasks.maxY)
        #expect(claims.maxY == 58 && roster.maxX == 200)
        assertInside(layout)
    }

    @Test func belowTheMinimumIsTooSmall() {
        #expect(DashboardLayout.compute(size: Size(width: 59, height: 30), paneCount: 4, focused: 0).kind == .tooSmall)
        #expect(DashboardLayout.compute(size: Size(width: 100, height: 17), paneCount: 4, focused: 0).kind == .tooSmall)
        #expect(DashboardLayout.compute(size: Size(width: 60, height: 18), paneCount: 4, focused: 0).kind == .narrow)
    }

    @Test(arguments: [60, 80, 99, 100, 159, 160, 250], [18, 24, 30, 48, 70])
    func everySizeStaysOnScreen(width: Int, height: Int) {
        assertInside(DashboardLayout.compute(size: Size(width: width, height: height), paneCount: 4, focused: 1))
    }
}
