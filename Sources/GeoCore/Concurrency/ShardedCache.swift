/// A bounded memo table shared by threads: keys spread over several ``Locked`` shards so that
/// threads rarely wait for each other, and a shard is emptied when it fills.
///
/// For pure functions of the key only (the value computed for a key never changes), so a lost or
/// duplicated entry costs time, never correctness.
///
/// Each shard is an open-addressing table probed by the key's hash value, computed once per
/// lookup: no second hash (a `Dictionary` keyed by a stored hash would hash it again), and the
/// key is compared only where the stored hash agrees. Tables grow by doubling up to twice the
/// shard's limit, so a cache that is asked little stays small.
///
/// ```swift
/// let squares = ShardedCache<Int, Int>(shardLimit: 1024)
/// let nine = squares.value(3) { $0 * $0 }
/// ```
public final class ShardedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    @usableFromInline let shards: [Locked<Table>]
    /// The same shards, unretained: a lookup reaches its shard with no reference count (the
    /// shards live as long as the cache, held by `shards`; a retained shard was a retain and a
    /// release, two atomic operations, on every lookup).
    @usableFromInline let shardRefs: [Unmanaged<Locked<Table>>]
    /// The shards' count less one: a power of two less one, so a hash picks its shard by a mask.
    /// (By a remainder, the division held up every lookup behind it, some tens of cycles.)
    @usableFromInline let shardMask: UInt
    @usableFromInline let shardLimit: Int

    /// Creates an empty cache of `shards` shards (made a power of two, at least that many)
    /// holding up to `shardLimit` entries each.
    public init(shards: Int = 16, shardLimit: Int) {
        var count = 1
        while count < shards { count <<= 1 }
        let made = (0..<count).map { _ in Locked(Table()) }
        self.shards = made
        shardRefs = made.map { Unmanaged.passUnretained($0) }
        shardMask = UInt(count - 1)
        self.shardLimit = max(1, shardLimit)
    }

    /// The value for `key`, computed by `make` (outside any lock) when it is not cached.
    /// Inlinable, so callers get code specialised for their key and value types.
    @inlinable
    public func value(_ key: Key, make: (Key) -> Value) -> Value {
        value(key, hash: key.hashValue, make: make)
    }

    /// The value for `key`, whose hash value the caller gives: for keys that are already well-mixed
    /// hashes (a 64-bit key of a run of words), which need no hashing at all. Equal keys must be
    /// given equal hashes.
    @inlinable
    public func value(_ key: Key, hash: Int, make: (Key) -> Value) -> Value {
        value(key, hash: hash, make: make, read: { $0 })
    }

    /// What `read` takes from the value for `key` (computed by `make` when it is not cached),
    /// read inside the shard's lock: a caller that wants one part of a value holding several
    /// references gets that part without the others being retained and released.
    @inlinable
    public func value<Part>(_ key: Key, hash: Int, make: (Key) -> Value, read: (borrowing Value) -> Part) -> Part {
        // The high half picks the shard, the low bits the slot (so one shard's keys still spread
        // over all of its slots).
        let shard = shardRefs[Int((UInt(bitPattern: hash) >> 32) & shardMask)]
        if let hit = shard._withUnsafeGuaranteedRef({ $0.withLock { $0.find(key, hash: hash, read: read) } }) { return hit }
        let made = make(key)
        let limit = shardLimit
        let part = read(made)
        shard._withUnsafeGuaranteedRef { $0.withLock { $0.insert(key, made, hash: hash, limit: limit) } }
        return part
    }

    /// One shard's entries: slots probed linearly from the hash's low bits, at most half full.
    /// Keys and values stand in arrays of their own, so a probe compares a key in place and only a
    /// hit reads (and retains) its value.
    @usableFromInline
    struct Table: Sendable {
        /// The hash of each slot's key with its lowest bit set; 0 marks an empty slot.
        @usableFromInline var tags: [UInt] = []
        @usableFromInline var keys: [Key?] = []
        @usableFromInline var values: [Value?] = []
        @usableFromInline var count = 0

        @inlinable init() {}

        @inlinable
        static func tag(_ hash: Int) -> UInt { UInt(bitPattern: hash) | 1 }

        /// The first slot probed for a tag (its bits above the lowest).
        @inlinable
        static func home(_ tag: UInt, _ mask: Int) -> Int { Int(bitPattern: tag >> 1) & mask }

        /// What `read` takes from the value stored for `key`, if any.
        @inlinable
        func find<Part>(_ key: Key, hash: Int, read: (borrowing Value) -> Part) -> Part? {
            guard !tags.isEmpty else { return nil }
            let mask = tags.count - 1, tag = Self.tag(hash)
            var i = Self.home(tag, mask)
            while tags[i] != 0 {
                if tags[i] == tag, keys[i] == key, values[i] != nil { return Self.read(values, at: i, read) }
                i = (i + 1) & mask
            }
            return nil
        }

        /// What `read` takes from the value in slot `i`, which holds one, read in place.
        /// (Bound to a name, `if let v = values[i]`, or unwrapped, the value was copied, each of its
        /// references retained and released, whenever `read` took a reference from inside it, as
        /// a list's first element. An optional's payload stands at its start, so the slot's
        /// memory is read as the value itself.)
        @inlinable
        static func read<Part>(_ values: [Value?], at i: Int, _ read: (borrowing Value) -> Part) -> Part? {
            values.withUnsafeBufferPointer { slots in
                guard let base = slots.baseAddress else { return nil }
                return UnsafeRawPointer(base + i).withMemoryRebound(to: Value.self, capacity: 1) { read($0.pointee) }
            }
        }

        /// Stores `value` for `key`: in a table grown to hold it, or emptied first when it holds
        /// `limit` entries already.
        @inlinable
        mutating func insert(_ key: Key, _ value: Value, hash: Int, limit: Int) {
            if count >= limit {
                for j in tags.indices { tags[j] = 0; keys[j] = nil; values[j] = nil }
                count = 0
            }
            if (count + 1) * 2 > tags.count { grow() }
            let mask = tags.count - 1, tag = Self.tag(hash)
            var i = Self.home(tag, mask)
            while tags[i] != 0 {
                // (Another thread may have stored it meanwhile: the same value, kept once.)
                if tags[i] == tag, keys[i] == key { return }
                i = (i + 1) & mask
            }
            tags[i] = tag
            keys[i] = key
            values[i] = value
            count += 1
        }

        /// Doubles the slots (16 at first) and places every entry again.
        @usableFromInline
        mutating func grow() {
            let oldTags = tags, oldKeys = keys, oldValues = values
            let size = max(16, tags.count * 2)
            tags = [UInt](repeating: 0, count: size)
            keys = [Key?](repeating: nil, count: size)
            values = [Value?](repeating: nil, count: size)
            let mask = size - 1
            for j in oldTags.indices where oldTags[j] != 0 {
                var i = Self.home(oldTags[j], mask)
                while tags[i] != 0 { i = (i + 1) & mask }
                tags[i] = oldTags[j]
                keys[i] = oldKeys[j]
                values[i] = oldValues[j]
            }
        }
    }
}
