import CPrefetch
import Synchronization

/// How runs of words match the gazetteer (``Geoparser/SpanMatch``), by run key
/// (``Tokenizer/spanKey(_:_:)``), shared by every thread without a lock.
///
/// Each slot is one atomic 64-bit word that holds the whole entry: the key's upper 61 bits, a
/// bit marking the slot used and the answer in the lowest two bits. A slot read on its own is
/// therefore always a whole entry for the key it names, whatever other threads do meanwhile, so
/// relaxed loads and stores suffice: a race costs at most a lost entry, recomputed later, never a
/// wrong answer. (Two runs whose keys agree in their upper 61 bits share an entry: odds of about
/// one in 2⁶¹ per pair, as for the keys themselves.)
///
/// Open addressing with linear probing over a fixed power-of-two number of slots; when half of
/// them are used the table is emptied, so memory stays bounded over any stream of texts. Probing
/// touches one array, not a table of tags and one of entries.
///
/// - Complexity: O(1) expected per lookup.
final class SpanMatchTable: @unchecked Sendable {
    // (`@unchecked`: the slots are reached through a pointer, and are only ever read and written
    // as atomics.)
    private let slots: UnsafeMutablePointer<Atomic<UInt64>>
    private let mask: Int
    /// Entries stored since the table was last emptied (approximate under races).
    private let used = Atomic<Int>(0)
    /// The longest run of used slots a lookup walks before it gives up (and an insert skips).
    private static let maxProbe = 32

    /// A table of `2^log2Slots` slots (8 bytes each), emptied when half full.
    init(log2Slots: Int) {
        let count = 1 << max(4, log2Slots)
        slots = .allocate(capacity: count)
        for k in 0..<count { (slots + k).initialize(to: Atomic(0)) }
        mask = count - 1
    }

    deinit {
        slots.deinitialize(count: mask + 1)
        slots.deallocate()
    }

    /// The slot word for `key` and `match`: the key's upper bits, the used bit (never 0), the answer.
    @inline(__always)
    private static func entry(_ key: UInt64, _ match: Geoparser.SpanMatch) -> UInt64 {
        key & ~7 | 4 | UInt64(match.rawValue)
    }

    /// The answer for `key`, computed by `make` when it is not stored.
    @inline(__always)
    func value(_ key: UInt64, make: () -> Geoparser.SpanMatch) -> Geoparser.SpanMatch {
        let home = Int(truncatingIfNeeded: key >> 3) & mask
        var i = home
        for _ in 0..<Self.maxProbe {
            let s = slots[i].load(ordering: .relaxed)
            if s == 0 { break }
            if (s ^ key) & ~7 == 0, let m = Geoparser.SpanMatch(rawValue: UInt8(s & 3)) { return m }
            i = (i + 1) & mask
        }
        let made = make()
        insert(Self.entry(key, made), at: home)
        return made
    }

    /// Hints that the slot where a lookup of `key` starts will soon be read: a text's lookups
    /// land anywhere in the table's megabyte, so each is otherwise a cache miss.
    @inline(__always)
    func prefetch(_ key: UInt64) {
        frontline_prefetch(UnsafeRawPointer(slots + (Int(truncatingIfNeeded: key >> 3) & mask)))
    }

    /// Stores an entry in the first free slot from `home` (none within ``maxProbe``: not stored).
    private func insert(_ entry: UInt64, at home: Int) {
        if used.load(ordering: .relaxed) * 2 > mask {
            for k in 0...mask { slots[k].store(0, ordering: .relaxed) }
            used.store(0, ordering: .relaxed)
        }
        var i = home
        for _ in 0..<Self.maxProbe {
            let (exchanged, found) = slots[i].compareExchange(expected: 0, desired: entry, ordering: .relaxed)
            // (Stored, or another thread stored the same key meanwhile.)
            if exchanged || (found ^ entry) & ~7 == 0 {
                if exchanged { used.add(1, ordering: .relaxed) }
                return
            }
            i = (i + 1) & mask
        }
    }
}
