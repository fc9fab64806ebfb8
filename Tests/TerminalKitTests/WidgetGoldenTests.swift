import Testing
@testable import TerminalKit
import TestSupport

/// Golden tests: the whole canvas, text and styles, compared with Tests/TerminalKitTests/Golden/*.txt.
@Suite struct WidgetGoldenTests {
    let theme = Theme.builtInDefault

    static let flowColumns = [
        TableColumn("Time", width: .fixed(5)),
        TableColumn("Patient", width: .flexible(weight: 2, min: 8)),
        TableColumn("Prov", width: .fixed(5)),
        TableColumn("Status", width: .flexible(weight: 1, min: 6)),
        TableColumn("Wait", width: .fixed(4), alignment: .right),
    ]

    static let flowRows: [[TableCell]] = [
        ["09:40", "M. Okafor", "Lee", TableCell("with provider", slot: .flowWithProvider), "18m"],
        ["10:00", "Renée Müller", "Lee", TableCell("roomed", slot: .flowRoomed), "21m"],
        ["10:20", "王小明", "Patel", TableCell("arrived", slot: .flowArrived), TableCell("34m!", slot: .waitLate)],
        ["10:20", "J. Alvarez", "Kim", "arrived", "9m"],
        ["10:40", "T. Nguyen", "Lee", "confirmed", "–"],
        ["11:00", "🚀 e\u{301}cole \u{1B}[2J", "Kim", "scheduled", "–"],
    ]

    @Test func boxWithTitleAndDetail() {
        var canvas = Canvas(size: Size(width: 40, height: 4))
        let inner = Box(title: "1 Flow · today", detail: "7 waiting · longest 34m", focused: true)
            .draw(into: &canvas, rect: canvas.bounds, theme: theme)
        #expect(inner == Rect(x: 1, y: 1, width: 38, height: 2))
        canvas.put("王小明 arrived", x: inner.x, y: inner.y, style: .plain)
        Golden.check(canvas, named: "box_title_detail", in: .widgets)
        #expect(canvas[0, 0].style == theme[.paneBorderFocused])
        #expect(canvas[2, 0].style == theme[.paneTitleFocused])
    }

    @Test func boxTitleTruncatesAndAsciiFallback() {
        var canvas = Canvas(size: Size(width: 16, height: 3))
        Box(title: "A very long pane title indeed", detail: "dropped", ascii: true)
            .draw(into: &canvas, rect: canvas.bounds, theme: theme)
        Golden.check(canvas, named: "box_ascii_truncated", in: .widgets)
        #expect(!canvas.text.contains("─"))
    }

    @Test func boxTooSmallDrawsNothing() {
        var canvas = Canvas(size: Size(width: 1, height: 1))
        let inner = Box(title: "x").draw(into: &canvas, rect: canvas.bounds, theme: theme)
        #expect(inner.isEmpty)
        #expect(canvas.text == " ")
    }

    @Test func tableWithSelection() {
        var canvas = Canvas(size: Size(width: 44, height: 6))
        let inner = Box(title: "Flow").draw(into: &canvas, rect: canvas.bounds, theme: theme)
        let table = TableView(columns: Self.flowColumns, rows: Self.flowRows, selected: 2)
        // Three rows show, so the selection is the second of them: one row before it, one after.
        let window = table.draw(into: &canvas, rect: inner, theme: theme)
        #expect(window.top == 1)
        Golden.check(canvas, named: "table_selected", in: .widgets)
        let selectedY = inner.y + 1 + 1
        #expect(canvas[inner.x, selectedY].grapheme == "▶")
        #expect(canvas[inner.maxX - 1, selectedY].style == theme[.tableSelected])
        // Cell slots show on unselected rows; the bar wins on the selected one but attributes merge.
        let roomedX = inner.x + 1 + 5 + 1 + 18 + 1 + 5 + 1
        #expect(canvas[roomedX, inner.y + 1].style == theme[.flowRoomed])
        #expect(canvas[inner.maxX - 2, selectedY].style == theme[.tableSelected].merged(over: theme[.waitLate]))
    }

    @Test func tableKeepsSelectionAThirdOfTheWayDown() {
        var canvas = Canvas(size: Size(width: 44, height: 6))
        let inner = Box(title: "Flow").draw(into: &canvas, rect: canvas.bounds, theme: theme)
        var table = TableView(columns: Self.flowColumns, rows: Self.flowRows, selected: 5, focused: false)
        #expect(table.draw(into: &canvas, rect: inner, theme: theme).top == 3)
        Golden.check(canvas, named: "table_scrolled", in: .widgets)
        #expect(!canvas.text.contains("\u{1B}"))
        #expect(canvas[inner.maxX - 1, inner.maxY - 1].style == theme[.tableSelectedUnfocused])

        // Stateless: the window follows from the selection alone, one row above it when three rows show.
        table.selected = 4
        #expect(table.draw(into: &canvas, rect: inner, theme: theme).top == 3)
        table.selected = 2
        #expect(table.draw(into: &canvas, rect: inner, theme: theme).top == 1)
        table.selected = 0
        #expect(table.draw(into: &canvas, rect: inner, theme: theme).top == 0)
    }

