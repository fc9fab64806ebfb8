import ClinicDomain
import Testing

@testable import ClinicX12

/// Malformed inputs built from one small valid file with one thing wrong: each is refused whole, naming the
/// segment (1-based: ISA 1, GS 2, ST 3, BPR 4 …), the element and why.
@Suite struct Remittance835ValidationTests {
    static let isa =
        "ISA*00*          *00*          *ZZ*BLUEHARBOR     *ZZ*RIVERSIDEFM    *260315*0930*^*00501*000000901*0*P*:~"
    static let header = [
        "BPR*I*100*C*CHK************20260315", "TRN*1*CHK0001*1512345678", "N1*PR*BLUE HARBOR HEALTH PLAN*XV*60054",
        "N1*PE*RIVERSIDE FAMILY MEDICINE*XX*1234567893",
    ]
    static let claim = [
        "CLP*C-2048*1*120*100**12*2026031012345*11*1", "NM1*QC*1*RUIZ*ANA", "SVC*HC:99213*120*100**1",
        "DTM*472*20260302", "CAS*CO*45*20",
    ]

    /// A whole interchange around `body` (the segments between ST and SE), SE01 counted right.
    static func file(_ body: [String], se: String? = nil, trailer: [String]? = nil) -> String {
        let segments =
            [
                isa.dropLast().description, "GS*HP*BLUEHARBOR*RIVERSIDEFM*20260315*0930*901*X*005010X221A1",
                "ST*835*0001*005010X221A1",
            ] + body + [se ?? "SE*\(body.count + 2)*0001"]
            + (trailer ?? ["GE*1*901", "IEA*1*000000901"])
        return segments.map { $0 + "~\n" }.joined()
    }

    static func refusal(_ text: String) -> String? {
        do {
            _ = try Remittance835Parser.parse(Array(text.utf8))
            return nil
        } catch {
            return error.description
        }
    }

    static func refusal(body: [String]) -> String? { refusal(file(body)) }

    @Test func theBaseFileIsValid() throws {
        let remittance = try Remittance835Parser.parse(Array(Self.file(Self.header + Self.claim).utf8))
        #expect(remittance.transactions.first?.claims.first?.services.first?.adjustments.count == 1)
    }

    @Test func anythingNotStartingWithISAIsRefused() {
        #expect(Self.refusal("GS*HP~") == "is not an X12 interchange: it must start with an ISA segment")
        #expect(Self.refusal("") == "is not an X12 interchange: it must start with an ISA segment")
        #expect(Self.refusal("ISA*00") == "segment 1 (ISA): is 6 bytes long; a whole ISA alone is 106 characters")
    }

    @Test func anISAThatIsNotFixedWidthIsRefused() {
        let short = Self.file(Self.header + Self.claim).replacingOccurrences(of: "BLUEHARBOR     ", with: "BLUEHARBOR")
        #expect(Self.refusal(short)?.hasPrefix("segment 1 (ISA): is not the fixed-width 106 characters") == true)
        let same = Self.file(Self.header).replacingOccurrences(of: "*P*:~", with: "*P*~~")
        #expect(Self.refusal(same) == "segment 1 (ISA): uses one character for two separators; all four must differ")
        let letter = Self.file(Self.header).replacingOccurrences(of: "*P*:~", with: "*P*A~")
        #expect(Self.refusal(letter)?.hasPrefix("segment 1 (ISA): ISA16 gives 'A' as the component separator") == true)
    }

