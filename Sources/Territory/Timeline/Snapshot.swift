import GeoCore
import GeoTopology

/// One area of a snapshot, a change or a disagreement, with its km².
public struct TerritoryArea: Sendable {
    /// The actor, or for a contested overlap the actors joined with " / ".
    public var actor: String
    /// The actors involved (one, or two for a contested overlap).
    public var actors: [String]
    /// `control`, `contested`, `attack`, `support`.
    public var status: ClaimStatus
    /// The claimants whose claims make up the area.
    public var claimants: [String]
    /// Store ids of those claims.
    public var claimIDs: [Int64]
    /// Their sources, deduplicated.
    public var sources: [String]
    /// The polygons.
    public var geometry: Geometry
    /// Geodesic area of ``geometry`` in km².
    public var areaKm2: Double
    /// Extra labelled values (`change`, `claimed_km2`, `only`) for the output's properties.
    public var extra: [(key: String, value: String)] = []
    /// Extra numbers (`claimed_km2`).
    public var extraNumbers: [(key: String, value: Double)] = []

    init(actors: [String], status: ClaimStatus, claims: [Claim], geometry: Geometry) {
        actor = actors.joined(separator: " / ")
        self.actors = actors
        self.status = status
        claimants = Array(Set(claims.map(\.claimant))).sorted()
        claimIDs = claims.compactMap(\.id).sorted()
        var seen = Set<String>()
        sources = claims.map(\.source).filter { !$0.isEmpty && seen.insert($0).inserted }
        self.geometry = Timeline.polygonal(geometry)
        areaKm2 = Timeline.km2(self.geometry)
    }
}

/// Who holds what at one instant.
public struct Snapshot: Sendable {
    /// The instant.
    public var at: ClaimDate
    /// The claimant considered, or `nil` for all.
    public var claimant: String?
    /// Per actor its area without the overlaps (status `control`), the overlaps between actors
    /// (status `contested`, naming both), then other statuses' areas; by actor.
    public var areas: [TerritoryArea]
}

extension Timeline {
    /// The snapshot at `t` (see ``Snapshot`` and the rules on ``Timeline``).
    ///
    /// Each actor's feature is its dissolved `control` area minus the parts other actors also
    /// claim; each overlap of two actors' areas is a separate `contested` feature, so features do
    /// not overlap and their km² add up. `claimed_km2` gives the actor's whole claimed area.
    /// - Throws: `TopologyError` if GEOS fails.
    public func snapshot(at t: ClaimDate, claimant: String? = nil) throws -> Snapshot {
        let control = try self.control(at: t, claimant: claimant)
        let actors = control.keys.sorted()
        var built: [String: GEOSGeometry] = [:]
        for (a, c) in control { built[a] = try GEOSGeometry(c.area) }
        let shapes = built
        var pairs: [(String, String)] = []
        for (i, a) in actors.enumerated() {
            for b in actors[(i + 1)...] {
                guard let ba = control[a]?.area.boundingBox, let bb = control[b]?.area.boundingBox, ba.intersects(bb) else { continue }
                pairs.append((a, b))
            }
        }
        // Pairwise overlaps on all cores; bounding boxes have already ruled out most pairs.
        let overlapShapes = try pairs.parallelMap { (a, b) -> Geometry? in
            guard let ga = shapes[a], let gb = shapes[b], try ga.intersects(gb) else { return nil }
            let inter = Timeline.polygonal(try ga.intersection(with: gb).geometry())
            return inter.polygons.isEmpty || Timeline.km2(inter) <= 1e-6 ? nil : inter
        }
        let overlapAreas = zip(pairs, overlapShapes).compactMap { pair, inter in inter.map { (pair, $0) } }
        var overlapped: [String: [Geometry]] = [:]
        for ((a, b), inter) in overlapAreas {
            overlapped[a, default: []].append(inter)
            overlapped[b, default: []].append(inter)
        }
        let others = overlapped
        // Each actor's own part and each overlap's feature (areas measured) on all cores.
        var areas = try actors.parallelMap { a -> TerritoryArea? in
            guard let (claims, whole) = control[a], let shape = shapes[a] else { return nil }
            var own = whole
            if let parts = others[a] {
                own = Timeline.polygonal(try shape.difference(with: GEOSGeometry.unaryUnion(try parts.map { try GEOSGeometry($0) })).geometry())
            }
            var area = TerritoryArea(actors: [a], status: .control, claims: claims, geometry: own)
            area.extraNumbers.append((key: "claimed_km2", value: Timeline.km2(whole)))
            return area
        }.compactMap { $0 }
        let overlaps = try overlapAreas.parallelMap { pair, inter in
            TerritoryArea(actors: [pair.0, pair.1], status: .contested, claims: (control[pair.0]?.claims ?? []) + (control[pair.1]?.claims ?? []), geometry: inter)
        }
        areas += overlaps
        var other: [String: [Claim]] = [:]
        for (k, active) in inEffect(at: t, claimant: claimant) where k.status != .control {
            other["\(k.actor)\t\(k.status.rawValue)", default: []] += active
        }
        for key in other.keys.sorted() {
            guard let claims = other[key], let first = claims.first else { continue }
            areas.append(TerritoryArea(actors: [first.actor], status: first.status, claims: claims, geometry: try Timeline.dissolve(claims)))
        }
        return Snapshot(at: t, claimant: claimant, areas: areas)
    }

