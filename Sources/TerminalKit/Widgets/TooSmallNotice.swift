/// What to show instead of a garbled layout when the window is below the app's minimum size.
public enum TooSmallNotice {
    /// Clears the canvas and centres "Enlarge the window to at least W×H (now w×h)".
    public static func draw(into canvas: inout Canvas, minimum: Size, theme: Theme) {
        canvas.fill(canvas.bounds, style: theme[.text])
        let lines = [
            "Window too small",
            "Enlarge it to at least \(minimum.width)×\(minimum.height)",
            "(now \(canvas.size.width)×\(canvas.size.height))",
        ]
        let top = max(0, (canvas.size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < canvas.size.height {
            let text = DisplayWidth.truncate(line, to: canvas.size.width)
            let x = max(0, (canvas.size.width - DisplayWidth.of(text)) / 2)
            canvas.put(text, x: x, y: top + i, style: i == 0 ? theme[.error] : theme[.text])
        }
    }
}