    @Test func envelopeCountsAndControlNumbersMustAgree() {
        let body = Self.header + Self.claim
        #expect(
            Self.refusal(Self.file(body, se: "SE*9*0001")) == "segment 13 (SE): SE01 says 9 segments, the set has 11")
        #expect(
            Self.refusal(Self.file(body, se: "SE*11*0002")) == "segment 13 (SE): SE02 '0002' does not match ST02 '0001'"
        )
        #expect(
            Self.refusal(Self.file(body, trailer: ["GE*2*901", "IEA*1*000000901"]))
                == "segment 14 (GE): GE01 says 2 transaction sets, the group has 1")
        #expect(
            Self.refusal(Self.file(body, trailer: ["GE*1*902", "IEA*1*000000901"]))
                == "segment 14 (GE): GE02 '902' does not match GS06 '901'")
        #expect(
            Self.refusal(Self.file(body, trailer: ["GE*1*901", "IEA*1*000000902"]))
                == "segment 15 (IEA): IEA02 '000000902' does not match ISA13 '000000901'")
        #expect(
            Self.refusal(Self.file(body, trailer: ["GE*1*901", "IEA*2*000000901"]))
                == "segment 15 (IEA): IEA01 says 2 functional groups, the interchange has 1")
        #expect(
            Self.refusal(Self.file(body, trailer: ["GE*1*901", "IEA*1*000000901", "GS*HP"]))
                == "segment 16 (GS): comes after the end of an interchange; only a new ISA may follow IEA")
        let other = Self.file(body).replacingOccurrences(of: "ST*835", with: "ST*837")
        #expect(
            Self.refusal(other) == "segment 3 (ST): ST01 '837' is not 835: this reader takes remittance advice only")
        let old = Self.file(body).replacingOccurrences(of: "0001*005010X221A1", with: "0001*004010X091A1")
        #expect(Self.refusal(old) == "segment 3 (ST): ST03 '004010X091A1' is not 005010X221A1 (or 005010X221)")
        let plain = Self.file(body).replacingOccurrences(of: "X221A1", with: "X221")
        #expect(Self.refusal(plain) == nil)
    }

    @Test func aFileCutShortIsRefused() {
        let whole = Self.file(Self.header + Self.claim)
        let cut = String(whole.dropLast(5))
        #expect(Self.refusal(cut) == "segment 15 (IEA): has no segment terminator: the file is truncated")
        let noIEA = Self.file(Self.header + Self.claim, trailer: ["GE*1*901"])
        #expect(
            Self.refusal(noIEA)
                == "segment 1 (ISA): is never closed: the file ends after segment 14 without an IEA (truncated?)")
    }

    @Test func claimStatusesAreAClosedList() {
        for status in ["1", "2", "3", "4", "19", "20", "21", "22", "23", "25"] {
            let claim = ["CLP*C-2048*\(status)*120*100**12*2026031012345*11*1", "NM1*QC*1*RUIZ*ANA"]
            #expect(Self.refusal(body: Self.header + claim) == nil, "status \(status)")
        }
        let bad = ["CLP*C-2048*24*120*100**12*2026031012345*11*1"]
        #expect(
            Self.refusal(body: Self.header + bad)?.hasPrefix("segment 8 (CLP): CLP02 '24' is not a claim status")
                == true)
    }

    @Test func adjustmentsNeedAKnownGroupAndAnAmountPerReason() {
        let base = Self.header + Self.claim.dropLast()
        #expect(
            Self.refusal(body: base + ["CAS*XX*45*20"])
                == "segment 12 (CAS): CAS01 'XX' is not an adjustment group (CO, PR, OA, PI or CR)")
        #expect(
            Self.refusal(body: base + ["CAS*CO*45*10**253"])
                == "segment 12 (CAS): CAS06 (adjustment amount) is missing")
        #expect(
            Self.refusal(body: base + ["CAS*CO*45**1"]) == "segment 12 (CAS): CAS03 (adjustment amount) is missing")
        #expect(
            Self.refusal(body: base + ["CAS*CO*45*10***5"])
                == "segment 12 (CAS): CAS06 is given without its reason code CAS05")
        #expect(
            Self.refusal(body: base + ["CAS*CO*1*1**2*1**3*1**4*1**5*1**6*1**7*1"])
                == "segment 12 (CAS): CAS20 is not defined: CAS has at most 19 elements")
        #expect(Self.refusal(body: base + ["CAS*CR*45*20"]) == nil)
        #expect(Self.refusal(body: base + ["CAS*CO*45*10*1*253*10"]) == nil)
    }

    @Test func amountsAreExactDecimalsWithAtMostTwoPlaces() {
        let cases: [(String, Int?)] = [
            ("145", 14500), ("111.65", 11165), ("-35.5", -3550), (".5", 50), ("0", 0), ("-0.01", -1),
            ("1000000000000", 100_000_000_000_000), ("-1000000000000", -100_000_000_000_000),
            ("1000000000000.01", nil), ("99999999999999999999999", nil), ("12.345", nil), ("1e5", nil),
            ("5.", nil), (".", nil), ("-", nil), ("", nil), ("+5", nil), ("1.2.3", nil), (" 5", nil), ("1,000", nil),
            ("--5", nil), ("٣", nil),
        ]
        for (text, cents) in cases {
            #expect(X12Segment.cents(fromDecimal: text)?.value == cents, "'\(text)'")
        }
        let bad = ["CLP*C-2048*1*120*1O0**12*2026031012345*11*1"]
        #expect(
            Self.refusal(body: Self.header + bad)?.hasPrefix("segment 8 (CLP): CLP04 (claim payment) '1O0'") == true)
    }

    @Test func datesMustBeRealD8Days() {
        let base = Self.header + Array(Self.claim.prefix(3))
        #expect(
            Self.refusal(body: base + ["DTM*472*20260230"])
                == "segment 11 (DTM): DTM02 (service date) '20260230' is not a day on the calendar")
        #expect(
            Self.refusal(body: base + ["DTM*472*2026-03-02"])
                == "segment 11 (DTM): DTM02 (service date) '2026-03-02' is not a date in the form CCYYMMDD")
        #expect(Self.refusal(body: base + ["DTM*472*20280229"]) == nil)
        let bpr = ["BPR*I*100*C*CHK************20261301"] + Self.header.dropFirst()
        #expect(Self.refusal(body: bpr)?.hasPrefix("segment 4 (BPR): BPR16 (payment date) '20261301'") == true)
    }

    @Test func segmentsMustComeInTheirLoops() {
        #expect(
            Self.refusal(body: ["TRN*1*CHK0001*1512345678"] + Self.header)
                == "segment 4 (TRN): comes before BPR, which must follow ST")
        #expect(
            Self.refusal(body: Array(Self.header.prefix(3)) + Self.claim)
                == "segment 7 (CLP): comes before the payer and payee")
        #expect(
            Self.refusal(body: Self.header + ["SVC*HC:99213*120*100"])
                == "segment 8 (SVC): is outside a claim: a service line follows its CLP")
        #expect(
            Self.refusal(body: Self.header + Self.claim + ["PLB*1234567893*20261231*WO*5", "CLP*C-1*1*1*1**12*9"])
                == "segment 14 (CLP): comes after PLB")
        #expect(Self.refusal(body: Self.header.dropLast()) == "segment 3 (ST): has no payee (N1*PE, loop 1000B)")
        #expect(
            Self.refusal(body: Array(Self.header.prefix(1)) + Self.header.dropFirst(2))
                == "segment 5 (N1): comes before TRN")
        #expect(
            Self.refusal(body: Self.header + ["LQ*HE*N130"]) == "segment 8 (LQ): (remark) is outside a service line")
    }

    @Test func thePayeeNPIMustPassItsCheckDigit() {
        let header = Self.header.dropLast() + ["N1*PE*RIVERSIDE FAMILY MEDICINE*XX*1234567890"]
        #expect(
            Self.refusal(body: Array(header))
                == "segment 7 (N1): N104 '1234567890' is not a valid NPI (ten digits, Luhn check)")
    }

    @Test func serviceCompositesAndProviderAdjustmentsAreChecked() {
        let base = Self.header + Array(Self.claim.prefix(2))
        #expect(
            Self.refusal(body: base + ["SVC*99213*120*100"])?.hasPrefix("segment 10 (SVC): SVC01 '99213' is not")
                == true)
        #expect(
            Self.refusal(body: base + ["SVC*HC:99213:1:2:3:4:5:6:7*120*100"])?.hasPrefix("segment 10 (SVC): SVC01")
                == true)
        #expect(
            Self.refusal(body: Self.header + Self.claim + ["PLB*1234567893*20261231*WO:X"])
                == "segment 13 (PLB): PLB04 (provider adjustment amount) is missing")
        #expect(
            Self.refusal(body: Self.header + Self.claim + ["PLB*1234567893*20261231"])
                == "segment 13 (PLB): PLB03 (adjustment reason) is missing")
    }

    @Test func aSetWhoseAmountsTogetherPassATrillionDollarsIsRefused() {
        let huge = ["BPR*I*600000000000*C*CHK************20260315"] + Self.header.dropFirst()
        let claim = ["CLP*C-2048*1*600000000000*600000000000**12*2026031012345*11*1"]
        #expect(
            Self.refusal(body: huge + claim)
                == "segment 3 (ST): carries amounts that add up to more than $1,000,000,000,000")
        let most = ["BPR*I*1000000000000*C*CHK************20260315"] + Self.header.dropFirst()
        #expect(Self.refusal(body: most) == nil)
    }

    @Test func unmodelledSegmentsAreCountedNotRefused() throws {
        let body = Self.header + ["LX*1", "TS3*1234567893*11*20261231*1*120"] + Self.claim + ["QTY*ZK*1", "ZZZ*1"]
        let advice = try #require(try Remittance835Parser.parse(Array(Self.file(body).utf8)).transactions.first)
        #expect(advice.skippedSegmentCount == 4)
    }
}
