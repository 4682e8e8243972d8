extension NameFolding {
    /// Whether two names resemble each other once folded: one holds the other (a prefix, a word of
    /// it, or any part), or they are within two edits (``EditDistance``).
    ///
    /// ```swift
    /// NameFolding.resembles("Ar Raqqah", "Raqqa")      // true: one holds the other
    /// NameFolding.resembles("Mayadeen", "Mayadin")      // true: two edits
    /// NameFolding.resembles("White House", "Fallston") // false
    /// ```
    /// - Complexity: O(|a|·|b|) at worst.
    public static func resembles(_ a: String, _ b: String) -> Bool {
        let x = Array(fold(a).utf8), y = Array(fold(b).utf8)
        // Compared as bytes (String.contains(String) goes through Foundation).
        if holds(x, y) || holds(y, x) { return true }
        return EditDistance.distance(x, y, limit: 2) <= 2
    }

    /// Whether `needle` occurs in `hay` (bytes; empty needles occur everywhere).
    static func holds(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count else { return false }
        if needle.isEmpty { return true }
        for start in 0...(hay.count - needle.count) where hay[start] == needle[0] {
            if hay[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
