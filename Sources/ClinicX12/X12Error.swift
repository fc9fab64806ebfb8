/// Why an X12 file was refused, and where: the segment's 1-based number counted from the start of the file, its ID,
/// and the element position (`CLP04`) when one element is at fault. A malformed file is refused whole.
public struct X12Error: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's name, when the caller knows it (`withFile`); the reader itself sees only bytes.
    public var file: String?
    /// 1-based, counted in the file (ISA is segment 1); nil when the fault is the file as a whole.
    public var segmentNumber: Int?
    public var segmentID: String?
    /// `CLP04`, `SVC01-2`: the element (or component) at fault, if one is.
    public var element: String?
    public var reason: String

    public init(
        segmentNumber: Int? = nil, segmentID: String? = nil, element: String? = nil, reason: String,
        file: String? = nil
    ) {
        self.segmentNumber = segmentNumber; self.segmentID = segmentID; self.element = element
        self.reason = reason; self.file = file
    }

    /// The same error, naming the file it came from.
    public func withFile(_ name: String) -> X12Error {
        var copy = self
        copy.file = name
        return copy
    }

    /// `835.edi: segment 14 (SE): SE01 says 12 segments, the set has 13`
    public var description: String {
        var text = file.map { "\($0): " } ?? ""
        if let segmentNumber {
            text += "segment \(segmentNumber)"
            if let segmentID, !segmentID.isEmpty { text += " (\(segmentID))" }
            text += ": "
        }
        if let element { text += element + " " }
        return text + reason
    }
}
