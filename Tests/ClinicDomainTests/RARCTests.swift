import ClinicDomain
import Testing

@Suite struct RARCTests {
    @Test func everyCodeInTheTableHasARemarkCodesShape() {
        #expect(RARC.descriptions.count >= 100)
        for (code, description) in RARC.descriptions {
            #expect(RARC.parse(code) == code, "\(code)")
            #expect(!description.isEmpty && description.count <= 60, "\(code)")
        }
        #expect(RARC.descriptions.keys.contains { $0.hasPrefix("MA") })
        #expect(RARC.descriptions.keys.contains { $0.hasPrefix("N") })
    }

    @Test func commonRemarksAreDescribed() {
        #expect(RARC.describe("N130") == "consult plan benefit documents")
        #expect(RARC.describe("M15") == "bundled with another service")
        #expect(RARC.describe("N519") == "invalid modifier combination")
        #expect(RARC.describe("MA01") == "you may appeal this decision")
        #expect(RARC.describe("N999") == nil)
    }

    @Test func shapesAreCheckedAndWellShapedUnknownCodesAccepted() {
        #expect(RARC.parse(" n130 ") == "N130")
        #expect(RARC.parse("ma130") == "MA130")
        #expect(RARC.parse("N999") == "N999")
        for text in ["", "N", "MA", "N1234", "X12", "M1A", "NA1", "130", "M-15"] {
            #expect(RARC.parse(text) == nil, "\(text)")
        }
    }
}
