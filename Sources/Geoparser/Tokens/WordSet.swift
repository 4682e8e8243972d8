import CPrefetch

/// A set of folded words probed by the 64-bit key the tokenizer already computed for each word
/// (``Tokenizer/foldedKey(_:)``), so asking whether a token is a function word, a kind word or an
/// English word costs a few comparisons instead of hashing its text again.
///
/// Open addressing with linear probing over one array of keys: a probe reads one slot, and a
/// member is told by its key alone (64 well-mixed bits: two of the set's words, or a word and a
/// member, share a key with odds of about one in 2⁶⁴ per pair, as for the run keys the candidate
/// finder trusts). One array, not slots and keys apart, so a probe into a large set (the 64,000
/// English words) costs one cache miss, not two.
///
/// ```swift
/// let kinds: WordSet = ["province", "river"]
/// kinds.contains("river")   // true
/// ```
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// Slot → the key of its word (``slot(_:)``); 0 is an empty slot.
    private let keys: [UInt64]
    /// The words, each once, in the order first given.
    let words: [String]
    private let mask: Int
    /// The set's bit among the marked sets (``WordMark/bit``), 0 for a set that is not one: a
    /// marked token (``Token/marked``) is told a member by that bit, with no probe.
    let mark: UInt32

    /// A key as a slot holds it: never 0, which marks an empty slot.
    @inline(__always)
    static func slot(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// A set of the given words (duplicates kept once). The table is kept at most half full
    /// (a quarter for small sets), so most words that are not in it hit an empty slot at once.
    public init<S: Sequence>(_ members: S) where S.Element == String {
        self.init(members, mark: nil)
    }

    /// A set of the given words that is one of the marked sets (``WordMark``), or none (nil).
    /// (Only the set that ``Lexicon/markedSet(_:demonymWords:demonymFirstWords:)`` gives for a
    /// mark may carry it: tokens are marked from those sets' words.)
    init<S: Sequence>(_ members: S, mark: WordMark?) where S.Element == String {
        let all = Array(members)
        var size = 16
        while size < all.count * (all.count > 4096 ? 2 : 4) { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var words: [String] = []
        words.reserveCapacity(all.count)
        for w in all {
            let key = Self.slot(Tokenizer.foldedKey(w))
            var i = Int(truncatingIfNeeded: key) & (size - 1)
            var duplicate = false
            while keys[i] != 0 {
                if keys[i] == key { duplicate = true; break }
                i = (i + 1) & (size - 1)
            }
            if duplicate { continue }
            words.append(w)
            keys[i] = key
        }
        self.keys = keys
        self.words = words
        self.mask = size - 1
        self.mark = mark?.bit ?? 0
    }

    /// The same words as the marked set `mark` (see ``init(_:mark:)``).
    func marked(_ mark: WordMark) -> WordSet {
        WordSet(words, mark: mark)
    }

    /// A set of the given words.
    public init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// The number of words.
    public var count: Int { words.count }

    /// Whether `word` is in the set.
    public func contains(_ word: String) -> Bool {
        contains(key: Tokenizer.foldedKey(word))
    }

    /// Whether a token's folded word is in the set: told by the set's bit for a marked set and a
    /// marked token, else probed by the token's key.
    /// (The probes were a quarter of the warm pass's first-level cache misses, each at a line of
    /// its own of one of some thirty tables, and their loops' branches hard to predict; the
    /// bit is in the token, which is at hand. The same probe as ``contains(key:)``, written out:
    /// shared through a closure, it cost 1.4 % of a warm document.)
    @inline(__always)
    func contains(_ token: Token) -> Bool {
        if mark != 0, token.marked { return token.isInMarkedSet(mark) }
        return probe(Self.slot(token.key))
    }

    /// Whether the word whose ``Tokenizer/foldedKey(_:)`` is `key` is in the set.
    func contains(key: UInt64) -> Bool {
        probe(Self.slot(key))
    }

    /// Whether a slot holds `key` (as ``slot(_:)`` gives it), probing from its home slot.
    /// (The slots read through a buffer: a position masked into the table is always in it, and
    /// the array's bound, tested twice a probe, was a tenth of the lookups' cost.)
    @inline(__always)
    private func probe(_ key: UInt64) -> Bool {
        let mask = self.mask
        return keys.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key) & mask
            while slots[i] != 0 {
                if slots[i] == key { return true }
                i = (i + 1) & mask
            }
            return false
        }
    }

    /// Calls `body` with a function that hints that the slot where a probe for a word (by its
    /// key) starts will soon be read: in a large set, such as the English words, each probe is
    /// otherwise a cache miss. The set's storage is reached once, for any number of hints.
    @inline(__always)
    func withPrefetcher<R>(_ body: ((UInt64) -> Void) -> R) -> R {
        let mask = self.mask
        return keys.withUnsafeBufferPointer { slots in
            body { key in
                if let base = slots.baseAddress { frontline_prefetch(UnsafeRawPointer(base + (Int(truncatingIfNeeded: Self.slot(key)) & mask))) }
            }
        }
    }

    /// The first word of each member, up to its first space ("oil" of "oil field").
    var firstWords: WordSet {
        WordSet(words.map { String($0.prefix { $0 != " " }) })
    }

    /// The words of both sets.
    public func union<S: Sequence>(_ other: S) -> WordSet where S.Element == String {
        WordSet(words + Array(other))
    }
}
