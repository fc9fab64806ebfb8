import Foundation

/// One code as the ICD-10-CM code set lists it.
public struct ICD10CMEntry: Sendable, Equatable {
    /// With the dot: `E11.9`.
    public let code: String
    /// A leaf code; a category or subcategory with codes below it is not billable.
    public let isBillable: Bool
    public let description: String

    public init(code: String, isBillable: Bool, description: String) {
        self.code = code; self.isBillable = isBillable; self.description = description
    }
}

/// The ICD-10-CM table in the format scripts/extract-icd10cm.py writes. It keeps the file's bytes and where each code
/// line starts, in code order: a lookup is a binary search, and only a hit's description becomes a `String`. About
/// 98,000 codes would make a dictionary of that many strings; this is one array of bytes and one of offsets.
public struct ICD10CodeSet: Sendable {
    public struct Malformed: Error, Sendable, Equatable {
        public let line: Int
        public let reason: String
    }

    private let bytes: [UInt8]
    /// The offset of each code line's first byte, sorted by code, and the length of its code column.
    private let codeLines: [Int32]
    private let codeLengths: [UInt8]
    /// What a seventh character adds to its parent's title (`+N` in a description column).
    private let seventhCharacters: [String]
    /// The file's `#` lines without the `# `: where the data came from.
    public let provenance: [String]

    public var count: Int { codeLines.count }

    public init(tsv bytes: [UInt8]) throws(Malformed) {
        guard bytes.count < Int(Int32.max) else { throw Malformed(line: 0, reason: "file too large") }
        var parser = Parser()
        bytes.withUnsafeBufferPointer { parser.parse($0) }
        if let problem = parser.problem { throw problem }
        self.bytes = bytes
        codeLines = parser.codeLines
        codeLengths = parser.codeLengths
        seventhCharacters = parser.seventhCharacters
        provenance = parser.provenance
    }

    /// The entry for a code written with its dot, upper case (`E11.9`); see `ICD10CM.normalized`.
    public func entry(_ code: String) -> ICD10CMEntry? {
        guard let index = index(of: code) else { return nil }
        return entry(at: index)
    }

    /// A billable code under a category, for an error's "for example": the shortest, and of those one ending in 9
    /// (ICD-10-CM's usual "unspecified" or "without complications" slot: E11 → E11.9), else the first.
    public func billableExample(under code: String) -> ICD10CMEntry? {
        guard let first = index(of: code) else { return nil }
        let prefix = Array(code.utf8)
        var best: (index: Int, length: Int, endsInNine: Bool)?
        var index = first + 1
        while index < codeLines.count {
            let field = codeField(at: index)
            guard field.count > prefix.count, field.starts(with: prefix) else { break }
            if isBillable(at: index) {
                let candidate = (index: index, length: field.count, endsInNine: field.last == UInt8(ascii: "9"))
                if let current = best {
                    if candidate.length < current.length
                        || (candidate.length == current.length && candidate.endsInNine && !current.endsInNine)
                    {
                        best = candidate
                    }
                } else {
                    best = candidate
                }
            }
            index += 1
        }
        return best.map { entry(at: $0.index) }
    }

    // MARK: - Reading lines

    private func index(of code: String) -> Int? {
        let key = Array(code.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            key.withUnsafeBufferPointer { key in
                var low = 0
                var high = codeLines.count
                while low < high {
                    let middle = (low + high) / 2
                    let order = Parser.compare(
                        buffer, Int(codeLines[middle]), Int(codeLengths[middle]), key, 0, key.count)
                    if order < 0 {
                        low = middle + 1
                    } else if order > 0 {
                        high = middle
                    } else {
                        return middle
                    }
                }
                return nil
            }
        }
    }

    /// The code column of line `index`.
    private func codeField(at index: Int) -> ArraySlice<UInt8> {
        let start = Int(codeLines[index])
        return bytes[start..<start + Int(codeLengths[index])]
    }

    private func isBillable(at index: Int) -> Bool {
        bytes[codeField(at: index).endIndex + 1] == UInt8(ascii: "B")
    }

    private func entry(at index: Int) -> ICD10CMEntry {
        let field = codeField(at: index)
        let code = String(decoding: field, as: UTF8.self)
        let descriptionStart = field.endIndex + 3
        var end = descriptionStart
        while end < bytes.count && bytes[end] != Parser.newline { end += 1 }
        var description = String(decoding: bytes[descriptionStart..<end], as: UTF8.self)
        if description.hasPrefix("+"), let number = Int(description.dropFirst()),
            seventhCharacters.indices.contains(number)
        {
            let parentTitle = parentCode(of: code).flatMap { self.entry($0)?.description } ?? code
            description = parentTitle + ", " + seventhCharacters[number]
        }
        return ICD10CMEntry(
            code: code, isBillable: bytes[field.endIndex + 1] == UInt8(ascii: "B"), description: description)
    }

