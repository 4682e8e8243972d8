import GeoCore

/// A `coordinates` member as parsed, before the `type` says what it must be.
enum ParsedCoordinates {
    case position(Coordinate)
    case positions([Coordinate])
    case rings([[Coordinate]])
    case polygons([[[Coordinate]]])
    /// Nesting that could not be typed while reading (empty innermost arrays): kept as JSON.
    case generic(JSONValue)

    /// Nesting depth: 1 for a position, 2 for a list of positions, …
    var depth: Int? {
        switch self {
        case .position: 1
        case .positions: 2
        case .rings: 3
        case .polygons: 4
        case .generic: nil
        }
    }

    /// The value as plain JSON (for foreign members that happened to be called `coordinates`).
    var jsonValue: JSONValue {
        func pos(_ c: Coordinate) -> JSONValue {
            .array([.number(c.longitude), .number(c.latitude)] + (c.altitude.map { [.number($0)] } ?? []))
        }
        switch self {
        case .position(let c): return pos(c)
        case .positions(let cs): return .array(cs.map(pos))
        case .rings(let rs): return .array(rs.map { .array($0.map(pos)) })
        case .polygons(let ps): return .array(ps.map { .array($0.map { .array($0.map(pos)) }) })
        case .generic(let v): return v
        }
    }
}
