/// A place in a text: line and column (1-based; the column counts Unicode scalars).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "line \(line), column \(column)" }
}

/// Errors from reading or writing GeoJSON.
public enum GeoJSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is not valid JSON, or not valid GeoJSON: where (line/column), which member
    /// (JSON path such as `features[12].geometry.coordinates[0][3]`), and why.
    case malformed(location: SourceLocation, path: String, reason: String)
    /// Reading or writing failed at the operating-system level.
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case .malformed(let loc, let path, let reason):
            path.isEmpty ? "\(loc): \(reason)" : "\(loc), at \(path): \(reason)"
        case .io(let path, let reason): "\(path): \(reason)"
        }
    }
}
