/// Which characters a `TextInput` accepts, for fields that take only a number, a date or a time: anything else
/// typed there is dropped, so the field never holds what it cannot parse.
public enum CharacterFilter: Hashable, Sendable {
    /// 0–9 (a length, a count).
    case digits
    /// 0–9 and "-" (YYYY-MM-DD).
    case date
    /// 0–9 and ":" (HH:MM).
    case time
    /// Exactly these characters.
    case only(Set<Character>)

    public func allows(_ character: Character) -> Bool {
        let isDigit = character.isASCII && character.isNumber
        switch self {
        case .digits: return isDigit
        case .date: return isDigit || character == "-"
        case .time: return isDigit || character == ":"
        case .only(let allowed): return allowed.contains(character)
        }
    }
}
