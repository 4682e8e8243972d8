import ClaimStore
import Foundation
import GeoCore
import Territory
import Testing

enum GDAL {
    /// `ogrinfo`'s output, or `nil` when GDAL is not installed (`make test` installs it).
    static func ogrinfo(_ arguments: [String]) throws -> String? {
        let candidates = ["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"]
        guard let exe = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/ogrinfo") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/ogrinfo") }
}

func temporaryStore() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("frontline-store-\(UUID().uuidString).gpkg").path
}

struct StoreTests {
    @Test func roundTripsClaims() throws {
        let path = temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var claim = try Boxes.claim(0, "ISIS", "MoD", "~2017-10", "2017-12-09", 0, 2, status: .contested)
        claim.id = nil
        claim.note = "a note"
        claim.expression = #"{"part":{"of":"Iraq","which":"west"}}"#
        let store = try ClaimStore(path: path, create: true)
        let ids = try store.insert([claim, claim])
        #expect(ids == [1, 2])
        let back = try ClaimStore(path: path, create: false).claims()
        #expect(back.count == 2)
        var expected = claim
        expected.id = 1
        #expect(back[0] == expected)
        #expect(back[0].from.approximate && back[0].from.precision == .month)
        #expect(try store.remove(id: 1))
        #expect(try !store.remove(id: 1))
        #expect(try store.claims().map(\.id) == [2])
    }

    @Test func refusesWhatIsNotAStore() throws {
        let path = temporaryStore()
        #expect(throws: StoreError.self) { try ClaimStore(path: path, create: false) }
        try Data("not a database at all, just text".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: StoreError.self) { try ClaimStore(path: path, create: true) }
    }

    /// The store's SQL selection of claims in effect agrees with the timeline's rules on random claims.
    @Test func claimsInEffectMatchTheTimelineRules() throws {
        let path = temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var rng = SplitMix(seed: 7)
        var claims: [Claim] = []
        for i in 0..<300 {
            let day = Int(rng.next() % 1000)
            var c = try Boxes.claim(Int64(i), ["ISIS", "SDF", "Syrian Army"][Int(rng.next() % 3)], ["MoD", "OIR"][Int(rng.next() % 2)],
                                    iso(day), rng.next() % 3 == 0 ? iso(day + 1 + Int(rng.next() % 200)) : nil, Int(rng.next() % 5), 6,
                                    status: rng.next() % 4 == 0 ? .contested : .control)
            c.id = nil
            claims.append(c)
        }
        let store = try ClaimStore(path: path, create: true)
        _ = try store.insert(claims)
        let timeline = Timeline(claims: try store.claims())
        for _ in 0..<60 {
            let t = try ClaimDate(parsing: iso(Int(rng.next() % 1300) - 50))
            let expected = timeline.inEffect(at: t).values.flatMap { $0 }.compactMap(\.id).sorted()
            #expect(try store.claimsInEffect(at: t).compactMap(\.id).sorted() == expected)
            let mod = timeline.inEffect(at: t, claimant: "MoD").values.flatMap { $0 }.compactMap(\.id).sorted()
            #expect(try store.claimsInEffect(at: t, claimant: "MoD").compactMap(\.id).sorted() == mod)
        }
    }

    /// GDAL opens the store as a GeoPackage and reads the same polygons: valid, with SpatiaLite's
    /// ellipsoidal area close to ours. (SpatiaLite's spheroid area is an approximation, off by up to
    /// ~0.5% on these boxes; the exact reference is GeographicLib's published box area, checked on ours.)
    @Test(.enabled(if: GDAL.available)) func gdalReadsTheStore() throws {
        let path = temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var claims: [Claim] = []
        for i in 0..<3 {
            var c = try Boxes.claim(0, "ISIS", "MoD", "2017-0\(i + 1)-01", nil, i, i + 2 + i)
            c.id = nil
            claims.append(c)
        }
        _ = try ClaimStore(path: path, create: true).insert(claims)
        let summary = try #require(try GDAL.ogrinfo(["-ro", "-so", path, "claims"]))
        #expect(summary.contains("Feature Count: 3"))
        #expect(summary.contains("Multi Polygon"))
        #expect(summary.contains("from_time: DateTime"))
        let sql = try #require(try GDAL.ogrinfo(["-ro", "-q", path, "-dialect", "SQLite", "-sql", "SELECT fid, ST_Area(geom, 1) / 1e6 AS gdal_km2, area_km2, ST_IsValid(geom) AS valid FROM claims"]))
        let gdal = sql.matches(of: /gdal_km2 \(Real\) = ([0-9.e+-]+)/).compactMap { Double($0.1) }
        let ours = sql.matches(of: /area_km2 \(Real\) = ([0-9.e+-]+)/).compactMap { Double($0.1) }
        #expect(gdal.count == 3 && ours.count == 3)
        for (g, o) in zip(gdal, ours) { #expect(close(g, o, relative: 1e-2), "GDAL \(g) vs ours \(o)") }
        for (o, units) in zip(ours, [2.0, 3, 4]) { #expect(close(o, units * Boxes.unitKm2)) }
        #expect(sql.matches(of: /valid \(Integer\) = 1/).count == 3)
    }
}

func iso(_ day: Int) -> String {
    ClaimDate(seconds: 1_420_070_400 + Double(day) * 86_400, precision: .day).iso
}

/// A small deterministic generator for test data.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
