@testable import ClinicDeskApp
import Foundation
import Testing

/// docs/ARCHITECTURE.md is the design of record; these tests keep it true to the tree. Every file it cites exists,
/// every type it names (from `citedTypes`) is declared, its import table is what the sources import, and the
/// numbers it quotes next to a constant's name are that constant's value.
@Suite struct ArchitectureDocTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let docPath = "docs/ARCHITECTURE.md"

    /// Modules every target may import; the doc's table leaves them out.
    static let systemModules: Set<String> = ["Foundation", "Glibc", "Darwin", "Synchronization", "Dispatch"]

    /// The types the doc names, checked against the code. Keep it in step with the doc: a name on this list that
    /// the doc no longer cites fails too. A name passes when a file is called `Name.swift` or Sources or Tests
    /// declare it (`struct`, `enum`, `class`, `protocol`, `actor`, `typealias`).
    static let citedTypes = [
        // The loop and its state
        "DashboardApp", "DashboardState", "Mode", "Confirmation", "Effect", "FrameStamp", "PracticeStamp",
        // Keys
        "Keymap", "KeyAction", "KeyScope", "PaneID", "KeymapFile", "HelpContent", "LineEditor",
        "CommandLineInterpreter",
        // Panes
        "Pane", "PaneContext", "PaneAction", "PaneRegistry", "FlowPane", "BookingForm", "CancelPrompt", "OwnerPicker",
        "ListSelection",
        // The one view model and the drawing cache
        "DerivedViewCache", "DerivedQuery", "PaneDrawingCache",
        // Writes
        "PracticeSource", "StorePracticeSource", "InMemoryPracticeSource", "WriteInbox", "PendingWrites",
        "CommandDryRun",
        // Messages and drawing
        "MessageLog", "StatusMessage", "StatusLine", "ScreenRenderer", "OverlayRenderer", "DashboardLayout",
        // TerminalKit
        "Terminal", "NcursesTerminal", "HeadlessTerminal", "TerminalEvent", "TerminalError", "Key", "Canvas",
        "Theme", "Sanitizer", "TextFallback", "ASCIITransliteration", "Box", "TableView", "ListView", "ScrollWindow",
        "Form", "Picker", "Modal", "TextInput", "CharacterFilter",
        // Domain and store
        "Practice", "Table", "PersistentIDMap", "Command", "Event", "CommandLanguage", "PracticeJSON", "LocalDate",
        "TaskColumnIndex", "DemoSize", "Store", "StoreEngine", "PracticeSettings", "PracticeSettingName", "DeskConfig",
        "DeskOptions", "DeskSession", "TOMLInput",
        // The executable
        "ClinicDeskCommand", "CommandClock",
        // Tests
        "Fixture", "DemoClinic", "Golden", "GoldenFolder", "Tmux", "CLI", "Harness", "LoopThread", "LiveTerminal",
        "SlowPracticeSource",
    ]

    // MARK: - The tests

    /// Every file name or path in backticks exists: a path (anything with a slash) as written from the package
    /// root, a bare file name somewhere in the tree.
    @Test func everyCitedFileExists() throws {
        let doc = try Self.doc()
        let names = Set(
            Self.files(under: ["Sources", "Tests", "docs", "scripts", "themes"]).map(Self.lastComponent)
                + Self.files(under: ["."], recursive: false))
        var cited = 0
        for span in doc.spans {
            for token in Self.pathTokens(in: span.text) {
                cited += 1
                let exists =
                    token.contains("/")
                    ? FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(token).path)
                    : names.contains(token)
                #expect(exists, "\(Self.docPath):\(span.line): `\(token)` is not in the repository")
            }
        }
        #expect(cited > 20, "found only \(cited) file names in \(Self.docPath): is the span parser broken?")
    }

    /// Every name on `citedTypes` is cited by the doc and exists in the code.
    @Test func everyCitedTypeExists() throws {
        let doc = try Self.doc()
        let citedWords = Set(doc.spans.flatMap { Self.identifiers(in: $0.text) })
        let swiftFiles = Self.files(under: ["Sources", "Tests"])
            .filter { $0.hasSuffix(".swift") && $0 != Self.thisFile }
        let fileNames = Set(swiftFiles.map(Self.lastComponent))
        var declared = Set<String>()
        for file in swiftFiles {
            let words = Self.identifiers(in: try Self.read(file))
            for (index, word) in words.enumerated().dropLast()
            where ["struct", "enum", "class", "protocol", "actor", "typealias"].contains(word) {
                declared.insert(words[index + 1])
            }
        }
        for name in Self.citedTypes {
            let cited = citedWords.contains(name)
            let exists = fileNames.contains(name + ".swift") || declared.contains(name)
            #expect(cited, "`\(name)` is on citedTypes but \(Self.docPath) no longer cites it")
            #expect(exists, "\(Self.docPath) cites `\(name)`: no file is called \(name).swift and nothing declares it")
        }
    }

    /// The fenced `imports` block lists every Sources target and, for each, exactly the non-system modules its
    /// Swift files import.
    @Test func importTableMatchesTheImports() throws {
        let table = try Self.importTable(Self.doc())
        let sources = Self.root.appendingPathComponent("Sources").path
        let targets = try FileManager.default.contentsOfDirectory(atPath: sources).filter { !$0.hasPrefix(".") }
        #expect(Set(table.keys) == Set(targets), "the import table's targets are not Sources/*: \(targets.sorted())")
        for target in targets.sorted() {
            let imported = try Self.imports(ofTarget: target).subtracting(Self.systemModules)
            let listed = table[target] ?? []
            #expect(
                listed == imported,
                """
                \(Self.docPath) import table, \(target): \
                imported but not listed \(imported.subtracting(listed).sorted()), \
                listed but not imported \(listed.subtracting(imported).sorted())
                """)
        }
    }

    /// The rules the table cannot show: the domain and the demo use no system module but Foundation (no files, no
    /// threads, no clock of their own), and inside the app only the store adapter imports ClinicStore.
    @Test func rulesTheTableLeavesOutHold() throws {
        for target in ["ClinicDomain", "ClinicDemo"] {
            let system = try Self.imports(ofTarget: target).intersection(Self.systemModules)
            #expect(system.isSubset(of: ["Foundation"]), "\(target) imports \(system.sorted())")
        }
        var storeUsers: [String] = []
        for file in Self.files(under: ["Sources/ClinicDeskApp"]) where file.hasSuffix(".swift") {
            if Self.importedModules(in: try Self.read(file)).contains("ClinicStore") { storeUsers.append(file) }
        }
        #expect(storeUsers == ["Sources/ClinicDeskApp/Store/StorePracticeSource.swift"], "\(storeUsers)")
    }

    /// Where the doc quotes a constant by name, "`Name` (value)", the value is the code's.
    @Test func quotedConstantsAreTheCode() throws {
        let text = try Self.read(Self.docPath)
        let quoted = [
            "`DashboardApp.tickMilliseconds` (\(DashboardApp.tickMilliseconds) ms)",
            "`DashboardApp.writePollMilliseconds` (\(DashboardApp.writePollMilliseconds) ms)",
            "`DashboardApp.defaultInputBudget` (\(Self.milliseconds(DashboardApp.defaultInputBudget)) ms)",
            "`DashboardApp.closingWaitLimit` (\(DashboardApp.closingWaitLimit.components.seconds) s)",
            "`StatusLine.maxMessageRows` (\(StatusLine.maxMessageRows))",
            "`MessageLog.capacity` (\(MessageLog.capacity))",
        ]
        for phrase in quoted {
            let said = text.contains(phrase)
            #expect(said, "\(Self.docPath) should say \(phrase)")
        }
    }

    /// A guide a new maintainer reads in a terminal: lines of at most 120 columns, inline code that opens and closes
    /// on one line (so the checks above see every span), and nothing that points outside the repository.
    @Test func docIsSelfContainedAndReadable() throws {
        let doc = try Self.doc()
        for (number, line) in doc.lines.enumerated() {
            #expect(line.count <= 120, "\(Self.docPath):\(number + 1) is \(line.count) columns")
            for outside in ["§", "../", "://", "DESIGN"] {
                #expect(!line.contains(outside), "\(Self.docPath):\(number + 1) points outside the repository")
            }
        }
        for (number, line) in doc.prose {
            #expect(line.filter { $0 == "`" }.count.isMultiple(of: 2), "\(Self.docPath):\(number): unpaired `")
        }
    }

    // MARK: - Reading the doc

    struct Doc {
        let lines: [String]
        /// Lines outside fenced blocks, numbered from 1.
        var prose: [(line: Int, text: String)] = []
        /// Fenced blocks: the info string after the opening fence, and the lines inside.
        var fences: [(info: String, lines: [String])] = []

        init(_ text: String) {
            lines = text.components(separatedBy: "\n")
            var open: (info: String, lines: [String])?
            for (index, line) in lines.enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("```") {
                    if let block = open {
                        fences.append(block)
                        open = nil
                    } else {
                        open = (String(trimmed.dropFirst(3)).trimmingCharacters(in: .whitespaces), [])
                    }
                } else if open != nil {
                    open?.lines.append(line)
                } else {
                    prose.append((index + 1, line))
                }
            }
        }

        /// Inline code spans outside fenced blocks.
        var spans: [(line: Int, text: String)] {
            prose.flatMap { entry in
                entry.text.components(separatedBy: "`").enumerated().filter { !$0.offset.isMultiple(of: 2) }
                    .map { (entry.line, $0.element) }
            }
        }
    }

    static func doc() throws -> Doc { Doc(try read(docPath)) }

    /// The `imports` block as target → modules. A line is `Target → A, B`; `—` means none; `#` starts a comment.
    static func importTable(_ doc: Doc) throws -> [String: Set<String>] {
        let blocks = doc.fences.filter { $0.info == "imports" }
        #expect(blocks.count == 1, "\(docPath) should have exactly one ```imports block")
        var table: [String: Set<String>] = [:]
        var previous: String?
        for raw in blocks.first?.lines ?? [] {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let sides = line.components(separatedBy: "→")
            try #require(sides.count == 2, "import table line without one →: \(raw)")
            let modules = sides[1].split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            // A line with nothing left of the arrow continues the target above (a long list, in 120 columns).
            let named = sides[0].trimmingCharacters(in: .whitespaces)
            if named.isEmpty, let previous {
                table[previous, default: []].formUnion(modules.filter { $0 != "—" })
                continue
            }
            #expect(table[named] == nil, "\(named) is listed twice")
            table[named] = Set(modules.filter { $0 != "—" })
            previous = named
        }
        return table
    }

    /// Backticked tokens that name a file of the repository: ending in a source or doc extension, or starting at
    /// one of the top folders. Paths on the user's machine (`$XDG_CONFIG_HOME/…`, `~/…`) are not the repository's.
    static func pathTokens(in span: String) -> [String] {
        let extensions = [".swift", ".md", ".py", ".sh", ".toml"]
        let folders = ["Sources/", "Tests/", "docs/", "scripts/"]
        return span.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "(),;:")) }
            .filter { token in
                !token.hasPrefix("$") && !token.hasPrefix("~")
                    && (extensions.contains { token.hasSuffix($0) } || folders.contains { token.hasPrefix($0) })
            }
    }

    // MARK: - Reading the tree

    static var thisFile: String { "Tests/ClinicDeskAppTests/ArchitectureDocTests.swift" }

    static func read(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }

    static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Files (not folders) under `folders`, as paths from the package root.
    static func files(under folders: [String], recursive: Bool = true) -> [String] {
        let manager = FileManager.default
        var found: [String] = []
        for folder in folders {
            let base = root.appendingPathComponent(folder).path
            let entries: [String]
            if recursive {
                var all: [String] = []
                let walker = manager.enumerator(atPath: base)
                while let entry = walker?.nextObject() as? String { all.append(entry) }
                entries = all
            } else {
                entries = (try? manager.contentsOfDirectory(atPath: base)) ?? []
            }
            for entry in entries {
                var isFolder: ObjCBool = false
                guard manager.fileExists(atPath: base + "/" + entry, isDirectory: &isFolder), !isFolder.boolValue
                else { continue }
                found.append(folder == "." ? entry : folder + "/" + entry)
            }
        }
        return found.sorted()
    }

    /// Every module the Swift files of `Sources/<target>` import (none for a C target).
    static func imports(ofTarget target: String) throws -> Set<String> {
        var modules = Set<String>()
        for file in files(under: ["Sources/" + target]) where file.hasSuffix(".swift") {
            modules.formUnion(importedModules(in: try read(file)))
        }
        return modules
    }

    /// The modules of a file's `import` lines, attributes (`@testable`, `@preconcurrency`) and kinds
    /// (`import struct M.T`) allowed.
    static func importedModules(in source: String) -> Set<String> {
        var modules = Set<String>()
        for line in source.split(separator: "\n") {
            var words = line.split(whereSeparator: \.isWhitespace)[...]
            while let first = words.first, first.hasPrefix("@") { words = words.dropFirst() }
            guard words.first == "import" else { continue }
            words = words.dropFirst()
            let kinds: Set<Substring> = ["struct", "class", "enum", "protocol", "typealias", "func", "var", "let"]
            if let kind = words.first, kinds.contains(kind) { words = words.dropFirst() }
            if let path = words.first, let module = path.split(separator: ".").first { modules.insert(String(module)) }
        }
        return modules
    }

    /// The identifiers in `text`, in order.
    static func identifiers(in text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}
