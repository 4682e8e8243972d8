/// A bounded memo table shared by threads: keys spread over several ``Locked`` shards so that
/// threads rarely wait for each other, and a shard is emptied when it fills.
///
/// For pure functions of the key only (the value computed for a key never changes), so a lost or
/// duplicated entry costs time, never correctness.
///
/// ```swift
/// let squares = ShardedCache<Int, Int>(shardLimit: 1024)
/// let nine = squares.value(3) { $0 * $0 }
/// ```
public final class ShardedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    @usableFromInline let shards: [Locked<[Key: Value]>]
    @usableFromInline let shardLimit: Int

    /// Creates an empty cache of `shards` shards holding up to `shardLimit` entries each.
    public init(shards: Int = 16, shardLimit: Int) {
        self.shards = (0..<max(1, shards)).map { _ in Locked([:]) }
        self.shardLimit = max(1, shardLimit)
    }

    /// The value for `key`, computed by `make` (outside any lock) when it is not cached.
    /// Inlinable, so callers get code specialised for their key and value types.
    @inlinable
    public func value(_ key: Key, make: (Key) -> Value) -> Value {
        let shard = shards[Int(UInt(bitPattern: key.hashValue) % UInt(shards.count))]
        if let hit = shard.withLock({ $0[key] }) { return hit }
        let made = make(key)
        shard.withLock { table in
            if table.count >= shardLimit { table.removeAll(keepingCapacity: true) }
            table[key] = made
        }
        return made
    }
}
