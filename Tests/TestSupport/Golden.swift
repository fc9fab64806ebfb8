import Foundation
import TerminalKit
import Testing

/// Golden screens: a canvas is compared cell for cell with `NAME.txt` (its text) and `NAME.styles.txt` (every
/// cell's foreground, background and attributes, see `StyleMap`) in a target's `GoldenFolder`. A normal run reads
/// the bundled copies; `RECORD_GOLDEN=1` writes both files into the source folder instead (rebuild before the
/// next normal run, so the bundle picks them up).
public enum Golden {
    public static func check(
        _ canvas: Canvas, named name: String, in folder: GoldenFolder,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let text = folder.text(of: canvas.text)
        let styles = StyleMap(canvas)
        if GoldenFolder.isRecording {
            record(text, as: GoldenFolder.textFileName(name), in: folder, sourceLocation: sourceLocation)
            record(styles.fileText, as: GoldenFolder.stylesFileName(name), in: folder, sourceLocation: sourceLocation)
            return
        }
        if let expected = read(GoldenFolder.textFileName(name), in: folder, sourceLocation: sourceLocation),
            expected != text
        {
            Issue.record(
                Comment(
                    rawValue: textMismatch(
                        name, want: folder.rows(of: expected),
                        got: folder.rows(of: text))),
                sourceLocation: sourceLocation)
        }
        if let expected = read(GoldenFolder.stylesFileName(name), in: folder, sourceLocation: sourceLocation),
            expected != styles.fileText
        {
            Issue.record(
                Comment(
                    rawValue: stylesMismatch(
                        name, want: StyleMap(fileText: expected), got: styles,
                        canvas: canvas)),
                sourceLocation: sourceLocation)
        }
    }

    private static func record(
        _ contents: String, as fileName: String, in folder: GoldenFolder,
        sourceLocation: SourceLocation
    ) {
        do {
            try contents.write(to: folder.source.appendingPathComponent(fileName), atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not record \(fileName): \(error)", sourceLocation: sourceLocation)
        }
    }

    private static func read(_ fileName: String, in folder: GoldenFolder, sourceLocation: SourceLocation) -> String? {
        guard let url = folder.bundled?.appendingPathComponent(fileName),
            let contents = try? String(contentsOf: url, encoding: .utf8)
        else {
            Issue.record(
                "no golden file \(fileName); run with RECORD_GOLDEN=1 to create it",
                sourceLocation: sourceLocation)
            return nil
        }
        return contents
    }

    public static func textMismatch(_ name: String, want: [String], got: [String]) -> String {
        let row =
            zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(want.count, got.count)
        return """
            \(name) text differs at row \(row) (RECORD_GOLDEN=1 to accept the new screen):
            want: \(row < want.count ? want[row] : "<no row>")
            got:  \(row < got.count ? got[row] : "<no row>")
            --- got ---
            \(got.joined(separator: "\n"))
            """
    }

    public static func stylesMismatch(_ name: String, want: StyleMap?, got: StyleMap, canvas: Canvas) -> String {
        let accept = "(RECORD_GOLDEN=1 to accept the new screen)"
        guard let want else { return "\(name).styles.txt is not a styles file \(accept)" }
        guard want.size == got.size else {
            return "\(name) styles: want \(want.size.width)×\(want.size.height) cells, got "
                + "\(got.size.width)×\(got.size.height) \(accept)"
        }
        guard let difference = got.firstDifference(from: want) else {
            return "\(name).styles.txt has the same styles in another layout \(accept)"
        }
        let (x, y) = (difference.x, difference.y)
        return """
            \(name) styles differ at row \(y), column \(x) (canvas[\(x), \(y)], "\(canvas[x, y].grapheme)"), \
            \(difference.count) cell\(difference.count == 1 ? "" : "s") in all \(accept):
            want: \(difference.theirs)
            got:  \(difference.mine)
            """
    }
}
