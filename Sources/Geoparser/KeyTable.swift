import GeoCore

/// A bounded memo table from 64-bit keys that are already hashes (``Tokenizer/spanKey(_:_:)``)
/// to small values, shared by threads: no hashing of its own, open addressing in a few locked
/// shards (the top four bits pick the shard, the low bits the slot), and a shard is emptied when
/// half full.
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
        var keys: [UInt64]
        /// nil marks an empty slot.
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
        let shard = shards[Int(truncatingIfNeeded: key >> 60)]
        let mask = mask
        if let hit = shard.withLock({ s -> Value? in
            var i = Int(truncatingIfNeeded: key) & mask
            while let v = s.values[i] {
                if s.keys[i] == key { return v }
                i = (i + 1) & mask
            }
            return nil
        }) { return hit }
        let made = make(key)
        shard.withLock { s in
            if s.count * 2 >= mask + 1 {
                for j in s.values.indices { s.values[j] = nil }
                s.count = 0
            }
            var i = Int(truncatingIfNeeded: key) & mask
            while s.values[i] != nil && s.keys[i] != key { i = (i + 1) & mask }
            if s.values[i] == nil { s.count += 1 }
            s.keys[i] = key
            s.values[i] = made
        }
        return made
    }
}
