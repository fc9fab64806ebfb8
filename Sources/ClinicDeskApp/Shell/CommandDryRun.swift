import ClinicDomain
import Foundation

extension Practice {
    /// What the rules would say against `command` on this state, nil if they accept it. Validation only reads
    /// the value, so the dashboard's practice is untouched; the store still validates again when it writes.
    func refusal(of command: Command, actor: String, now: Date) -> String? {
        do {
            _ = try validate(command, actor: actor, now: now)
            return nil
        } catch {
            return String(describing: error)
        }
    }
}
