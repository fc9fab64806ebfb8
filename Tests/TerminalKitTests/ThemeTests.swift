import Foundation
import Testing
@testable import TerminalKit

@Suite struct ThemeTests {
    static let themesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes").path

    static let themeFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: themesFolder)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted()
    }()

    @Test func themesFolderHasTheFiveThemes() {
        #expect(
            Self.themeFiles == ["dark.toml", "default.toml", "high-contrast.toml", "light.toml", "monochrome.toml"])
    }

    @Test(arguments: themeFiles)
    func everyThemeFileLoadsAndSetsEverySlot(file: String) throws {
        let theme = try Theme.load(file: Self.themesFolder + "/" + file)
        #expect(theme.name + ".toml" == file)
        let missing = Set(StyleSlot.all).subtracting(theme.definedSlots).map(\.name).sorted()
        #expect(missing.isEmpty, "\(file) does not set: \(missing)")
        // A selection bar that looks like plain text would make the selected row invisible.
        #expect(theme[.tableSelected] != theme[.text])
        #expect(theme.monochrome()[.tableSelected] != theme.monochrome()[.text])
    }

    @Test func loadByNameSearchesPathsInOrder() throws {
        let theme = try Theme.load(named: "dark", searchPaths: ["/nonexistent", Self.themesFolder])
        #expect(theme.name == "dark")
        #expect(theme[.text].background == .indexed(235))
        let error = #expect(throws: ThemeError.self) { try Theme.load(named: "nope", searchPaths: [Self.themesFolder]) }
        #expect(error?.description.contains("theme not found") == true)
        #expect(throws: ThemeError.self) { try Theme.load(named: "../default", searchPaths: [Self.themesFolder]) }
    }

    @Test func builtInDefaultMatchesDefaultFile() throws {
        let file = try String(contentsOfFile: Self.themesFolder + "/default.toml", encoding: .utf8)
        #expect(BuiltInThemeText.defaultTheme == file)
        #expect(Theme.builtInDefault == (try Theme.load(file: Self.themesFolder + "/default.toml")))
        #expect(Theme.builtInDefault[.tableSelected] == Style(foreground: .black, background: .cyan, attributes: .bold))
    }

    @Test func unsetSlotsFallBackToTextThenPlain() throws {
        let theme = try Theme.parse(
            toml: """
                [slots]
                "text" = { fg = "white", bg = 235 }
                "error" = { fg = "red", bold = true }
                """, name: "t", file: "t.toml")
        #expect(theme.name == "t")
        #expect(theme[.mask] == Style(foreground: .white, background: .indexed(235)))
        #expect(theme[.error] == Style(foreground: .red, background: .indexed(235), attributes: .bold))
        #expect(theme[StyleSlot("no.such.slot")] == theme[.text])
        let empty = try Theme.parse(toml: "[slots]\n", name: "e", file: "e.toml")
        #expect(empty[.paneBorder] == .plain)
    }

    @Test func fallbacksApplyBelow256Colours() throws {
        let theme = try Theme.parse(
            toml: """
                [slots]
                "wait.late" = { fg = 196, bold = true, fallback = "red" }
                "grid.block" = { fg = 21 }
                "text" = { bg = 235, bg_fallback = "black" }
                """, name: "t", file: "t.toml")
        #expect(theme[.waitLate].foreground == .indexed(196))
        let eight = theme.adapted(toPalette: 8)
        #expect(eight[.waitLate].foreground == .red)
        #expect(eight[.waitLate].attributes == .bold)
        #expect(eight[.text].background == .black)
        #expect(eight[.gridBlock].foreground == .blue) // nearest basic colour to xterm 21 (pure blue)
        #expect(theme.adapted(toPalette: 256) == theme)
    }

    @Test func monochromeDropsColoursKeepsAttributesAndKeepsBarsVisible() {
        let mono = Theme.builtInDefault.monochrome()
        for slot in StyleSlot.all {
            #expect(mono[slot].foreground == .default)
            #expect(mono[slot].background == .default)
        }
        #expect(mono[.waitLate].attributes.contains(.bold))
        #expect(mono[.tableSelected].attributes.contains(.reverse))
        #expect(!mono[.paneBorder].attributes.contains(.reverse))
    }

    @Test func unknownSlotReportsFileLineKeyAndSuggestion() {
        let toml = """
            name = "bad"
            # a comment

            [slots]
            "text" = {}
            "pane.border" = { fg = "blue" }
            "pane.bordr" = { fg = "blue" }
            """
        let error = #expect(throws: ThemeError.self) {
            try Theme.parse(toml: toml, name: "bad", file: "themes/bad.toml")
        }
        #expect(error?.file == "themes/bad.toml")
        #expect(error?.line == 7)
        #expect(error?.key == "pane.bordr")
        #expect(
            error?.description
                == "themes/bad.toml:7: key 'pane.bordr': unknown style slot (did you mean 'pane.border'?)")
    }

    @Test func badColourNameAndBadTypesAreReported() {
        let badColour = #expect(throws: ThemeError.self) {
            try Theme.parse(
                toml: "[slots]\n\"text\" = {}\n\"error\" = { fg = \"purple\" }\n", name: "b", file: "b.toml")
        }
        #expect(badColour?.line == 3)
        #expect(badColour?.key == "error")
        #expect(badColour?.message.contains("unknown colour 'purple'") == true)

        let outOfRange = #expect(throws: ThemeError.self) {
            try Theme.parse(toml: "[slots]\n\"ok\" = { fg = 300 }\n", name: "b", file: "b.toml")
        }
        #expect(outOfRange?.line == 2)
        #expect(outOfRange?.message.contains("0–255") == true)

        let badBool = #expect(throws: ThemeError.self) {
            try Theme.parse(toml: "[slots]\n\"ok\" = { bold = \"yes\" }\n", name: "b", file: "b.toml")
        }
        #expect(badBool?.message.contains("'bold' must be true or false") == true)

        let badProperty = #expect(throws: ThemeError.self) {
            try Theme.parse(toml: "[slots]\nok = { colour = \"red\" }\n", name: "b", file: "b.toml")
        }
        #expect(badProperty?.line == 2)
        #expect(badProperty?.message.contains("unknown property 'colour'") == true)

        let notTable = #expect(throws: ThemeError.self) {
            try Theme.parse(toml: "[slots]\n\"ok\" = \"green\"\n", name: "b", file: "b.toml")
        }
        #expect(notTable?.line == 2)

        let topLevel = #expect(throws: ThemeError.self) {
            try Theme.parse(toml: "nmae = \"x\"\n[slots]\n", name: "b", file: "b.toml")
        }
        #expect(topLevel?.line == 1)
        #expect(topLevel?.key == "nmae")
    }

    @Test func tomlSyntaxErrorReportsLine() {
        let error = #expect(throws: ThemeError.self) {
            try Theme.parse(
                toml: "name = \"x\"\n[slots]\n\"text\" = { fg = \"red\"\n\"ok\" = {}\n", name: "s",
                file: "themes/s.toml")
        }
        #expect(error?.file == "themes/s.toml")
        #expect(error?.line == 3)
        #expect(error?.description.hasPrefix("themes/s.toml:3: TOML syntax error") == true)
    }

    @Test func editDistanceSuggestionsStayPlausible() {
        #expect(ThemeParser.suggestion(for: "wait.lat") == "wait.late")
        #expect(ThemeParser.suggestion(for: "completely.different.thing") == nil)
    }
}
