@testable import Geoparser
import Testing

/// The per-text list of person and disease names: the same answers as a set, below and past the
/// size at which it starts hashing.
@Suite struct NameListTests {
    @Test func answersAsASetDoes() {
        var names = NameList()
        #expect(names.isEmpty && !names.contains("Jones"))
        names.insert("Jones")
        names.insert("Jones")
        names.insert("West Nile")
        #expect(!names.isEmpty && names.contains("Jones") && names.contains("West Nile"))
        // Compared as written, as a `Set<String>` compares.
        #expect(!names.contains("jones") && !names.contains("Jone"))
        // Asked by key (a candidate's `textKey`), the same answers.
        #expect(names.contains(key: Tokenizer.foldedKey("West Nile")) && !names.contains(key: Tokenizer.foldedKey("West")))
        names.insert(key: Tokenizer.foldedKey("Smith"))
        #expect(names.contains("Smith"))
    }

    @Test func keepsEveryNamePastTheListLimit() {
        var names = NameList()
        var reference = Set<String>()
        for k in 0..<(3 * NameList.listLimit) {
            let name = "Name \(k % (2 * NameList.listLimit))"
            names.insert(name)
            reference.insert(name)
        }
        for k in 0..<(3 * NameList.listLimit) {
            let name = "Name \(k)"
            #expect(names.contains(name) == reference.contains(name), "\(name)")
        }
    }
}
