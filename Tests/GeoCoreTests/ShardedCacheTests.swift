import Dispatch
import GeoCore
import Testing

@Suite struct ShardedCacheTests {
    @Test func computesOnceAndStaysBounded() {
        let cache = ShardedCache<Int, Int>(shards: 4, shardLimit: 8)
        var calls = 0
        #expect(cache.value(3) { calls += 1; return $0 * $0 } == 9)
        #expect(cache.value(3) { calls += 1; return $0 * $0 } == 9)
        #expect(calls == 1)
        // Far more keys than 4 × 8 entries: every answer is still right.
        for k in 0..<1000 { #expect(cache.value(k) { $0 * $0 } == k * k) }
        // A count of shards that is no power of two is rounded up to one; every hash finds its shard.
        for n in [0, 1, 3, 5, 17] {
            let odd = ShardedCache<Int, Int>(shards: n, shardLimit: 8)
            for k in 0..<300 {
                let hash = k &* 0x9E37_79B9 << 20
                #expect(odd.value(k, hash: hash) { $0 + 1 } == k + 1)
                // (Found again at once, not made again.)
                #expect(odd.value(k, hash: hash) { _ in -1 } == k + 1)
            }
        }
    }

    @Test func sharedBetweenTasks() async {
        let cache = ShardedCache<Int, String>(shardLimit: 64)
        let total = await withTaskGroup(of: Int.self) { group in
            for t in 0..<4 {
                group.addTask {
                    var n = 0
                    for k in 0..<500 where cache.value((k * 7 + t) % 300, make: { String($0) }) == String((k * 7 + t) % 300) { n += 1 }
                    return n
                }
            }
            return await group.reduce(0, +)
        }
        #expect(total == 2000)
    }

    /// Keys whose hash values collide are still told apart by the key, through growth and eviction.
    @Test func collidingKeysStayApart() {
        struct Clash: Hashable, Sendable {
            var n: Int
            func hash(into hasher: inout Hasher) { hasher.combine(n % 3) }
        }
        let cache = ShardedCache<Clash, Int>(shards: 2, shardLimit: 40)
        var calls = 0
        for round in 0..<3 {
            for n in 0..<30 { #expect(cache.value(Clash(n: n)) { calls += 1; return $0.n * 10 } == n * 10, "round \(round)") }
        }
        // 30 keys fit in 2 × 40 entries: each computed once, whatever the collisions.
        #expect(calls == 30)
        // Past the limit shards empty and fill again; answers stay right.
        for n in 0..<500 { #expect(cache.value(Clash(n: n)) { $0.n * 10 } == n * 10) }
    }

    /// Keys that are hashes already (the geoparser's 64-bit run keys) are given as their own hash
    /// value: keys 0 and 1 share a tag and must still be told apart.
    @Test func givenHashComputesOncePerKey() {
        let cache = ShardedCache<UInt64, Int>(shardLimit: 8)
        var made = 0
        #expect(cache.value(0, hash: 0) { made += 1; return Int($0) + 7 } == 7)
        #expect(cache.value(0, hash: 0) { _ in made += 1; return -1 } == 7)
        #expect(cache.value(1, hash: 1) { made += 1; return Int($0) + 7 } == 8)
        #expect(made == 2)
        // Far more keys than entries: shards are emptied as they fill, and every answer stays right.
        for round in 0..<2 {
            for k in 1...2_000 as ClosedRange<UInt64> {
                let key = k &* 0x9E37_79B9_7F4A_7C15
                #expect(cache.value(key, hash: Int(truncatingIfNeeded: key)) { Int(truncatingIfNeeded: $0 >> 7) } == Int(truncatingIfNeeded: key >> 7), "round \(round)")
            }
        }
    }

    @Test func givenHashSharedByThreads() {
        let cache = ShardedCache<UInt64, UInt64>(shardLimit: 32)
        let wrong = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 8) { t in
            for k in 0..<5_000 as Range<UInt64> {
                let key = (k % 700) &* 0xBF58_476D_1CE4_E5B9 &+ UInt64(t % 2)
                if cache.value(key, hash: Int(truncatingIfNeeded: key), make: { $0 ^ 0xFFFF }) != key ^ 0xFFFF { wrong.withLock { $0 += 1 } }
            }
        }
        #expect(wrong.withLock { $0 } == 0)
    }

    /// A part of a value read in the lock is the part of the value computed, cached or not.
    @Test func readsAPartOfTheValue() {
        let cache = ShardedCache<String, [Int]>(shardLimit: 8)
        var made = 0
        #expect(cache.value("abc", hash: 3, make: { made += 1; return Array(0..<$0.count) }, read: { $0.count }) == 3)
        #expect(cache.value("abc", hash: 3, make: { _ in made += 1; return [] }, read: { $0.last }) == 2)
        #expect(cache.value("abc", hash: 3) { _ in [] } == [0, 1, 2])
        #expect(made == 1)
    }

    /// A value holding references, read in place on a hit (its slot read as the value), gives
    /// the same parts as the value made, and stays intact for later reads, also once the shard
    /// has been emptied and filled again.
    @Test func readsAValueOfReferencesInPlace() {
        struct Lists: Sendable { var names: [String]; var counts: [Int]; var label: String }
        let cache = ShardedCache<Int, Lists>(shards: 1, shardLimit: 4)
        func make(_ k: Int) -> Lists { Lists(names: (0...k).map { "name \($0) of \(k)" }, counts: Array(0...k), label: String(repeating: "x", count: 20 + k)) }
        for round in 0..<3 {
            for k in 0..<12 {
                let first = cache.value(k, hash: k, make: make, read: { $0.names.first })
                #expect(first == "name 0 of \(k)", "round \(round)")
                #expect(cache.value(k, hash: k, make: make, read: { $0.names[k] }) == "name \(k) of \(k)")
                #expect(cache.value(k, hash: k, make: make, read: { $0.counts.reduce(0, +) }) == k * (k + 1) / 2)
                #expect(cache.value(k, hash: k, make: make, read: { $0.label.count }) == 20 + k)
            }
        }
    }
}
