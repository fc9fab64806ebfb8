import Testing

@testable import TerminalKit

/// Theme files go through `TOMLInput` before TOMLKit, whose parser aborts the process on some malformed headers
/// (found by scripts/fuzz.sh): those come back as a theme error with the line instead.
@Suite struct TOMLInputTests {
    @Test(arguments: [
        ("[*]\nfg = \"red\"\n", 1, "column 2: a table header must start with a key"),
        ("name = \"x\"\n[\nslots]\n", 2, "column 2: a table header must start with a key"),
        ("name = \"x\"\n[[ #\n", 2, "column 4: a table header must start with a key"),
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

    @Test func wellFormedTextPasses() {
        let text = "# a comment\nname = \"x\"\n[slots]\ntext = { fg = \"red\" }\n[ \"quoted\" ]\nkey = 'a\tb'\n"
        #expect(TOMLInput.firstProblem(in: text) == nil)
    }
}
