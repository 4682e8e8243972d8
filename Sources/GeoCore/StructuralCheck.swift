/// A problem in a geometry's structure that RFC 7946 forbids, found without GEOS: unclosed
/// rings, rings or lines with too few positions, non-finite or out-of-range coordinates.
public struct StructuralProblem: Hashable, Sendable {
    /// Where inside the geometry, as a JSON path relative to it (`coordinates[0][3]`).
    public var path: String
    /// What is wrong.
    public var reason: String
    /// A position near the problem, when there is one.
    public var location: Coordinate?

    /// Creates a problem record.
    public init(path: String, reason: String, location: Coordinate?) {
        self.path = path
        self.reason = reason
        self.location = location
    }
}

extension Geometry {
    /// Every structural problem in the geometry (empty when it is well formed).
    ///
    /// Checks: positions finite with longitude in [-180, 180] and latitude in [-90, 90]; line
    /// strings of at least 2 positions; linear rings of at least 4 positions, closed.
    /// - Complexity: O(n) in the number of positions.
    public func structuralProblems() -> [StructuralProblem] {
        var out: [StructuralProblem] = []
        check(path: "", into: &out)
        return out
    }

    private func check(path: String, into out: inout [StructuralProblem]) {
        func positions(_ cs: [Coordinate], _ p: String) {
            for (i, c) in cs.enumerated() {
                if !c.longitude.isFinite || !c.latitude.isFinite {
                    out.append(StructuralProblem(path: "\(p)[\(i)]", reason: "position is not a finite number", location: nil))
                } else if abs(c.longitude) > 180 || abs(c.latitude) > 90 {
                    out.append(StructuralProblem(path: "\(p)[\(i)]", reason: "position (\(c.longitude), \(c.latitude)) is outside longitude ±180 / latitude ±90", location: c))
                }
            }
        }
        func line(_ cs: [Coordinate], _ p: String) {
            positions(cs, p)
            if cs.count < 2 {
                out.append(StructuralProblem(path: p, reason: "a line string needs at least 2 positions, has \(cs.count)", location: cs.first))
            }
        }
        func polygon(_ poly: Polygon, _ p: String) {
            for (i, r) in poly.rings.enumerated() {
                let rp = "\(p)[\(i)]"
                positions(r, rp)
                if r.count < 4 {
                    out.append(StructuralProblem(path: rp, reason: "a linear ring needs at least 4 positions, has \(r.count)", location: r.first))
                } else if r.first!.longitude != r.last!.longitude || r.first!.latitude != r.last!.latitude {
                    out.append(StructuralProblem(path: rp, reason: "ring is not closed (last position differs from the first)", location: r.last))
                }
            }
        }
        let c = path.isEmpty ? "coordinates" : "\(path).coordinates"
        switch self {
        case .point(let p): positions([p], c)
        case .multiPoint(let ps): positions(ps, c)
        case .lineString(let l): line(l, c)
        case .multiLineString(let ls): for (i, l) in ls.enumerated() { line(l, "\(c)[\(i)]") }
        case .polygon(let p): polygon(p, c)
        case .multiPolygon(let ps): for (i, p) in ps.enumerated() { polygon(p, "\(c)[\(i)]") }
        case .geometryCollection(let gs):
            for (i, g) in gs.enumerated() {
                g.check(path: path.isEmpty ? "geometries[\(i)]" : "\(path).geometries[\(i)]", into: &out)
            }
        }
    }

    /// A copy with unclosed rings closed and degenerate rings/lines dropped — the structural
    /// repair done before GEOS's make-valid.
    public func structurallyRepaired() -> Geometry {
        func fix(_ poly: Polygon) -> Polygon? {
            var rings: [[Coordinate]] = []
            for (i, var r) in poly.rings.enumerated() {
                r.removeAll { !$0.longitude.isFinite || !$0.latitude.isFinite }
                if let f = r.first, let l = r.last, f.longitude != l.longitude || f.latitude != l.latitude { r.append(f) }
                if r.count >= 4 { rings.append(r) } else if i == 0 { return nil }
            }
            return rings.isEmpty ? nil : Polygon(rings: rings)
        }
        switch self {
        case .polygon(let p): return fix(p).map { .polygon($0) } ?? .multiPolygon([])
        case .multiPolygon(let ps): return .multiPolygon(ps.compactMap(fix))
        case .lineString(let l): return l.count >= 2 ? self : .multiLineString([])
        case .multiLineString(let ls): return .multiLineString(ls.filter { $0.count >= 2 })
        case .geometryCollection(let gs): return .geometryCollection(gs.map { $0.structurallyRepaired() })
        default: return self
        }
    }
}
