import ClinicDomain
import Foundation

/// Moving a card into a full column asks first: the WIP limit is a warning the manager may overrule, and the
/// override is recorded (`wipOverridden`, "over WIP" in the log). Any other refusal is said at once, not asked.
extension TasksPane {
    static func move(_ card: TaskCard, to column: BoardColumn, context: PaneContext) -> PaneAction {
        let practice = context.practice
        let plain = Command.moveTask(card.id, to: column, override: false)
        do {
            _ = try practice.validate(plain, actor: context.user, now: context.now)
            return .command(plain, confirm: nil)
        } catch {
            let overriding = Command.moveTask(card.id, to: column, override: true)
            do {
                _ = try practice.validate(overriding, actor: context.user, now: context.now)
            } catch {
                return .refusal(error.message)
            }
            let limit = practice.settings.wipLimits[column].map { "\(practice.tasks(in: column).count)/\($0)" }
            return .command(
                overriding,
                confirm: "\(column.label) is full (\(limit ?? "?")): move \(card.id) anyway? the override is recorded")
        }
    }
}
