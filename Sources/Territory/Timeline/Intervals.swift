import GeoCore

/// A stretch of time over which one series' area stays the same.
public struct TimelineInterval: Sendable {
    /// The series (actor, claimant, status).
    public var key: Timeline.SeriesKey
    /// When it starts.
    public var start: ClaimDate
    /// When it ends (exclusive), or `nil` when it is still in effect.
    public var end: ClaimDate?
    /// The claims in effect throughout.
    public var claims: [Claim]
    /// Their dissolved area.
    public var geometry: Geometry
    /// Geodesic km² of ``geometry``.
    public var areaKm2: Double
}

extension Timeline {
    /// Every series cut into intervals of constant area, ordered by start, then actor, claimant
    /// and status. Adjacent instants with the same claims in effect are merged.
    /// - Complexity: O(k²) per series of k claims, plus one union per interval with several claims.
    /// - Throws: `TopologyError` if GEOS fails.
    public func intervals(claimant: String? = nil, actor: String? = nil) throws -> [TimelineInterval] {
        var out: [TimelineInterval] = []
        for (key, series) in self.series(claimant: claimant) where actor == nil || key.actor == actor {
            var instants: [ClaimDate] = []
            var seen = Set<Double>()
            for c in series {
                for d in [c.from] + (c.to.map { [$0] } ?? []) where seen.insert(d.seconds).inserted { instants.append(d) }
            }
            instants.sort()
            var current: (start: ClaimDate, claims: [Claim], ids: [Int64])?
            func close(at end: ClaimDate?) throws {
                guard let c = current, !c.claims.isEmpty else { return }
                let g = try Timeline.dissolve(c.claims)
                out.append(TimelineInterval(key: key, start: c.start, end: end, claims: c.claims, geometry: g, areaKm2: Timeline.km2(g)))
            }
            for t in instants {
                let active = Timeline.inEffect(series, at: t)
                let ids = active.map { $0.id ?? -1 }.sorted()
                if let c = current, c.ids == ids, ids.allSatisfy({ $0 >= 0 }) { continue }
                try close(at: t)
                current = (t, active, ids)
            }
            try close(at: nil)
        }
        out.sort { ($0.start, $0.key) < ($1.start, $1.key) }
        return out
    }
}
