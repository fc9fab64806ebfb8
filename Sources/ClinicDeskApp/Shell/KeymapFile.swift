import Foundation
import TOMLKit
import TerminalKit

/// A mistake in the keys file, with where it is: `keys.toml:4: [flow] arrive = "Ctrl-": not a key name …`.
public struct KeymapFileError: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    /// The table and action, e.g. `[flow] arrive`.
    public let entry: String?
    public let message: String

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let entry { text += ": \(entry)" }
        return text + ": " + message + " (the standard keys are in use)"
    }
}

/// The user's key rebindings: `$XDG_CONFIG_HOME/clinicdesk/keys.toml` (else `~/.config/clinicdesk/keys.toml`),
/// one table per scope (`[global]`, `[flow]`, `[tasks]`, `[claims]`, `[roster]`), `action = "key"` or
/// `action = ["key", "key"]`, action names as `?` lists them. A file with any mistake is refused whole, so a
/// typo never leaves half the keys moved.
public enum KeymapFile {
    public static func defaultPath(environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/clinicdesk/keys.toml" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/clinicdesk/keys.toml"
    }

    /// The standard keymap with the file's rebindings, or the standard keymap when there is no file; throws
    /// when the file exists but cannot be used.
    public static func load(path: String, base: Keymap = .standard) throws(KeymapFileError) -> Keymap {
        guard FileManager.default.fileExists(atPath: path) else { return base }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw KeymapFileError(
                file: path, line: nil, entry: nil, message: "cannot be read (\(error.localizedDescription))")
        }
        return try parse(text, file: path, base: base)
    }

    public static func parse(_ text: String, file: String, base: Keymap = .standard) throws(KeymapFileError) -> Keymap {
        let root: TOMLTable
        do throws(TOMLInput.SyntaxError) {
            root = try TOMLInput.table(from: text)
        } catch {
            throw KeymapFileError(file: file, line: error.line, entry: nil, message: error.message)
        }
        let lines = TOMLSourceLines(text)
        var keymap = base
        var rebound: [KeyAction: Int?] = [:]
        for (tableName, value) in root {
            guard let scope = KeyScope.all.first(where: { $0.tableName == tableName }) else {
                throw KeymapFileError(
                    file: file, line: lines.table(tableName), entry: "[\(tableName)]",
                    message: "unknown table; expected "
                        + KeyScope.all.map { "[\($0.tableName)]" }
                        .joined(separator: ", "))
            }
            guard let table = value.table else {
                throw KeymapFileError(
                    file: file, line: lines.key(tableName, in: nil), entry: tableName,
                    message: "expected a table like [\(tableName)]")
            }
            for (name, value) in table {
                let line = lines.key(name, in: tableName)
                let entry = "[\(tableName)] \(name)"
                let actions = keymap.bindings(in: scope).map(\.action)
                guard let action = actions.first(where: { $0.name == name }) else {
                    throw KeymapFileError(
                        file: file, line: line, entry: entry,
                        message: "no such action here; [\(tableName)] has "
                            + actions.map(\.name).joined(separator: ", "))
                }
                let keys = try keys(of: value, file: file, line: line, entry: entry)
                keymap = keymap.rebinding(action, to: keys)
                rebound[action] = line
            }
        }
        for scope in KeyScope.all {
            guard let clash = keymap.clashes(in: scope).first else { continue }
            // Blame the rebinding that caused the clash (the standard table has none of its own).
            let culprit = clash.actions.first { rebound[$0] != nil } ?? clash.actions[0]
            let others = clash.actions.filter { $0 != culprit }.map { "\($0.scope.tableName).\($0.name)" }
            throw KeymapFileError(
                file: file, line: rebound[culprit] ?? nil,
                entry: "[\(culprit.scope.tableName)] \(culprit.name)",
                message: "key \(clash.key.displayName) is already bound to "
                    + others.joined(separator: ", "))
        }
        return keymap
    }

    private static func keys(
        of value: TOMLValueConvertible, file: String, line: Int?,
        entry: String
    ) throws(KeymapFileError) -> [Key] {
        let names: [String]
        if let string = value.string {
            names = [string]
        } else if let array = value.array {
            var collected: [String] = []
            for element in array {
                guard let string = element.string else {
                    throw KeymapFileError(
                        file: file, line: line, entry: entry, message: "expected key names as strings")
                }
                collected.append(string)
            }
            names = collected
        } else {
            throw KeymapFileError(
                file: file, line: line, entry: entry,
                message: "expected a key name like \"A\" or a list like [\"a\", \"Enter\"]")
        }
        guard !names.isEmpty else {
            throw KeymapFileError(file: file, line: line, entry: entry, message: "needs at least one key")
        }
        var keys: [Key] = []
        for name in names {
            guard let key = Key(name: name) else {
                throw KeymapFileError(
                    file: file, line: line, entry: entry,
                    message: "\"\(Sanitizer.clean(name))\" is not a key name (a character, Enter, "
                        + "Esc, Tab, S-Tab, Space, Up, PgDn, Home, F1…F24, C-x …)")
            }
            keys.append(key)
        }
        return keys
    }
}
