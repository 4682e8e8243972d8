import GeoCore
import Geodesy
import GeoTopology

/// All claims, and what they add up to at a date or between dates.
///
/// Rules (documented in the README):
/// - A *series* is the claims of one actor, by one claimant, with one status.
/// - At instant `t` a series is in effect through its claims with the latest `from ≤ t` among those
///   whose own interval covers `t` (`to` unset or after `t`); several claims with that same `from`
///   add up (union). So a newer claim supersedes an older one of the same series, and a claim with
///   `to` ends then even if nothing replaces it.
/// - An actor's area at `t` is the union of its `control` series over the claimants considered.
public struct Timeline: Sendable {
    /// The claims, in store order.
    public let claims: [Claim]

    /// A timeline over `claims`.
    public init(claims: [Claim]) { self.claims = claims }

    /// Identifies a series.
    public struct SeriesKey: Hashable, Sendable, Comparable {
        /// Canonical actor name.
        public var actor: String
        /// The claimant ("" when unknown).
        public var claimant: String
        /// The claims' status.
        public var status: ClaimStatus

        /// Orders by actor, claimant, then status.

        public static func < (a: SeriesKey, b: SeriesKey) -> Bool {
            (a.actor, a.claimant, a.status) < (b.actor, b.claimant, b.status)
        }
    }

    /// Claims grouped by series, each sorted by `from`.
    public func series(claimant: String? = nil) -> [SeriesKey: [Claim]] {
        var out: [SeriesKey: [Claim]] = [:]
        for c in claims where claimant == nil || c.claimant == claimant {
            out[SeriesKey(actor: c.actor, claimant: c.claimant, status: c.status), default: []].append(c)
        }
        for k in out.keys { out[k]?.sort { ($0.from, $0.id ?? 0) < ($1.from, $1.id ?? 0) } }
        return out
    }

    /// The claims of one series in effect at `t` (see the type's rules).
    public static func inEffect(_ series: [Claim], at t: ClaimDate) -> [Claim] {
        let covering = series.filter { $0.covers(t) }
        guard let latest = covering.map(\.from).max() else { return [] }
        return covering.filter { $0.from == latest }
    }

    /// The claims in effect at `t` for every series (optionally of one claimant).
    public func inEffect(at t: ClaimDate, claimant: String? = nil) -> [SeriesKey: [Claim]] {
        var out: [SeriesKey: [Claim]] = [:]
        for (k, s) in series(claimant: claimant) {
            let active = Self.inEffect(s, at: t)
            if !active.isEmpty { out[k] = active }
        }
        return out
    }

    /// Dissolves the claims' geometries into one (multi)polygon.
    public static func dissolve(_ claims: [Claim]) throws -> Geometry {
        try dissolve(claims.map(\.geometry))
    }

    /// Dissolves geometries into one (multi)polygon (`GEOSUnaryUnion_r`).
    public static func dissolve(_ geometries: [Geometry]) throws -> Geometry {
        if geometries.isEmpty { return .multiPolygon([]) }
        if geometries.count == 1 { return polygonal(geometries[0]) }
        return polygonal(try GEOSGeometry.unaryUnion(geometries.map { try GEOSGeometry($0) }).geometry())
    }

    /// Only the polygons of `g`, as a Polygon or MultiPolygon.
    public static func polygonal(_ g: Geometry) -> Geometry {
        let ps = g.polygons
        return ps.count == 1 ? .polygon(ps[0]) : .multiPolygon(ps)
    }

    /// Geodesic km² of a geometry (WGS84, GeographicLib's algorithm through PROJ).
    public static func km2(_ g: Geometry) -> Double { GeodesicArea.areaKm2(g) }

    /// Each actor's `control` area at `t` per claimant: actor → claimant → (claims, area).
    public func controlByClaimant(at t: ClaimDate, claimant: String? = nil, actor: String? = nil) throws -> [String: [String: (claims: [Claim], area: Geometry)]] {
        let series = inEffect(at: t, claimant: claimant).filter { $0.key.status == .control && (actor == nil || $0.key.actor == actor) }.map { $0 }
        let areas = try series.parallelMap { try Self.dissolve($0.value) }
        var out: [String: [String: (claims: [Claim], area: Geometry)]] = [:]
        for ((k, active), area) in zip(series, areas) { out[k.actor, default: [:]][k.claimant] = (active, area) }
        return out
    }

    /// Each actor's `control` area at `t`, dissolved over the claimants considered.
    public func control(at t: ClaimDate, claimant: String? = nil, actor: String? = nil) throws -> [String: (claims: [Claim], area: Geometry)] {
        let byActor = try controlByClaimant(at: t, claimant: claimant, actor: actor).map { $0 }
        let areas = try byActor.parallelMap { try Self.dissolve($0.value.values.map(\.area)) }
        var out: [String: (claims: [Claim], area: Geometry)] = [:]
        for ((a, byClaimant), area) in zip(byActor, areas) { out[a] = (byClaimant.values.flatMap(\.claims), area) }
        return out
    }

    /// Every distinct instant at which some claim starts or ends, sorted.
    public var instants: [ClaimDate] {
        var set = Set<Double>()
        var out: [ClaimDate] = []
        for c in claims {
            for d in [c.from] + (c.to.map { [$0] } ?? []) where set.insert(d.seconds).inserted { out.append(d) }
        }
        return out.sorted()
    }
}
