/// Why a theme file was rejected, pointing at the file, line and key to fix.
public struct ThemeError: Error, CustomStringConvertible, Equatable {
    public let file: String
    public let line: Int?
    public let key: String?
    public let message: String

    public init(file: String, line: Int?, key: String?, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// "themes/bad.toml:7: key 'pane.bordr': unknown style slot (did you mean 'pane.border'?)"
    public var description: String {
        var out = file
        if let line { out += ":\(line)" }
        out += ": "
        if let key { out += "key '\(key)': " }
        return out + message
    }
}
