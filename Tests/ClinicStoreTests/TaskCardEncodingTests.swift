import ClinicDomain
import Foundation
import Testing
@testable import ClinicStore

/// The richer task card on disk: layout 2 rows and the new change tags round-trip through a journal and a snapshot;
/// a layout-1 section and a `taskAdded` written by the previous build still read, with defaults.
@Suite struct TaskCardEncodingTests {
    static let at = Date(timeIntervalSince1970: 1_795_510_800)

    static let rich = TaskCard(
        id: TaskID(7), title: "Call Aetna re C-2", column: .doing, owner: StaffID(3), due: LocalDate("2026-11-24")!,
        dueTime: TimeOfDay(hour: 16, minute: 30), priority: .high, labels: ["billing", "safety"],
        recurrence: .weekly, rank: -2, createdAt: at, doneAt: nil, notes: "Ref 88213\nAsk for Dana — é",
        checklist: [ChecklistItem(number: 4, text: "Find EOB", done: true), ChecklistItem(number: 1, text: "Call")],
        links: [
            .claim(ClaimID(2)), .appointment(AppointmentID(31)), .patient(PatientID(12)), .staff(StaffID(4)),
            .task(TaskID(9)),
        ],
        columnEnteredAt: at.addingTimeInterval(3_600))

    @Test func theNewChangesRoundTripThroughJournalRecords() throws {
        for change: Change in [
            .taskAdded(Self.rich), .taskChanged(Self.rich),
            .wipOverridden(TaskID(7), column: .doing, count: 3, limit: 3),
        ] {
            let event = Event(seq: 12, at: Self.at, actor: "ana", change: change)
            let payload = CheckedDecoders.payload(of: event)
            #expect(try CheckedDecoders.event(fromPayload: payload, binary: true) == event)
        }
        // Tags 36 and 37 are on disk.
        var header = BinaryWriter(interning: false)
        header.unsigned(1); header.date(Self.at); header.string("a")
        let changed = CheckedDecoders.payload(
            of: Event(seq: 1, at: Self.at, actor: "a", change: .taskChanged(Self.rich)))
        #expect(changed[header.bytes.count] == 36)
        let over = CheckedDecoders.payload(
            of: Event(
                seq: 1, at: Self.at, actor: "a", change: .wipOverridden(TaskID(1), column: .today, count: 6, limit: 6)))
        #expect(over[header.bytes.count] == 37)
    }

    @Test func aSnapshotCarriesTheRichCard() throws {
        var p = Practice(settings: PracticeSettings(name: "Board", timeZoneID: "America/New_York"))
        p.seed(task: Self.rich)
        p.seed(task: TaskCard(id: TaskID(8), title: "Plain", column: .backlog, rank: 1, createdAt: Self.at))
        let body = try CheckedDecoders.snapshotBody(of: p)
        let decoded = try CheckedDecoders.practice(fromSnapshotBody: body)
        #expect(decoded == p)
        #expect(decoded.tasks[TaskID(7)] == Self.rich)
        #expect(try CheckedDecoders.snapshotBody(of: decoded) == body)
    }

    /// The card as the previous build wrote it: the layout-1 fields only.
    static func writeLayout1(_ card: TaskCard, to w: inout BinaryWriter) {
        w.id(card.id); w.string(card.title); w.code(card.column, BinaryCodes.boardColumn); w.optionalID(card.owner)
        w.optionalDay(card.due); w.code(card.priority, BinaryCodes.taskPriority); w.strings(card.labels)
        w.code(card.recurrence, BinaryCodes.recurrence); w.int(card.rank); w.date(card.createdAt)
        w.optionalDate(card.doneAt)
    }

    @Test func aTaskAddedEventOfThePreviousBuildStillDecodes() throws {
        var w = BinaryWriter(interning: false)
        w.unsigned(41); w.date(Self.at); w.string("ana"); w.byte(8) // taskAdded
        let old = TaskCard(
            id: TaskID(3), title: "Order gloves", column: .done, owner: StaffID(2), due: LocalDate("2026-11-20")!,
            priority: .low, labels: ["Supplies-old"], recurrence: .monthly, rank: 5, createdAt: Self.at,
            doneAt: Self.at.addingTimeInterval(120))
        Self.writeLayout1(old, to: &w)
        // Bytes of the previous build's writer (captured): a fixture, so a change of the layout-1 writer shows.
        // The bytes the previous build's writer gave for this card (captured from it): the fixture holds the writer
        // here to the format on disk, and the reader below to what old journals hold.
        let captured =
            "29c090d5e01a03616e6108030c4f7264657220676c6f766573040201d2c40202010c537570706c6965732d6f6c64030ac090d5e01a"
            + "01a094d5e01a"
        #expect(w.bytes.map { String(format: "%02x", $0) }.joined() == captured)
        let event = try CheckedDecoders.event(fromPayload: w.bytes, binary: true)
        guard case .taskAdded(let card) = event.change else {
            Issue.record("not a taskAdded: \(event.change)")
            return
        }
        #expect(card == old)
        #expect(card.labels == ["Supplies-old"]) // free text kept as it was
        #expect(card.notes == "" && card.checklist == [] && card.links == [] && card.dueTime == nil)
        #expect(card.columnEnteredAt == old.doneAt)
    }

