/// Generates a realistic, deterministic demo practice from a seed and a day.
/// See docs/ARCHITECTURE.md for where this module sits in the one-way flow.
