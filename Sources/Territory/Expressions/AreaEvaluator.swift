import Foundation
import Gazetteer
import GeoCore
import Geodesy
import GeoTopology

/// Turns ``AreaExpression``s into polygons with the gazetteer, GEOS and PROJ.
///
/// Names resolve to the gazetteer's best match (with `focus` countries as context); a name must
/// match a name or alternate (by folding or transliteration key), never only by edit distance, so
/// a typo is an error with suggestions rather than a silently different place. Areas are the
/// gazetteer's polygons (countries, provinces, curated regions); a qualified name the gazetteer
/// lacks ("northern Anbar") is read as the qualified part of the named area.
public struct AreaEvaluator: Sendable {
    /// The gazetteer names resolve in.
    public let gazetteer: Gazetteer
    /// Countries to prefer when a name is ambiguous (ISO alpha-2).
    public var focus: [String]
    /// Largest distance in km a corridor's end town may lie from its river.
    public var maximumTownToRiverKm = 50.0

    /// An evaluator over `gazetteer`, preferring places in `focus`.
    public init(gazetteer: Gazetteer, focus: [String] = []) {
        self.gazetteer = gazetteer
        self.focus = focus
    }

    /// The polygons of `expression` (WGS84 longitude/latitude, dissolved, valid).
    /// - Throws: `TerritoryError` for unknown places, point places used as areas, empty results;
    ///   `TopologyError` / `GeodesyError` if GEOS or PROJ fail.
    public func evaluate(_ expression: AreaExpression) throws -> Geometry {
        let g = try area(expression)
        guard !g.polygons.isEmpty else { throw TerritoryError.badExpression("\(expression.jsonText) is an empty area") }
        return polygonal(try GEOSGeometry(g).densified(maxSegment: Self.maxSegmentDegrees).geometry())
    }

    /// Longest edge, in degrees, of an evaluated area (≈ 5.5 km of latitude). Gazetteer polygons are
    /// digitised as straight lines in longitude/latitude; densifying them makes those lines and the
    /// geodesics that area measurement follows agree, so overlays and areas stay consistent (an
    /// intersection is never measured larger than its operands).
    public static let maxSegmentDegrees = 0.05

    private func area(_ e: AreaExpression) throws -> Geometry {
        switch e {
        case .place(let name):
            return try namedArea(name)
        case .buffer(let around, let km):
            let base: Geometry
            if case .place(let name) = around {
                let (place, shape) = try resolve(name)
                base = shape ?? .point(place.coordinate)
            } else {
                base = try area(around)
            }
            return polygonal(try MetricOperations.buffer(base, metres: km * 1000))
        case .corridor(let river, let from, let to, let km):
            return polygonal(try MetricOperations.buffer(.lineString(try reach(of: river, from: from, to: to)), metres: km * 1000))
        case .side(let river, let which, let within):
            return try side(which, of: try riverLine(river), within: try area(within))
        case .part(let of, let which):
            guard let part = try QualifiedPart.part(of: try area(of), which: which) else {
                throw TerritoryError.badExpression("no \(which) part of \(of.jsonText)")
            }
            return polygonal(part)
        case .union(let es):
            return polygonal(try GEOSGeometry.unaryUnion(es.map { try GEOSGeometry(try area($0)) }).geometry())
        case .intersection(let es):
            var acc = try GEOSGeometry(try area(es[0]))
            for e in es.dropFirst() { acc = try acc.intersection(with: GEOSGeometry(try area(e))) }
            return polygonal(try acc.geometry())
        case .difference(let es):
            let rest = try GEOSGeometry.unaryUnion(es.dropFirst().map { try GEOSGeometry(try area($0)) })
            return polygonal(try GEOSGeometry(try area(es[0])).difference(with: rest).geometry())
        case .geometry(let g):
            try Self.checkValid(g, what: "literal geometry")
            return polygonal(g)
        }
    }

    /// Throws `TerritoryError.invalidGeometry` with GEOS's reason and location when `g` is invalid
    /// or not polygonal.
    public static func checkValid(_ g: Geometry, what: String) throws {
        guard g.isPolygonal else { throw TerritoryError.invalidGeometry("\(what) is a \(g.typeName), not a Polygon or MultiPolygon") }
        if let problem = try GEOSGeometry(g).validityProblem() {
            let at = problem.location.map { " at \($0.longitude),\($0.latitude)" } ?? ""
            throw TerritoryError.invalidGeometry("\(what): \(problem.reason)\(at)")
        }
    }

