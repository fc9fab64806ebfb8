import Testing
import TerminalKit

@Suite struct GeometryTests {
    @Test func maxAndEmpty() {
        let r = Rect(x: 2, y: 3, width: 10, height: 4)
        #expect(r.maxX == 12)
        #expect(r.maxY == 7)
        #expect(!r.isEmpty)
        #expect(Rect(x: 0, y: 0, width: 0, height: 5).isEmpty)
    }

    @Test func insetNeverGoesNegative() {
        #expect(Rect(x: 0, y: 0, width: 10, height: 4).inset(by: 1) == Rect(x: 1, y: 1, width: 8, height: 2))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).isEmpty)
    }

    @Test func splitsAreRelativeAndClamped() {
        let r = Rect(x: 5, y: 1, width: 20, height: 10)
        let (l, rt) = r.splitHorizontally(at: 8)
        #expect(l == Rect(x: 5, y: 1, width: 8, height: 10))
        #expect(rt == Rect(x: 13, y: 1, width: 12, height: 10))
        let (t, b) = r.splitVertically(at: 3)
        #expect(t == Rect(x: 5, y: 1, width: 20, height: 3))
        #expect(b == Rect(x: 5, y: 4, width: 20, height: 7))
        #expect(r.splitHorizontally(at: 99).right.isEmpty)
        #expect(r.splitVertically(at: -3).top.isEmpty)
    }

    @Test func intersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(a.intersection(Rect(x: 5, y: 5, width: 10, height: 10)) == Rect(x: 5, y: 5, width: 5, height: 5))
        #expect(a.intersection(Rect(x: 20, y: 20, width: 3, height: 3)).isEmpty)
    }
}