    @Test func tableAsksOnlyForTheRowsThatShow() {
        var canvas = Canvas(size: Size(width: 30, height: 5))
        let columns = [
            TableColumn("Claim", width: .fixed(8)), TableColumn("Open", width: .fixed(6), alignment: .right),
        ]
        var asked: [Int] = []
        let window = TableView(columns: columns, rows: [], selected: 40_000, showsScrollMarks: true)
            .draw(into: &canvas, rect: canvas.bounds, theme: theme, rowCount: 40_001) { index in
                asked.append(index)
                return [TableCell("C-\(index)"), TableCell("$\(index % 100)")]
            }
        #expect(window.rows == 39_997..<40_001)
        #expect(asked == Array(39_997...40_000))
        #expect(canvas.row(4).hasPrefix("▶C-40000"))
        #expect(canvas[29, 1].grapheme == "↑")
        #expect(canvas[29, 4].grapheme != "↓")
    }

    @Test func tableDropsLowestPriorityGrowsToMaxAndMarksScroll() {
        let columns = [
            TableColumn("Time", width: .fixed(5), priority: 100),
            TableColumn("Appt", width: .fixed(5), priority: 20),
            TableColumn("Patient", width: .growing(min: 8, max: 12), priority: 99),
            TableColumn("Wait", width: .fixed(4), alignment: .right, priority: 90),
            TableColumn("Notes", width: .growing(min: 5, max: 30), priority: 50),
        ]
        // 5+5+8+4+5 and four spaces: 31. Narrower, Appt (priority 20) goes before Notes (50), though it is left of it.
        #expect(TableView.columnWidths(columns, totalWidth: 31) == [5, 5, 8, 4, 5])
        #expect(TableView.columnWidths(columns, totalWidth: 25) == [5, 0, 8, 4, 5])
        #expect(TableView.columnWidths(columns, totalWidth: 24) == [5, 0, 12, 4, 0])
        #expect(TableView.columnWidths(columns, totalWidth: 19) == [5, 0, 8, 4, 0])
        #expect(TableView.columnWidths(columns, totalWidth: 18) == [5, 0, 12, 0, 0])
        // Spare room goes to growing columns in order, each up to its maximum; what is left stays blank.
        #expect(TableView.columnWidths(columns, totalWidth: 30) == [5, 0, 12, 4, 6])
        #expect(TableView.columnWidths(columns, totalWidth: 40) == [5, 5, 12, 4, 10])
        #expect(TableView.columnWidths(columns, totalWidth: 80) == [5, 5, 12, 4, 30])

        // A table's own widths leave out the marker gutter.
        let table = TableView(columns: columns, rows: [])
        #expect(table.columnWidths(in: Rect(x: 3, y: 0, width: 31, height: 4)) == [5, 0, 12, 4, 6])

        var canvas = Canvas(size: Size(width: 31, height: 4))
        let rows = (0..<6).map { i in ["09:\(i)0", "A-\(i)", "Patient \(i)", "\(i)m", "note"].map { TableCell($0) } }
        TableView(columns: columns, rows: rows, selected: 3, showsScrollMarks: true)
            .draw(into: &canvas, rect: canvas.bounds, theme: theme)
        Golden.check(canvas, named: "table_priority_marks", in: .widgets)
        #expect(canvas[30, 1].grapheme == "↑" && canvas[30, 3].grapheme == "↓")
        #expect(canvas[30, 1].style == theme[.textDim])
    }

    @Test func columnWidthsShareSpaceAndDropFromTheRight() {
        let cols = Self.flowColumns
        let wide = TableView.columnWidths(cols, totalWidth: 60)
        #expect(wide.reduce(0, +) + 4 == 60)
        #expect(wide[0] == 5 && wide[2] == 5 && wide[4] == 4)
        #expect(wide[1] > wide[3])
        let narrow = TableView.columnWidths(cols, totalWidth: 20)
        #expect(narrow == [5, 8, 5, 0, 0])
    }

    @Test func emptyTableShowsMessage() {
        var canvas = Canvas(size: Size(width: 30, height: 3))
        TableView(columns: Self.flowColumns, rows: [], emptyMessage: "No appointments today")
            .draw(into: &canvas, rect: canvas.bounds, theme: theme)
        #expect(canvas.row(1).contains("No appointments today"))
    }

