import Testing
@testable import ClinicDomain

@Suite struct PersistentIDMapTests {
    @Test func keepsValuesInIDOrderWhateverTheInsertOrder() {
        var map = PersistentIDMap<Int>()
        let numbers = [5, 70_001, 1, 33, 32, 31, 1_024, 10_001, 999_999]
        for n in numbers.reversed() { map[n] = n * 2 }
        #expect(map.count == numbers.count)
        #expect(Array(map.values) == numbers.sorted().map { $0 * 2 })
        #expect(map[33] == 66 && map[34] == nil && map[-1] == nil && map[Int.max] == nil)
    }

    @Test func theLargestIDsFitWithoutRunningAway() {
        var map = PersistentIDMap<String>()
        map[Int.max] = "max"
        map[999_999_999_999_999_999] = "eighteen nines"
        map[0] = "zero"
        #expect(map.count == 3)
        #expect(Array(map.values) == ["zero", "eighteen nines", "max"])
        map[Int.max] = nil
        #expect(map.count == 2 && map[Int.max] == nil)
    }

    @Test func aCopyIsIndependentOfLaterChanges() {
        var original = PersistentIDMap<Int>()
        for n in 1...5_000 { original[n] = n }
        var copy = original
        copy[17] = -17
        copy[6_000] = 6_000
        copy[3] = nil
        #expect(original[17] == 17 && original[3] == 3 && original[6_000] == nil && original.count == 5_000)
        #expect(copy[17] == -17 && copy[3] == nil && copy[6_000] == 6_000 && copy.count == 5_000)
    }

    @Test func removingAnAbsentIDChangesNothing() {
        var map = PersistentIDMap<Int>()
        map[10] = 1
        map[1 << 40] = nil
        map[11] = nil
        #expect(map.count == 1 && Array(map.values) == [1])
    }

    @Test func tablesCompareByContent() {
        var a = Table<Payer>(), b = Table<Payer>()
        let one = Payer(id: PayerID(1), name: "Aetna", kind: .commercial, timelyFilingDays: 90, payerCode: "60054")
        let two = Payer(id: PayerID(2), name: "Cigna", kind: .commercial, timelyFilingDays: 90, payerCode: "62308")
        a.upsert(one); a.upsert(two)
        b.upsert(two); b.upsert(one)
        #expect(a == b)
        b[PayerID(2)] = nil
        #expect(a != b && b.sorted == [one])
    }
}
