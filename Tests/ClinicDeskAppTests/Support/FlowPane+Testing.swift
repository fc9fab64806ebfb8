import TerminalKit
@testable import ClinicDeskApp

extension FlowPane {
    /// The pane alone on a canvas of `width` × `height`.
    func render(_ context: PaneContext, width: Int, height: Int) -> Canvas {
        var canvas = Canvas(size: Size(width: width, height: height))
        draw(into: &canvas, rect: canvas.bounds, context: context)
        return canvas
    }

    /// Feeds keys one after another; returns the last action.
    @discardableResult
    mutating func press(_ keys: [Key], _ context: PaneContext) -> PaneAction {
        var last = PaneAction.unhandled
        for key in keys { last = handle(key, context: context) }
        return last
    }

    mutating func type(_ text: String, _ context: PaneContext) {
        for c in text { _ = handle(.character(c), context: context) }
    }
}
