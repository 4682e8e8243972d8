import GeoCore
import Territory
import Testing

/// Boxes at the equator, 1° high, with a vertex at every whole degree along the top and bottom,
/// so each is exactly n copies of the 1°×1° box whose geodesic area GeographicLib publishes:
/// 12,308,778,361.469452 m².
enum Boxes {
    static let unitKm2 = 12_308.778361469452

    static func box(_ west: Int, _ east: Int) -> Geometry {
        var ring: [Coordinate] = []
        for x in west...east { ring.append(Coordinate(longitude: Double(x), latitude: 0)) }
        for x in (west...east).reversed() { ring.append(Coordinate(longitude: Double(x), latitude: 1)) }
        ring.append(ring[0])
        return .polygon(Polygon(exterior: ring))
    }

    static func claim(_ id: Int64, _ actor: String, _ claimant: String, _ from: String, _ to: String? = nil, _ west: Int, _ east: Int, status: ClaimStatus = .control) throws -> Claim {
        let g = box(west, east)
        return Claim(id: id, actor: actor, claimant: claimant, source: "test \(id)", from: try ClaimDate(parsing: from), to: try to.map { try ClaimDate(parsing: $0) },
                     status: status, geometry: g, areaKm2: Timeline.km2(g))
    }
}

func close(_ a: Double, _ b: Double, relative: Double = 1e-9) -> Bool { abs(a - b) <= relative * max(abs(a), abs(b), 1e-12) }

