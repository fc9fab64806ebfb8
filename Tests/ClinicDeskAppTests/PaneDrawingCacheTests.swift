@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import Testing
import TerminalKit

/// Panes that did not change are pasted from their last drawing: every screen must equal the one a fresh
/// dashboard draws after the same keys.
@Suite struct PaneDrawingCacheTests {
    static let keys: [Key] = [
        .character("j"), .tab, .character("j"), .character("l"), .character("j"), .tab, .character("j"), .enter,
        .escape, .tab, .character("j"), .character("1"), .character("v"), .character("j"), .character("w"),
        .character("]"), .character("t"), .function(11), .character("2"), .character("k"), .character("a"),
        .character("?"), .escape, .character("4"), .character("s"), .character("y"),
    ]

    @Test(arguments: [Size(width: 160, height: 48), Size(width: 120, height: 30), Size(width: 80, height: 24)])
    func screensWithRememberedPanesEqualFreshOnes(size: Size) {
        let warm = Harness(size: size)
        _ = warm.screen
        for (n, key) in Self.keys.enumerated() {
            warm.press(key)
            let fresh = Harness(size: size)
            for earlier in Self.keys.prefix(n + 1) { fresh.press(earlier) }
            #expect(warm.screen == fresh.screen, "after \(n + 1) keys, the last \(key)")
            #expect(warm.screen == fresh.screen, "drawn twice")
        }
    }

    @Test func aPasteKeepsWideCharactersWhole() {
        var source = Canvas(size: Size(width: 6, height: 1))
        source.put("王小明", x: 0, y: 0, style: .plain)
        var target = Canvas(size: Size(width: 8, height: 1))
        target.put("ab王cd", x: 0, y: 0, style: .plain)
        target.paste(source.copy(Rect(x: 0, y: 0, width: 6, height: 1)), x: 3, y: 0)
        #expect(target.row(0) == "ab 王小 ", "the old 王 lost its right half; the pasted 明 is cut by the edge")
        #expect(target[3, 0].grapheme == "王" && target[4, 0].isContinuation)
        #expect(target[5, 0].grapheme == "小" && target[6, 0].isContinuation)
        #expect(target[7, 0].grapheme == " ")
    }
}
