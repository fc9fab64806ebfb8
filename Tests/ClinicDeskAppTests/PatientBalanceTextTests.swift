import ClinicDomain
import Foundation
import TerminalKit
import TestSupport
import Testing

@testable import ClinicDeskApp

/// The balance as the desk reads it, in the flow list (cached per practice state) and the booking form.
@Suite struct PatientBalanceTextTests {
    static func balance(charged: Int = 0, copays: Int = 0) -> PatientBalance {
        var balance = PatientBalance()
        balance.charged = Cents(charged)
        balance.copays = Cents(copays)
        return balance
    }

    @Test func owingAndCreditRead() {
        #expect(BalanceText.label(Self.balance(charged: 4000)) == "owes $40.00")
        #expect(BalanceText.label(Self.balance(copays: 500)) == "credit $5.00")
        #expect(BalanceText.label(Self.balance(charged: 2500, copays: 2500)) == nil)
        #expect(BalanceText.label(nil) == nil)
    }

    @Test func aNarrowCellKeepsOwingApartFromCredit() {
        #expect(BalanceText.cell(Self.balance(charged: 4000), width: 13) == "owes $40.00")
        #expect(BalanceText.cell(Self.balance(charged: 124_000), width: 13) == "owes $1,240")
        #expect(BalanceText.cell(Self.balance(copays: 124_050), width: 13) == "credit $1,240")
        #expect(BalanceText.cell(Self.balance(copays: 12_405_000), width: 13) == "-$124,050.00")
        #expect(BalanceText.cell(nil, width: 13) == "–")
    }

    @Test func theFlowListShowsItWhenWideAndDropsItFirstWhenNarrow() {
        let context = Fixture.FlowMorning.context()
        let wide = FlowPane().render(context, width: 160, height: 48).text
        #expect(wide.contains("Balance"))
        // M. Okafor paid a $25 copay and has no claim yet: the desk holds it as a credit.
        #expect(wide.contains("credit $25.00"))
        let narrow = FlowPane().render(context, width: 80, height: 24)
        #expect(!narrow.text.contains("Balance"))
        #expect(narrow.row(1).contains("Notes"))
    }

    @Test func theBalancesAreComputedOncePerState() {
        let context = Fixture.FlowMorning.context()
        _ = FlowPane().render(context, width: 160, height: 48)
        let computed = context.derived.computedCount
        _ = FlowPane().render(context, width: 160, height: 48)
        #expect(context.derived.computedCount == computed)
    }

    @Test func theBookingFormShowsThePickedPatientsBalance() {
        let context = Fixture.FlowMorning.context()
        var pane = FlowPane()
        pane.press([.character("b")], context)
        pane.type("okaf", context)
        pane.press([.enter], context)
        let screen = pane.render(context, width: 160, height: 48).text
        #expect(screen.contains("account: credit $25.00"))
    }
}
