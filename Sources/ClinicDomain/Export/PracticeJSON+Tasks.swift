/// Task cards, keys in sorted order (as `TaskCard`'s Codable conformance reads them back).
extension PracticeJSON {
    static func task(_ row: TaskCard, _ w: inout JSONStreamWriter) {
        w.beginObject()
        w.field("checklist", row.checklist) { item, w in
            w.beginObject()
            w.field("done", item.done)
            w.field("number", item.number)
            w.field("text", item.text)
            w.endObject()
        }
        w.field("column", row.column)
        w.field("columnEnteredAt", row.columnEnteredAt)
        w.field("createdAt", row.createdAt)
        w.field("doneAt", row.doneAt)
        w.field("due", row.due)
        if let dueTime = row.dueTime { w.field("dueTime", dueTime) }
        if let duty = row.duty {
            w.key("duty")
            w.beginObject()
            w.field("day", duty.day)
            w.field("duty", duty.duty)
            w.endObject()
        }
        w.field("id", row.id)
        w.field("labels", row.labels)
        w.field("links", row.links.map(\.description))
        w.field("notes", row.notes)
        w.field("owner", row.owner)
        w.field("priority", row.priority)
        w.field("rank", row.rank)
        w.field("recurrence", row.recurrence)
        w.field("title", row.title)
        w.endObject()
    }
}
