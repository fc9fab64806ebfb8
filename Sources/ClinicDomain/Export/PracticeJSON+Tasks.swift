/// Task cards, keys in sorted order.
extension PracticeJSON {
    static func task(_ row: TaskCard, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("column", row.column)
        w.field("createdAt", row.createdAt)
        w.field("doneAt", row.doneAt)
        w.field("due", row.due)
        w.field("id", row.id)
        w.field("labels", row.labels)
        w.field("owner", row.owner)
        w.field("priority", row.priority)
        w.field("rank", row.rank)
        w.field("recurrence", row.recurrence)
        w.field("title", row.title)
        w.endObject()
    }
}
