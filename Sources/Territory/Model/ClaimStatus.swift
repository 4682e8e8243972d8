/// What a claim says an actor does in an area, after ISW's map zones.
public enum ClaimStatus: String, Sendable, CaseIterable, Codable, Comparable {
    /// The actor holds the area (the default).
    case control
    /// The actor holds it against active opposition.
    case contested
    /// The actor attacks into the area.
    case attack
    /// The actor has support zones or cells there without holding it.
    case support

    /// Parses a status name, case-insensitively.
    /// - Throws: `TerritoryError.badField` naming the accepted values.
    public init(parsing text: String) throws(TerritoryError) {
        guard let s = ClaimStatus(rawValue: text.lowercased()) else {
            throw .badField("status", reason: "\"\(text)\" is not one of \(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = s
    }

    public static func < (a: ClaimStatus, b: ClaimStatus) -> Bool {
        a.rank < b.rank
    }

    private var rank: Int {
        switch self {
        case .control: 0
        case .contested: 1
        case .attack: 2
        case .support: 3
        }
    }
}
