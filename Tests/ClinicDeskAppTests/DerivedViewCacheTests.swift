@testable import ClinicDeskApp
import ClinicDomain
import Foundation
import Testing
import TerminalKit
import TestSupport

/// The dashboard's one cache of derived views: answers are reused for the same state and query, and recomputed
/// after a state change or for another day, clock or filter.
@Suite struct DerivedViewCacheTests {
    /// Answers with the practice's seq, so a stale answer is visible.
    struct SeqQuery: DerivedQuery {
        var tag = 0
        func answer(from practice: Practice) -> UInt64 { practice.lastSeq }
    }

    @Test func theSameQueryOnTheSameStateIsComputedOnce() {
        let cache = DerivedViewCache()
        let practice = Fixture.busyDesk()
        #expect(cache.answer(SeqQuery(), from: practice) == practice.lastSeq)
        #expect(cache.answer(SeqQuery(), from: practice) == practice.lastSeq)
        #expect(cache.computedCount == 1)
        _ = cache.answer(SeqQuery(tag: 1), from: practice)
        _ = cache.answer(SeqQuery(), from: practice)
        #expect(cache.computedCount == 2, "another query value is another answer; the first is still kept")
    }

    @Test func aStateChangeRecomputes() throws {
        let cache = DerivedViewCache()
        var practice = Fixture.busyDesk()
        let before = cache.answer(
            FlowBoardQuery(day: Fixture.today, now: Fixture.now, provider: nil, statuses: nil),
            from: practice)
        let waiting = try #require(before.first { $0.appointment.patient == PatientID(7) })
        #expect(waiting.status == .scheduled)
        try practice.execute(.checkIn(waiting.id), actor: "ana", now: Fixture.now)
        let after = cache.answer(
            FlowBoardQuery(day: Fixture.today, now: Fixture.now, provider: nil, statuses: nil),
            from: practice)
        #expect(after.first { $0.id == waiting.id }?.status == .arrived)
        #expect(cache.computedCount == 2)
    }

    @Test func aNewMinuteIsANewAnswerForViewsThatReadTheClock() {
        let cache = DerivedViewCache()
        let context = PaneContext(
            practice: Fixture.busyDesk(), now: Fixture.now, day: Fixture.today,
            theme: .builtInDefault, focused: true, user: "ana", derived: cache)
        let pane = RosterPane()
        _ = pane.headline(context)
        _ = pane.badge(context)
        var canvas = Canvas(size: Size(width: 80, height: 20))
        pane.draw(into: &canvas, rect: canvas.bounds, context: context)
        #expect(cache.computedCount == 1, "headline, badge and draw share one roster")
        var later = context
        later.now = Fixture.at(10, 43)
        _ = pane.headline(later)
        #expect(cache.computedCount == 2)
    }

    @Test func onlyAFewAnswersPerQueryAreKept() {
        let cache = DerivedViewCache()
        let practice = Fixture.busyDeskRows()
        for tag in 0...DerivedViewCache.answersPerQuery { _ = cache.answer(SeqQuery(tag: tag), from: practice) }
        _ = cache.answer(SeqQuery(tag: DerivedViewCache.answersPerQuery), from: practice)
        #expect(cache.computedCount == DerivedViewCache.answersPerQuery + 1)
        _ = cache.answer(SeqQuery(tag: 0), from: practice)
        #expect(cache.computedCount == DerivedViewCache.answersPerQuery + 2, "the oldest answer was dropped")
    }

    @Test func claimFiguresOutliveChangesToOtherTablesButNotToClaims() throws {
        let cache = DerivedViewCache()
        var practice = Fixture.busyDesk()
        let query = ClaimFiguresQuery(today: Fixture.today)
        let before = cache.answer(query, from: practice)
        let booked = try #require(practice.appointments.values.first { $0.patient == PatientID(7) })
        try practice.execute(.checkIn(booked.id), actor: "ana", now: Fixture.now)
        _ = cache.answer(query, from: practice)
        #expect(cache.computedCount == 1, "a check-in leaves the claims alone")

        let claim = try #require(before.queue.first { $0.claim.status == .submitted })
        try practice.execute(
            .payClaim(claim.claim.id, amount: claim.open, adjustment: nil), actor: "ben",
            now: Fixture.now)
        let after = cache.answer(query, from: practice)
        #expect(cache.computedCount == 2)
        #expect(!after.queue.contains { $0.claim.id == claim.claim.id }, "the paid claim left the queue")
        #expect(after.aging.total < before.aging.total)
    }

    @Test func sameStorageIsEqualOnlyForUnwrittenCopies() throws {
        var practice = Fixture.busyDeskRows()
        let kept = SameStorage(practice.claims)
        #expect(kept == SameStorage(practice.claims))
        let submitted = ClaimID(2)
        try practice.execute(
            .setClaimFollowUp(submitted, Fixture.today.adding(days: 3)), actor: "ben",
            now: Fixture.now)
        #expect(kept != SameStorage(practice.claims), "the write had to copy the table the cache holds")
        #expect(
            SameStorage(Table(practice.claims.sorted)) != SameStorage(practice.claims),
            "equal rows in other storage count as changed: one recompute, never a stale answer")
    }
}
