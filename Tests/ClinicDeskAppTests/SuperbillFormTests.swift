import ClinicDomain
import Foundation
import TerminalKit
import TestSupport
import Testing

@testable import ClinicDeskApp

/// The superbill (`B`): live checks name the field, a good form sends the claim the domain accepts, and visits that
/// cannot be billed say why.
@Suite struct SuperbillFormTests {
    init() { CodeSetWarmup.load() }

    static let checkedOut = AppointmentID(1)
    static let withProvider = AppointmentID(4)

    /// The flow pane with the superbill of the fixture's first (checked-out) visit open.
    static func openSuperbill(_ context: PaneContext) -> FlowPane {
        var pane = FlowPane()
        pane.press([.character("g"), .character("B")], context)
        return pane
    }

    @Test func aCategoryIsRefusedLiveUnderItsField() throws {
        let context = Fixture.FlowMorning.context()
        var pane = Self.openSuperbill(context)
        #expect(pane.superbill?.appointment == Self.checkedOut)
        pane.type("E11", context)
        let screen = pane.render(context, width: 160, height: 48).text
        // Wrapped under the field, so the example is not cut off.
        #expect(screen.contains("✗ Dx 1: 'E11' is a category, not a billable code (for example"))
        #expect(screen.contains("E11.9 Type 2 diabetes mellitus without complications)"))
        guard case .message(let text) = pane.handle(.enter, context: context) else {
            Issue.record("Enter on a category should refuse")
            return
        }
        #expect(text.hasPrefix("Dx 1: 'E11' is a category"))
        #expect(pane.superbill != nil)
        #expect(pane.superbill?.field == .diagnosis(0))
    }

    @Test func aDescriptionShowsAsTheCodeIsTyped() {
        let context = Fixture.FlowMorning.context()
        var pane = Self.openSuperbill(context)
        pane.type("e119", context)
        let screen = pane.render(context, width: 160, height: 48).text
        #expect(screen.contains("Type 2 diabetes mellitus without complications"))
    }

    @Test func aGoodFormSendsTheClaim() throws {
        let context = Fixture.FlowMorning.context()
        var pane = Self.openSuperbill(context)
        pane.type("E11.9", context)
        pane.press([.tab], context)
        pane.type("I10", context)
        pane.press([.tab, .tab], context) // past the empty Dx 3 to Line 1
        pane.type("99214-25@1,2", context)
        pane.press([.tab], context)
        pane.type("36415", context)
        let screen = pane.render(context, width: 160, height: 48).text
        #expect(screen.contains("$165.00 · dx 1,2"))
        #expect(screen.contains("Total $"))
        let answer = pane.handle(.enter, context: context)
        let expected = NewClaim(
            appointment: Self.checkedOut,
            content: ClaimContent(
                diagnoses: ["E11.9", "I10"],
                lines: [
                    NewServiceLine(code: "99214", modifiers: ["25"], pointers: [1, 2]),
                    NewServiceLine(code: "36415", pointers: [1]),
                ],
                placeOfService: "11"))
        guard case .command(.createClaim(let sent), nil) = answer else {
            Issue.record("expected the claim, got \(answer)")
            return
        }
        #expect(sent == expected)
        #expect(pane.superbill == nil)
        // What it sends is what the domain takes.
        var practice = context.practice
        try practice.run(.createClaim(sent))
        #expect(practice.claim(forVisit: Self.checkedOut)?.diagnoses == ["E11.9", "I10"])
    }

    @Test func aLineWithoutAFeeOrWithABadPointerIsNamed() {
        let context = Fixture.FlowMorning.context()
        var pane = Self.openSuperbill(context)
        pane.type("E11.9", context)
        pane.press([.tab, .tab], context)
        pane.type("99999", context)
        var problems = pane.superbill?.problems(in: context.practice).map(\.sentence) ?? []
        #expect(problems == ["Line 1: 99999 has no fee in the fee schedule; give one (99999=120.00)"])
        pane.press([.control("u")], context)
        pane.type("99213@2", context)
        problems = pane.superbill?.problems(in: context.practice).map(\.sentence) ?? []
        #expect(problems == ["Line 1: points to Dx 2, but there are 1 diagnosis"])
    }

    @Test func anEmptyFormSaysWhatItNeeds() {
        let context = Fixture.FlowMorning.context()
        var pane = Self.openSuperbill(context)
        guard case .message(let text) = pane.handle(.enter, context: context) else {
            Issue.record("an empty superbill must not save")
            return
        }
        #expect(text.hasPrefix("Dx 1: a claim needs at least one diagnosis"))
    }

    @Test func aTelehealthVisitDefaultsToPlaceOfService10() throws {
        var visit = try #require(Fixture.FlowMorning.practice().appointments[Self.checkedOut])
        #expect(SuperbillForm(visit: visit).placeOfService == "11")
        visit.visitType = .telehealth
        #expect(SuperbillForm(visit: visit).placeOfService == "10")
    }

    @Test func aBilledVisitNamesItsClaim() throws {
        var practice = Fixture.FlowMorning.practice()
        let content = ClaimContent(diagnoses: ["E11.9"], lines: [NewServiceLine(code: "99213")])
        try practice.run(.createClaim(NewClaim(appointment: Self.checkedOut, content: content)))
        let claim = try #require(practice.claim(forVisit: Self.checkedOut))
        let context = Fixture.FlowMorning.context(practice)
        var pane = FlowPane()
        guard case .message(let text) = pane.press([.character("g"), .character("B")], context) else {
            Issue.record("B on a billed visit should explain")
            return
        }
        #expect(text.contains("already billed on \(claim.id)"))
        #expect(pane.superbill == nil)
    }

    @Test func aVisitNotCheckedOutExplains() throws {
        let context = Fixture.FlowMorning.context()
        var pane = FlowPane()
        pane.press([.character("g"), .character("j"), .character("j"), .character("j")], context)
        #expect(pane.targetAppointment(context)?.id == Self.withProvider)
        guard case .message(let text) = pane.press([.character("B")], context) else {
            Issue.record("B on a visit in clinic should explain")
            return
        }
        #expect(text == "A-4 is with provider: a visit is billed once the patient has checked out (o checks out).")
        #expect(pane.superbill == nil)
    }

    @Test func theFormKeysFollowTheKeymap() throws {
        // Esc cancels through the form scope: a rebound cancel key reaches the form as Esc (Keymap.formKey).
        let context = Fixture.FlowMorning.context()
        var pane = Self.openSuperbill(context)
        pane.press([.escape], context)
        #expect(pane.superbill == nil)
        #expect(Keymap.standard.keyLabel(.flowBill) == "B")
    }
}
