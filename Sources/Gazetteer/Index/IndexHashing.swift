/// 64-bit hashing for the index tables: FNV-1a over the bytes with a table seed, then a
/// SplitMix64 finaliser so low bits are well mixed for linear probing.
enum IndexHashing {
    @inline(__always)
    static func hash<S: Sequence<UInt8>>(_ bytes: S, seed: UInt64) -> UInt64 {
        finish(fnv(bytes, 0xcbf2_9ce4_8422_2325 ^ seed))
    }

    /// ``hash(_:seed:)`` of `prefix` and `s` one after the other, with no string of the two built.
    @inline(__always)
    static func hash(prefix: StaticString, _ s: String, seed: UInt64) -> UInt64 {
        let h = fnv(UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount), 0xcbf2_9ce4_8422_2325 ^ seed)
        if let h = s.utf8.withContiguousStorageIfAvailable({ fnv($0, h) }) { return finish(h) }
        return finish(fnv(s.utf8, h))
    }

    /// FNV-1a over `bytes`, from the state `h`.
    @inline(__always)
    private static func fnv<S: Sequence<UInt8>>(_ bytes: S, _ h: UInt64) -> UInt64 {
        var h = h
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The SplitMix64 finaliser, never 0.
    @inline(__always)
    private static func finish(_ h: UInt64) -> UInt64 {
        var h = h
        h ^= h >> 30
        h &*= 0xbf58_476d_1ce4_e5b9
        h ^= h >> 27
        h &*= 0x94d0_49bb_1331_11eb
        h ^= h >> 31
        return h == 0 ? 1 : h
    }

    @inline(__always)
    static func hash(_ s: String, seed: UInt64) -> UInt64 {
        // (A native string's bytes are read in place; a copy made mutable for `withUTF8` retained
        // and released it at every lookup.)
        if let h = s.utf8.withContiguousStorageIfAvailable({ hash($0, seed: seed) }) { return h }
        var copy = s
        return copy.withUTF8 { hash($0, seed: seed) }
    }
}

/// The four lookup tables of the index, each with its own hash seed.
enum IndexTable: Int, CaseIterable {
    /// Folded names → places.
    case alias
    /// Transliteration keys → places.
    case key
    /// Folded names and their one-character deletions → places (SymSpell-style fuzzy candidates).
    case fuzzy
    /// `country:SY`, `admin1:SY.07` → the country or admin1 place.
    case code

    var seed: UInt64 { UInt64(rawValue + 1) &* 0x9E37_79B9_7F4A_7C15 }
}
