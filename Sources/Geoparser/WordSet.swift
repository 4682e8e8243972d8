/// A set of folded words probed by the 64-bit key the tokenizer already computed for each word
/// (``Tokenizer/foldedKey(_:)``), so asking whether a token is a function word, a kind word or an
/// English word costs a few comparisons instead of hashing its text again.
///
/// Open addressing with linear probing; a hit compares the word itself, so two words that share
/// a key are still told apart.
///
/// ```swift
/// let kinds: WordSet = ["province", "river"]
/// kinds.contains("river")   // true
/// ```
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// Slot → index into `words` + 1; 0 is an empty slot.
    private let slots: [Int32]
    /// Slot → the key of its word (read first, beside the slot: a miss costs no other load).
    private let slotKeys: [UInt64]
    /// The words, each once, in the order first given.
    let words: [String]
    private let mask: Int

    /// A set of the given words (duplicates kept once). The table is kept at most a quarter
    /// full, so most words that are not in it hit an empty slot first.
    public init<S: Sequence>(_ members: S) where S.Element == String {
        let all = Array(members)
        var size = 16
        while size < all.count * 4 { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        var slotKeys = [UInt64](repeating: 0, count: size)
        var words: [String] = []
        words.reserveCapacity(all.count)
        for w in all {
            let key = Tokenizer.foldedKey(w)
            var i = Int(truncatingIfNeeded: key) & (size - 1)
            var duplicate = false
            while slots[i] != 0 {
                if slotKeys[i] == key && words[Int(slots[i]) - 1] == w { duplicate = true; break }
                i = (i + 1) & (size - 1)
            }
            if duplicate { continue }
            words.append(w)
            slots[i] = Int32(words.count)
            slotKeys[i] = key
        }
        self.slots = slots
        self.slotKeys = slotKeys
        self.words = words
        self.mask = size - 1
    }

    /// A set of the given words.
    public init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// The number of words.
    public var count: Int { words.count }

    /// Whether `word` is in the set.
    public func contains(_ word: String) -> Bool {
        contains(word, key: Tokenizer.foldedKey(word))
    }

    /// Whether a token's folded word is in the set (probed by the token's key).
    /// (The token's folded text is compared in place, and only with a word that shares its key.)
    /// (The same probe as ``contains(_:key:)``, written out: shared through a closure, it cost
    /// 1.4 % of a warm document, this being the hottest lookup of the geoparser.)
    @inline(__always)
    func contains(_ token: Token) -> Bool {
        var i = Int(truncatingIfNeeded: token.key) & mask
        while slots[i] != 0 {
            if slotKeys[i] == token.key && token.folds(to: words[Int(slots[i]) - 1]) { return true }
            i = (i + 1) & mask
        }
        return false
    }

    /// Whether `word`, whose ``Tokenizer/foldedKey(_:)`` is `key`, is in the set.
    func contains(_ word: String, key: UInt64) -> Bool {
        var i = Int(truncatingIfNeeded: key) & mask
        while slots[i] != 0 {
            if slotKeys[i] == key && words[Int(slots[i]) - 1] == word { return true }
            i = (i + 1) & mask
        }
        return false
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
