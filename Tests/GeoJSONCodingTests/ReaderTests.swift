import Foundation
import GeoCore
import GeoJSONCoding
import Testing

func decode(_ text: String) throws -> GeoJSONObject { try GeoJSONDecoding.decode(Array(text.utf8)) }

func features(_ text: String, bufferSize: Int? = nil) throws -> [Feature] {
    let reader = GeoJSONFeatureReader(bytes: Array(text.utf8))
    var out: [Feature] = []
    while let f = try reader.next() { out.append(f) }
    return out
}

@Suite struct ReaderTests {
    @Test func allSevenGeometryTypes() throws {
        let cases: [(String, Geometry)] = [
            (#"{"type":"Point","coordinates":[40.45,35.02]}"#, .point(Coordinate(longitude: 40.45, latitude: 35.02))),
            (#"{"type":"Point","coordinates":[1,2,3.5]}"#, .point(Coordinate(longitude: 1, latitude: 2, altitude: 3.5))),
            (#"{"type":"MultiPoint","coordinates":[[1,2],[3,4]]}"#, .multiPoint([Coordinate(longitude: 1, latitude: 2), Coordinate(longitude: 3, latitude: 4)])),
            (#"{"type":"LineString","coordinates":[[1,2],[3,4]]}"#, .lineString([Coordinate(longitude: 1, latitude: 2), Coordinate(longitude: 3, latitude: 4)])),
            (#"{"type":"MultiLineString","coordinates":[[[1,2],[3,4]]]}"#, .multiLineString([[Coordinate(longitude: 1, latitude: 2), Coordinate(longitude: 3, latitude: 4)]])),
            (#"{"coordinates":[[[0,0],[1,0],[1,1],[0,0]]],"type":"Polygon"}"#, .polygon(Polygon(exterior: [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 0.0)].map { Coordinate(longitude: $0.0, latitude: $0.1) }))),
            (#"{"type":"MultiPolygon","coordinates":[]}"#, .multiPolygon([])),
            (#"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]}]}"#, .geometryCollection([.point(Coordinate(longitude: 1, latitude: 2))])),
        ]
        for (text, expected) in cases {
            #expect(try decode(text) == .geometry(expected), "\(text)")
        }
    }

    @Test func featureMembersAndForeignMembers() throws {
        let text = #"{"type":"Feature","id":"a1","bbox":[0,0,1,1],"properties":{"name":"Raqqa","n":3,"x":null,"nested":{"k":[true,false]}},"geometry":null,"claimant":"CJTF-OIR"}"#
        guard case .feature(let f) = try decode(text) else { Issue.record("not a feature"); return }
        #expect(f.id == .string("a1"))
        #expect(f.geometry == nil)
        #expect(f.bbox == [0, 0, 1, 1])
        #expect(f.properties?["name"] == .string("Raqqa"))
        #expect(f.properties?.members.map(\.key) == ["name", "n", "x", "nested"])
        #expect(f.foreignMembers["claimant"] == .string("CJTF-OIR"))
        // Written back: same members, foreign members kept.
        let out = String(decoding: GeoJSONWriter.encode(.feature(f)), as: UTF8.self)
        #expect(out == #"{"type":"Feature","id":"a1","bbox":[0,0,1,1],"properties":{"name":"Raqqa","n":3,"x":null,"nested":{"k":[true,false]}},"geometry":null,"claimant":"CJTF-OIR"}"#)
    }

    @Test func stringsAndNumbers() throws {
        guard case .feature(let f) = try decode(#"{"type":"Feature","properties":{"s":"a\"b\\c\n\u00e9\ud83d\ude00 الميادين","e":-1.5e-3,"big":12345678901234567890,"z":-0.0,"p":0.1},"geometry":null}"#) else { return }
        #expect(f.properties?["s"] == .string("a\"b\\c\né😀 الميادين"))
        #expect(f.properties?["e"] == .number(-0.0015))
        #expect(f.properties?["big"] == .number(12_345_678_901_234_567_168))
        #expect(f.properties?["p"] == .number(0.1))
    }

    /// The fast number path must agree with strtod (correct rounding) on many random decimals.
    @Test func numberParsingMatchesStrtod() throws {
        var rng = SystemRandomNumberGenerator()
        var texts: [String] = []
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...17, using: &rng)
            let mantissa = String((0..<digits).map { _ in "0123456789".randomElement(using: &rng)! })
            let point = Int.random(in: 0...digits, using: &rng)
            var t = String(mantissa.prefix(point)) + "." + String(mantissa.dropFirst(point))
            if t.hasPrefix(".") { t = "0" + t }
            while t.count > 1 && t.hasPrefix("0") && !t.hasPrefix("0.") { t.removeFirst() }
            if t.hasSuffix(".") { t += "0" }
            if Bool.random(using: &rng) { t += "e\(Int.random(in: -30...30, using: &rng))" }
            texts.append(Bool.random(using: &rng) ? "-" + t : t)
        }
        let json = #"{"type":"MultiPoint","coordinates":["# + texts.map { "[\($0),0]" }.joined(separator: ",") + "]}"
        guard case .geometry(.multiPoint(let cs)) = try decode(json) else { Issue.record("decode failed"); return }
        for (c, t) in zip(cs, texts) {
            #expect(c.longitude == strtod(t, nil), "\(t)")
        }
    }

    @Test(arguments: [
        (#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,"x"]]]}}]}"#,
         "features[0].geometry.coordinates[0][3][1]", 1),
        ("{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"properties\":{},\"geometry\":null},\n{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1]}}]}",
         "features[1].geometry.coordinates", 3),
        (#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[0,0],[1,1]]}}]}"#,
         "features[0].geometry.coordinates", 1),
        (#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":[],"geometry":null}]}"#,
         "features[0].properties", 1),
        (#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Circle","coordinates":[0,0]}}]}"#,
         "features[0].geometry", 1),
        (#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"a":1,},"geometry":null}]}"#,
         "features[0].properties", 1),
    ])
    func errorsNameLineColumnAndPath(text: String, path: String, line: Int) throws {
        do {
            _ = try features(text)
            Issue.record("expected an error")
        } catch let GeoJSONError.malformed(location, p, reason) {
            #expect(p == path, "\(reason)")
            #expect(location.line == line)
            #expect(!reason.isEmpty)
        }
    }

    @Test func errorColumnPointsAtTheBadByte() throws {
        let text = "{\"type\":\"Point\",\n  \"coordinates\":[1,2,x]}"
        #expect(throws: GeoJSONError.malformed(location: SourceLocation(line: 2, column: 22), path: "coordinates[2]", reason: "expected a number, found 'x'")) {
            try decode(text)
        }
    }

    @Test func rejectsTrailingGarbageAndInvalidUTF8() {
        #expect(throws: GeoJSONError.self) { try decode(#"{"type":"Point","coordinates":[1,2]} x"#) }
        let bad: [UInt8] = Array(#"{"type":"Feature","properties":{"s":""#.utf8) + [0xFF, 0xFE] + Array(#""},"geometry":null}"#.utf8)
        #expect(throws: GeoJSONError.self) { try GeoJSONDecoding.decode(bad) }
        #expect(throws: GeoJSONError.self) { try decode("") }
        #expect(throws: GeoJSONError.self) { try decode(String(repeating: "[", count: 10_000)) }
    }

    @Test func sequencesAndNDJSONStream() throws {
        let f1 = #"{"type":"Feature","id":1,"properties":{},"geometry":{"type":"Point","coordinates":[1,2]}}"#
        let f2 = #"{"type":"Feature","id":2,"properties":{},"geometry":null}"#
        #expect(try features("\(f1)\n\(f2)\n").map(\.id) == [.number(1), .number(2)])
        #expect(try features("\u{1E}\(f1)\n\u{1E}\(f2)\n").map(\.id) == [.number(1), .number(2)])
        let fc = #"{"name":"x","type":"FeatureCollection","features":[\#(f1),\#(f2)],"bbox":[0,0,1,1]}"#
        let reader = GeoJSONFeatureReader(bytes: Array(fc.utf8))
        var n = 0
        while try reader.next() != nil { n += 1 }
        #expect(n == 2)
        #expect(reader.collectionForeignMembers["name"] == .string("x"))
        #expect(reader.collectionBBox == [0, 0, 1, 1])
    }

    @Test func featuresArrayOnNonCollectionIsAnError() {
        #expect(throws: GeoJSONError.self) { try features(#"{"features":[],"type":"Feature"}"#) }
        #expect(throws: GeoJSONError.self) { try features(#"{"features":[]}"#) }
    }
}

@Suite struct WriterTests {
    @Test func windingAndPrecision() throws {
        let cw = Polygon(rings: [
            [(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (1.0, 0.0), (0.0, 0.0)].map { Coordinate(longitude: $0.0, latitude: $0.1) },
            [(0.2, 0.2), (0.4, 0.2), (0.4, 0.4), (0.2, 0.2)].map { Coordinate(longitude: $0.0, latitude: $0.1) },
        ])
        let out = String(decoding: GeoJSONWriter.encode(.geometry(.polygon(cw))), as: UTF8.self)
        #expect(out == #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]],[[0.2,0.2],[0.4,0.4],[0.4,0.2],[0.2,0.2]]]}"#)
        let p = String(decoding: GeoJSONWriter.encode(.geometry(.point(Coordinate(longitude: 40.451543219, latitude: -0.00000004))), precision: 7), as: UTF8.self)
        #expect(p == #"{"type":"Point","coordinates":[40.4515432,-0]}"# || p == #"{"type":"Point","coordinates":[40.4515432,0]}"#)
        let p3 = String(decoding: GeoJSONWriter.encode(.geometry(.point(Coordinate(longitude: -12.3456, latitude: 1e-3))), precision: 3), as: UTF8.self)
        #expect(p3 == #"{"type":"Point","coordinates":[-12.346,0.001]}"#)
    }

    @Test func roundTripIsStable() throws {
        let text = #"{"type":"FeatureCollection","features":[{"type":"Feature","id":7,"properties":{"a":"b"},"geometry":{"type":"MultiPolygon","coordinates":[[[[30,10],[40,40],[20,40],[10,20],[30,10]]]]}}],"note":"kept"}"#
        let first = GeoJSONWriter.encode(try decode(text))
        let second = GeoJSONWriter.encode(try GeoJSONDecoding.decode(first))
        #expect(first == second)
        #expect(String(decoding: first, as: UTF8.self).hasSuffix(#""note":"kept"}"#))
    }

    @Test func featureWriterIsAtomic() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.geojsons").path
        do {
            let w = try GeoJSONFeatureWriter(path: path, format: .geojsonseq)
            try w.write(Feature(geometry: .point(Coordinate(longitude: 1, latitude: 2))))
            w.abandon()
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        let w = try GeoJSONFeatureWriter(path: path, format: .geojsonseq)
        try w.write(Feature(geometry: .point(Coordinate(longitude: 1, latitude: 2))))
        try w.finish()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.first == 0x1E && bytes.last == 0x0A)
        #expect(throws: GeoJSONError.self) { try GeoJSONFeatureWriter(path: dir.appendingPathComponent("missing/x.geojson").path, format: .geojson) }
    }

    @Test func formatsFromExtensions() {
        #expect(GeoJSONFormat.forPath("a.geojson") == .geojson)
        #expect(GeoJSONFormat.forPath("a.GeoJSONSeq") == .geojsonseq)
        #expect(GeoJSONFormat.forPath("a.geojsons") == .geojsonseq)
        #expect(GeoJSONFormat.forPath("a.ndjson") == .ndjson)
        #expect(GeoJSONFormat.forPath("a.txt") == nil)
    }
}
