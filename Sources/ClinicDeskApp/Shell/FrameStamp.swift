import Foundation
import TerminalKit

/// Everything a frame is drawn from, in a form cheap to compare: when a tick finds it unchanged, the last frame
/// is still true and none is built (the terminal would have sent nothing anyway).
struct FrameStamp: Equatable {
    /// The app's count of events that changed its own state (keys, resizes, notices).
    let revision: Int
    let practice: PracticeStamp
    /// The clock as shown, whole minutes.
    let minute: Date
    let size: Size
}
