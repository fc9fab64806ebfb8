import Testing
import TestSupport
import TerminalKit

@Suite struct PickerTests {
    static let staff: [Picker<Int>.Item] = [
        .init(1, "Ana Souza · front desk"), .init(2, "Dr Lee"), .init(3, "Dr Patel"), .init(4, "NP Kim"),
        .init(5, "Renée Müller · billing"), .init(6, "Sam Okafor · MA"), .init(7, "王小明 · billing"),
    ]

    func press(_ keys: [Key], _ picker: inout Picker<Int>) -> Picker<Int>.Outcome {
        var last = Picker<Int>.Outcome.editing
        for key in keys { last = picker.handle(key) }
        return last
    }

    func typing(_ text: String) -> [Key] { text.map { .character($0) } }

    @Test func movesAndPicks() {
        var picker = Picker(title: "Owner", items: Self.staff, selected: 3)
        #expect(press([.down, .down], &picker) == .editing)
        #expect(press([.enter], &picker) == .picked(5))
        _ = press([.pageDown], &picker)
        #expect(picker.highlighted == 7)
        _ = press([.pageUp, .up], &picker)
        #expect(picker.highlighted == 1)
        #expect(press([.escape], &picker) == .cancelled)
    }

    @Test func typingNarrowsCaseAndAccentsIgnored() {
        var picker = Picker(title: "Owner", items: Self.staff)
        _ = press(typing("BILL"), &picker)
        #expect(picker.matches.map(\.id) == [5, 7])
        _ = press(typing(" rene"), &picker)
        #expect(picker.matches.map(\.id) == [5])
        #expect(press([.enter], &picker) == .picked(5))
        _ = press([.control("u")] + typing("zzz"), &picker)
        #expect(picker.matches.isEmpty)
        #expect(press([.enter], &picker) == .editing)
        _ = press([.control("u")], &picker)
        #expect(picker.matches.count == Self.staff.count)
    }

    @Test func theHighlightFollowsItsItemWhileItMatches() {
        var picker = Picker(title: "Owner", items: Self.staff, selected: 7)
        _ = press(typing("billing"), &picker)
        #expect(picker.highlightedIndex(in: picker.matches) == 1)
        _ = press([.control("u")] + typing("dr"), &picker)
        // The highlighted item no longer matches: the first match is the one Enter picks.
        #expect(press([.enter], &picker) == .picked(2))
    }

    @Test func drawsAModalWithFilterAndScrollingList() {
        let theme = Theme.builtInDefault
        var canvas = Canvas(size: Size(width: 40, height: 10))
        for y in 0..<10 { canvas.put(String(repeating: "·", count: 40), x: 0, y: y, style: .plain) }
        var picker = Picker(title: "Owner of T-31", items: Self.staff, selected: 6, visibleRows: 4)
        let interior = picker.draw(into: &canvas, in: canvas.bounds, theme: theme)
        Golden.check(canvas, named: "picker_scrolled", in: .widgets)
        #expect(interior.height == 5)
        #expect(canvas.text.contains("▶Sam Okafor · MA"))
        _ = press(typing("bil"), &picker)
        var narrowed = Canvas(size: Size(width: 40, height: 10))
        picker.draw(into: &narrowed, in: narrowed.bounds, theme: theme)
        Golden.check(narrowed, named: "picker_filtered", in: .widgets)
        #expect(narrowed[interior.x + 1, interior.y + 1].style == theme[.tableSelected].merged(over: theme[.popupText]))
    }
}
