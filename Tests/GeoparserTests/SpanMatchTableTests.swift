import Dispatch
import GeoCore
@testable import Geoparser
import Testing

/// The lock-free table of run matches: answers kept per key, bounded, right under any thread mix.
@Suite struct SpanMatchTableTests {
    /// Well-mixed 64-bit keys, as `Tokenizer.spanKey` makes them.
    static func key(_ k: UInt64) -> UInt64 { Tokenizer.spanKey(0, k) }
    static func answer(_ key: UInt64) -> Geoparser.SpanMatch { Geoparser.SpanMatch(rawValue: UInt8(key >> 61 & 3)) ?? .none }

    @Test func computesOncePerKey() {
        let table = SpanMatchTable(log2Slots: 8)
        var made = 0
        for k in 0..<50 as Range<UInt64> {
            let key = Self.key(k)
            #expect(table.value(key) { made += 1; return Self.answer(key) } == Self.answer(key))
        }
        #expect(made == 50)
        // Asked again: every answer is kept, none worked out twice.
        for k in 0..<50 as Range<UInt64> {
            let key = Self.key(k)
            #expect(table.value(key) { made += 1; return .none } == Self.answer(key))
        }
        #expect(made == 50)
    }

    /// Keys that differ only in the three bits the slot keeps its answer and mark in share an
    /// entry (the table trusts 61 bits); keys that differ above them do not.
    @Test func keysDifferingAboveTheAnswerBitsStayApart() {
        let table = SpanMatchTable(log2Slots: 6)
        #expect(table.value(0b1000) { .alias } == .alias)
        #expect(table.value(0b1_0000) { .key } == .key)
        #expect(table.value(0b1000) { .none } == .alias)
        #expect(table.value(0b1_0000) { .none } == .key)
    }

    /// Far more keys than slots: the table empties itself as it fills and stays right.
    @Test func staysBoundedAndRight() {
        let table = SpanMatchTable(log2Slots: 6)
        for round in 0..<3 {
            for k in 0..<2_000 as Range<UInt64> {
                let key = Self.key(k)
                #expect(table.value(key) { Self.answer(key) } == Self.answer(key), "round \(round)")
            }
        }
    }

    @Test func sharedByThreads() {
        let table = SpanMatchTable(log2Slots: 7)
        let wrong = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 8) { t in
            for k in 0..<5_000 as Range<UInt64> {
                let key = Self.key(k % 300 + UInt64(t % 2) * 1_000)
                if table.value(key, make: { Self.answer(key) }) != Self.answer(key) { wrong.withLock { $0 += 1 } }
            }
        }
        #expect(wrong.withLock { $0 } == 0)
    }
}