    /// Only the polygons of `g`, as one multipolygon.
    private func polygonal(_ g: Geometry) -> Geometry {
        let ps = g.polygons
        return ps.count == 1 ? .polygon(ps[0]) : .multiPolygon(ps)
    }

    /// The best gazetteer match for `name` and its polygon or line, if it has one.
    public func resolve(_ name: String, near: [Coordinate] = []) throws -> (Place, Geometry?) {
        let results = gazetteer.resolve(name, context: ResolutionContext(countries: focus, near: near), limit: 3)
        guard let best = results.first, best.match != .fuzzy else {
            // "Deir ez-Zoor provinse": suggest for the name without its head word too.
            var words = name.split(separator: " ")
            if words.count > 1, let last = words.last, Self.headWords.contains(last.lowercased()) || last.count > 5 && EditDistance.distance(Array(last.lowercased().utf8), Array("province".utf8), limit: 2) <= 2 {
                words.removeLast()
            }
            let stripped = words.joined(separator: " ")
            let suggestions = results.filter { $0.match == .fuzzy }.map(\.place.name) + gazetteer.suggestions(for: name, limit: 3)
                + (stripped != name ? gazetteer.suggestions(for: stripped, limit: 3) : [])
            var seen = Set<String>()
            throw TerritoryError.unknownPlace(name, suggestions: Array(suggestions.filter { seen.insert($0).inserted }.prefix(3)))
        }
        return (best.place, try gazetteer.geometry(for: best.place))
    }

    static let headWords: Set<String> = ["province", "governorate", "district", "city", "town", "river", "valley", "region", "area"]

    private func namedArea(_ name: String) throws -> Geometry {
        do {
            let (place, shape) = try resolve(name)
            if let shape, shape.isPolygonal { return polygonal(shape) }
            if let (which, rest) = Self.qualifier(name) { return try area(.part(of: .place(rest), which: which)) }
            throw TerritoryError.notAnArea(name, kind: place.kind.rawValue)
        } catch TerritoryError.unknownPlace(let n, let suggestions) {
            if let (which, rest) = Self.qualifier(name) { return try area(.part(of: .place(rest), which: which)) }
            throw TerritoryError.unknownPlace(n, suggestions: suggestions)
        }
    }

    /// "western Iraq", "the north-east of Syria", "northern part of Anbar" → ("west", "Iraq").
    static func qualifier(_ name: String) -> (String, String)? {
        var words = name.lowercased().withoutHyphens.split(separator: " ").map(String.init)
        let original = name.split(separator: " ").map(String.init)
        var offset = 0
        if words.first == "the" { words.removeFirst(); offset += 1 }
        guard let first = words.first else { return nil }
        let adjectives = ["northern": "north", "southern": "south", "eastern": "east", "western": "west", "central": "central",
                          "northwestern": "northwest", "northeastern": "northeast", "southwestern": "southwest", "southeastern": "southeast",
                          "north": "north", "south": "south", "east": "east", "west": "west",
                          "northwest": "northwest", "northeast": "northeast", "southwest": "southwest", "southeast": "southeast"]
        guard let which = adjectives[first] else { return nil }
        var skip = 1
        if words.count > 2, ["part", "parts", "region", "areas", "area"].contains(words[1]), words[2] == "of" { skip = 3 }
        else if words.count > 1, words[1] == "of" { skip = 2 }
        let rest = original.dropFirst(offset + skip).joined(separator: " ")
        return rest.isEmpty ? nil : (which, rest)
    }

    private func riverLine(_ name: String) throws -> [Coordinate] {
        let (place, shape) = try resolve(name)
        guard place.kind == .river, let shape, let line = shape.lineStrings.max(by: { $0.count < $1.count }) else {
            throw TerritoryError.badExpression("\"\(name)\" is a \(place.kind.rawValue), not a river with a line in the gazetteer")
        }
        return line
    }

    /// The stretch of `river` between the points nearest to the towns `from` and `to`.
    func reach(of river: String, from: String, to: String) throws -> [Coordinate] {
        let line = try riverLine(river)
        let a = try station(of: from, on: line, river: river)
        let b = try station(of: to, on: line, river: river)
        return Self.substring(of: line, from: min(a, b), to: max(a, b))
    }

