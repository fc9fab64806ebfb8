import CNcurses
import Testing
@testable import TerminalKit

/// Mouse reports that arrive as bytes are decoded or swallowed, never read as keys.
@Suite struct MouseDecodeTests {
    /// Feeds `text`'s bytes; the first step that is not `.pending`, or `unfinished` when the bytes run out.
    func decode(_ bytes: [UInt32], decoder start: MouseReportDecoder = MouseReportDecoder())
        -> MouseReportDecoder.Step
    {
        var decoder = start
        for byte in bytes {
            let step = decoder.feed(byte)
            if step != .pending { return step }
        }
        return decoder.unfinished
    }

    func codes(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func sgrPressAndRelease() {
        #expect(decode(codes("\u{1B}[<0;12;5M")) == .mouse(MouseEvent(.press(button: 1), x: 11, y: 4)))
        #expect(decode(codes("\u{1B}[<0;12;5m")) == .mouse(MouseEvent(.release(button: 1), x: 11, y: 4)))
        #expect(decode(codes("\u{1B}[<2;1;1M")) == .mouse(MouseEvent(.press(button: 3), x: 0, y: 0)))
        #expect(decode(codes("\u{1B}[<64;40;20M")) == .mouse(MouseEvent(.wheelUp, x: 39, y: 19)))
        #expect(decode(codes("\u{1B}[<65;40;20M")) == .mouse(MouseEvent(.wheelDown, x: 39, y: 19)))
        #expect(decode(codes("\u{1B}[<35;3;4M")) == .mouse(MouseEvent(.move, x: 2, y: 3)))
    }

    @Test func x10Reports() {
        // Button byte, column and row each + 32; column 17 is '1' + 0 = 49, a digit that once switched panes.
        let press: [UInt32] = [27, 91, 77, 32, 32 + 17, 32 + 3]
        #expect(decode(press) == .mouse(MouseEvent(.press(button: 1), x: 16, y: 2)))
        let release: [UInt32] = [27, 91, 77, 35, 32 + 2, 32 + 2]
        #expect(decode(release) == .mouse(MouseEvent(.release(button: 0), x: 1, y: 1)))
        let wheel: [UInt32] = [27, 91, 77, 96 + 1, 33, 33]
        #expect(decode(wheel) == .mouse(MouseEvent(.wheelDown, x: 0, y: 0)))
    }

    @Test func urxvtDecimalReport() {
        #expect(decode(codes("\u{1B}[32;10;2M")) == .mouse(MouseEvent(.press(button: 1), x: 9, y: 1)))
    }

    /// What ncurses leaves after it took `kmous` (`ESC [ <` or `ESC [ M`) with reporting off.
    @Test func tailAfterNcursesIntroducer() {
        #expect(
            decode(codes("0;12;3M"), decoder: .afterIntroducer())
                == .mouse(MouseEvent(.press(button: 1), x: 11, y: 2)))
        #expect(
            decode([32, 32 + 40, 32 + 9], decoder: .afterIntroducer())
                == .mouse(MouseEvent(.press(button: 1), x: 39, y: 8)))
        // A report cut short is dropped, not replayed as digits.
        #expect(decode(codes("0;1"), decoder: .afterIntroducer()) == .swallowed)
    }

    @Test func keysThatAreNotReports() {
        #expect(decode([27]) == .notMouse([27]))
        #expect(decode(codes("\u{1B}x")) == .notMouse(codes("\u{1B}x")))
        #expect(decode(codes("\u{1B}[A")) == .notMouse(codes("\u{1B}[A")))
        #expect(decode(codes("\u{1B}[1;")) == .notMouse(codes("\u{1B}[1;")))
    }

    @Test func malformedReportsAreSwallowed() {
        #expect(decode(codes("\u{1B}[<0;12M")) == .swallowed)
        #expect(decode(codes("\u{1B}[<0;0;0M")) == .swallowed)
        #expect(decode(codes("\u{1B}[<0;12;5x")) == .swallowed)
        #expect(decode(codes("\u{1B}[<" + String(repeating: "1", count: 40))) == .swallowed)
        // A report cut short after its introducer is inside a report: dropped.
        #expect(decode(codes("\u{1B}[<0;1")) == .swallowed)
    }

    /// No decoded report leaks a key: every byte of every report is consumed.
    @Test func noReportLeaksAKey() {
        for x in 1...230 {
            for report in [codes("\u{1B}[<0;\(x);7M"), [27, 91, 77, 32, UInt32(min(255, 32 + x)), 39]] {
                let step = decode(report)
                if case .notMouse = step { Issue.record("report \(report) read as keys") }
            }
        }
    }

    @Test func ncursesMouseKeyCodeIsNotAKey() {
        #expect(KeyDecoder.decode(UInt32(KEY_MOUSE), isKeyCode: true) == .ignored)
    }
}
