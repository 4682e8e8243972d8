/// The names one text gives a person or a disease ("Michael Jones", "West Nile"): a handful in
/// most texts, so kept in a list and compared in turn, which costs less than hashing each into
/// a `Set`; past a few dozen they are hashed after all, so a long text stays linear.
///
/// ```swift
/// var people = NameList()
/// people.insert("Jones")
/// people.contains("Jones")   // true
/// ```
struct NameList {
    private var list: [String] = []
    private var set: Set<String>?

    /// The most names compared in turn before they are hashed.
    static let listLimit = 32

    var isEmpty: Bool { list.isEmpty }

    /// Adds `name` (once).
    mutating func insert(_ name: String) {
        if set != nil {
            if set?.insert(name).inserted == true { list.append(name) }
            return
        }
        guard !list.contains(name) else { return }
        list.append(name)
        if list.count > Self.listLimit { set = Set(list) }
    }

    /// Whether `name` was added.
    func contains(_ name: String) -> Bool {
        set?.contains(name) ?? list.contains(name)
    }
}
