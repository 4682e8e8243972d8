import Foundation
import Gazetteer

/// Gazetteer speed: cold start of `frontline resolve`, exact/alias lookups, full resolutions and
/// fuzzy lookups, per core.
enum GazetteerBench {
    static func run() throws {
        let gazetteer = try Gazetteer.shared()
        print("Gazetteer: \(gazetteer.count) places")
        // Queries: real names from the data (every 97th place's name and first alternate), folded per lookup.
        var names: [String] = []
        var i = 0
        while i < gazetteer.count && names.count < 20_000 {
            if let p = gazetteer.place(at: i) {
                names.append(p.name)
                if let a = p.alternates.first { names.append(a) }
            }
            i += 97
        }
        var hits = 0
        let lookups = bestTime(runs: 3) {
            hits = 0
            for n in names { hits += gazetteer.aliasCandidates(folded: NameFolding.fold(n)).isEmpty ? 0 : 1 }
        }
        print("  exact/alias lookups (fold + index probe): \(format(Double(names.count) / lookups / 1e6, 2)) M/s per core (goal ≥ 1 M/s; \(hits)/\(names.count) found)")
        let sample = Array(names.prefix(5000))
        let full = bestTime(runs: 2) {
            for n in sample { _ = gazetteer.resolve(n, limit: 5) }
        }
        print("  full resolve (match, verify, rank, top 5): \(format(Double(sample.count) / full, 0)) names/s per core")
        // Fuzzy: misspell each name by one substitution in the middle.
        let typos = names.prefix(5000).compactMap { n -> String? in
            var b = Array(NameFolding.fold(n).utf8)
            guard b.count >= 6, b.allSatisfy({ $0 < 0x80 }) else { return nil }
            b[b.count / 2] = b[b.count / 2] == UInt8(ascii: "x") ? UInt8(ascii: "q") : UInt8(ascii: "x")
            return String(decoding: b, as: UTF8.self)
        }
        var candidates = 0
        let fuzzyLookups = bestTime(runs: 3) {
            candidates = 0
            for t in typos { candidates += gazetteer.fuzzyLookup(t).count }
        }
        print("  fuzzy lookups (deletion probes + edit-distance check): \(format(Double(typos.count) / fuzzyLookups, 0)) names/s per core (goal ≥ 50,000/s; \(candidates) candidates)")
        // A fresh instance: small-limit resolutions are cached per query, and this line measures
        // each typo resolved for the first time.
        let fresh = try Gazetteer(configuration: gazetteer.configuration)
        var found = 0
        let fuzzy = bestTime(runs: 1) {
            found = 0
            for t in typos where !fresh.resolve(t, limit: 1).isEmpty { found += 1 }
        }
        print("  fuzzy resolve (lookup + decode + rank, one typo, first time each): \(format(Double(typos.count) / fuzzy, 0)) names/s per core (\(found)/\(typos.count) found; places under 1,000 people are not fuzzy-indexed)")
        let again = bestTime(runs: 2) {
            for t in typos { _ = fresh.resolve(t, limit: 1) }
        }
        print("  the same resolutions again (served by the query cache): \(format(Double(typos.count) / again, 0)) names/s per core")
    }

    /// Cold start: a fresh `frontline resolve` process with the index already cached.
    static func coldStart(binary: String) {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("  cold start: \(binary) not built — skipped")
            return
        }
        _ = runProgram(binary, ["resolve", "Raqqa", "--format", "json"])  // builds the index if needed
        let t = bestTime(runs: 5) { _ = runProgram(binary, ["resolve", "al-Mayadeen", "--format", "json"]) }
        print("  cold start of `frontline resolve al-Mayadeen` (process start to exit, index cached): \(format(t * 1000, 1)) ms (goal ≤ 150 ms)")
    }
}