    /// A seventh-character code's parent: without the seventh character and the placeholder Xs (S02.0XXA → S02.0).
    /// scripts/extract-icd10cm.py checks this rule against the CMS hierarchy for every such code.
    private func parentCode(of code: String) -> String? {
        var parent = Substring(code.dropLast())
        while parent.hasSuffix("X") { parent = parent.dropLast() }
        if parent.hasSuffix(".") { parent = parent.dropLast() }
        return parent.isEmpty || parent.count == code.count ? nil : String(parent)
    }
}

/// One pass over the file: sorts its lines into provenance, seventh characters and code lines, and checks that the
/// code lines are well formed and in order (a binary search over an unsorted table would miss codes silently).
private struct Parser {
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")

    var codeLines: [Int32] = []
    var codeLengths: [UInt8] = []
    var seventhCharacters: [String] = []
    var provenance: [String] = []
    var problem: ICD10CodeSet.Malformed?

    mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>) {
        codeLines.reserveCapacity(buffer.count / 32)
        codeLengths.reserveCapacity(buffer.count / 32)
        var previous = (start: 0, length: 0)
        var start = 0
        var lineNumber = 0
        while start < buffer.count, problem == nil {
            var end = start
            while end < buffer.count && buffer[end] != Self.newline { end += 1 }
            lineNumber += 1
            let line = start..<end
            start = end + 1
            guard !line.isEmpty else { continue }
            switch buffer[line.lowerBound] {
            case UInt8(ascii: "#"):
                let text = String(decoding: buffer[line].dropFirst(), as: UTF8.self)
                provenance.append(text.trimmingCharacters(in: .whitespaces))
            case UInt8(ascii: "+"):
                addSeventhCharacter(buffer[line], lineNumber: lineNumber)
            default:
                guard let length = codeLength(buffer, line: line) else {
                    problem = .init(line: lineNumber, reason: "expected code<TAB>B or C<TAB>description")
                    break
                }
                if !codeLines.isEmpty,
                    Self.compare(buffer, previous.start, previous.length, buffer, line.lowerBound, length) >= 0
                {
                    problem = .init(line: lineNumber, reason: "codes out of order")
                }
                previous = (line.lowerBound, length)
                codeLines.append(Int32(line.lowerBound))
                codeLengths.append(UInt8(length))
            }
        }
    }

    /// Byte order of two code columns: negative, zero or positive. Written out because the generic
    /// `lexicographicallyPrecedes` over slices is slow in debug builds, which the tests and the e2e runs use.
    static func compare(
        _ left: UnsafeBufferPointer<UInt8>, _ leftStart: Int, _ leftLength: Int,
        _ right: UnsafeBufferPointer<UInt8>, _ rightStart: Int, _ rightLength: Int
    ) -> Int {
        var offset = 0
        while offset < leftLength && offset < rightLength {
            let difference = Int(left[leftStart + offset]) - Int(right[rightStart + offset])
            if difference != 0 { return difference }
            offset += 1
        }
        return leftLength - rightLength
    }

    /// `+N<TAB>text`, N counting up from 0.
    private mutating func addSeventhCharacter(_ line: Slice<UnsafeBufferPointer<UInt8>>, lineNumber: Int) {
        let text = String(decoding: line, as: UTF8.self)
        let parts = text.dropFirst().split(separator: "\t", maxSplits: 1)
        guard parts.count == 2, Int(parts[0]) == seventhCharacters.count else {
            problem = .init(line: lineNumber, reason: "expected +\(seventhCharacters.count)<TAB>text")
            return
        }
        seventhCharacters.append(String(parts[1]))
    }

    /// The code column's length if the line is `code<TAB>B|C<TAB>description` with a code of 3 to 8 characters.
    private func codeLength(_ buffer: UnsafeBufferPointer<UInt8>, line: Range<Int>) -> Int? {
        var tabIndex = line.lowerBound
        while tabIndex < line.upperBound && buffer[tabIndex] != Self.tab { tabIndex += 1 }
        let length = tabIndex - line.lowerBound
        guard (3...8).contains(length), tabIndex + 3 < line.upperBound, buffer[tabIndex + 2] == Self.tab,
            buffer[tabIndex + 1] == UInt8(ascii: "B") || buffer[tabIndex + 1] == UInt8(ascii: "C")
        else { return nil }
        return length
    }
}
