import ClaimStore
import Foundation
import GeoCore
import Territory

/// 10,000 claims over 10 years in a GeoPackage store: a snapshot at any date (goal ≤ 50 ms) and
/// the full timeline export (goal ≤ 5 s), with GDAL's ogr2ogr converting the same store's claims
/// layer to GeoJSON as the peer for the export.
enum TimelineBench {
    static func run(directory: String, binary: String) throws {
        let actors = ["ISIS", "Syrian Army", "SDF", "Iraqi Security Forces", "PMF", "Peshmerga", "Syrian opposition", "HTS", "Turkish Armed Forces", "Hezbollah"]
        let claimants = ["Russian MoD", "CJTF-OIR", "ISW", "Liveuamap", "SOHR"]
        let claimCount = 10_000
        var rng = BenchRandom(state: 2017)
        let start = 1_420_070_400.0  // 2015-01-01
        let span = 10 * 365.25 * 86_400
        var claims: [Claim] = []
        claims.reserveCapacity(claimCount)
        for i in 0..<claimCount {
            let a = i % actors.count, c = (i / actors.count) % claimants.count
            // Each actor's claims sit around its own centre, drifting; 200-vertex polygons ~60 km across.
            let centre = Coordinate(longitude: 36 + Double(a) * 1.1 + rng.next(in: -0.4...0.4), latitude: 32 + Double(a % 5) * 1.2 + rng.next(in: -0.4...0.4))
            let polygon = BenchData.star(center: centre, radius: 0.6, vertices: 200, rng: &rng)
            let from = ClaimDate(seconds: (start + rng.next(in: 0...span)).rounded(.down), precision: .time)
            let to = rng.next(in: 0...1) < 0.2 ? ClaimDate(seconds: from.seconds + rng.next(in: 86_400...(180 * 86_400)), precision: .time) : nil
            let g = Geometry.polygon(polygon)
            claims.append(Claim(actor: actors[a], claimant: claimants[c], source: "bench \(i)", from: from, to: to, geometry: g, areaKm2: Timeline.km2(g)))
        }
        let path = directory + "/bench-claims.gpkg"
        let insertTime = try bestTime(runs: 1) { _ = try ClaimStore(path: path, create: true).insert(claims) }
        print("Territory timeline: \(claimCount) claims (\(actors.count) actors × \(claimants.count) claimants, 200-vertex polygons) over 10 years")
        print("  store: import into the GeoPackage in \(format(insertTime, 2)) s (\(Int(Double(claimCount) / insertTime)) claims/s), \(try fileSize(path) / 1_000_000) MB")

        // Snapshots at 20 dates spread over the decade, each from opening the store to the result.
        var times: [Double] = []
        var features = 0
        for k in 0..<20 {
            let t = ClaimDate(seconds: start + span * (Double(k) + 0.5) / 20)
            let seconds = try bestTime(runs: 3) {
                let store = try ClaimStore(path: path, create: false)
                let s = try Timeline(claims: try store.claimsInEffect(at: t)).snapshot(at: t)
                features = s.areas.count
            }
            times.append(seconds)
        }
        times.sort()
        print("  snapshot at a date (open store, select, dissolve, split overlaps; \(features) features): median \(format(times[times.count / 2] * 1000, 1)) ms, worst \(format((times.last ?? 0) * 1000, 1)) ms (goal ≤ 50 ms)")
        var selectTimes: [Double] = []
        for k in 0..<20 {
            let t = ClaimDate(seconds: start + span * (Double(k) + 0.5) / 20)
            selectTimes.append(try bestTime(runs: 3) { _ = try ClaimStore(path: path, create: false).claimsInEffect(at: t) })
        }
        selectTimes.sort()
        if ProcessInfo.processInfo.environment["FRONTLINE_BENCH_DETAIL"] != nil {
            let t = ClaimDate(seconds: start + span * 0.5)
            let cl = try ClaimStore(path: path, create: false).claimsInEffect(at: t)
            let tl = Timeline(claims: cl)
            print("  detail: \(cl.count) claims; control() \(format(try bestTime(runs: 3) { _ = try tl.control(at: t) } * 1000, 1)) ms; snapshot \(format(try bestTime(runs: 3) { _ = try tl.snapshot(at: t) } * 1000, 1)) ms")
        }
        print("  (of which opening the store and selecting the claims in effect: median \(format(selectTimes[10] * 1000, 1)) ms)")

        // Full export through the CLI (process start included), and ogr2ogr on the same store.
        let out = directory + "/timeline.geojson"
        let export = bestTime(runs: 3) { _ = runProgram(binary, ["export", "timeline", "--store", path, "-o", out]) }
        let exportSize = (try? fileSize(out)) ?? 0
        print("  export timeline (frontline export timeline → GeoJSON, \(exportSize / 1_000_000) MB): \(format(export, 2)) s (goal ≤ 5 s)")
        if let ogr2ogr = which("ogr2ogr") {
            let peerOut = directory + "/ogr2ogr-claims.geojson"
            let peer = bestTime(runs: 3) {
                try? FileManager.default.removeItem(atPath: peerOut)
                _ = runProgram(ogr2ogr, ["-f", "GeoJSON", peerOut, path, "claims"])
            }
            print("  peer: ogr2ogr -f GeoJSON of the same store's claims layer (a plain conversion, no timeline): \(format(peer, 2)) s; frontline/ogr2ogr time ratio \(format(export / peer, 2))×")
        } else {
            print("  peer: ogr2ogr not installed (apt-get install gdal-bin); ratio skipped")
        }
    }
}
