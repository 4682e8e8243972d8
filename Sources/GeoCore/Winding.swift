/// Ring orientation helpers on longitude/latitude treated as a plane, as RFC 7946 §3.1.6 defines
/// winding (the right-hand rule). Never used as an area: see `Geodesy` for square kilometres.
public enum Winding {
    /// Twice the signed planar area of a ring in degrees² (positive when counter-clockwise).
    ///
    /// Only its sign is meaningful to callers.
    /// - Complexity: O(n).
    public static func signedDoubleArea(_ ring: [Coordinate]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var sum = 0.0
        ring.withUnsafeBufferPointer { r in
            let x0 = r[0].longitude
            let y0 = r[0].latitude
            for i in 1..<(r.count - 1) {
                let ax = r[i].longitude - x0, ay = r[i].latitude - y0
                let bx = r[i + 1].longitude - x0, by = r[i + 1].latitude - y0
                sum += ax * by - bx * ay
            }
        }
        return sum
    }

    /// Whether a ring runs counter-clockwise.
    public static func isCounterClockwise(_ ring: [Coordinate]) -> Bool {
        signedDoubleArea(ring) > 0
    }

    /// The polygon with its exterior counter-clockwise and holes clockwise (RFC 7946).
    public static func rfc7946(_ polygon: Polygon) -> Polygon {
        var out = polygon
        for i in out.rings.indices {
            let ccw = isCounterClockwise(out.rings[i])
            if (i == 0) != ccw { out.rings[i].reverse() }
        }
        return out
    }

    /// The geometry with every polygon oriented as RFC 7946 asks.
    public static func rfc7946(_ geometry: Geometry) -> Geometry {
        switch geometry {
        case .polygon(let p): .polygon(rfc7946(p))
        case .multiPolygon(let ps): .multiPolygon(ps.map { rfc7946($0) })
        case .geometryCollection(let gs): .geometryCollection(gs.map { rfc7946($0) })
        default: geometry
        }
    }
}
