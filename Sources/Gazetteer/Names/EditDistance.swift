/// Optimal-string-alignment (restricted Damerau–Levenshtein) distance on bytes, with a cap.
public enum EditDistance {
    /// The distance between `a` and `b`, or `limit + 1` as soon as it must exceed `limit`.
    /// - Complexity: O(|a|·|b|) worst case, less with the early exit.
    public static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in distance(pa, pb, limit: limit) } }
    }

    /// The distance between two byte buffers, capped as above.
    public static func distance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let m = b.count
        var prevPrev = [Int](repeating: 0, count: m + 1)
        var prev = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, current[j - 1] + 1, prev[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] { v = min(v, prevPrev[j - 2] + 1) }
                current[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            (prevPrev, prev, current) = (prev, current, prevPrev)
        }
        return min(prev[m], limit + 1)
    }
}
