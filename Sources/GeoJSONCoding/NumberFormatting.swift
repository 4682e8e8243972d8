/// Number text for JSON output: fixed decimals for coordinates, shortest round-trip otherwise.
public enum NumberFormatting {
    /// The default number of decimals for coordinates (1 cm at the equator is 7 decimals ≈ 1.1 cm).
    public static let defaultPrecision = 7

    static let scales: [Double] = (0...15).map { (e: Int) -> Double in
        var v = 1.0
        for _ in 0..<e { v *= 10 }
        return v
    }

    /// Appends `x` rounded to `precision` decimals, trailing zeros trimmed (`40.45`, `-3`, `0`).
    ///
    /// Rounds half away from zero on the scaled value; values too large for exact scaling are
    /// written in shortest round-trip form instead.
    @inline(__always)
    static func appendFixed(_ x: Double, precision: Int, to out: inout [UInt8]) {
        let p = min(max(precision, 0), 15)
        let scaled = (x * scales[p]).rounded(.toNearestOrAwayFromZero)
        guard x.isFinite, abs(scaled) < 9.0e15 else {
            appendShortest(x, to: &out)
            return
        }
        var n = Int64(scaled)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buf in
            // Digits are written right to left into `buf`, then appended in one call.
            var k = 40
            let negative = n < 0
            if negative { n = -n }
            var u = UInt64(n)
            var decimals = p
            while decimals > 0 && u % 10 == 0 {
                u /= 10
                decimals -= 1
            }
            var written = 0
            repeat {
                k -= 1
                buf[k] = UInt8(truncatingIfNeeded: u % 10) &+ 0x30
                u /= 10
                written += 1
                if written == decimals {
                    k -= 1
                    buf[k] = UInt8(ascii: ".")
                }
            } while u > 0 || written <= decimals
            if negative && !(written == 1 && buf[k] == 0x30) {
                k -= 1
                buf[k] = UInt8(ascii: "-")
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[k..<40]))
        }
    }

    /// Appends `x` in the shortest form that reads back to the same double; integers without `.0`.
    static func appendShortest(_ x: Double, to out: inout [UInt8]) {
        // Integers (offsets, counts) are written digit by digit, without a string.
        if x.isFinite, x == x.rounded(), abs(x) < 1e15 {
            appendFixed(x, precision: 0, to: &out)
            return
        }
        out.append(contentsOf: shortest(x).utf8)
    }

    /// `x` rounded to `precision` decimals with trailing zeros trimmed (`40.45`, `-3`, `0`).
    public static func fixed(_ x: Double, precision: Int) -> String {
        var out: [UInt8] = []
        appendFixed(x, precision: precision, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The shortest round-trip text of `x`; integral values below 10¹⁵ print as integers.
    /// Non-finite values (which JSON cannot hold) print as `null`.
    public static func shortest(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        // (`description`, the text interpolation would give, without the interpolation's buffer.)
        return x.description
    }
}
