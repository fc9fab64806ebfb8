import Foundation
import TerminalKit

/// The whole frame while the screen is locked: the product, the practice's name and the time on the title bar,
/// and a sign-in box listing who may sign in. It is drawn from the lock screen's state alone — it is never given
/// the practice's tables, so no patient, visit or balance can reach it.
struct LockScreenView {
    let screen: LockScreen
    let theme: Theme
    let practiceName: String
    /// "10:42".
    let clock: String
    let hint: String?
    let ascii: Bool

    /// The sign-in box's interior width.
    static let width = 56

    func render(size: Size) -> Canvas {
        var canvas = Canvas(size: size, fill: theme[.text])
        let bounds = Rect(x: 0, y: 0, width: size.width, height: size.height)
        guard size.width >= 20, size.height >= 6 else {
            canvas.put("Locked", x: 0, y: 0, style: theme[.text], clip: bounds)
            return canvas
        }
        StatusBar.draw(
            left: "ClinicDesk · \(practiceName) · locked", right: clock, into: &canvas,
            rect: Rect(x: 0, y: 0, width: size.width, height: 1), theme: theme, slot: .titleBar)
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        Modal(title: title, content: lines(height: body.height - 2), preferredWidth: Self.width, ascii: ascii)
            .draw(into: &canvas, in: body, theme: theme)
        KeyHints.draw(
            [
                KeyHint("↑↓", "who"), KeyHint("0-9", "PIN"), KeyHint("Enter", "sign in"),
                KeyHint("Esc", "clear"),
            ], into: &canvas, rect: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), theme: theme)
        return canvas
    }

    private var title: String {
        switch screen.reason {
        case .signIn: "Sign in"
        case .idle, .locked: "Locked"
        }
    }

    private var reasonLine: String {
        switch screen.reason {
        case .signIn: "Choose who you are and type your PIN."
        case .idle: "Locked after a while without a key. Type your PIN."
        case .locked: "Locked. Type your PIN, or choose another person."
        }
    }

    /// The box's body, the account list scrolled to fit `height` rows.
    private func lines(height: Int) -> [StyledLine] {
        var top: [StyledLine] = [StyledLine(reasonLine), ""]
        if let hint { top.insert(StyledLine(hint, slot: .textDim), at: 1) }
        var bottom: [StyledLine] = ["", pinLine]
        if let notice = screen.notice {
            let slot: StyleSlot? = screen.noticeIsError ? .error : nil
            bottom += TextWrap.lines(notice, width: Self.width).map { StyledLine($0, slot: slot) }
        }
        guard !screen.accounts.isEmpty else {
            return top + [StyledLine("No accounts can sign in here.", slot: .error)] + bottom
        }
        let room = max(1, height - top.count - bottom.count)
        let window = ScrollWindow(count: screen.accounts.count, height: room, selected: screen.selected)
        let rows = window.rows.map { index -> StyledLine in
            let account = screen.accounts[index]
            let marker = index == screen.selected ? "> " : "  "
            let text = marker + pad(account.login, 12) + " " + pad(account.name, 24) + " " + account.role
            return StyledLine(text, slot: index == screen.selected ? .tableSelected : nil)
        }
        return top + rows + bottom
    }

    private var pinLine: StyledLine {
        let who = screen.selectedAccount?.login ?? "—"
        return StyledLine([
            TableCell("PIN for \(who): "), TableCell(screen.pinDots + "_", slot: .input),
        ])
    }

    private func pad(_ text: String, _ width: Int) -> String {
        let cut = DisplayWidth.truncate(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
}
