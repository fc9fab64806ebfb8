import ClinicDomain
import Testing

@testable import ClinicX12

@Suite struct X12SeparatorsTests {
    @Test func moneyIsWrittenAsDollarsWithoutTrailingZeros() {
        #expect(X12Separators.cents(Cents(14500)) == "145")
        #expect(X12Separators.cents(Cents(11165)) == "111.65")
        #expect(X12Separators.cents(Cents(-3550)) == "-35.5")
        #expect(X12Separators.cents(Cents(5)) == "0.05")
    }
}
