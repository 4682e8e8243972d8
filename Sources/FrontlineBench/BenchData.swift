import GeoCore
import GeoJSONCoding

/// Deterministic test data for benchmarks (a small xorshift generator; no system randomness).
struct BenchRandom {
    var state: UInt64

    mutating func next() -> Double {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Double(state >> 11) / Double(1 << 53)
    }

    mutating func next(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * next()
    }
}

enum BenchData {
    /// A star-shaped simple polygon with `vertices` corners around a centre (degrees).
    static func star(center: Coordinate, radius: Double, vertices: Int, rng: inout BenchRandom) -> Polygon {
        var ring: [Coordinate] = []
        ring.reserveCapacity(vertices + 1)
        for k in 0..<vertices {
            let angle = 2 * Double.pi * Double(k) / Double(vertices)
            let r = radius * rng.next(in: 0.6...1.0)
            ring.append(Coordinate(longitude: center.longitude + r * cosine(angle), latitude: center.latitude + r * sine(angle)))
        }
        ring.append(ring[0])
        return Polygon(rings: [ring])
    }

    /// Writes a FeatureCollection of polygons of about `megabytes` MB; returns the byte size.
    static func writePolygons(to path: String, megabytes: Int) throws -> Int {
        var rng = BenchRandom(state: 0x9E37_79B9_7F4A_7C15)
        let writer = try GeoJSONFeatureWriter(path: path, format: .geojson, precision: 7)
        var written = 0
        var i = 0
        while written < megabytes * 1_000_000 {
            let c = Coordinate(longitude: rng.next(in: 35...48), latitude: rng.next(in: 29...37))
            let vertices = 20 + Int(rng.next() * 180)
            let p = star(center: c, radius: rng.next(in: 0.01...0.5), vertices: vertices, rng: &rng)
            let f = Feature(id: .number(Double(i)), geometry: .polygon(p), properties: JSONObject([
                ("actor", .string(["ISIS", "SDF", "Syrian Army", "Iraqi Army"][i % 4])),
                ("claimant", .string("bench")), ("from", .string("2017-09-0\(1 + i % 9)")),
            ]))
            try writer.write(f)
            written += 120 + vertices * 24
            i += 1
        }
        try writer.finish()
        return try fileSize(path)
    }
}
