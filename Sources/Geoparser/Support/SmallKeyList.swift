/// A short list of distinct 64-bit keys (code keys, name keys), the first eight kept in the value
/// itself and any more in an array: a text's few countries or names are listed with no
/// allocation, where an array allocated for the first and grew at each doubling.
///
/// ```swift
/// var named = SmallKeyList()
/// named.insert(Place.codeKey("SY"))
/// named.contains(Place.codeKey("SY"))   // true
/// ```
struct SmallKeyList {
    /// How many keys are kept inline.
    static let inlineCapacity = 8
    private var inline = InlineArray<8, UInt64>(repeating: 0)
    private var inlineCount = 0
    private var more: [UInt64] = []

    /// Whether `key` is in the list.
    func contains(_ key: UInt64) -> Bool {
        for k in 0..<inlineCount where inline[k] == key { return true }
        return !more.isEmpty && more.contains(key)
    }

    /// Adds `key` unless it is in the list already.
    mutating func insert(_ key: UInt64) {
        guard !contains(key) else { return }
        if inlineCount < Self.inlineCapacity {
            inline[inlineCount] = key
            inlineCount += 1
        } else {
            more.append(key)
        }
    }
}
