import Foundation

/// What the code set says about a diagnosis code.
public enum ICD10CMStatus: Sendable, Equatable {
    /// A leaf code: a claim may carry it.
    case billable
    /// A category or subcategory with codes below it (`E11`): a claim needs one of those.
    case category
    /// Not in the code set (`E11.99`), or not shaped like an ICD-10-CM code at all.
    case unknown
    /// The code set could not be loaded (see `ICD10CM.unavailableReason`) and the code has the right shape.
    case unchecked
}

/// ICD-10-CM lookups against the CMS code set bundled as a resource (Resources/icd10cm.tsv, written by
/// scripts/extract-icd10cm.py). The table is data, not I/O the domain does: it is read once, on the first lookup, by
/// a `static let` (Swift initialises those exactly once, thread-safely), and never changes. If the resource is
/// missing, every lookup falls back to `MedicalCodes.isValidICD10`'s shape check and `unavailableReason` says why.
public enum ICD10CM {
    /// The bundled code set, or why there is none.
    public static let bundled: Result<ICD10CodeSet, CodeSetUnavailable> = loadBundled()

    public struct CodeSetUnavailable: Error, Sendable, Equatable {
        public let reason: String
    }

    /// One line for the UI or a log when lookups are shape checks only; nil when the code set is loaded.
    public static var unavailableReason: String? {
        if case .failure(let unavailable) = bundled { return unavailable.reason }
        return nil
    }

    /// The code with its dot, upper case (`e119` → `E11.9`, `s52.521a` → `S52.521A`), or nil if it does not have
    /// ICD-10-CM's shape: a letter, a digit, an alphanumeric, then up to four alphanumerics after an optional dot.
    public static func normalized(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let dots = trimmed.indices.filter { trimmed[$0] == "." }
        guard dots.count <= 1 else { return nil }
        if let dot = dots.first {
            // The dot may only sit after the category (three characters), with something after it.
            guard trimmed.distance(from: trimmed.startIndex, to: dot) == 3,
                trimmed.index(after: dot) != trimmed.endIndex
            else { return nil }
        }
        let bare = trimmed.replacingOccurrences(of: ".", with: "")
        guard (3...7).contains(bare.count), bare.allSatisfy({ $0.isASCIIDigit || $0.isASCIIUpper }) else { return nil }
        let code = bare.count == 3 ? bare : bare.prefix(3) + "." + bare.dropFirst(3)
        return MedicalCodes.isValidICD10(code) ? code : nil
    }

    /// The code set's entry for a code written any way `normalized` accepts; nil if unknown or no code set.
    public static func lookup(_ text: String, in codeSet: ICD10CodeSet? = defaultCodeSet) -> ICD10CMEntry? {
        guard let code = normalized(text) else { return nil }
        return codeSet?.entry(code)
    }

    public static func status(_ text: String, in codeSet: ICD10CodeSet? = defaultCodeSet) -> ICD10CMStatus {
        guard let code = normalized(text) else { return .unknown }
        guard let codeSet else { return .unchecked }
        guard let entry = codeSet.entry(code) else { return .unknown }
        return entry.isBillable ? .billable : .category
    }

    public static func description(_ text: String, in codeSet: ICD10CodeSet? = defaultCodeSet) -> String? {
        lookup(text, in: codeSet)?.description
    }

    /// Why a claim may not carry this diagnosis, as a sentence for the UI; nil when it may (billable, or the right
    /// shape while the code set is unavailable).
    public static func problem(_ text: String, in codeSet: ICD10CodeSet? = defaultCodeSet) -> String? {
        let shown = normalized(text) ?? text.trimmingCharacters(in: .whitespaces)
        switch status(text, in: codeSet) {
        case .billable, .unchecked:
            return nil
        case .unknown:
            return "'\(shown)' is not an ICD-10-CM code"
        case .category:
            guard let example = codeSet?.billableExample(under: shown) else {
                return "'\(shown)' is a category, not a billable code"
            }
            return "'\(shown)' is a category, not a billable code (for example \(example.code) \(example.description))"
        }
    }

    /// The bundled code set if it loaded; the lookups' default.
    public static var defaultCodeSet: ICD10CodeSet? { try? bundled.get() }

    // MARK: - Loading

    /// SwiftPM's name for ClinicDomain's resource bundle (`<package>_<target>`), which it puts next to the binary.
    static let resourceBundleName = "ClinicDesk_ClinicDomain.resources"

    /// Reads the bundled table. `Bundle.module` stops the program when it finds no bundle, so it is asked only
    /// after the bundle is seen next to the binary, where `Bundle.module` looks first.
    private static func loadBundled() -> Result<ICD10CodeSet, CodeSetUnavailable> {
        let besideBinary = Bundle.main.bundleURL.appendingPathComponent(resourceBundleName)
        guard FileManager.default.fileExists(atPath: besideBinary.path) else {
            return .failure(
                .init(
                    reason:
                        "ICD-10-CM code set not found (no \(resourceBundleName) next to the program): shape checks only"
                )
            )
        }
        guard let url = Bundle.module.url(forResource: "icd10cm", withExtension: "tsv"),
            let data = FileManager.default.contents(atPath: url.path)
        else {
            return .failure(.init(reason: "ICD-10-CM code set not found (icd10cm.tsv missing): shape checks only"))
        }
        do {
            return .success(try ICD10CodeSet(tsv: Array(data)))
        } catch {
            return .failure(
                .init(reason: "ICD-10-CM code set unreadable (line \(error.line): \(error.reason)): shape checks only")
            )
        }
    }
}
