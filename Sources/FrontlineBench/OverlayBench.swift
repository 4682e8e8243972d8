internal import CGEOS
import GeoCore
import GeoTopology
import Geodesy

/// Union/intersection through the Swift wrapper vs GEOS's C API directly, on the same polygons.
enum OverlayBench {
    static func run() throws {
        var rng = BenchRandom(state: 42)
        let pairs = 300
        var values: [(Geometry, Geometry)] = []
        for _ in 0..<pairs {
            let c = Coordinate(longitude: rng.next(in: 35...48), latitude: rng.next(in: 29...37))
            let a = BenchData.star(center: c, radius: 0.3, vertices: 200, rng: &rng)
            let d = Coordinate(longitude: c.longitude + 0.2, latitude: c.latitude + 0.1)
            let b = BenchData.star(center: d, radius: 0.3, vertices: 200, rng: &rng)
            values.append((.polygon(a), .polygon(b)))
        }
        let wrapped = try values.map { (try GEOSGeometry($0.0), try GEOSGeometry($0.1)) }

        // Direct C: one context, pointers built once from WKB of the same geometries.
        let ctx = GEOS_init_r()
        defer { GEOS_finish_r(ctx) }
        let reader = GEOSWKBReader_create_r(ctx)
        defer { GEOSWKBReader_destroy_r(ctx, reader) }
        var raw: [(OpaquePointer, OpaquePointer)] = []
        for (a, b) in wrapped {
            let wa = try a.wkb(), wb = try b.wkb()
            guard let pa = wa.withUnsafeBufferPointer({ GEOSWKBReader_read_r(ctx, reader, $0.baseAddress, $0.count) }),
                  let pb = wb.withUnsafeBufferPointer({ GEOSWKBReader_read_r(ctx, reader, $0.baseAddress, $0.count) })
            else { throw TopologyError.geos(function: "GEOSWKBReader_read_r", messages: []) }
            raw.append((pa, pb))
        }
        defer { for (a, b) in raw { GEOSGeom_destroy_r(ctx, a); GEOSGeom_destroy_r(ctx, b) } }

        print("Overlay wrapper overhead: \(pairs) pairs of 200-vertex polygons")
        for (name, cCall, swiftCall) in [
            ("union", { (c: OpaquePointer?, a: OpaquePointer, b: OpaquePointer) in GEOSUnion_r(c, a, b) },
             { (a: GEOSGeometry, b: GEOSGeometry) throws -> GEOSGeometry in try a.union(with: b) }),
            ("intersection", { (c: OpaquePointer?, a: OpaquePointer, b: OpaquePointer) in GEOSIntersection_r(c, a, b) },
             { (a: GEOSGeometry, b: GEOSGeometry) throws -> GEOSGeometry in try a.intersection(with: b) }),
        ] {
            let direct = bestTime(runs: 5) {
                for (a, b) in raw {
                    if let r = cCall(ctx, a, b) { GEOSGeom_destroy_r(ctx, r) }
                }
            }
            let wrapper = try bestTime(runs: 5) {
                for (a, b) in wrapped { _ = try swiftCall(a, b) }
            }
            let valuePath = try bestTime(runs: 3) {
                for (a, b) in values {
                    _ = try name == "union" ? a.union(with: b) : a.intersection(with: b)
                }
            }
            print("  \(name): C API \(format(direct * 1e6 / Double(pairs), 1)) µs/op, GEOSGeometry \(format(wrapper * 1e6 / Double(pairs), 1)) µs/op (\(format(wrapper / direct, 3))×, goal ≤ 1.2×), Geometry values incl. conversion \(format(valuePath * 1e6 / Double(pairs), 1)) µs/op (\(format(valuePath / direct, 3))×)")
        }
    }
}

/// Geodesic area throughput.
enum AreaBench {
    static func run() {
        var rng = BenchRandom(state: 7)
        let polygons = (0..<2000).map { _ in
            Geometry.polygon(BenchData.star(center: Coordinate(longitude: rng.next(in: 35...48), latitude: rng.next(in: 29...37)), radius: 0.3, vertices: 200, rng: &rng))
        }
        var total = 0.0
        let t = bestTime(runs: 3) {
            total = polygons.reduce(0) { $0 + GeodesicArea.areaKm2($1) }
        }
        print("Geodesic area: \(format(Double(polygons.count) / t, 0)) polygons/s, \(format(Double(polygons.count * 200) / t / 1e6, 2)) M vertices/s (checksum \(format(total, 1)) km²)")
    }
}
