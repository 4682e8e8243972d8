/// A Boolean for each candidate of a text, kept as bits: the first 64 in the value itself, any
/// more in an array. The passes of a text read and set such flags by position (settled, kept,
/// listed beside the next); as arrays of `Bool`, each was allocated, and checked for sharing at
/// every write.
///
/// ```swift
/// var settled = FlagList(count: 3)
/// settled[1] = true
/// settled[1]   // true
/// settled.any  // true
/// ```
struct FlagList {
    /// Flags 0–63, a bit each.
    private var low: UInt64 = 0
    /// Flags from 64 on, 64 a word.
    private var high: [UInt64] = []
    /// How many flags there are.
    private(set) var count = 0

    /// No flags.
    init() {}

    /// `count` flags, all false.
    init(count: Int) {
        self.count = count
        if count > 64 { high = [UInt64](filled: 0, count: Self.highWords(count)) }
    }

    /// `count` flags, flag `i` as `flag(i)` says.
    init(count: Int, _ flag: (Int) -> Bool) {
        self.init(count: count)
        for i in 0..<count where flag(i) { self[i] = true }
    }

    /// The words past the first that `count` flags take.
    private static func highWords(_ count: Int) -> Int { count > 64 ? (count - 1) / 64 : 0 }

    /// The flags' positions.
    var indices: Range<Int> { 0..<count }

    /// Whether any flag is set.
    var any: Bool { low != 0 || high.contains { $0 != 0 } }

    /// Flag `i` (`i` must be below ``count``, as an array's index must be in range).
    subscript(i: Int) -> Bool {
        get {
            precondition(i >= 0 && i < count, "flag position out of range")
            let word = i < 64 ? low : high[(i - 64) >> 6]
            return word >> UInt64(i & 63) & 1 != 0
        }
        set {
            precondition(i >= 0 && i < count, "flag position out of range")
            let bit: UInt64 = 1 << UInt64(i & 63)
            if i < 64 {
                low = newValue ? low | bit : low & ~bit
            } else {
                let w = (i - 64) >> 6
                high[w] = newValue ? high[w] | bit : high[w] & ~bit
            }
        }
    }

    /// Adds a flag at the end.
    mutating func append(_ flag: Bool) {
        if Self.highWords(count + 1) > high.count { high.append(0) }
        count += 1
        self[count - 1] = flag
    }

    /// Removes the last `n` flags.
    mutating func removeLast(_ n: Int) {
        precondition(n >= 0 && n <= count, "more flags removed than there are")
        for i in (count - n)..<count { self[i] = false }
        count -= n
        high.removeLast(high.count - Self.highWords(count))
    }
}
