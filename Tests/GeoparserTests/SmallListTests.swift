@testable import Geoparser
import Testing

/// The per-text lists kept without allocating: the same answers as an array of Bool and a set of
/// keys, below and past the part kept in the value itself.
@Suite struct SmallListTests {
    @Test(arguments: [0, 1, 63, 64, 65, 127, 128, 129, 300])
    func flagListAnswersAsAnArrayOfBoolDoes(count: Int) {
        var flags = FlagList(count: count)
        var reference = [Bool](repeating: false, count: count)
        #expect(flags.count == count && flags.indices == reference.indices && !flags.any)
        for i in stride(from: 0, to: count, by: 3) {
            flags[i] = true
            reference[i] = true
        }
        for i in stride(from: 0, to: count, by: 6) {
            flags[i] = false
            reference[i] = false
        }
        #expect(flags.indices.allSatisfy { flags[$0] == reference[$0] })
        #expect(flags.any == reference.contains(true))
        // Appended one by one, and cut back, as the keep pass and its compaction do.
        var appended = FlagList()
        for b in reference { appended.append(b) }
        #expect(appended.count == count && appended.indices.allSatisfy { appended[$0] == reference[$0] })
        let kept = count / 2
        appended.removeLast(count - kept)
        reference.removeLast(count - kept)
        #expect(appended.count == kept && appended.indices.allSatisfy { appended[$0] == reference[$0] })
        // A flag appended after the cut starts from false wherever it lands.
        appended.append(false)
        #expect(!appended[kept])
        #expect(FlagList(count: count) { $0 % 5 == 0 }.indices.allSatisfy { FlagList(count: count) { $0 % 5 == 0 }[$0] == ($0 % 5 == 0) })
    }

    @Test func smallKeyListAnswersAsASetDoes() {
        var keys = SmallKeyList()
        var reference = Set<UInt64>()
        #expect(!keys.contains(7))
        // Past the eight kept in the value, and each key twice.
        for k in 0..<(3 * SmallKeyList.inlineCapacity) {
            let key = UInt64(k % (2 * SmallKeyList.inlineCapacity)) &* 0x9E37_79B9_7F4A_7C15
            keys.insert(key)
            keys.insert(key)
            reference.insert(key)
        }
        for k in 0..<(4 * SmallKeyList.inlineCapacity) {
            let key = UInt64(k) &* 0x9E37_79B9_7F4A_7C15
            #expect(keys.contains(key) == reference.contains(key), "key \(k)")
        }
    }
}
