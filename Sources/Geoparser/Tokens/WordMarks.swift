/// The word sets whose membership each token of a parsed text carries as a bit
/// (``Token/marks``): the sets the geoparser asks most of its tokens, most asked first. Asking a
/// marked token whether it is in one of them reads a bit instead of probing the set's table.
///
/// At most 24 cases: the marks fill the three bytes a token had left as padding.
enum WordMark: Int, CaseIterable, Sendable {
    case functionWords, calendarWords, nameParticles, demonymWords, kindWords, demonymFirstWords, ofFeatureHeads
    case directionWords, titles, featurePrefixes, genericNouns, arabicArticles, broadcasterNameStarts
    case operationFirstWords, groupNameLinks, organisationNames, toponymPrefixes, outlyingWords, kindPhraseStarts
    case organisationHeads, speechVerbs, tribeNouns, pluralKindWords, romanceParticles

    /// The mark's bit in ``Token/marks``.
    var bit: UInt32 { 1 << UInt32(rawValue) }
}

/// Folded word key → the marked word sets (``WordMark``) that hold the word, for marking a text's
/// tokens once, one lookup each, after which every question about those sets is a bit test.
///
/// A perfect hash of the sets' words (hash and displace): a word's bucket, by its key's upper
/// bits, holds a displacement that sends each of the bucket's words to a slot of its own. A lookup
/// reads the displacement and one slot, and compares the slot's key with the word's: no probe
/// loop, so no branch that depends on the word (a probed table's loop, asked for every word of a
/// text, mispredicted as often as the probes it saved). The slots' keys, marks and the
/// displacements take some 25 KB for the lexicon's 1,200 words.
///
/// ```swift
/// let table = MarkTable([(["of", "the"], .functionWords)])
/// table.marks(ofKey: Tokenizer.foldedKey("of")) == WordMark.functionWords.bit   // true
/// ```
struct MarkTable: Sendable {
    /// Slot → the key of its word (``WordSet/slot(_:)``, never 0), 0 for an empty slot.
    private let keys: [UInt64]
    /// Slot → the bits that mark a token of its word (``Token/markBits(_:)``: its marks, and
    /// ``Token/marked``).
    private let marks: [UInt32]
    /// Bucket → its displacement.
    private let displacements: [UInt16]
    /// 64 − log2 of the slot count; the bucket count less one.
    private let shift: UInt64, bucketMask: Int

    /// The table of the words of each set, marked with its set's mark. (With no words, or should
    /// no displacement place a bucket within 65,536 tries at any size up to 2²⁰ slots, the table
    /// is empty and marks no token, whose sets' tables then answer: slower, never wrong.)
    init(_ sets: [(WordSet, WordMark)]) {
        var byKey: [UInt64: UInt32] = [:]
        for (set, mark) in sets {
            for w in set.words { byKey[WordSet.slot(Tokenizer.foldedKey(w)), default: 0] |= mark.bit }
        }
        let words = byKey.keys.sorted()
        var log2Slots = 4
        while 1 << log2Slots < words.count * 5 / 4 + 1 { log2Slots += 1 }
        while log2Slots <= 20 && !words.isEmpty {
            if let placed = Self.place(words, log2Slots: log2Slots) {
                keys = placed.slots.map { $0 ?? 0 }
                marks = placed.slots.map { Token.markBits($0.map { byKey[$0] ?? 0 } ?? 0) }
                displacements = placed.displacements
                shift = UInt64(64 - log2Slots)
                bucketMask = placed.displacements.count - 1
                return
            }
            log2Slots += 1
        }
        keys = []
        marks = []
        displacements = []
        shift = 63
        bucketMask = 0
    }

    /// Slot → word key and bucket → displacement that give each key a slot of its own, or nil
    /// when some bucket finds no displacement. (Buckets are placed largest first; a quarter as
    /// many buckets as slots.)
    private static func place(_ words: [UInt64], log2Slots: Int) -> (slots: [UInt64?], displacements: [UInt16])? {
        let bucketCount = max(1, (1 << log2Slots) / 4)
        let shift = UInt64(64 - log2Slots)
        var buckets = [[UInt64]](repeating: [], count: bucketCount)
        for w in words { buckets[bucket(w, bucketCount - 1)].append(w) }
        var slots = [UInt64?](repeating: nil, count: 1 << log2Slots)
        var displacements = [UInt16](repeating: 0, count: bucketCount)
        for b in buckets.indices.sorted(by: { buckets[$0].count > buckets[$1].count }) where !buckets[b].isEmpty {
            var found = false
            for d in 0...Int(UInt16.max) {
                let at = buckets[b].map { slot($0, UInt16(d), shift) }
                guard at.allSatisfy({ slots[$0] == nil }), Set(at).count == at.count else { continue }
                for (w, s) in zip(buckets[b], at) { slots[s] = w }
                displacements[b] = UInt16(d)
                found = true
                break
            }
            if !found { return nil }
        }
        return (slots, displacements)
    }

    /// A key's bucket: from its upper bits (the slot mixes all of them again).
    @inline(__always)
    private static func bucket(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key >> 40) & mask
    }

    /// A key's slot under displacement `d`: multiply-shift of the key and the displacement.
    @inline(__always)
    private static func slot(_ key: UInt64, _ d: UInt16, _ shift: UInt64) -> Int {
        // (One multiply: the displacement, in the key's low bits, reaches the product's top bits,
        // which pick the slot. The keys are mixed already.)
        Int(truncatingIfNeeded: ((key ^ UInt64(d)) &* 0xBF58_476D_1CE4_E5B9) &>> shift)
    }

    /// The marks of the word whose ``Tokenizer/foldedKey(_:)`` is `key` (0 when in no marked set).
    func marks(ofKey key: UInt64) -> UInt32 {
        withTables { lookup in
            let (marks, own) = lookup(WordSet.slot(key))
            return own ? marks >> 8 : 0
        }
    }

    /// Marks each token with the marked sets that hold its word (``Token/mark(_:own:)``); an
    /// empty table marks none.
    func mark(_ tokens: inout [Token]) {
        // (Not with an empty table: a token marked with no marks would be in no marked set.)
        guard !keys.isEmpty else { return }
        withTables { lookup in
            tokens.withUnsafeMutableBufferPointer { tokens in
                for k in 0..<tokens.count {
                    let (marks, own) = lookup(WordSet.slot(tokens[k].key))
                    tokens[k].mark(marks, own: own)
                }
            }
        }
    }

    /// Calls `body` with the lookup of a slot key: the mark bits of the slot it lands in, and
    /// whether the slot is the key's own (else the key is in no marked set, and the marks are
    /// another word's, or none). (Both are read whatever the key, and the token keeps both:
    /// choosing between the marks and none here, on the comparison, was compiled as a branch,
    /// which a text's words, half of them function words, made mispredict as often as the
    /// probes it replaced.)
    @inline(__always)
    private func withTables<R>(_ body: ((UInt64) -> (marks: UInt32, own: Bool)) -> R) -> R {
        keys.withUnsafeBufferPointer { keys in
            marks.withUnsafeBufferPointer { marks in
                displacements.withUnsafeBufferPointer { displacements in
                    guard let k = keys.baseAddress, let m = marks.baseAddress, let d = displacements.baseAddress else {
                        return body { _ in (0, false) }
                    }
                    let shift = self.shift, bucketMask = self.bucketMask
                    // (The slot is always in the table: the shift leaves log2 of its size in bits.)
                    return body { key in
                        let s = Self.slot(key, d[Self.bucket(key, bucketMask)], shift)
                        return (m[s], k[s] == key)
                    }
                }
            }
        }
    }
}
