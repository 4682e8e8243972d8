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
    @usableFromInline let shards: [Locked<[Hashed: Value]>]
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
        // The key is hashed once: for the shard and, through `Hashed`, for the shard's table.
        let hashed = Hashed(key: key, hash: key.hashValue)
        let shard = shards[Int(UInt(bitPattern: hashed.hash) % UInt(shards.count))]
        if let hit = shard.withLock({ $0[hashed] }) { return hit }
        let made = make(key)
        shard.withLock { table in
            if table.count >= shardLimit { table.removeAll(keepingCapacity: true) }
            table[hashed] = made
        }
        return made
    }

    /// A key with its hash value computed once.
    @usableFromInline
    struct Hashed: Hashable, Sendable {
        @usableFromInline let key: Key
        @usableFromInline let hash: Int

        @inlinable
        init(key: Key, hash: Int) {
            self.key = key
            self.hash = hash
        }

        @inlinable
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }

        @inlinable
        static func == (a: Hashed, b: Hashed) -> Bool { a.hash == b.hash && a.key == b.key }
    }
}
