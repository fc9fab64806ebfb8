import Testing

@testable import ClinicInterop

/// RFC 5545's TEXT escaping and line folding, on their own.
struct ICalendarTextTests {
    @Test func escapesBackslashSemicolonCommaAndLineBreaks() {
        #expect(ICalendarText.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICalendarText.escape("one\r\ntwo\nthree\rfour") == #"one\ntwo\nthree\nfour"#)
        #expect(ICalendarText.escape("colon: \"quoted\"") == "colon: \"quoted\"")
    }

    @Test func dropsTheControlsTextForbidsButKeepsTab() {
        #expect(ICalendarText.escape("a\u{0}b\u{7}c\u{1B}d\u{7F}e\u{85}f\tg") == "abcdef\tg")
    }

    @Test func parametersAreQuotedOnlyWhenTheyMustBe() {
        #expect(ICalendarText.parameter("Dr Lee") == "Dr Lee")
        #expect(ICalendarText.parameter("Lee, Ann; MD") == "\"Lee, Ann; MD\"")
        #expect(ICalendarText.parameter("Ann \"Doc\" Lee\n") == "Ann Doc Lee")
    }

    func folded(_ line: String) -> [UInt8] {
        var out: [UInt8] = []
        ICalendarText.appendFolded(line, to: &out)
        return out
    }

    /// The physical lines of a folded line, CRLF removed.
    func physical(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = [[]]
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                lines.append([])
                index += 2
            } else {
                lines[lines.count - 1].append(bytes[index])
                index += 1
            }
        }
        return lines.filter { !$0.isEmpty }
    }

    @Test func aLineOf75OctetsIsNotFolded() {
        let line = String(repeating: "x", count: 75)
        #expect(folded(line) == Array(line.utf8) + [0x0D, 0x0A])
    }

    @Test func aLineOf76OctetsFoldsAt75() {
        let lines = physical(folded(String(repeating: "x", count: 76)))
        #expect(lines.map(\.count) == [75, 2])
        #expect(lines[1] == [0x20, UInt8(ascii: "x")])
    }

    @Test func continuationLinesHold74OctetsAfterTheSpace() {
        let lines = physical(folded(String(repeating: "y", count: 75 + 74 + 10)))
        #expect(lines.map(\.count) == [75, 75, 11])
        #expect(lines.dropFirst().allSatisfy { $0.first == 0x20 })
    }

    @Test(arguments: ["é", "€", "😀"])
    func aFoldNeverSplitsAUTF8Sequence(character: String) {
        // Every offset of the character against the 75-octet boundary.
        for prefix in 70...75 {
            let line = String(repeating: "a", count: prefix) + String(repeating: character, count: 40)
            let lines = physical(folded(line))
            #expect(lines.allSatisfy { $0.count <= 75 })
            for (index, bytes) in lines.enumerated() {
                let body = index == 0 ? bytes[...] : bytes.dropFirst()
                #expect(String(validating: body, as: UTF8.self) != nil, "line \(index) splits a character")
            }
            let unfolded = lines.enumerated().flatMap { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) }
            #expect(unfolded == Array(line.utf8))
        }
    }

    @Test func aFoldFallsRightBeforeAMultiByteCharacterThatWouldCrossTheLimit() {
        // 74 ASCII octets then "é" (2 octets): 76 in all, so "é" moves whole to the next line.
        let lines = physical(folded(String(repeating: "a", count: 74) + "é"))
        #expect(lines.map(\.count) == [74, 3])
    }
}