    /// Where along `line` (segment index + fraction) the point of `town` projects.
    private func station(of town: String, on line: [Coordinate], river: String) throws -> Double {
        // Towns along the river rank higher: "Rawa" is the Iraqi town on the Euphrates, not the Polish one.
        let stride = max(1, line.count / 12)
        let (place, _) = try resolve(town, near: Swift.stride(from: 0, to: line.count, by: stride).map { line[$0] })
        let p = place.coordinate
        let (s, q) = Self.project(p, on: line)
        let km = GeodesicLine.distanceMetres(p, q) / 1000
        guard km <= maximumTownToRiverKm else {
            throw TerritoryError.badExpression("\"\(town)\" (\(place.name)) is \(Int(km.rounded())) km from the \(river), more than \(Int(maximumTownToRiverKm)) km")
        }
        return s
    }

    /// The station (segment index + fraction) and point of `line` nearest `p`, in a plane scaled
    /// by cos(latitude) (adequate for ordering along a river).
    static func project(_ p: Coordinate, on line: [Coordinate]) -> (Double, Coordinate) {
        var best = (d: Double.infinity, s: 0.0, q: line.first ?? p)
        let k = cos(p.latitude * .pi / 180)
        for i in 0..<max(0, line.count - 1) {
            let a = line[i], b = line[i + 1]
            let ax = (a.longitude - p.longitude) * k, ay = a.latitude - p.latitude
            let dx = (b.longitude - a.longitude) * k, dy = b.latitude - a.latitude
            let len2 = dx * dx + dy * dy
            let t = len2 > 0 ? min(1, max(0, -(ax * dx + ay * dy) / len2)) : 0
            let x = ax + t * dx, y = ay + t * dy
            let d = x * x + y * y
            if d < best.d {
                best = (d, Double(i) + t, Coordinate(longitude: a.longitude + t * (b.longitude - a.longitude), latitude: a.latitude + t * (b.latitude - a.latitude)))
            }
        }
        return (best.s, best.q)
    }

    /// The part of `line` between two stations.
    static func substring(of line: [Coordinate], from s0: Double, to s1: Double) -> [Coordinate] {
        func at(_ s: Double) -> Coordinate {
            let i = min(Int(s), line.count - 2), t = s - Double(i)
            let a = line[i], b = line[i + 1]
            return Coordinate(longitude: a.longitude + t * (b.longitude - a.longitude), latitude: a.latitude + t * (b.latitude - a.latitude))
        }
        var out = [at(s0)]
        var i = Int(s0) + 1
        while Double(i) < s1 { out.append(line[i]); i += 1 }
        out.append(at(s1))
        return out.count >= 2 && out[0] != out[out.count - 1] ? out : [out[0], line[min(Int(s0) + 1, line.count - 1)]]
    }

    /// The part of `area` on side `which` of the river `line`: the area is cut along the river
    /// (GEOS node + polygonize) and each piece goes to the side its interior point lies on,
    /// relative to the nearest point of the river.
    func side(_ which: String, of line: [Coordinate], within area: Geometry) throws -> Geometry {
        let shape = try GEOSGeometry(area)
        let cut = try GEOSGeometry.unaryUnion([try shape.boundary(), try GEOSGeometry(.lineString(line))])
        let river = try GEOSGeometry(.lineString(line))
        var keep: [GEOSGeometry] = []
        for face in try cut.polygonized().geometry().polygons {
            let piece = try GEOSGeometry(.polygon(face))
            guard case .point(let p) = try piece.pointOnSurface().geometry(), try shape.contains(GEOSGeometry(.point(p))) else { continue }
            let q = try river.nearestPoint(to: p)
            let onSide = switch which {
            case "east": p.longitude > q.longitude
            case "west": p.longitude < q.longitude
            case "north": p.latitude > q.latitude
            default: p.latitude < q.latitude
            }
            if onSide { keep.append(piece) }
        }
        guard !keep.isEmpty else { return .multiPolygon([]) }
        return polygonal(try GEOSGeometry.unaryUnion(keep).geometry())
    }
}

extension String {
    /// The text with hyphens and dashes removed ("north-western" → "northwestern").
    var withoutHyphens: String { String(filter { $0 != "-" && $0 != "‐" && $0 != "–" }) }
}
