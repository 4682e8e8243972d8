/// What a name's candidates (``Gazetteer/candidates(_:kind:)``) hold, told without reading their
/// places: which kinds of place are among them, and whether any matched only by transliteration
/// key. Worked out once per cached query, so a rule that asks "is any of them a river?" of every
/// name costs a bit test, not a cache miss per candidate's place.
///
/// ```swift
/// let (list, kinds) = gazetteer.candidatesAndKinds("Jordan")
/// kinds.contains(.river)   // true: the Jordan river is among them
/// ```
public struct CandidateKinds: Sendable, Equatable {
    /// Bit `code` for each kind present.
    private let bits: UInt32
    /// Whether any candidate matched by transliteration key (``MatchKind/key``).
    public let hasKeyMatch: Bool

    /// The summary of `list`.
    public init(_ list: [Resolution]) {
        var bits: UInt32 = 0, key = false
        for r in list {
            bits |= 1 << UInt32(r.place.kind.code)
            key = key || r.match == .key
        }
        self.bits = bits
        hasKeyMatch = key
    }

    /// Whether a candidate of `kind` is among them.
    @inline(__always)
    public func contains(_ kind: PlaceKind) -> Bool {
        bits & (1 << UInt32(kind.code)) != 0
    }

    /// Whether a candidate of another kind than `kind` is among them.
    @inline(__always)
    public func containsOther(than kind: PlaceKind) -> Bool {
        bits & ~(1 << UInt32(kind.code)) != 0
    }
}
