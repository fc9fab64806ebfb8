import Foundation

/// Every string value anywhere in a JSON document (structure-agnostic, so domain changes don't break tests).
func allStrings(inJSON text: String) -> Set<String> {
    guard let root = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return [] }
    var found = Set<String>()
    func walk(_ value: Any) {
        if let s = value as? String {
            found.insert(s)
        } else if let array = value as? [Any] {
            array.forEach(walk)
        } else if let object = value as? [String: Any] {
            object.values.forEach(walk)
        }
    }
    walk(root)
    return found
}
