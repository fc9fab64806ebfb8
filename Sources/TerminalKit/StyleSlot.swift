/// A semantic style name such as "pane.border"; themes map slots to styles so panes never name colours.
public struct StyleSlot: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let name: String

    public init(_ name: String) { self.name = name }
    public init(stringLiteral value: String) { self.name = value }
    public var description: String { name }

    public static let text: StyleSlot = "text"
    public static let textDim: StyleSlot = "text.dim"
    public static let titleBar: StyleSlot = "title.bar"
    public static let statusBar: StyleSlot = "status.bar"
    public static let statusKey: StyleSlot = "status.key"
    public static let paneBorder: StyleSlot = "pane.border"
    public static let paneBorderFocused: StyleSlot = "pane.border.focused"
    public static let paneTitle: StyleSlot = "pane.title"
    public static let paneTitleFocused: StyleSlot = "pane.title.focused"
    public static let tableHeader: StyleSlot = "table.header"
    public static let tableSelected: StyleSlot = "table.selected"
    public static let tableSelectedUnfocused: StyleSlot = "table.selected.unfocused"
    public static let alertStrip: StyleSlot = "alert.strip"
    public static let alertWarn: StyleSlot = "alert.warn"
    public static let alertCritical: StyleSlot = "alert.critical"
    public static let popupBorder: StyleSlot = "popup.border"
    public static let popupText: StyleSlot = "popup.text"
    public static let input: StyleSlot = "input"
    public static let inputCursor: StyleSlot = "input.cursor"
    public static let error: StyleSlot = "error"
    public static let ok: StyleSlot = "ok"
    public static let money: StyleSlot = "money"
    public static let nowMarker: StyleSlot = "now.marker"
    public static let gridFree: StyleSlot = "grid.free"
    public static let gridBlock: StyleSlot = "grid.block"
    public static let flowScheduled: StyleSlot = "flow.scheduled"
    public static let flowConfirmed: StyleSlot = "flow.confirmed"
    public static let flowArrived: StyleSlot = "flow.arrived"
    public static let flowRoomed: StyleSlot = "flow.roomed"
    public static let flowWithProvider: StyleSlot = "flow.withProvider"
    public static let flowCheckedOut: StyleSlot = "flow.checkedOut"
    public static let flowNoShow: StyleSlot = "flow.noShow"
    public static let flowCancelled: StyleSlot = "flow.cancelled"
    public static let waitOk: StyleSlot = "wait.ok"
    public static let waitWarn: StyleSlot = "wait.warn"
    public static let waitLate: StyleSlot = "wait.late"
    public static let claimDraft: StyleSlot = "claim.draft"
    public static let claimSubmitted: StyleSlot = "claim.submitted"
    public static let claimPaid: StyleSlot = "claim.paid"
    public static let claimDenied: StyleSlot = "claim.denied"
    public static let claimAtRisk: StyleSlot = "claim.atRisk"
    public static let taskOverdue: StyleSlot = "task.overdue"
    public static let taskHigh: StyleSlot = "task.high"
    public static let taskFull: StyleSlot = "task.full"
    public static let rosterSick: StyleSlot = "roster.sick"
    public static let rosterPto: StyleSlot = "roster.pto"
    public static let rosterGap: StyleSlot = "roster.gap"
    public static let rosterOnDuty: StyleSlot = "roster.onDuty"
    public static let helpKey: StyleSlot = "help.key"
    public static let mask: StyleSlot = "mask"

    /// Every slot a theme may set; a theme file naming any other slot is rejected.
    public static let all: [StyleSlot] = [
        .text, .textDim, .titleBar, .statusBar, .statusKey, .paneBorder,
        .paneBorderFocused, .paneTitle, .paneTitleFocused, .tableHeader, .tableSelected, .tableSelectedUnfocused,
        .alertStrip, .alertWarn, .alertCritical, .popupBorder, .popupText, .input,
        .inputCursor, .error, .ok, .money, .nowMarker, .gridFree,
        .gridBlock, .flowScheduled, .flowConfirmed, .flowArrived, .flowRoomed, .flowWithProvider,
        .flowCheckedOut, .flowNoShow, .flowCancelled, .waitOk, .waitWarn, .waitLate,
        .claimDraft, .claimSubmitted, .claimPaid, .claimDenied, .claimAtRisk, .taskOverdue,
        .taskHigh, .taskFull, .rosterSick, .rosterPto, .rosterGap, .rosterOnDuty,
        .helpKey, .mask,
    ]

    static let allNames: Set<String> = Set(all.map(\.name))
}
