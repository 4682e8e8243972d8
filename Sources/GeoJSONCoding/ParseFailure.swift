/// An error found while parsing, with the JSON path built up as the error unwinds.
struct ParseFailure: Error {
    var location: SourceLocation
    /// Path components, innermost first (`[3]`, `[0]`, `coordinates`, `geometry`, `[12]`, `features`).
    var reversedPath: [String]
    var reason: String

    /// Adds an enclosing path component (a key or `[i]`).
    func within(_ component: String) -> ParseFailure {
        var f = self
        f.reversedPath.append(component)
        return f
    }

    /// The dotted path: `features[12].geometry.coordinates[0][3]`.
    var path: String {
        var out = ""
        for c in reversedPath.reversed() {
            if c.hasPrefix("[") || out.isEmpty { out += c } else { out += "." + c }
        }
        return out
    }

    var error: GeoJSONError { .malformed(location: location, path: path, reason: reason) }
}
