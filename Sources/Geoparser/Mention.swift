import Gazetteer

/// A place named in a text.
public struct Mention: Sendable {
    /// The words as written (including a qualifier or kind word that belongs to the name).
    public var text: String
    /// Offsets in Unicode code points, end exclusive.
    public var start: Int
    public var end: Int
    /// The resolved place, or `nil` when the parser is sure it is a place but cannot resolve it.
    public var resolution: Resolution?
    /// Part of the place the text means: north, south, east, west, the diagonals, central, border.
    public var qualifier: String?
    /// The text's relation to the place: "east of the Euphrates" → east.
    public var relation: String?
    /// `place`, or with the flags: `demonym` ("Syrian"), `embedded` (a place inside an organisation name).
    public var role: String
}

/// Options for one geoparse.
public struct GeoparseOptions: Sendable {
    /// Countries the text is about (ISO2); inferred from the text when nil.
    public var focus: [String]?
    /// Report demonyms ("Syrian") as mentions of their country.
    public var demonyms: Bool
    /// Report places inside organisation names ("Syrian Democratic Forces") with role `embedded`.
    public var embedded: Bool

    /// Creates options.
    public init(focus: [String]? = nil, demonyms: Bool = false, embedded: Bool = false) {
        self.focus = focus
        self.demonyms = demonyms
        self.embedded = embedded
    }
}

/// The places of one document and the countries it is about.
public struct GeoparseResult: Sendable {
    /// Mentions in text order.
    public var mentions: [Mention]
    /// Focus countries (given or inferred), most mentioned first.
    public var focus: [String]
}
