/// One segment as read: its 1-based number in the file, and its elements. `elements[0]` is the segment ID, so
/// `segment[4]` is CLP04 on a CLP, as the implementation guides count.
public struct X12Segment: Sendable, Equatable {
    public var number: Int
    public var elements: [String]

    public init(number: Int, elements: [String]) {
        self.number = number; self.elements = elements
    }

    public var id: String { elements.first ?? "" }

    /// The element at an X12 position (1 is the first after the ID); "" when the segment is shorter.
    public subscript(position: Int) -> String {
        position >= 0 && position < elements.count ? elements[position] : ""
    }

    /// The highest position present (CLP*A*B has 2).
    public var lastPosition: Int { elements.count - 1 }

    /// `CLP04`: the name errors give an element.
    public func name(_ position: Int) -> String {
        position < 10 ? "\(id)0\(position)" : "\(id)\(position)"
    }

    /// An error at this segment, optionally naming one of its elements.
    func error(_ reason: String, element position: Int? = nil) -> X12Error {
        X12Error(segmentNumber: number, segmentID: id, element: position.map(name), reason: reason)
    }
}

/// Bytes → separators and segments. The separators come from the ISA segment, which is fixed-width (106
/// characters): the element separator is the byte after "ISA", the repetition separator ISA11, the component
/// separator ISA16 and the segment terminator the byte after ISA16. Line breaks after a terminator are not part of
/// the next segment, so files with CRLF, LF or no line breaks at all read the same.
public enum X12SegmentReader {
    /// The offsets of the 16 element separators in the fixed-width ISA; ISA16 sits at 104, the terminator at 105.
    static let isaSeparatorOffsets = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103]
    static let isaLength = 106

    public static func read(_ bytes: [UInt8]) throws(X12Error) -> (separators: X12Separators, segments: [X12Segment]) {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, isWhitespace(bytes[start]) { start += 1 }
        guard bytes.count - start >= 3, bytes[start] == 0x49, bytes[start + 1] == 0x53, bytes[start + 2] == 0x41
        else {
            throw X12Error(reason: "is not an X12 interchange: it must start with an ISA segment")
        }
        let delimiters = try isaDelimiters(bytes, at: start)
        let separators = X12Separators(
            element: character(delimiters.element), repetition: character(delimiters.repetition),
            component: character(delimiters.component), segment: character(delimiters.segment))
        return (separators, try segments(bytes, from: start, delimiters: delimiters))
    }

    struct Delimiters {
        var element: UInt8
        var repetition: UInt8
        var component: UInt8
        var segment: UInt8
    }

    private static func isaDelimiters(_ bytes: [UInt8], at start: Int) throws(X12Error) -> Delimiters {
        func isaError(_ reason: String, _ position: Int? = nil) -> X12Error {
            X12Error(
                segmentNumber: 1, segmentID: "ISA", element: position.map { $0 < 10 ? "ISA0\($0)" : "ISA\($0)" },
                reason: reason)
        }
        guard bytes.count - start >= isaLength else {
            throw isaError("is \(bytes.count - start) bytes long; a whole ISA alone is \(isaLength) characters")
        }
        let element = bytes[start + 3]
        for (index, offset) in isaSeparatorOffsets.enumerated() where bytes[start + offset] != element {
            throw isaError(
                "is not the fixed-width 106 characters: the element separator should come before ISA\(index + 1)"
                    + " at column \(offset + 1)")
        }
        let delimiters = Delimiters(
            element: element, repetition: bytes[start + 82], component: bytes[start + 104],
            segment: bytes[start + 105])
        let named: [(UInt8, String, Int?)] = [
            (delimiters.element, "element separator", nil), (delimiters.repetition, "repetition separator", 11),
            (delimiters.component, "component separator", 16), (delimiters.segment, "segment terminator", nil),
        ]
        for (byte, what, position) in named {
            guard byte < 0x80, byte != 0x20, !isAlphanumeric(byte) else {
                throw isaError("gives \(describe(byte)) as the \(what); it must be a punctuation character", position)
            }
        }
        guard Set(named.map(\.0)).count == named.count else {
            throw isaError("uses one character for two separators; all four must differ")
        }
        return delimiters
    }

    private static func segments(_ bytes: [UInt8], from start: Int, delimiters: Delimiters) throws(X12Error)
        -> [X12Segment]
    {
        var segments: [X12Segment] = []
        var index = start
        while index < bytes.count {
            // Line breaks (and stray blanks) between a terminator and the next segment are layout, not data.
            if isWhitespace(bytes[index]) && bytes[index] != delimiters.segment {
                index += 1
                continue
            }
            let number = segments.count + 1
            guard let end = bytes[index...].firstIndex(of: delimiters.segment) else {
                let id = String(decoding: bytes[index...].prefix(3), as: UTF8.self)
                throw X12Error(
                    segmentNumber: number, segmentID: id,
                    reason: "has no segment terminator: the file is truncated")
            }
            var body = bytes[index..<end]
            // A newline terminator on a CRLF file leaves the CR on each segment.
            if delimiters.segment == 0x0A, body.last == 0x0D { body = body.dropLast() }
            index = end + 1
            if delimiters.segment == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
            let elements = body.split(separator: delimiters.element, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            let segment = X12Segment(number: number, elements: elements)
            guard isSegmentID(segment.id) else {
                throw X12Error(
                    segmentNumber: number, segmentID: String(segment.id.prefix(8)),
                    reason: "does not start with a segment ID (two or three capital letters and digits)")
            }
            segments.append(segment)
        }
        return segments
    }

    private static func isSegmentID(_ id: String) -> Bool {
        (2...3).contains(id.utf8.count)
            && id.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }
            && id.utf8.first.map { $0 >= 0x41 } == true
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func character(_ byte: UInt8) -> Character { Character(Unicode.Scalar(byte)) }

    private static func describe(_ byte: UInt8) -> String {
        switch byte {
        case 0x20: "a space"
        case 0x21..<0x7F: "'\(Character(Unicode.Scalar(byte)))'"
        default: "byte \(byte)"
        }
    }
}
