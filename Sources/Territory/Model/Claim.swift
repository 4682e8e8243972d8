import GeoCore

/// One claim of control: who (``actor``) holds what (``geometry``) from when (``from``), according
/// to whom (``claimant``) and where it was said (``source``).
///
/// A claim without ``to`` holds until the same claimant says something newer about the same
/// actor and status ("latest claim per claimant wins"); with ``to`` it also ends then.
public struct Claim: Sendable, Hashable {
    /// Store id (`fid` in the GeoPackage); `nil` until stored.
    public var id: Int64?
    /// Canonical actor name (see ``ActorRegistry``).
    public var actor: String
    /// Who says so ("Russian MoD", "CJTF-OIR"); empty when unknown.
    public var claimant: String
    /// URL or citation.
    public var source: String
    /// Where in the source: an article span such as `1234-1310` (code points, end exclusive), or free text.
    public var sourceSpan: String
    /// Start of validity.
    public var from: ClaimDate
    /// End of validity (exclusive), or `nil` for "until superseded".
    public var to: ClaimDate?
    /// What the actor does there.
    public var status: ClaimStatus
    /// How precise the area is, in the claimant's or analyst's words ("approximate", "5 km").
    public var precision: String
    /// Free text.
    public var note: String
    /// The area expression as written (JSON text), or empty when the area was given as a geometry.
    public var expression: String
    /// The area, resolved: WGS84 longitude/latitude polygons.
    public var geometry: Geometry
    /// Geodesic area of ``geometry`` in km².
    public var areaKm2: Double

    /// Makes a claim.
    public init(id: Int64? = nil, actor: String, claimant: String = "", source: String = "", sourceSpan: String = "", from: ClaimDate, to: ClaimDate? = nil, status: ClaimStatus = .control, precision: String = "", note: String = "", expression: String = "", geometry: Geometry, areaKm2: Double) {
        self.id = id
        self.actor = actor
        self.claimant = claimant
        self.source = source
        self.sourceSpan = sourceSpan
        self.from = from
        self.to = to
        self.status = status
        self.precision = precision
        self.note = note
        self.expression = expression
        self.geometry = geometry
        self.areaKm2 = areaKm2
    }

    /// Whether the claim's own interval covers `instant` (`from ≤ t`, and `t < to` when `to` is set).
    public func covers(_ instant: ClaimDate) -> Bool {
        from <= instant && (to.map { instant < $0 } ?? true)
    }
}
