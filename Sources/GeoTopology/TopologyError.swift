/// Errors from GEOS-backed topology operations.
///
/// Bad input (`invalidInput`) is kept apart from library failure (`geos`).
public enum TopologyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// GEOS failed; `function` is the C function, `messages` what GEOS reported.
    case geos(function: String, messages: [String])
    /// The input cannot be turned into a GEOS geometry; `path` points at the offending part
    /// (`coordinates[0]`), `reason` says what is wrong.
    case invalidInput(path: String, reason: String)
    /// WKT or WKB that GEOS could not parse.
    case unreadable(format: String, message: String)

    public var description: String {
        switch self {
        case .geos(let f, let m): "GEOS \(f) failed: \(m.isEmpty ? "no message" : m.joined(separator: "; "))"
        case .invalidInput(let p, let r): p.isEmpty ? r : "\(p): \(r)"
        case .unreadable(let f, let m): "cannot read \(f): \(m)"
        }
    }
}