    @Test func modalCentredOverContentClearsBeneath() {
        var canvas = Canvas(size: Size(width: 40, height: 9))
        for y in 0..<9 { canvas.put(String(repeating: "王x", count: 14), x: 0, y: y, style: .plain) }
        let modal = Modal(
            title: "Cancel appointment?", lines: ["10:20 王小明 with Dr Patel", "", "This cannot be undone\u{1B}[2J."],
            footer: "y yes · n no")
        let interior = modal.draw(into: &canvas, theme: theme)
        Golden.check(canvas, named: "modal_confirm", in: .widgets)
        #expect(interior.height == 3)
        #expect(canvas[interior.x, interior.y + 1].style == theme[.popupText])
        for y in 0..<9 { #expect(DisplayWidth.of(canvas.row(y)) == 40) }
    }

    @Test func modalLargerThanCanvasIsCapped() {
        var canvas = Canvas(size: Size(width: 20, height: 5))
        let modal = Modal(title: "Help", lines: (1...10).map { "line \($0) with quite a lot of text" })
        modal.draw(into: &canvas, theme: theme)
        #expect(modal.frame(in: canvas.size) == Rect(x: 0, y: 0, width: 20, height: 5))
        Golden.check(canvas, named: "modal_capped", in: .widgets)
    }

    @Test func modalCentresInARectWithStyledLines() {
        var canvas = Canvas(size: Size(width: 40, height: 9))
        for y in 0..<9 { canvas.put(String(repeating: "·", count: 40), x: 0, y: y, style: .plain) }
        let pane = Rect(x: 20, y: 2, width: 20, height: 7)
        let modal = Modal(
            title: "Cancel",
            content: [
                StyledLine([TableCell("⚠ ", slot: .alertWarn), "late cancel"]),
                StyledLine("< 24 h before the visit", slot: .textDim),
            ], footer: "Esc keep")
        #expect(modal.frame(in: pane) == Rect(x: 20, y: 3, width: 20, height: 4))
        let interior = modal.draw(into: &canvas, in: pane, theme: theme)
        Golden.check(canvas, named: "modal_in_rect", in: .widgets)
        #expect(interior == Rect(x: 22, y: 4, width: 16, height: 2))
        #expect(canvas[22, 4].style == theme[.alertWarn].merged(over: theme[.popupText]))
        #expect(canvas[24, 4].style == theme[.popupText])
        #expect(canvas[22, 5].style == theme[.textDim].merged(over: theme[.popupText]))
        #expect(canvas.row(2) == String(repeating: "·", count: 40))
        // The plain-lines view of the same content, for callers that only have strings.
        #expect(modal.lines == ["⚠ late cancel", "< 24 h before the visit"])
    }

    @Test func listViewSelectionAndScroll() {
        var canvas = Canvas(size: Size(width: 16, height: 3))
        let items: [TableCell] = [
            "Order gloves", "HIPAA Ana", TableCell("Appeal C-2231", slot: .taskOverdue), "Lease reply", "Payroll",
        ]
        let list = ListView(items: items, selected: 3, showsScrollMarks: true)
        #expect(list.draw(into: &canvas, rect: canvas.bounds, theme: theme).top == 2)
        Golden.check(canvas, named: "list_scrolled", in: .widgets)
        #expect(canvas[15, 0].grapheme == "↑")
    }

    @Test func keyHintsDropWholeItemsWhenNarrow() {
        let hints = [
            KeyHint("a", "arrive"), KeyHint("r", "room"), KeyHint(Key.function(12), "lock"), KeyHint("/", "filter"),
        ]
        var canvas = Canvas(size: Size(width: 28, height: 1))
        #expect(KeyHints.draw(hints, into: &canvas, rect: canvas.bounds, theme: theme) == 3)
        #expect(canvas.row(0) == " a arrive  r room  F12 lock ")
        #expect(KeyHints.fittingCount(hints, width: 26) == 2)
        var narrow = Canvas(size: Size(width: 20, height: 1))
        #expect(KeyHints.draw(hints, into: &narrow, rect: narrow.bounds, theme: theme) == 2)
        #expect(narrow.row(0) == " a arrive  r room   ")
        #expect(narrow[1, 0].style == theme[.statusKey].merged(over: theme[.statusBar]))
        #expect(narrow[3, 0].style == theme[.statusBar])
    }

    @Test func statusBarKeepsRightSide() {
        var canvas = Canvas(size: Size(width: 30, height: 1))
        StatusBar.draw(
            left: "ClinicDesk · Maple Family Practice", right: "? help", into: &canvas, rect: canvas.bounds,
            theme: theme, slot: .titleBar)
        #expect(canvas.row(0) == " ClinicDesk · Maple…   ? help ")
        #expect(canvas[0, 0].style == theme[.titleBar])
    }

    @Test func gaugeText() {
        #expect(Gauge(fraction: 0.5).text(width: 4) == "██  ")
        #expect(Gauge(fraction: 1).text(width: 3) == "███")
        #expect(Gauge(fraction: 0).text(width: 3) == "   ")
        #expect(Gauge(fraction: 0.3).text(width: 5) == "█▌   ")
        #expect(Gauge(fraction: 0.5, ascii: true).text(width: 4) == "##..")
        #expect(Gauge(fraction: .nan).text(width: 2) == "  ")
        for f in stride(from: 0.0, through: 1.0, by: 0.07) {
            #expect(DisplayWidth.of(Gauge(fraction: f).text(width: 7)) == 7)
        }
    }

    @Test func tooSmallNotice() {
        var canvas = Canvas(size: Size(width: 34, height: 5))
        TooSmallNotice.draw(into: &canvas, minimum: Size(width: 60, height: 18), theme: theme)
        Golden.check(canvas, named: "too_small", in: .widgets)
    }
}
