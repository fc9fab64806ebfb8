/// A scripted terminal for tests: returns the given events in order, then `.hangup` forever, and keeps
/// every frame it was asked to draw. Every scripted event counts as already waiting, whatever the timeout; a
/// scripted `.tick` is where the typing pauses (a zero-timeout read that finds nothing).
public final class HeadlessTerminal: Terminal {
    public private(set) var size: Size
    /// Applied to every frame drawn, as `NcursesTerminal` does, so tests can check an ASCII-only screen.
    public let textFallback: TextFallback
    /// Every frame drawn (after `textFallback`), oldest first (only the last one when `keepsFrames` is false).
    public private(set) var frames: [Canvas] = []
    /// How many times `draw` was called.
    public private(set) var drawCount = 0
    public private(set) var isShutDown = false
    /// False keeps only the last frame: a benchmark drawing thousands of frames need not hold them all.
    private let keepsFrames: Bool
    private var pending: [TerminalEvent]
    private var cursor = 0

    public init(
        size: Size, events: [TerminalEvent] = [], keepsFrames: Bool = true,
        textFallback: TextFallback = .unicode
    ) {
        self.size = size
        self.textFallback = textFallback
        self.pending = events
        self.keepsFrames = keepsFrames
    }

    public var lastFrame: Canvas? { frames.last }

    public func draw(_ canvas: Canvas) {
        drawCount += 1
        if !keepsFrames { frames.removeAll(keepingCapacity: true) }
        frames.append(textFallback.apply(to: canvas))
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
