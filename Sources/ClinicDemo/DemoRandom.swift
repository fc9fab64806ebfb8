/// SplitMix64: a tiny, well-mixed PRNG whose output depends only on the seed, so a demo practice is reproducible
/// byte for byte on every machine and toolchain. Helpers below avoid the standard library's `random(in:using:)`,
/// whose sampling algorithm is not a documented, stable contract.
struct DemoRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one part of the practice (patients, claims, …): changing how one part draws numbers then
    /// leaves the others untouched.
    init(seed: UInt64, stream: UInt64) {
        var mixer = DemoRandom(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        state = mixer.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `range` (closed). Lemire's multiply-shift: the bias is < 2^-40 for the small ranges used here.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        let high = next().multipliedFullWidth(by: width).high
        return range.lowerBound + Int(high)
    }

    /// Uniform in `0..<count`; `count` must be positive.
    mutating func index(_ count: Int) -> Int { int(0...(max(1, count) - 1)) }

    /// True with probability `p` (0...1).
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func pick<T>(_ items: [T]) -> T { items[index(items.count)] }

    /// Picks by integer weights (`[(item, weight)]`); weights must sum to more than zero.
    mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var roll = int(0...(max(1, total) - 1))
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }

    /// A Fisher–Yates shuffle driven by this generator.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, int(0...i))
        }
    }
}
