/// Reads an 835 (005010X221A1) file: envelopes first — ISA/IEA, GS/GE, ST/SE, their control numbers and counts —
/// then each transaction set's body (`Remittance835Parser+Transaction.swift`). Any fault refuses the whole file.
public enum Remittance835Parser {
    public static let acceptedVersions: Set<String> = ["005010X221A1", "005010X221"]

    public static func parse(_ bytes: [UInt8]) throws(X12Error) -> Remittance {
        let (separators, segments) = try X12SegmentReader.read(bytes)
        var cursor = SegmentCursor(segments: segments)
        var transactions: [RemittanceAdvice] = []
        while let isa = cursor.next() {
            try readInterchange(isa, &cursor, separators: separators, into: &transactions)
        }
        return Remittance(separators: separators, transactions: transactions)
    }

    /// Walks segments in order; `last` is where a truncated file ended, for the error.
    struct SegmentCursor {
        let segments: [X12Segment]
        var index = 0

        mutating func next() -> X12Segment? {
            guard index < segments.count else { return nil }
            index += 1
            return segments[index - 1]
        }

        var peek: X12Segment? { index < segments.count ? segments[index] : nil }
        var lastNumber: Int { segments.last?.number ?? 0 }

        mutating func expect(_ what: String, opening: X12Segment) throws(X12Error) -> X12Segment {
            guard let segment = next() else {
                throw opening.error(
                    "is never closed: the file ends after segment \(lastNumber) without \(what) (truncated?)")
            }
            return segment
        }
    }

    private static func readInterchange(
        _ isa: X12Segment, _ cursor: inout SegmentCursor, separators: X12Separators,
        into transactions: inout [RemittanceAdvice]
    ) throws(X12Error) {
        guard isa.id == "ISA" else {
            throw isa.error("comes after the end of an interchange; only a new ISA may follow IEA")
        }
        guard isa[12] == "00501" else {
            throw isa.error("'\(isa[12])' is not 00501, the interchange version of 005010X221A1", element: 12)
        }
        let control = try isa.required(13, "interchange control number")
        var groups = 0
        while true {
            let segment = try cursor.expect("an IEA", opening: isa)
            switch segment.id {
            case "GS":
                try readGroup(segment, &cursor, interchange: control, separators: separators, into: &transactions)
                groups += 1
            case "IEA":
                guard segment[2] == control else {
                    throw segment.error("'\(segment[2])' does not match ISA13 '\(control)'", element: 2)
                }
                guard segment[1] == String(groups) else {
                    throw segment.error(
                        "says \(segment[1]) functional groups, the interchange has \(groups)", element: 1)
                }
                return
            default:
                throw segment.error("is outside a functional group: a GS or the IEA was expected")
            }
        }
    }

    private static func readGroup(
        _ gs: X12Segment, _ cursor: inout SegmentCursor, interchange: String, separators: X12Separators,
        into transactions: inout [RemittanceAdvice]
    ) throws(X12Error) {
        guard gs[1] == "HP" else {
            throw gs.error("'\(gs[1])' is not HP, the functional group of health care claim payments", element: 1)
        }
        let version = gs[8]
        guard acceptedVersions.contains(version) else {
            throw gs.error("'\(version)' is not 005010X221A1 (or 005010X221)", element: 8)
        }
        let control = try gs.required(6, "group control number")
        var sets = 0
        while true {
            let segment = try cursor.expect("a GE", opening: gs)
            switch segment.id {
            case "ST":
                var body: [X12Segment] = []
                var se = try cursor.expect("an SE", opening: segment)
                while se.id != "SE" {
                    guard !["ST", "GE", "GS", "IEA", "ISA"].contains(se.id) else {
                        throw se.error("comes before the SE that closes the ST at segment \(segment.number)")
                    }
                    body.append(se)
                    se = try cursor.expect("an SE", opening: segment)
                }
                let envelope = try checkTransactionEnvelope(st: segment, se: se, bodyCount: body.count)
                var reader = TransactionReader(st: segment, body: body, separators: separators)
                transactions.append(
                    try reader.read(interchange: interchange, group: control, envelope: envelope))
                sets += 1
            case "GE":
                guard segment[2] == control else {
                    throw segment.error("'\(segment[2])' does not match GS06 '\(control)'", element: 2)
                }
                guard segment[1] == String(sets) else {
                    throw segment.error("says \(segment[1]) transaction sets, the group has \(sets)", element: 1)
                }
                return
            default:
                throw segment.error("is outside a transaction set: an ST or the GE was expected")
            }
        }
    }

    struct TransactionEnvelope {
        var controlNumber: String
        var version: String
    }

    private static func checkTransactionEnvelope(st: X12Segment, se: X12Segment, bodyCount: Int) throws(X12Error)
        -> TransactionEnvelope
    {
        guard st[1] == "835" else {
            throw st.error("'\(st[1])' is not 835: this reader takes remittance advice only", element: 1)
        }
        let control = try st.required(2, "transaction set control number")
        let version = try st.required(3, "implementation convention reference")
        guard acceptedVersions.contains(version) else {
            throw st.error("'\(version)' is not 005010X221A1 (or 005010X221)", element: 3)
        }
        let count = bodyCount + 2
        guard se[1] == String(count) else {
            throw se.error("says \(se[1].isEmpty ? "nothing" : se[1]) segments, the set has \(count)", element: 1)
        }
        guard se[2] == control else {
            throw se.error("'\(se[2])' does not match ST02 '\(control)'", element: 2)
        }
        return TransactionEnvelope(controlNumber: control, version: version)
    }
}
