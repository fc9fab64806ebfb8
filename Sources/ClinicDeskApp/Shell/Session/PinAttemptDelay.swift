import Foundation

/// How long the sign-in screen makes the next try wait after wrong PINs: nothing after the first, then 1 s,
/// 2 s, 4 s … doubling up to `cap`. A four-digit PIN falls to 10,000 guesses; at 30 s each that is more than
/// three days at one terminal, long enough for the failures to be noticed (they are counted on screen).
public enum PinAttemptDelay {
    public static let cap: TimeInterval = 30

    /// The wait before the next try after `failures` wrong PINs in a row.
    public static func after(failures: Int) -> TimeInterval {
        guard failures >= 2 else { return 0 }
        let doubled = pow(2, Double(min(failures - 2, 16)))
        return min(cap, doubled)
    }
}
