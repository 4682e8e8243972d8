/// A GeoJSON geometry as a plain value (RFC 7946 §3.1), in WGS84 longitude/latitude.
///
/// The value types carry no C state: topology operations live in `GeoTopology`, geodesic
/// measures in `Geodesy`, encoding in `GeoJSONCoding`.
public indirect enum Geometry: Hashable, Sendable {
    /// A single position.
    case point(Coordinate)
    /// Several positions.
    case multiPoint([Coordinate])
    /// Two or more positions joined by geodesic-agnostic straight segments.
    case lineString([Coordinate])
    /// Several line strings.
    case multiLineString([[Coordinate]])
    /// A polygon with optional holes.
    case polygon(Polygon)
    /// Several polygons.
    case multiPolygon([Polygon])
    /// A heterogeneous collection.
    case geometryCollection([Geometry])

    /// The GeoJSON `type` tag of this geometry.
    public var typeName: String {
        switch self {
        case .point: "Point"
        case .multiPoint: "MultiPoint"
        case .lineString: "LineString"
        case .multiLineString: "MultiLineString"
        case .polygon: "Polygon"
        case .multiPolygon: "MultiPolygon"
        case .geometryCollection: "GeometryCollection"
        }
    }

    /// The polygons of this geometry: itself for a polygon, the members of a multipolygon, the
    /// polygonal members of a collection (recursively); empty for points and lines.
    public var polygons: [Polygon] {
        switch self {
        case .polygon(let p): [p]
        case .multiPolygon(let ps): ps
        case .geometryCollection(let gs): gs.flatMap(\.polygons)
        default: []
        }
    }

    /// The line strings of this geometry (rings of polygons are not included).
    public var lineStrings: [[Coordinate]] {
        switch self {
        case .lineString(let l): [l]
        case .multiLineString(let ls): ls
        case .geometryCollection(let gs): gs.flatMap(\.lineStrings)
        default: []
        }
    }

    /// Whether the geometry has area (polygon, multipolygon, or a collection holding one).
    public var isPolygonal: Bool { !polygons.isEmpty }

    /// Calls `body` on every coordinate, in document order.
    public func forEachCoordinate(_ body: (Coordinate) throws -> Void) rethrows {
        switch self {
        case .point(let c): try body(c)
        case .multiPoint(let cs), .lineString(let cs): for c in cs { try body(c) }
        case .multiLineString(let ls): for l in ls { for c in l { try body(c) } }
        case .polygon(let p): for r in p.rings { for c in r { try body(c) } }
        case .multiPolygon(let ps): for p in ps { for r in p.rings { for c in r { try body(c) } } }
        case .geometryCollection(let gs): for g in gs { try g.forEachCoordinate(body) }
        }
    }

    /// The longitude/latitude bounding box, or `nil` when the geometry has no coordinates.
    ///
    /// Planar in degrees; it does not wrap the antimeridian.
    public var boundingBox: BoundingBox? {
        var box: BoundingBox?
        forEachCoordinate { c in
            if box == nil { box = BoundingBox(west: c.longitude, south: c.latitude, east: c.longitude, north: c.latitude) }
            else { box!.extend(c) }
        }
        return box
    }
}
