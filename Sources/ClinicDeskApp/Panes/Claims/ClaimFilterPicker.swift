import ClinicDomain
import TerminalKit

/// `S`, `P`, `B`, `D` on the queue: choose the status, payer, aging bucket or provider to show, each choice with
/// how many open claims it holds, "any" first to lift that one filter. Nothing changes while browsing.
struct ClaimFilterPicker: Sendable {
    enum Kind: Sendable { case status, payer, aging, provider }

    enum Choice: Hashable, Sendable {
        case any
        case status(ClaimStatus)
        case payer(PayerID)
        case aging(AgingBucket)
        case provider(StaffID)
    }

    enum Outcome: Equatable { case editing, cancelled, picked(Choice) }

    let kind: Kind
    var picker: Picker<Choice>

    init(_ kind: Kind, filter: ClaimFilter, context: PaneContext) {
        self.kind = kind
        let practice = context.practice
        let queue = context.claimFigures.queue
        func count(_ matches: (ClaimRow) -> Bool) -> String {
            let n = queue.reduce(0) { $0 + (matches($1) ? 1 : 0) }
            return "\(n) claim\(n == 1 ? "" : "s")"
        }
        var items: [Picker<Choice>.Item]
        let title: String
        let selected: Choice
        switch kind {
        case .status:
            title = "Claims by status"
            items = [.init(.any, "Any status")]
            for status in ClaimStatus.allCases where status.isOpen {
                items.append(.init(.status(status), "\(status.label) · \(count { $0.claim.status == status })"))
            }
            selected = filter.status.map(Choice.status) ?? .any
        case .payer:
            title = "Claims by payer"
            items = [.init(.any, "Any payer")]
            let payers = practice.payers.sorted.filter { $0.kind != .selfPay }.sorted { $0.name < $1.name }
            for payer in payers {
                items.append(.init(.payer(payer.id), "\(payer.name) · \(count { $0.claim.payer == payer.id })"))
            }
            selected = filter.payer.map(Choice.payer) ?? .any
        case .aging:
            title = "Claims by age (days since service)"
            items = [.init(.any, "Any age")]
            for bucket in AgingBucket.allCases {
                items.append(
                    .init(
                        .aging(bucket),
                        "\(bucket.label) days · \(count { AgingBucket(ageInDays: $0.ageDays) == bucket })"))
            }
            selected = filter.aging.map(Choice.aging) ?? .any
        case .provider:
            title = "Claims by rendering provider"
            items = [.init(.any, "Any provider")]
            for provider in practice.providers {
                items.append(
                    .init(
                        .provider(provider.id),
                        "\(provider.displayName) · \(count { $0.claim.provider == provider.id })"))
            }
            selected = filter.provider.map(Choice.provider) ?? .any
        }
        picker = Picker(
            title: title, items: items.map { .init($0.id, Sanitizer.clean($0.label)) }, selected: selected,
            visibleRows: 12)
        picker.footer = "↑↓ choose · \(context.key(.formSubmit)) show · \(context.key(.formCancel)) cancel"
    }

    mutating func handle(_ key: Key) -> Outcome {
        switch picker.handle(key) {
        case .editing: return .editing
        case .cancelled: return .cancelled
        case .picked(let choice): return .picked(choice)
        }
    }

    /// The filter with this picker's choice applied (only its own kind changes).
    func applying(_ choice: Choice, to filter: ClaimFilter) -> ClaimFilter {
        var filter = filter
        switch (kind, choice) {
        case (.status, .status(let status)): filter.status = status
        case (.status, _): filter.status = nil
        case (.payer, .payer(let payer)): filter.payer = payer
        case (.payer, _): filter.payer = nil
        case (.aging, .aging(let bucket)): filter.aging = bucket
        case (.aging, _): filter.aging = nil
        case (.provider, .provider(let provider)): filter.provider = provider
        case (.provider, _): filter.provider = nil
        }
        return filter
    }

    static func keyHints(_ keymap: Keymap) -> [PaneKeyHint] {
        [
            PaneKeyHint(key: "type", label: "find"), PaneKeyHint(key: "↑↓", label: "choose"),
            PaneKeyHint(key: keymap.keyLabel(.formSubmit), label: "show"),
            PaneKeyHint(key: keymap.keyLabel(.formCancel), label: "cancel"),
        ]
    }
}
