import Foundation
import Testing

@Suite(.serialized) struct GeoparseCLITests {
    @Test func jsonShape() throws {
        let r = try CLI.run(["geoparse", "-"], stdin: "Troops entered al-Mayadeen in western Iraq.")
        #expect(r.status == 0, "\(r.stderr)")
        let json = try CLI.json(r.stdout)
        let mentions = try #require(json["mentions"] as? [[String: Any]])
        let first = try #require(mentions.first)
        #expect(first["text"] as? String == "al-Mayadeen")
        #expect(first["start"] as? Int == 15 && first["end"] as? Int == 26)
        let place = try #require(first["place"] as? [String: Any])
        #expect(place["id"] as? String == "geonames:173480")
        for key in ["name", "kind", "country", "admin1", "lat", "lon"] { #expect(place[key] != nil, "\(key)") }
        #expect(first.keys.contains("qualifier") && first.keys.contains("relation") && first["score"] is Double && first["geo_precision"] is Int)
        #expect((mentions.last?["qualifier"]) as? String == "west")
        #expect(json["focus"] is [String])
    }

    @Test func batchStreamsAndReportsBadLines() throws {
        let input = """
            {"id": "a", "text": "Shelling hit Raqqa."}
            not json at all
            {"id": 7, "text": "Aid reached Mosul and Tal Afar."}
            {"id": "no-text"}
            {"id": "c", "text": ""}
            """
        let r = try CLI.run(["geoparse", "--input-format", "jsonl", "--format", "jsonl", "--jobs", "2", "-"], stdin: input + "\n")
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let ids = try lines.map { try CLI.json($0)["id"] }
        #expect(ids[0] as? String == "a" && ids[1] as? Int == 7 && ids[2] as? String == "c")
        #expect(r.stderr.contains("line 2"))
        #expect(r.stderr.contains("line 4"))
    }

    @Test func rejectsBinaryAndNonUTF8() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bin = dir.appendingPathComponent("x.bin")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: bin)
        let r = try CLI.run(["geoparse", bin.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("binary"))
        let latin1 = dir.appendingPathComponent("latin1.txt")
        try Data("Caf".utf8 + [0xE9] + " in Raqqa".utf8).write(to: latin1)
        let l = try CLI.run(["geoparse", latin1.path])
        #expect(l.status == 1)
        #expect(l.stderr.contains("UTF-8"))
    }

    @Test func geojsonAndTable() throws {
        let g = try CLI.run(["geoparse", "--format", "geojson", "-"], stdin: "Fighting near the Euphrates and in Syria.")
        #expect(g.status == 0)
        #expect(g.stdout.contains("LineString") && g.stdout.contains("Polygon"))
        let t = try CLI.run(["geoparse", "--format", "table", "-"], stdin: "Fighting in Syria.")
        #expect(t.stdout.contains("Syria"))
    }

    /// The seed article scored by the project's scorer, when the shared corpus is beside the checkout.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/score_geoparse.py").path)))
    func seedArticleScores() throws {
        let shared = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        let r = try CLI.run(["geoparse", shared.appendingPathComponent("corpus/seed-article.txt").path])
        #expect(r.status == 0)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("seed-\(getpid()).json")
        try r.stdout.write(to: out, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: out) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", shared.appendingPathComponent("tools/score_geoparse.py").path, shared.appendingPathComponent("corpus/seed-article.txt").path,
                       shared.appendingPathComponent("corpus/seed-article.gold.json").path, out.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let last = try #require(text.split(separator: "\n").last)
        let values = Dictionary(last.split(separator: " ").compactMap { kv -> (String, String)? in
            let parts = kv.split(separator: "=")
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }, uniquingKeysWith: { a, _ in a })
        #expect(Double(values["precision"] ?? "0") ?? 0 >= 0.97, "\(text)")
        #expect(Double(values["recall"] ?? "0") ?? 0 >= 0.97, "\(text)")
        #expect(values["qualifiers"] == "4/4", "\(text)")
    }
}
