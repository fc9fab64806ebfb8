/// Appends segments to X12 text: elements joined by the element separator, trailing empty elements dropped (X12
/// forbids them), each segment ended by the terminator and, for people reading the file, a newline.
struct X12SegmentWriter {
    let separators: X12Separators
    let lineBreaks: Bool
    private(set) var text = ""
    /// Segments since the last `resetCount()`: SE01 counts ST through SE.
    private(set) var count = 0

    init(separators: X12Separators = .standard, lineBreaks: Bool) {
        self.separators = separators
        self.lineBreaks = lineBreaks
    }

    mutating func add(_ id: String, _ elements: String...) { add(id, elements) }

    mutating func add(_ id: String, _ elements: [String]) {
        var kept = elements[...]
        while let last = kept.last, last.isEmpty { kept = kept.dropLast() }
        text += id
        for element in kept {
            text.append(separators.element)
            text += element
        }
        text.append(separators.segment)
        if lineBreaks { text += "\n" }
        count += 1
    }

    mutating func resetCount() { count = 0 }

    /// A composite element (`HC:99213:25`), trailing empty components dropped.
    func composite(_ components: [String]) -> String {
        var kept = components[...]
        while let last = kept.last, last.isEmpty { kept = kept.dropLast() }
        return kept.joined(separator: String(separators.component))
    }
}
