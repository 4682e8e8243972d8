import Foundation
import Gazetteer
import Geoparser

/// Geoparsing throughput on English news: Frontline (one core) vs flashgeotext (PyPI) when installed.
enum GeoparseBench {
    static let sharedDev = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")

    /// News texts: the dev corpora's texts when they are beside the checkout, else our own sample.
    static func texts() -> [String] {
        var out: [String] = []
        for name in ["lgl.jsonl", "geovirus.jsonl"] {
            guard let data = FileManager.default.contents(atPath: sharedDev.appendingPathComponent(name).path),
                  let text = String(data: data, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                // As native UTF-8 strings, as `frontline geoparse` reads them (a string bridged from
                // Foundation would be copied to UTF-8 again on every parse).
                if let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let t = obj["text"] as? String {
                    out.append(String(decoding: Array(t.utf8), as: UTF8.self))
                }
            }
        }
        if out.isEmpty {
            out = ["Government troops pushed into al-Mayadeen on Friday while fighters fled towards Albu Kamal near the Iraqi border.",
                   "Officials in Columbus, Ohio, said flooding closed roads between Dublin and Marysville on Tuesday.",
                   "The Syrian Democratic Forces said they hold the eastern bank of the Euphrates in Deir ez-Zor province."]
        }
        return out
    }

    /// Timed rounds of each side.
    static let rounds = 3

    static func run(directory: String, megabytes: Int) throws {
        // A gazetteer and parser of their own, so the first pass starts with empty caches
        // whatever ran before in this process.
        let gazetteer = try Gazetteer(configuration: .fromEnvironment())
        let parser = Geoparser(gazetteer: gazetteer, lexicon: try Lexicon(dataRoot: gazetteer.configuration.dataRoot))
        let base = texts()
        var docs: [String] = []
        var bytes = 0
        while bytes < megabytes * 1_000_000 {
            for t in base {
                docs.append(t)
                bytes += t.utf8.count
            }
        }
        let mb = Double(bytes) / 1e6
        let firstMB = Double(base.reduce(0) { $0 + $1.utf8.count }) / 1e6
        print("Geoparse: \(docs.count) news documents, \(format(mb, 1)) MB (the \(base.count) dev-corpus texts, repeated)")
        // First pass: every distinct text once, nothing cached yet (names, spans, candidates).
        let start = DispatchTime.now().uptimeNanoseconds
        var firstMentions = 0
        for d in base { firstMentions += parser.parse(d).mentions.count }
        let first = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("  frontline geoparse, one core, first pass (\(base.count) texts, caches cold): \(format(firstMB / first, 2)) MB/s, \(format(Double(base.count) / first, 0)) docs/s, \(firstMentions) mentions")
        if ProcessInfo.processInfo.environment["FRONTLINE_BENCH_LOCALITY"] != nil { GeoparseLocality.run(parser: parser, texts: base) }
        // Frontline's warm pass and flashgeotext's run alternate, three rounds, and each side's
        // best round is reported: on a shared machine whose speed drifts, the two are then timed
        // under the same conditions.
        let textsFile = "\(directory)/geoparse-texts.json"
        try JSONSerialization.data(withJSONObject: docs).write(to: URL(fileURLWithPath: textsFile))
        let script = "\(directory)/flash.py"
        try """
            import json, sys, time
            try:
                from flashgeotext.geotext import GeoText
            except Exception:
                print("missing"); sys.exit(0)
            docs = json.load(open(sys.argv[1], encoding="utf-8"))
            g = GeoText()
            t = time.perf_counter()
            for d in docs:
                g.extract(d)
            print(time.perf_counter() - t)
            """.write(toFile: script, atomically: true, encoding: .utf8)
        let python = which("python3")
        var mentions = 0
        var t = Double.infinity
        var flash: Double?
        var flashRuns = python != nil
        for _ in 0..<Self.rounds {
            t = min(t, bestTime(runs: 1) {
                mentions = 0
                for d in docs { mentions += parser.parse(d).mentions.count }
            })
            guard flashRuns, let python else { continue }
            let out = "\(directory)/flash.out"
            _ = runProgramCapturing(python, [script, textsFile], output: out)
            let answer = (try? String(contentsOfFile: out, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if let seconds = Double(answer.split(separator: "\n").last ?? "") { flash = min(flash ?? .infinity, seconds) } else { flashRuns = false }
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("  frontline geoparse, one core, whole corpus (caches warm, as over a long news stream; best of \(Self.rounds)): \(format(mb / t, 2)) MB/s, \(format(Double(docs.count) / t, 0)) docs/s, \(mentions) mentions; peak memory \(usage.ru_maxrss / 1024) MB (whole benchmark process)")
        guard let seconds = flash else {
            print("  flashgeotext: \(python == nil ? "python3 not found" : "not installed (pip install flashgeotext)") — no ratio")
            return
        }
        print("  flashgeotext (PyPI), same texts (best of \(Self.rounds), alternating with frontline's): \(format(mb / seconds, 2)) MB/s, \(format(Double(docs.count) / seconds, 0)) docs/s")
        print("  ratio frontline / flashgeotext: \(format(seconds / t, 2))× (goal ≥ 10×; goal ≥ 50 MB/s per core)")
    }
}