    /// Gains and losses of each actor's `control` area between two instants.
    ///
    /// For each actor: `gained` = area at `to` minus area at `from`; `lost` = the reverse.
    /// - Throws: `TopologyError` if GEOS fails.
    public func changes(from t0: ClaimDate, to t1: ClaimDate, actor: String? = nil, claimant: String? = nil) throws -> [TerritoryArea] {
        let before = try control(at: t0, claimant: claimant, actor: actor)
        let after = try control(at: t1, claimant: claimant, actor: actor)
        var out: [TerritoryArea] = []
        for a in Set(before.keys).union(after.keys).sorted() {
            let g0 = try GEOSGeometry(before[a]?.area ?? .multiPolygon([]))
            let g1 = try GEOSGeometry(after[a]?.area ?? .multiPolygon([]))
            let claims0 = before[a]?.claims ?? [], claims1 = after[a]?.claims ?? []
            var gained = TerritoryArea(actors: [a], status: .control, claims: claims1, geometry: try g1.difference(with: g0).geometry())
            gained.extra.append((key: "change", value: "gained"))
            var lost = TerritoryArea(actors: [a], status: .control, claims: claims0, geometry: try g0.difference(with: g1).geometry())
            lost.extra.append((key: "change", value: "lost"))
            out += [gained, lost]
        }
        return out
    }

    /// Where two claimants' maps differ at `t`: per actor, what only the first claims, what only
    /// the second claims (and, as `claimed_by_both_km2`, what both claim).
    /// - Throws: `TopologyError` if GEOS fails.
    public func disagreement(at t: ClaimDate, between c1: String, and c2: String) throws -> [TerritoryArea] {
        let first = try control(at: t, claimant: c1)
        let second = try control(at: t, claimant: c2)
        var out: [TerritoryArea] = []
        for a in Set(first.keys).union(second.keys).sorted() {
            let g1 = try GEOSGeometry(first[a]?.area ?? .multiPolygon([]))
            let g2 = try GEOSGeometry(second[a]?.area ?? .multiPolygon([]))
            let both = Timeline.km2(Timeline.polygonal(try g1.intersection(with: g2).geometry()))
            for (claimant, mine, theirs, claims) in [(c1, g1, g2, first[a]?.claims ?? []), (c2, g2, g1, second[a]?.claims ?? [])] {
                var area = TerritoryArea(actors: [a], status: .control, claims: claims, geometry: try mine.difference(with: theirs).geometry())
                area.claimants = [claimant]
                area.extra.append((key: "only", value: claimant))
                area.extraNumbers.append((key: "claimed_by_both_km2", value: both))
                out.append(area)
            }
        }
        return out
    }
}
