import Foundation

/// Finds where a table or key sits in the file: TOMLKit does not keep positions of keys.
struct TOMLSourceLines {
    let lines: [Substring]

    init(_ text: String) { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }

    func table(_ name: String) -> Int? {
        lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("[\(name)]") }.map { $0 + 1 }
    }

    func key(_ name: String, in table: String?) -> Int? {
        var inTable = table == nil
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                inTable = table.map { line.hasPrefix("[\($0)]") } ?? false
                continue
            }
            guard inTable else { continue }
            for candidate in [name, "\"\(name)\"", "'\(name)'"] where line.hasPrefix(candidate) {
                if line.dropFirst(candidate.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") {
                    return index + 1
                }
            }
        }
        return nil
    }
}
