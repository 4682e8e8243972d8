/// A set of ISO 3166-1 alpha-2 country codes as a bitmap of the 676 two-letter codes: asking
/// whether a place's country is in it reads two bytes and one bit, where a `Set<String>` hashes
/// the code (the geoparser asks this of most candidates of most names).
///
/// ```swift
/// let levant: CountryCodeSet = ["SY", "LB"]
/// levant.contains("SY")   // true
/// levant.contains("Syria") // false: not a code
/// ```
struct CountryCodeSet: Sendable, ExpressibleByArrayLiteral {
    /// Bit `26 × first + second` (letters A–Z as 0–25) of the 11 words.
    private var bits = [UInt64](repeating: 0, count: 11)

    /// The set of the given codes; anything else than two letters A–Z is left out.
    init<S: Sequence>(_ codes: S) where S.Element == String {
        for code in codes { if let b = Self.bit(code) { bits[b >> 6] |= 1 << UInt64(b & 63) } }
    }

    init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// Whether `code` is in the set (false for anything but two upper-case ASCII letters).
    @inline(__always)
    func contains(_ code: String) -> Bool {
        guard let b = Self.bit(code) else { return false }
        return bits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    /// The bit of a two-letter code, nil for any other string.
    @inline(__always)
    private static func bit(_ code: String) -> Int? {
        var it = code.utf8.makeIterator()
        guard let a = it.next(), let b = it.next(), it.next() == nil, a &- 0x41 < 26, b &- 0x41 < 26 else { return nil }
        return Int(a &- 0x41) * 26 + Int(b &- 0x41)
    }
}
