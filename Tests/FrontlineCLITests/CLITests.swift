import Foundation
import Testing

/// End-to-end tests of the built `frontline` binary: stdout, stderr and exit codes.
struct CLI {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary next to the test bundle (the same build), or FRONTLINE_BIN.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["FRONTLINE_BIN"] { return URL(fileURLWithPath: path) }
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("frontline")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/frontline")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A private gazetteer cache and user folder for this test process.
    static let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-cli-env-\(getpid())").path

    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["FRONTLINE_CACHE"] = packageRoot.appendingPathComponent(".build/test-gazetteer-cache").path
        env["FRONTLINE_USER_GAZETTEER"] = scratch + "/user"
        for (k, v) in environment { env[k] = v }
        p.environment = env
        p.currentDirectoryURL = packageRoot
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

@Suite(.serialized) struct CLITests {
    @Test func everyCommandHasHelp() throws {
        for command in ["area", "validate", "convert", "ops", "buffer", "claims", "claims import", "claims add", "claims list", "claims remove",
                        "actors", "snapshot", "changes", "compare", "disagree", "export", "export timeline"] {
            let r = try CLI.run(command.split(separator: " ").map(String.init) + ["--help"])
            #expect(r.status == 0, "\(command)")
            #expect(r.stdout.contains("USAGE"), "\(command)")
        }
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLI.run(["area"]).status == 2)
        #expect(try CLI.run(["no-such-command"]).status == 2)
        #expect(try CLI.run(["buffer", "x.geojson", "--meters", "abc"]).status == 2)
        #expect(try CLI.run(["ops", "unite", "a", "b"]).status == 2)
        #expect(try CLI.run(["convert", "a.geojson", "b.txt"]).status == 2)
    }

    /// The planimeter fixture's areas (GeographicLib) through the CLI's JSON output.
    @Test func areaMatchesPlanimeterThroughCLI() throws {
        let fixture = "Tests/GeodesyTests/Fixtures/planimeter-random.geojson"
        let r = try CLI.run(["area", fixture])
        #expect(r.status == 0)
        let json = try CLI.json(r.stdout)
        let rows = try #require(json["features"] as? [[String: Any]])
        let data = try Data(contentsOf: CLI.packageRoot.appendingPathComponent(fixture))
        let fc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let features = try #require(fc["features"] as? [[String: Any]])
        #expect(rows.count == features.count)
        var total = 0.0
        for (row, f) in zip(rows, features) {
            let props = try #require(f["properties"] as? [String: Any])
            let expected = try #require(props["expected_area_m2"] as? Double) / 1e6
            let got = try #require(row["area_km2"] as? Double)
            #expect(abs(got - expected) / expected <= 1e-9)
            #expect(row["id"] as? Int == f["id"] as? Int)
            #expect(row["perimeter_km"] is Double)
            total += got
        }
        #expect(abs((json["total_km2"] as? Double ?? 0) - total) / total < 1e-12)
    }

    @Test func areaByPropertyAndTable() throws {
        let r = try CLI.run(["area", "GeoJSON/examples/syria-iraq-governorates.geojson", "--by", "adm0_a3"])
        #expect(r.status == 0)
        let groups = try #require(try CLI.json(r.stdout)["groups"] as? [[String: Any]])
        #expect(Set(groups.compactMap { $0["value"] as? String }) == ["SYR", "IRQ"])
        let t = try CLI.run(["area", "GeoJSON/examples/middle-east-countries.geojson", "--format", "table"])
        #expect(t.status == 0)
        #expect(t.stdout.contains("area_km2"))
        #expect(t.stdout.contains("total"))
    }

