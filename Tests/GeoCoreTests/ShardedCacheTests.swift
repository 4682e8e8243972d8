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
}
