import GeoCore
import GeoTopology

/// An actor's area inside several regions at one instant, and the ratio of the first two: how a
/// user checks "the area under ISIS control in western Iraq is several times larger than in Syria".
public struct Comparison: Sendable {
    /// One region's share.
    public struct Region: Sendable {
        /// The region as given (a gazetteer name or a file).
        public var name: String
        /// km² of the actor's area inside the region (all claimants considered, dissolved).
        public var areaKm2: Double
        /// km² of the region itself.
        public var regionKm2: Double
        /// Lowest and highest km² across claimants, when more than one claimant has a claim.
        public var rangeKm2: ClosedRange<Double>?
    }

    /// One claimant's view.
    public struct ClaimantView: Sendable {
        /// The claimant.
        public var claimant: String
        /// km² per region, in the order given.
        public var areasKm2: [Double]
        /// First region's km² over the second's, `nil` when the second is 0.
        public var ratio: Double?
    }

    /// The actor.
    public var actor: String
    /// The instant.
    public var at: ClaimDate
    /// The claimant asked for, or `nil` for all.
    public var claimant: String?
    /// The regions, in the order given.
    public var regions: [Region]
    /// First region's km² over the second's (`nil` with fewer than two regions or a zero divisor).
    public var ratio: Double?
    /// Lowest and highest ratio across claimants, when more than one has a claim.
    public var ratioRange: ClosedRange<Double>?
    /// Each claimant's numbers.
    public var claimants: [ClaimantView]
}

extension Timeline {
    /// Compares `actor`'s `control` area at `t` inside each region.
    /// - Parameter regions: names and polygons.
    /// - Throws: `TopologyError` if GEOS fails.
    public func compare(actor: String, at t: ClaimDate, within regions: [(name: String, area: Geometry)], claimant: String? = nil) throws -> Comparison {
        let byClaimant = try controlByClaimant(at: t, claimant: claimant, actor: actor)[actor] ?? [:]
        let shapes = try regions.map { try GEOSGeometry($0.area) }
        func inside(_ area: Geometry) throws -> [Double] {
            let g = try GEOSGeometry(area)
            return try shapes.map { Timeline.km2(Timeline.polygonal(try g.intersection(with: $0).geometry())) }
        }
        func ratio(_ v: [Double]) -> Double? { v.count >= 2 && v[1] > 0 ? v[0] / v[1] : nil }
        var views: [Comparison.ClaimantView] = []
        for name in byClaimant.keys.sorted() {
            guard let area = byClaimant[name]?.area else { continue }
            let v = try inside(area)
            views.append(.init(claimant: name, areasKm2: v, ratio: ratio(v)))
        }
        let total = try inside(try Timeline.dissolve(byClaimant.values.map(\.area)))
        var out: [Comparison.Region] = []
        for (i, r) in regions.enumerated() {
            let values = views.map { $0.areasKm2[i] }
            let range = values.count > 1 ? (values.min() ?? 0)...(values.max() ?? 0) : nil
            out.append(.init(name: r.name, areaKm2: total[i], regionKm2: Timeline.km2(r.area), rangeKm2: range))
        }
        let ratios = views.compactMap(\.ratio)
        return Comparison(actor: actor, at: t, claimant: claimant, regions: out, ratio: ratio(total),
                          ratioRange: views.count > 1 && !ratios.isEmpty ? (ratios.min() ?? 0)...(ratios.max() ?? 0) : nil, claimants: views)
    }
}
