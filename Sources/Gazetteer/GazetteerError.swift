/// Errors from loading, importing or querying the gazetteer.
public enum GazetteerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bundled data could not be found; `searched` lists where we looked.
    case dataNotFound(searched: [String])
    /// A data or dump file line is malformed.
    case malformedRow(file: String, line: Int, reason: String)
    /// A file could not be read or written.
    case io(path: String, reason: String)
    /// The binary index is unusable (it will be rebuilt).
    case badIndex(path: String, reason: String)

    public var description: String {
        switch self {
        case .dataNotFound(let s): "gazetteer data not found (looked in \(s.joined(separator: ", "))); set FRONTLINE_DATA to the repository folder"
        case .malformedRow(let f, let l, let r): "\(f):\(l): \(r)"
        case .io(let p, let r): "\(p): \(r)"
        case .badIndex(let p, let r): "\(p): \(r)"
        }
    }

    /// The same error located in `file` at `line`.
    func located(file: String, line: Int) -> GazetteerError {
        if case .malformedRow(_, _, let r) = self { return .malformedRow(file: file, line: line, reason: r) }
        return self
    }
}
