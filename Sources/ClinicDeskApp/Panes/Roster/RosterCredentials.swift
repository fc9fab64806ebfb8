import ClinicDomain
import Foundation
import TerminalKit

/// The credentials view: every credential of every active person (by role, then name) with its expiry, the
/// warning window it has entered (90/60/30 days, EXPIRED past it), providers with no state licence on file,
/// then the practice's own (CLIA). `r` renews the selected one through the command line.
struct RosterCredentialList: Sendable {
    struct Item: Sendable {
        let text: String
        let slot: StyleSlot
        /// "S-4 licence", "practice clia": the selection and what `r` renews.
        let id: String?
        /// The prompt `r` opens for it.
        let prompt: String?
    }
    let items: [Item]
    let ids: SelectableIDs<String>
    let expired: Int
    let warning: Int
}

struct RosterCredentialsQuery: DerivedQuery {
    let today: LocalDate

    func answer(from practice: Practice) -> RosterCredentialList {
        let windows = practice.settings.credentialWarningWindows.sorted()
        var items: [RosterCredentialList.Item] = []
        var expired = 0, warning = 0
        func line(_ owner: String, _ credential: Credential, ownerID: String) {
            let left = credential.daysLeft(today: today)
            let window = left < 0 ? nil : windows.first { left <= $0 }
            let standing: String
            let slot: StyleSlot
            if left < 0 {
                standing = "EXPIRED \(-left)d ago"; slot = .error; expired += 1
            } else if let window {
                standing = "\(left)d · \(window)-day window"; slot = window <= 30 ? .alertCritical : .alertWarn
                warning += 1
            } else {
                standing = "\(left)d left"; slot = .text
            }
            let what = credential.title
            items.append(
                .init(
                    text: DisplayWidth.pad(DisplayWidth.truncate(owner, to: 16), to: 16) + " "
                        + DisplayWidth.pad(DisplayWidth.truncate(what, to: 26), to: 26) + " "
                        + "\(credential.expires)  \(standing)", slot: slot,
                    id: "\(ownerID) \(credential.kind.rawValue)",
                    prompt: "credential renew \(ownerID) \(credential.kind.rawValue) --expires "))
        }
        let members = practice.staff.values.filter(\.active).sorted {
            ($0.role, $0.familyName, $0.id.number) < ($1.role, $1.familyName, $1.id.number)
        }
        for member in members {
            let name = member.displayName
            let sorted = member.credentials.sorted { $0.expires < $1.expires }
            // The name on the person's first row only, so the list reads by person.
            for (index, credential) in sorted.enumerated() {
                line(index == 0 ? name : "", credential, ownerID: member.id.description)
            }
            if member.isProvider && !member.credentials.contains(where: { $0.kind == .licence }) {
                expired += 1
                items.append(
                    .init(
                        text: DisplayWidth.pad(DisplayWidth.truncate(sorted.isEmpty ? name : "", to: 16), to: 16)
                            + " licence missing: no state licence on file", slot: .error,
                        id: "\(member.id) licence", prompt: "credential set \(member.id) licence --expires "))
            } else if sorted.isEmpty {
                items.append(
                    .init(
                        text: DisplayWidth.pad(DisplayWidth.truncate(name, to: 16), to: 16) + " none on file",
                        slot: .textDim, id: nil, prompt: nil))
            }
        }
        items.append(.init(text: "The practice", slot: .tableHeader, id: nil, prompt: nil))
        if practice.settings.practiceCredentials.isEmpty {
            items.append(
                .init(
                    text: "No CLIA certificate on file (credential set practice clia --expires …)", slot: .alertWarn,
                    id: "practice clia", prompt: "credential set practice clia --expires "))
        }
        for credential in practice.settings.practiceCredentials { line("Practice", credential, ownerID: "practice") }
        return RosterCredentialList(
            items: items, ids: SelectableIDs(items.compactMap(\.id)), expired: expired, warning: warning)
    }
}

/// Draws the credential list under a header line.
struct RosterCredentialsView {
    let list: RosterCredentialList
    let selection: ListSelection<String>
    let context: PaneContext

    func draw(into canvas: inout Canvas, rect: Rect) {
        guard rect.height > 1, rect.width > 0 else { return }
        let theme = context.theme
        let header = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        canvas.fill(header, style: theme[.tableHeader])
        canvas.put(
            DisplayWidth.pad("Who", to: 16) + " " + DisplayWidth.pad("Credential", to: 26) + " Expires     Standing",
            x: rect.x + 1, y: rect.y, style: theme[.tableHeader], clip: header)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        let selectedID = selection.resolve(in: list.ids).map { list.ids[$0] }
        let selected = selectedID.flatMap { id in list.items.firstIndex { $0.id == id } }
        ListView(
            items: list.items.map { TableCell($0.text, slot: $0.slot) }, selected: selected, focused: context.focused
        ).draw(into: &canvas, rect: body, theme: theme)
    }
}
