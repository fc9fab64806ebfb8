import ClinicDomain
import Foundation
import TOMLKit
import TerminalKit

/// A mistake in the config file, with where it is: `config.toml:3: lock_minutes: must be 0–60, not 90`.
public struct DeskConfigError: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let key: String?
    public let message: String

    public init(file: String, line: Int?, key: String?, message: String) {
        self.file = file; self.line = line; self.key = key; self.message = message
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let key { text += ": \(key)" }
        return text + ": " + message
    }
}

/// This terminal's preferences, from `$XDG_CONFIG_HOME/clinicdesk/config.toml` (else `~/.config/…`):
/// `lock_minutes`, `theme`, `mouse`, `plain`. Only what belongs to one desk lives here; the practice's values
/// (wait thresholds, hours, WIP limits) are shared through the journal (`set NAME VALUE`), so a practice key in
/// this file is refused with the `:set` to use instead. A file with any mistake is refused whole.
public struct DeskConfig: Equatable, Sendable {
    /// Idle minutes before the screen locks; 0 never (only for a folder without accounts).
    public var lockMinutes: Int?
    public var lockMinutesLine: Int?
    /// A built-in theme name or a `.toml` path (relative to the config file's folder).
    public var theme: String?
    public var themeLine: Int?
    public var mouse: Bool?
    public var plain: Bool?
    /// Where it was read from; nil when there was no file.
    public var file: String?
    /// `--lock-minutes` replaced the file's value (a refusal then names the flag).
    public var lockFromFlag = false

    public init(
        lockMinutes: Int? = nil, theme: String? = nil, mouse: Bool? = nil, plain: Bool? = nil, file: String? = nil
    ) {
        self.lockMinutes = lockMinutes; self.theme = theme; self.mouse = mouse; self.plain = plain; self.file = file
    }

    /// The longest idle lock accepted: HIPAA's automatic logoff wants a short one, so more is refused, not clamped.
    public static let maxLockMinutes = 60
    public static let keys = ["lock_minutes", "theme", "mouse", "plain"]

    public static func defaultPath(environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/clinicdesk/config.toml" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/clinicdesk/config.toml"
    }

    /// The file's preferences; none when the default file is absent. `required` (a `--config FILE`): a missing
    /// file is an error too.
    public static func load(path: String, required: Bool = false) throws(DeskConfigError) -> DeskConfig {
        guard FileManager.default.fileExists(atPath: path) else {
            if required { throw DeskConfigError(file: path, line: nil, key: nil, message: "no such file") }
            return DeskConfig()
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw DeskConfigError(
                file: path, line: nil, key: nil, message: "cannot be read (\(error.localizedDescription))")
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws(DeskConfigError) -> DeskConfig {
        let root: TOMLTable
        do throws(TOMLInput.SyntaxError) {
            root = try TOMLInput.table(from: text)
        } catch {
            throw DeskConfigError(file: file, line: error.line, key: nil, message: error.message)
        }
        let lines = TOMLSourceLines(text)
        var config = DeskConfig(file: file)
        // In file order, so the first mistake reported is the first one a reader meets.
        let entries = root.map { ($0.0, $0.1) }.sorted {
            (lines.key($0.0, in: nil) ?? lines.table($0.0) ?? .max)
                < (lines.key($1.0, in: nil) ?? lines.table($1.0) ?? .max)
        }
        for (key, value) in entries {
            let line = lines.key(key, in: nil) ?? lines.table(key)
            func fail(_ message: String) -> DeskConfigError {
                DeskConfigError(file: file, line: line, key: key, message: message)
            }
            if let setting = practiceSetting(key) {
                let example = setting.map { "`:set \($0.rawValue) …`" } ?? "`:set NAME VALUE` (`:settings` lists them)"
                throw fail("practice settings are shared by every terminal: use \(example) instead")
            }
            switch key {
            case "lock_minutes":
                guard value.type == .int, let n = value.int else { throw fail("must be a whole number of minutes") }
                guard (0...maxLockMinutes).contains(n) else {
                    throw fail("must be 0–\(maxLockMinutes) minutes (0: never, only without accounts), not \(n)")
                }
                config.lockMinutes = n
                config.lockMinutesLine = line
            case "theme":
                guard value.type == .string, let name = value.string, !name.isEmpty else {
                    throw fail("must be a theme name (default, high-contrast, monochrome, dark, light) or a .toml path")
                }
                config.theme = name
                config.themeLine = line
            case "mouse", "plain":
                guard value.type == .bool, let on = value.bool else { throw fail("must be true or false") }
                if key == "mouse" { config.mouse = on } else { config.plain = on }
            default:
                throw fail("unknown setting; expected one of \(keys.joined(separator: ", "))")
            }
        }
        return config
    }

    /// A key that names a practice setting (`wait_warn`, `wait.warn`, `[practice]`): the setting, or nil inside
    /// when the key is a whole practice table.
    static func practiceSetting(_ key: String) -> PracticeSettingName?? {
        if ["practice", "wip", "wait", "hours"].contains(key) { return .some(nil) }
        let normal = key.lowercased().replacingOccurrences(of: "_", with: ".")
        let trimmed = normal.hasSuffix(".minutes") ? String(normal.dropLast(".minutes".count)) : normal
        let aliases: [String: PracticeSettingName] = [
            "day.start": .hoursStart, "day.end": .hoursEnd, "practice.name": .name, "slot.minutes": .slot,
        ]
        if let name = PracticeSettingName(rawValue: trimmed) ?? aliases[normal] ?? aliases[trimmed] {
            return .some(name)
        }
        return nil
    }

    /// The idle lock this terminal uses: the file's, else the standard 10 minutes. 0 (never) is refused at a
    /// folder with accounts: a shared desk with PINs must lock.
    public func lockAfter(hasAccounts: Bool) throws(DeskConfigError) -> TimeInterval? {
        guard let lockMinutes else { return DeskOptions.defaultLockAfter }
        if lockMinutes == 0 {
            guard !hasAccounts else {
                throw DeskConfigError(
                    file: lockFromFlag ? "--lock-minutes" : file ?? "config.toml",
                    line: lockFromFlag ? nil : lockMinutesLine, key: lockFromFlag ? nil : "lock_minutes",
                    message: "0 (never lock) is refused: this folder has accounts, so an idle desk must lock "
                        + "(1–\(Self.maxLockMinutes))")
            }
            return nil
        }
        return TimeInterval(lockMinutes * 60)
    }

    /// The theme to load: a `.toml` path from the file is taken relative to the file's folder, one from
    /// `--theme` relative to the working directory, as a shell path would be.
    public var themePath: String? {
        guard let theme, theme.hasSuffix(".toml"), !theme.hasPrefix("/"), themeLine != nil, let file else {
            return theme
        }
        return (file as NSString).deletingLastPathComponent + "/" + theme
    }

    /// Command-line flags win over the file: each one given replaces the file's value.
    public func overridden(lockMinutes: Int?, theme: String?, mouse: Bool?, plain: Bool?) -> DeskConfig {
        var merged = self
        if let lockMinutes { merged.lockMinutes = lockMinutes; merged.lockFromFlag = true }
        if let theme { merged.theme = theme; merged.themeLine = nil }
        if let mouse { merged.mouse = mouse }
        if let plain { merged.plain = plain }
        return merged
    }
}
