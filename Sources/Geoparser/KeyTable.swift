import GeoCore

/// A bounded memo table from 64-bit keys that are already hashes (``Tokenizer/spanKey(_:_:)``)
/// to small values, shared by threads: no hashing of its own, open addressing in a few locked
/// shards, and a shard is emptied when half full.
///
/// For pure functions of the key only, like ``ShardedCache`` (a lost entry costs time, never
/// correctness).
///
/// ```swift
/// let table = KeyTable<Bool>(shardCapacity: 1024)
/// let even = table.value(42) { $0 % 2 == 0 }
/// ```
final class KeyTable<Value: Sendable>: Sendable {
    struct Shard {
        /// 0 marks an empty slot (a key of 0 is stored as 1).
        var keys: [UInt64]
        var values: [Value?]
        var count = 0
    }

    let shards: [Locked<Shard>]
    let mask: Int

    /// A table of 16 shards of `shardCapacity` slots each (rounded up to a power of two).
    init(shardCapacity: Int) {
        var size = 16
        while size < shardCapacity { size <<= 1 }
        mask = size - 1
        shards = (0..<16).map { _ in Locked(Shard(keys: [UInt64](repeating: 0, count: size), values: [Value?](repeating: nil, count: size))) }
    }

    /// The value for `key`, computed by `make` (outside any lock) when it is not in the table.
    @inline(__always)
    func value(_ key: UInt64, make: (UInt64) -> Value) -> Value {
        let k = key == 0 ? 1 : key
        let shard = shards[Int(truncatingIfNeeded: k >> 60)]
        let mask = mask
        if let hit = shard.withLock({ s -> Value? in
            var i = Int(truncatingIfNeeded: k) & mask
            while s.keys[i] != 0 {
                if s.keys[i] == k { return s.values[i] }
                i = (i + 1) & mask
            }
            return nil
        }) { return hit }
        let made = make(key)
        shard.withLock { s in
            if s.count * 2 >= mask + 1 {
                for j in s.keys.indices { s.keys[j] = 0; s.values[j] = nil }
                s.count = 0
            }
            var i = Int(truncatingIfNeeded: k) & mask
            while s.keys[i] != 0 && s.keys[i] != k { i = (i + 1) & mask }
            if s.keys[i] == 0 { s.count += 1 }
            s.keys[i] = k
            s.values[i] = made
        }
        return made
    }
}
