/// Errors from geodesic measures and coordinate transforms.
public enum GeodesyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A CRS definition PROJ could not understand; `message` is PROJ's own text.
    case invalidCRS(definition: String, message: String)
    /// PROJ could not transform the coordinate at `index`; `message` is PROJ's own text.
    case transformFailed(index: Int, message: String)
    /// PROJ failed in a way not tied to the input (context creation, normalisation).
    case proj(code: Int32, message: String)
    /// A coordinate is not a finite longitude/latitude pair.
    case invalidCoordinate(index: Int, longitude: Double, latitude: Double)

    public var description: String {
        switch self {
        case .invalidCRS(let d, let m): "PROJ cannot use CRS '\(d)': \(m)"
        case .transformFailed(let i, let m): "PROJ could not transform coordinate \(i): \(m)"
        case .proj(let c, let m): "PROJ error \(c): \(m)"
        case .invalidCoordinate(let i, let lon, let lat): "coordinate \(i) (\(lon), \(lat)) is not a valid longitude/latitude"
        }
    }
}