struct TimelineTests {
    @Test func latestClaimWinsAndEndsResume() throws {
        let claims = [
            try Boxes.claim(1, "ISIS", "MoD", "2017-01-01", nil, 0, 1),
            try Boxes.claim(2, "ISIS", "MoD", "2017-03-01", nil, 0, 2),
            try Boxes.claim(3, "ISIS", "MoD", "2017-04-15", "2017-05-01", 0, 3),
            try Boxes.claim(4, "ISIS", "OIR", "2017-02-01", nil, 5, 6),
        ]
        let t = Timeline(claims: claims)
        func ids(_ d: String) throws -> [Int64] {
            try t.inEffect(at: ClaimDate(parsing: d)).values.flatMap { $0 }.compactMap(\.id).sorted()
        }
        #expect(try ids("2016-12-31") == [])
        #expect(try ids("2017-01-15") == [1])
        #expect(try ids("2017-02-15") == [1, 4])
        #expect(try ids("2017-03-01") == [2, 4])  // from is inclusive
        #expect(try ids("2017-04-20") == [3, 4])
        #expect(try ids("2017-05-01") == [2, 4])  // to is exclusive; the open claim 2 resumes
        let intervals = try t.intervals(claimant: "MoD")
        #expect(intervals.map { $0.claims.compactMap(\.id) } == [[1], [2], [3], [2]])
        #expect(intervals.map { $0.end?.iso } == ["2017-03-01", "2017-04-15", "2017-05-01", nil])
        #expect(intervals.map { ($0.areaKm2 / Boxes.unitKm2).rounded() } == [1, 2, 3, 2])
        for iv in intervals { #expect(close(iv.areaKm2, Boxes.unitKm2 * (iv.areaKm2 / Boxes.unitKm2).rounded())) }
    }

    @Test func snapshotSplitsOverlapsIntoContested() throws {
        let t = Timeline(claims: [
            try Boxes.claim(1, "ISIS", "MoD", "2017-01-01", nil, 0, 2),
            try Boxes.claim(2, "SDF", "OIR", "2017-01-01", nil, 1, 3),
            try Boxes.claim(3, "ISIS", "MoD", "2017-01-01", nil, 10, 11, status: .attack),
        ])
        let s = try t.snapshot(at: ClaimDate(parsing: "2017-06-01"))
        let byName = Dictionary(uniqueKeysWithValues: s.areas.map { ("\($0.actor)|\($0.status.rawValue)", $0) })
        let isis = try #require(byName["ISIS|control"]), sdf = try #require(byName["SDF|control"])
        let contested = try #require(byName["ISIS / SDF|contested"])
        let attack = try #require(byName["ISIS|attack"])
        #expect(close(isis.areaKm2, Boxes.unitKm2))
        #expect(close(sdf.areaKm2, Boxes.unitKm2))
        #expect(close(contested.areaKm2, Boxes.unitKm2))
        #expect(close(attack.areaKm2, Boxes.unitKm2))
        #expect(contested.actors == ["ISIS", "SDF"])
        #expect(contested.claimants == ["MoD", "OIR"])
        #expect(close(try #require(isis.extraNumbers.first { $0.key == "claimed_km2" }).value, 2 * Boxes.unitKm2))
        // Only one claimant: no SDF, no overlap.
        let mod = try t.snapshot(at: ClaimDate(parsing: "2017-06-01"), claimant: "MoD")
        #expect(mod.areas.map(\.actor) == ["ISIS", "ISIS"])
        #expect(close(mod.areas[0].areaKm2, 2 * Boxes.unitKm2))
    }

    @Test func changesCompareAndDisagree() throws {
        let t = Timeline(claims: [
            try Boxes.claim(1, "ISIS", "MoD", "2017-01-01", nil, 0, 1),
            try Boxes.claim(2, "ISIS", "MoD", "2017-06-01", nil, 1, 3),
            try Boxes.claim(3, "ISIS", "OIR", "2017-01-01", nil, 0, 4),
        ])
        let changes = try t.changes(from: ClaimDate(parsing: "2017-02-01"), to: ClaimDate(parsing: "2017-07-01"), claimant: "MoD")
        let gained = try #require(changes.first { $0.extra.contains { $0 == ("change", "gained") } })
        let lost = try #require(changes.first { $0.extra.contains { $0 == ("change", "lost") } })
        #expect(close(gained.areaKm2, 2 * Boxes.unitKm2))
        #expect(close(lost.areaKm2, Boxes.unitKm2))

        let at = try ClaimDate(parsing: "2017-07-01")
        let c = try t.compare(actor: "ISIS", at: at, within: [("east", Boxes.box(2, 6)), ("west", Boxes.box(-5, 1))])
        // All claimants together: boxes 0–4 → east 2–4 (2 units), west 0–1 (1 unit): ratio 2.
        #expect(close(c.regions[0].areaKm2, 2 * Boxes.unitKm2))
        #expect(close(c.regions[1].areaKm2, Boxes.unitKm2))
        #expect(close(try #require(c.ratio), 2))
        // MoD: 1–3 → east 1 unit, west 0 → no ratio; OIR: 2 / 1.
        #expect(c.claimants.map(\.claimant) == ["MoD", "OIR"])
        #expect(c.claimants[0].ratio == nil)
        #expect(close(try #require(c.claimants[1].ratio), 2))
        let range = try #require(c.regions[1].rangeKm2)
        #expect(range.lowerBound < 1e-6 && close(range.upperBound, Boxes.unitKm2))

        let d = try t.disagreement(at: at, between: "MoD", and: "OIR")
        #expect(d.count == 2)
        #expect(d[0].areaKm2 < 1e-6)  // MoD's 1–3 lies inside OIR's 0–4
        #expect(close(d[1].areaKm2, 2 * Boxes.unitKm2))  // OIR alone: 0–1 and 3–4
        #expect(close(try #require(d[1].extraNumbers.first { $0.key == "claimed_by_both_km2" }).value, 2 * Boxes.unitKm2))
    }

    @Test func actorAliasesResolve() throws {
        let registry = try ActorRegistry(tsv: "ISIS\tIS|ISIL|Daesh|Islamic State\tthe group\nSDF\tSyrian Democratic Forces\t\n", file: "actors.tsv")
        for name in ["ISIS", "is", "ISIL", "daesh", "DAESH", "Islamic-State"] { #expect(try registry.canonical(name) == "ISIS") }
        #expect(try registry.canonical("syrian democratic forces") == "SDF")
        do {
            _ = try registry.canonical("ISSI")
            Issue.record("accepted ISSI")
        } catch {
            #expect("\(error)".contains("did you mean \"ISIS\""))
        }
        #expect(throws: TerritoryError.self) { try ActorRegistry(tsv: "A\tX\t\nB\tX\t\n", file: "f") }
    }
}
