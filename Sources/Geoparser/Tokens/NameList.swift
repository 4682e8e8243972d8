/// The names one text gives a person or a disease ("Michael Jones", "West Nile"): a handful in
/// most texts, so kept in a list and compared in turn, which costs less than hashing each into
/// a `Set`; past a few dozen they are hashed after all, so a long text stays linear.
///
/// Names are kept by the 64-bit key of their bytes as written (``Tokenizer/foldedKey(_:)``, as a
/// candidate's `textKey` is): comparing two is comparing two numbers, and a candidate is asked
/// with the key it already has. (Two different names share a key with odds of about one in 2⁶⁴.)
///
/// ```swift
/// var people = NameList()
/// people.insert("Jones")
/// people.contains("Jones")   // true
/// ```
struct NameList {
    private var list: [UInt64] = []
    private var set: Set<UInt64>?

    /// The most names compared in turn before they are hashed.
    static let listLimit = 32

    var isEmpty: Bool { list.isEmpty }

    /// Adds `name` (once).
    mutating func insert(_ name: String) {
        insert(key: Tokenizer.foldedKey(name))
    }

    /// Adds the name whose key (``Tokenizer/foldedKey(_:)`` of its bytes as written) is `key`.
    mutating func insert(key: UInt64) {
        if set != nil {
            if set?.insert(key).inserted == true { list.append(key) }
            return
        }
        guard !list.contains(key) else { return }
        // (Room for a handful at the first: grown one by one, the list was copied at each step.)
        if list.isEmpty { list.reserveCapacity(8) }
        list.append(key)
        if list.count > Self.listLimit { set = Set(list) }
    }

    /// Whether `name` was added.
    func contains(_ name: String) -> Bool {
        contains(key: Tokenizer.foldedKey(name))
    }

    /// Whether the name whose key is `key` was added.
    func contains(key: UInt64) -> Bool {
        set?.contains(key) ?? list.contains(key)
    }
}