    @Test func aLayout1TasksSectionStillDecodes() throws {
        var p = Practice(settings: PracticeSettings(name: "Old", timeZoneID: "America/New_York"))
        p.seed(
            task: TaskCard(
                id: TaskID(1), title: "Fire drill", column: .backlog, labels: ["safety"], rank: 1, createdAt: Self.at))
        p.seed(
            task: TaskCard(
                id: TaskID(2), title: "Payroll", column: .done, rank: 1, createdAt: Self.at,
                doneAt: Self.at.addingTimeInterval(60)))
        let body = try CheckedDecoders.snapshotBody(of: p)
        let located = try body.withUnsafeBytes { raw in try SnapshotSections.locate(raw, bodyOffset: 0, path: "old") }
        // The strings section is kept, so the layout-1 rows index into the same table.
        let table = StringTable()
        let stringsRange = try #require(located.ranges[.strings])
        try body.withUnsafeBytes { raw in
            var r = BinaryReader(UnsafeRawBufferPointer(rebasing: raw[stringsRange]), fileOffset: 0, strings: nil)
            for _ in 0..<(try r.count()) { _ = table.index(of: try r.inlineString()) }
        }
        var tasks = BinaryWriter(sharing: table)
        tasks.unsigned(UInt64(p.tasks.count))
        for card in p.tasks.sorted { Self.writeLayout1(card, to: &tasks) }
        var out: [UInt8] = []
        for (kind, range) in located.ranges.sorted(by: { $0.value.lowerBound < $1.value.lowerBound }) {
            let payload = kind == .tasks ? tasks.bytes : Array(body[range])
            RecordCodec.append32(kind.rawValue, to: &out)
            RecordCodec.append32(kind == .tasks ? 1 : (located.versions[kind] ?? kind.layoutVersion), to: &out)
            out.append(contentsOf: RecordCodec.bytes64(UInt64(payload.count)))
            RecordCodec.append32(CRC32C.mask(payload.withUnsafeBytes { CRC32C.update(0, $0) }), to: &out)
            out.append(contentsOf: payload)
        }
        #expect(out != body)
        let decoded = try CheckedDecoders.practice(fromSnapshotBody: out)
        #expect(decoded == p)
        #expect(decoded.tasks[TaskID(2)]?.columnEnteredAt == Self.at.addingTimeInterval(60))
        #expect(decoded.tasks(in: .backlog).map(\.id) == [TaskID(1)])
    }

    @Test func oldJSONRowsOfUndoImagesStillDecode() throws {
        // A task row as the undo log's JSON held it before the richer card.
        let json =
            #"{"column":"today","createdAt":"2026-11-23T15:00:00Z","id":"T-4","labels":["billing"],"#
            + #""priority":"normal","rank":2,"recurrence":"none","title":"Call"}"#
        let card = try DomainCoding.decoder().decode(TaskCard.self, from: Data(json.utf8))
        #expect(card.notes == "" && card.links == [] && card.columnEnteredAt == card.createdAt)
        let back = try DomainCoding.decoder().decode(TaskCard.self, from: DomainCoding.encoder().encode(Self.rich))
        #expect(back == Self.rich)
    }

    @Test func editsSurviveAReopenFromTheJournalAndFromASnapshot() throws {
        let dir = TempFolder()
        let store = try makeStore(dir)
        _ = try store.execute(
            command("task add \"Order gloves\" --column doing --label supplies"), actor: "ana", now: testNow)
        _ = try store.execute(command("task check T-1 add \"Count boxes\""), actor: "ana", now: testNow)
        _ = try store.execute(command("task edit T-1 --notes \"two\\\\nlines\""), actor: "ana", now: testNow)
        _ = try store.execute(command("task add \"Other\""), actor: "ana", now: testNow)
        _ = try store.execute(command("task link T-1 T-2"), actor: "ana", now: testNow)
        let state = store.practice
        #expect(state.tasks[TaskID(1)]?.notes == "two\nlines")
        store.close()

        let replayed = try Store.open(folder: dir.path, options: quietOptions())
        #expect(replayed.practice.tasks == state.tasks)
        #expect(replayed.practice.undoLog == state.undoLog)
        try replayed.snapshotNow()
        replayed.close()
        let fromSnapshot = try Store.open(folder: dir.path, options: quietOptions())
        defer { fromSnapshot.close() }
        #expect(fromSnapshot.recovery.snapshotSeq == 5)
        #expect(fromSnapshot.practice.tasks == state.tasks)
    }
}
