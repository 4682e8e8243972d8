import Gazetteer
import GeoCore

/// Finds and resolves every place a text names.
///
/// 1. Tokenise (code-point offsets) and find candidate names with the gazetteer: the longest run
///    of up to six joinable words that is a name or alternate (folded) or shares a transliteration
///    key with one, starting at a capitalised word (or an article before one, "al-Mayadeen").
/// 2. Decide per candidate: calendar words, acronyms that are not country short forms, common
///    English words at a sentence start or naming only a hamlet, person names after a title,
///    noun modifiers ("US-led"), places inside organisation names ("Russia Today", "Syrian
///    Democratic Forces") and demonyms ("Syrian") are not mentions unless asked for.
/// 3. Qualifiers and relations from the words around: "western Iraq", "the western part of Iraq",
///    "border areas of Iraq"; "east of the Euphrates", "the eastern bank of the Euphrates".
/// 4. Resolve with the document as context: focus countries (given or inferred from what the
///    text names most), kind hints from head words (province, city of, river…), and spatial
///    coherence between each open name's candidates and the other names' plausible places.
///
/// Immutable and `Sendable`: one instance serves any number of threads.
public final class Geoparser: Sendable {
    let gazetteer: Gazetteer
    let lexicon: Lexicon
    /// How runs of words match the gazetteer (see `spanMatch`), by the run's key
    /// (``Tokenizer/spanKey(_:_:)``), kept across texts: 2¹⁷ slots (1 MB, small enough to stay
    /// in a core's cache more than a larger table would), emptied past 65,536 runs. (A 4 MB table
    /// was 3 % slower on the warm benchmark, for its cache misses.)
    let spanMatches = SpanMatchTable(log2Slots: 17)
    /// Filtered resolutions (a name within one country, a place by id), kept across texts.
    let filtered = ShardedCache<FilteredQuery, [Resolution]>(shardLimit: 4096)

    /// A resolution restricted to one country (and kind), as the geoparser asks it.
    struct FilteredQuery: Hashable, Sendable {
        var name: String
        var country: String
        var kind: PlaceKind?
        var limit: Int
    }

    /// The best `limit` places named `name` in `country` (of `kind` when given).
    func resolve(_ name: String, in country: String, kind: PlaceKind? = nil, limit: Int) -> [Resolution] {
        filtered.value(FilteredQuery(name: name, country: country, kind: kind, limit: limit)) { q in
            gazetteer.resolve(q.name, context: ResolutionContext(onlyKinds: q.kind.map { [$0] } ?? [], onlyCountries: [q.country], explain: false), limit: q.limit)
        }
    }

    /// What a folded run of words is to the gazetteer.
    enum SpanMatch: UInt8, Sendable {
        /// Not a name.
        case none
        /// A name or alternate, folded.
        case alias
        /// A transliteration key of five letters or more.
        case key
        /// Only a four-letter transliteration key of a place in an Arabic-speaking country.
        case shortKey
    }

    /// Creates a geoparser over a gazetteer and a lexicon.
    public init(gazetteer: Gazetteer, lexicon: Lexicon) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
    }

    /// The geoparser over the shared gazetteer and the lexicon in its data folder.
    /// - Throws: `GazetteerError` when data is missing.
    public static func shared() throws -> Geoparser {
        let g = try Gazetteer.shared()
        return Geoparser(gazetteer: g, lexicon: try Lexicon(dataRoot: g.configuration.dataRoot))
    }

    /// What a candidate name is in the text (a ``Mention``'s `role`).
    enum Role: String {
        case place, embedded, demonym
        /// A demonym not asked for: counts towards the focus only.
        case focusOnly = "focus-only"
    }

    /// The best resolution of a name with only its kind hint as context (the gazetteer keeps
    /// these per name and hint across texts).
    func resolveAlone(_ text: String, hint: PlaceKind?) -> Resolution? {
        gazetteer.candidates(text, kind: hint).first
    }

    /// The longest text, in UTF-8 bytes, that ``parse(_:options:)`` geoparses: tokens keep
    /// their offsets in 32 bits. A longer text is no one article; callers split it (the
    /// command line refuses it with an error saying so).
    public static let maxTextBytes = Int(Int32.max) - 1

    /// Geoparses one text (of at most ``maxTextBytes`` bytes of UTF-8; a longer one gives no
    /// mentions).
    public func parse(_ text: String, options: GeoparseOptions = GeoparseOptions()) -> GeoparseResult {
        Tokenizer.withTokens(text, marks: lexicon.marks) { parse(tokens: $0, text: text, options: options) }
    }

    /// The original text of tokens first...last (their words and the gaps between them): the
    /// text's bytes from the first word's start to the last word's end, made into a string at
    /// once (not word by word and gap by gap, a string each).
    static func span(_ tokens: Tokens, _ first: Int, _ last: Int) -> String {
        let a = tokens[first], b = tokens[last]
        return String(decoding: UnsafeBufferPointer(start: a.base + Int(a.byteStart), count: Int(b.byteEnd - a.byteStart)), as: UTF8.self)
    }
}
