import Foundation
import Geoparser

/// Where the geoparser's warm pass spends its time beyond its instructions: the same texts parsed
/// with everything they read already in cache, and with nothing in cache. The warm pass over a
/// stream of texts lies between the two; how far below the first it lies is the time spent waiting
/// for memory. Printed when `FRONTLINE_BENCH_LOCALITY` is set (it adds a few seconds).
enum GeoparseLocality {
    /// Texts measured, each parsed `repeats` times in a row.
    static let texts = 400
    static let repeats = 10
    /// Texts measured after the caches are emptied; the memory read in between to empty them.
    static let coldTexts = 200
    static let evictionBytes = 64 << 20

    static func run(parser: Geoparser, texts base: [String]) {
        // (Everything each text names is in the parser's caches already: only the hardware's differ.)
        let sample = Array(base.prefix(texts))
        for d in sample { _ = parser.parse(d) }
        var sink = 0
        var bytes = 0
        var nanoseconds: UInt64 = 0
        // One text parsed, timed alone.
        func timedParse(_ d: String) {
            let t0 = DispatchTime.now().uptimeNanoseconds
            sink &+= parser.parse(d).mentions.count
            nanoseconds += DispatchTime.now().uptimeNanoseconds - t0
            bytes += d.utf8.count
        }
        for d in sample {
            for _ in 0..<repeats { timedParse(d) }
        }
        let hot = Double(bytes) / 1e6 / (Double(nanoseconds) / 1e9)
        // Each text after reading more memory than the caches hold (one byte of every 64-byte line).
        var junk = [UInt8](repeating: 1, count: evictionBytes)
        bytes = 0
        nanoseconds = 0
        for (n, d) in sample.prefix(coldTexts).enumerated() {
            for k in stride(from: n % 64, to: junk.count, by: 64) { junk[k] &+= 1 }
            sink &+= Int(junk[n % junk.count])
            timedParse(d)
        }
        let cold = Double(bytes) / 1e6 / (Double(nanoseconds) / 1e9)
        print("  locality (\(sample.count) texts): each parsed \(repeats)× in a row, all it reads in cache: \(format(hot, 2)) MB/s; "
            + "each once after \(evictionBytes >> 20) MB of other reads, nothing in cache: \(format(cold, 2)) MB/s\(sink == 0 ? " (no mentions?)" : "")")
    }
}
