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
}
