/// What went wrong with a claim, an area expression or a timeline request.
public enum TerritoryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A date that is not ISO 8601 (`2017-10-14`, `2017-10`, `2017`, `2017-10-14T08:00Z`, `~2017-10`).
    case badDate(String, reason: String)
    /// `to` is not after `from`.
    case reversedDates(from: String, to: String)
    /// An actor not in the registry, with the closest known names.
    case unknownActor(String, suggestions: [String])
    /// A place name the gazetteer cannot resolve, with suggestions.
    case unknownPlace(String, suggestions: [String])
    /// A place that resolves but has no area (a town point): say how big with `buffer`.
    case notAnArea(String, kind: String)
    /// An area expression that is not well formed.
    case badExpression(String)
    /// A polygon that GEOS finds invalid, with the reason and where.
    case invalidGeometry(String)
    /// A value of the wrong kind for a field (`status` must be `control`, `contested`, …).
    case badField(String, reason: String)

    public var description: String {
        switch self {
        case .badDate(let s, let reason): "bad date \"\(s)\": \(reason)"
        case .reversedDates(let from, let to): "\"to\" (\(to)) is not after \"from\" (\(from))"
        case .unknownActor(let s, let sug):
            "unknown actor \"\(s)\"" + (sug.isEmpty ? "" : " (did you mean \(sug.map { "\"\($0)\"" }.joined(separator: ", "))?)")
                + "; add it with `frontline actors add`"
        case .unknownPlace(let s, let sug):
            "unknown place \"\(s)\"" + (sug.isEmpty ? "" : " (did you mean \(sug.map { "\"\($0)\"" }.joined(separator: ", "))?)")
        case .notAnArea(let s, let kind):
            "\"\(s)\" is a \(kind) with a point, not an area; use {\"buffer\":{\"around\":\"\(s)\",\"km\":N}}"
        case .badExpression(let s): "bad area expression: \(s)"
        case .invalidGeometry(let s): "invalid geometry: \(s)"
        case .badField(let f, let reason): "bad \"\(f)\": \(reason)"
        }
    }
}