    @Test func badInputExitsOneWithPlace() throws {
        let r = try CLI.run(["area", "-"], stdin: #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,"x"]]]}}]}"#)
        #expect(r.status == 1)
        #expect(r.stderr.contains("<stdin>: line 1, column"))
        #expect(r.stderr.contains("features[0].geometry.coordinates[0][3][1]"))
        let open = try CLI.run(["area", "-"], stdin: #"{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}}"#)
        #expect(open.status == 1)
        #expect(open.stderr.contains("not closed"))
        let missing = try CLI.run(["area", "does-not-exist.geojson"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("does-not-exist.geojson"))
        let binary = try CLI.run(["area", "-"], stdin: "\u{0}\u{1}garbage")
        #expect(binary.status == 1)
        #expect(!binary.stderr.contains("Fatal error"))
    }

    @Test func validateReportsEveryProblemAndFixes() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fixed = dir.appendingPathComponent("fixed.geojson").path
        let r = try CLI.run(["validate", "GeoJSON/examples/invalid-shapes.geojson", "--format", "json", "--fix", fixed])
        #expect(r.status == 1)
        let problems = try #require(try CLI.json(r.stdout)["problems"] as? [[String: Any]])
        #expect(problems.compactMap { $0["id"] as? String } == ["bowtie", "hole-outside", "ring-self-intersection"])
        #expect(problems.first?["reason"] as? String == "Self-intersection")
        let again = try CLI.run(["validate", fixed])
        #expect(again.status == 0, "\(again.stdout)")
        #expect(try CLI.run(["validate", "GeoJSON/examples/middle-east-countries.geojson"]).status == 0)
        let syntax = try CLI.run(["validate", "-"], stdin: "{\"type\":\"FeatureCollection\",\"features\":[\n{]}")
        #expect(syntax.status == 1)
        #expect(syntax.stdout.contains("line 2"))
    }

    @Test func convertRoundTripsAllFormats() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let src = "GeoJSON/examples/syria-iraq-governorates.geojson"
        let seq = dir.appendingPathComponent("g.geojsons").path
        let nd = dir.appendingPathComponent("g.ndjson").path
        let back = dir.appendingPathComponent("g.geojson").path
        #expect(try CLI.run(["convert", src, seq]).status == 0)
        #expect(try CLI.run(["convert", seq, nd]).status == 0)
        #expect(try CLI.run(["convert", nd, back, "--precision", "5"]).status == 0)
        let seqText = try String(contentsOfFile: seq, encoding: .utf8)
        #expect(seqText.hasPrefix("\u{1E}{"))
        #expect(seqText.components(separatedBy: "\u{1E}").count == 34)
        #expect(try String(contentsOfFile: nd, encoding: .utf8).split(separator: "\n").count == 33)
        // Areas survive the round trip (5 decimals ≈ 1 m).
        let a = try CLI.json(try CLI.run(["area", src]).stdout)["total_km2"] as? Double ?? 0
        let b = try CLI.json(try CLI.run(["area", back]).stdout)["total_km2"] as? Double ?? 0
        #expect(abs(a - b) / a < 1e-6)
        let stdout = try CLI.run(["convert", "-", "-", "--to", "ndjson"], stdin: #"{"type":"Point","coordinates":[1,2]}"#)
        #expect(stdout.stdout == "{\"type\":\"Feature\",\"properties\":null,\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}\n")
    }

    @Test func failedConvertLeavesNoFile() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.geojson").path
        let bad = "{\"type\":\"FeatureCollection\",\"features\":[" + String(repeating: #"{"type":"Feature","properties":{},"geometry":null},"#, count: 50_000) + "{oops"
        let r = try CLI.run(["convert", "-", out], stdin: bad)
        #expect(r.status == 1)
        #expect(r.stderr.contains("features[50000]"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        let unwritable = try CLI.run(["convert", "GeoJSON/examples/invalid-shapes.geojson", dir.appendingPathComponent("no/such/dir.geojson").path])
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.contains("no/such/dir.geojson"))
        let directory = try CLI.run(["area", dir.path])
        #expect(directory.status == 1)
        #expect(directory.stderr.contains("is a directory"))
    }

    @Test func opsAndBuffer() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.geojson").path
        let b = dir.appendingPathComponent("b.geojson").path
        try #"{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[2,0],[2,2],[0,2],[0,0]]]}}"#.write(toFile: a, atomically: true, encoding: .utf8)
        try #"{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[1,1],[3,1],[3,3],[1,3],[1,1]]]}}"#.write(toFile: b, atomically: true, encoding: .utf8)
        func area(_ args: [String]) throws -> Double {
            let r = try CLI.run(args)
            #expect(r.status == 0, "\(r.stderr)")
            let fc = try CLI.json(r.stdout)
            let f = try #require((fc["features"] as? [[String: Any]])?.first)
            return try #require((f["properties"] as? [String: Any])?["area_km2"] as? Double)
        }
        let ua = try area(["ops", "union", a, b])
        let ia = try area(["ops", "intersection", a, b])
        let da = try area(["ops", "difference", a, b])
        let areaA = try CLI.json(try CLI.run(["area", a]).stdout)["total_km2"] as? Double ?? 0
        // Inclusion–exclusion: |A| ≈ |A∖B| + |A∩B|. Not exact: the pieces add vertices in the middle
        // of A's edges, and a geodesic through a new vertex differs from the one it splits (about 1e-4 here).
        #expect(abs(areaA - (da + ia)) / areaA < 2e-4)
        #expect(ia > 0.24 * areaA && ia < 0.26 * areaA)
        #expect(ua > areaA)
        let out = dir.appendingPathComponent("u.geojson").path
        #expect(try CLI.run(["ops", "union", a, b, "-o", out]).status == 0)
        #expect(FileManager.default.fileExists(atPath: out))
        let buffered = try CLI.run(["buffer", "-", "--meters", "10000"], stdin: #"{"type":"Feature","properties":{"name":"al-Mayadeen"},"geometry":{"type":"Point","coordinates":[40.45154,35.01982]}}"#)
        #expect(buffered.status == 0)
        #expect(buffered.stdout.contains("al-Mayadeen"))
        let areaOut = try CLI.run(["area", "-"], stdin: buffered.stdout)
        let km2 = try CLI.json(areaOut.stdout)["total_km2"] as? Double ?? 0
        #expect(abs(km2 - 313.65) < 0.5)
        let invalid = try CLI.run(["ops", "union", "GeoJSON/examples/invalid-shapes.geojson", a])
        #expect(invalid.status == 0 || invalid.status == 1)
        #expect(!invalid.stderr.contains("Fatal error"))
    }
}
