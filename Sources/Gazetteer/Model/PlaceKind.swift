/// What kind of place a gazetteer entry is.
public enum PlaceKind: String, Sendable, CaseIterable, Codable {
    case country, admin1, admin2, city, river, valley, region, mountain, lake, dam, airport, military, oilfield, crossing, landmark
    /// (Added last: a kind's index code is its position, and older indexes keep theirs.)
    case island, sea

    /// A compact code for the binary index: the kind's position among `allCases` (a switch, as
    /// the query cache hashes it on every lookup with a kind hint; a test checks the positions).
    var code: UInt8 {
        switch self {
        case .country: 0
        case .admin1: 1
        case .admin2: 2
        case .city: 3
        case .river: 4
        case .valley: 5
        case .region: 6
        case .mountain: 7
        case .lake: 8
        case .dam: 9
        case .airport: 10
        case .military: 11
        case .oilfield: 12
        case .crossing: 13
        case .landmark: 14
        case .island: 15
        case .sea: 16
        }
    }

    init?(code: UInt8) {
        guard Int(code) < Self.allCases.count else { return nil }
        self = Self.allCases[Int(code)]
    }

    /// Whether this kind is an area rather than a point-like place (for precision codes).
    var isArea: Bool {
        switch self {
        case .country, .admin1, .admin2, .region, .valley, .mountain, .lake, .river, .island, .sea: true
        default: false
        }
    }

    /// The kind a GeoNames feature class and code describe.
    public static func fromGeoNames(featureClass: String, featureCode: String) -> PlaceKind {
        switch (featureClass, featureCode) {
        case ("A", let c) where c.hasPrefix("PCL"): .country
        case ("A", "ADM1"), ("A", "ADM1H"): .admin1
        case ("A", "ADM2"), ("A", "ADM2H"): .admin2
        case ("A", _): .region
        case ("P", _): .city
        case ("H", "STM"), ("H", "STMS"), ("H", "STMI"), ("H", "STMX"), ("H", "CNL"), ("H", "WAD"), ("H", "WADS"): .river
        case ("H", let c) where c.hasPrefix("LK") || c == "RSV": .lake
        case ("H", "SEA"), ("H", "GULF"), ("H", "STRT"), ("H", "STRTS"), ("H", "OCN"), ("H", "SD"), ("H", "BAY"), ("H", "BAYS"), ("H", "CHN"): .sea
        case ("H", _): .landmark
        case ("T", "VAL"), ("T", "VALS"), ("T", "VALX"): .valley
        case ("T", "MT"), ("T", "MTS"), ("T", "HLL"), ("T", "HLLS"), ("T", "PK"), ("T", "RDGE"): .mountain
        case ("T", "ISL"), ("T", "ISLS"), ("T", "ISLET"), ("T", "ISLF"), ("T", "ISLM"), ("T", "ISLT"), ("T", "ISLX"), ("T", "ATOL"): .island
        case ("T", _): .region
        case ("L", "OILF"), ("L", "GASF"): .oilfield
        case ("L", "MILB"): .military
        case ("L", _): .region
        case ("S", "DAM"): .dam
        case ("S", "AIRB"), ("S", "MILB"), ("S", "INSM"), ("S", "CMP"): .military
        case ("S", let c) where c.hasPrefix("AIR"): .airport
        case ("S", "BDCP"), ("S", "PSTB"), ("S", "PSTC"): .crossing
        case ("S", "OILW"), ("S", "OILR"), ("S", "OILP"): .oilfield
        default: .landmark
        }
    }
}
