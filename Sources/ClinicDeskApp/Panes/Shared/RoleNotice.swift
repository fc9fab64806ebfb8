import TerminalKit

/// What a pane shows instead of its body when the signed-in role may not see it: one sentence, wrapped, saying
/// so and who can.
enum RoleNotice {
    static func draw(_ sentence: String, into canvas: inout Canvas, rect: Rect, theme: Theme) {
        let lines = TextWrap.lines(sentence, width: max(10, rect.width - 2))
        for (row, line) in lines.prefix(rect.height).enumerated() {
            canvas.put(line, x: rect.x + 1, y: rect.y + row, style: theme[.textDim], clip: rect)
        }
    }
}
