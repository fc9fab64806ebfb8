/// A scripted terminal for tests: returns the given events in order, then `.hangup` forever, and keeps
/// every frame it was asked to draw.
public final class HeadlessTerminal: Terminal {
    public private(set) var size: Size
    public private(set) var frames: [Canvas] = []
    public private(set) var isShutDown = false
    private var pending: [TerminalEvent]
    private var cursor = 0

    public init(size: Size, events: [TerminalEvent] = []) {
        self.size = size
        self.pending = events
    }

    public var lastFrame: Canvas? { frames.last }

    public func draw(_ canvas: Canvas) {
        frames.append(canvas)
    }

    public func nextEvent(timeout milliseconds: Int) -> TerminalEvent {
        guard cursor < pending.count else { return .hangup }
        let event = pending[cursor]
        cursor += 1
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    /// Adds events after those already scripted.
    public func enqueue(_ events: [TerminalEvent]) {
        pending.append(contentsOf: events)
    }

    /// Enqueues a resize; `size` changes when the app reads the event, as with a real terminal.
    public func resize(to newSize: Size) {
        enqueue([.resize(newSize)])
    }

    /// How many times the app asked for a full repaint (Ctrl-L).
    public private(set) var invalidations = 0

    public func invalidate() { invalidations += 1 }

    public func shutdown() {
        isShutDown = true
    }
}
