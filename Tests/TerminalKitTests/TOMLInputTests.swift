import Testing

@testable import TerminalKit

/// Theme files go through `TOMLInput` before TOMLKit, whose parser aborts the process on some malformed headers
/// (found by scripts/fuzz.sh): those come back as a theme error with the line instead.
@Suite struct TOMLInputTests {
    @Test(arguments: [
        ("[*]\nfg = \"red\"\n", 1, "column 2: expected a key"),
        ("name = \"x\"\n[\nslots]\n", 2, "column 2: expected a key"),
        ("name = \"x\"\n[[ #\n", 2, "column 2: arrays of tables"),
        ("r  =[  }\n", 1, "column 8: expected a value"),
        ("book = [\n  \"b\",\n]\n", 1, "column 9: the list is not closed on this line"),
        ("name = \"x\u{1}\"\n", 1, "control character U+0001 at column 10"),
    ])
    func malformedHeadersAndControlCharactersAreRefusedWithTheirLine(text: String, line: Int, message: String) {
        #expect {
            _ = try Theme.parse(toml: text, name: "t", file: "t.toml")
        } throws: { error in
            guard let error = error as? ThemeError else { return false }
            return error.line == line && error.message.contains(message)
        }
    }

    @Test func crlfFilesPassAndAStrayCarriageReturnIsRefused() {
        #expect(TOMLInput.firstProblem(in: "name = \"x\"\r\n[slots]\r\ntext = {}\r\n") == nil)
        #expect(TOMLInput.firstProblem(in: "[\t\rflow]\n")?.line == 1, "found by scripts/fuzz.sh")
    }

    @Test func wellFormedTextPasses() {
        let text =
            "# a comment\nname = \"x\"  # why\n[slots]\ntext = { fg = \"red\", bold = true, bg = 214 }\n"
            + "[ \"quoted\" ]\nkey = 'a\tb'\nlist = [\"a\", \"C-q\", ]\n\"t.x\" = {}\nn = -1_000\nu = \"\\u00e9\"\n"
        #expect(TOMLInput.firstProblem(in: text) == nil)
    }
}
