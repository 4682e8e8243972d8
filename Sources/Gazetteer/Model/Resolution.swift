import GeoCore
import Synchronization

/// How a query matched a place's name.
public enum MatchKind: String, Sendable {
    /// The query equals a name or alternate after Unicode folding (case, diacritics, apostrophes, hyphens).
    case alias
    /// The query equals a name after Arabic-romanisation transliteration keys.
    case key
    /// Within a small edit distance of a name (Damerau–Levenshtein on folded names).
    case fuzzy
}

/// ACLED-style geographic precision: 1 a town, 2 part of a region or near a town, 3 a larger region.
public enum GeoPrecision: Int, Sendable {
    case town = 1
    case nearTownOrPartOfRegion = 2
    case largerRegion = 3
}

/// One ranked candidate for a query, with the reasons for its score.
///
/// Its strings and reasons live in one shared immutable box beside the place's own, so copying a
/// resolution (ranking and geoparsing pass many along) costs two reference counts, not five;
/// setting one of them copies the box.
public struct Resolution: Sendable {
    // (Stored in 32 bytes, the references and the score first: two resolutions fill a 64-byte
    // cache line, so the ranked lists that ranking and the geoparser scan, score by score, read
    // half the lines they read at 56 bytes. The edit distance and `where_prec` are kept in small
    // integers behind their `Int` properties.)

    /// The place.
    public var place: Place

    // (Visible to the inlinable getters: reading a text costs no call.)
    @usableFromInline var texts: Texts

    /// The ranking score (higher is better; comparable within one query).
    public var score: Double

    @usableFromInline var storedDistance: Int32

    /// How it matched.
    public var match: MatchKind

    /// ACLED `geo_precision`.
    public var geoPrecision: GeoPrecision

    @usableFromInline var storedWherePrecision: UInt8

    /// Edit distance for fuzzy matches (0 otherwise; kept within 0…2³¹ − 1).
    public var distance: Int {
        @inlinable get { Int(storedDistance) }
        set { storedDistance = Int32(clamping: newValue) }
    }

    /// UCDP `where_prec` (1 exact location … 6 country; 7 international waters; kept within 0…255).
    public var wherePrecision: Int {
        @inlinable get { Int(storedWherePrecision) }
        set { storedWherePrecision = UInt8(clamping: newValue) }
    }

    @usableFromInline
    final class Texts: Sendable {
        @usableFromInline let admin1Name: String?
        @usableFromInline let matched: String
        @usableFromInline let reasons: [(reason: String, points: Double)]
        /// Whether `matched` resembles the place's name (``Resolution/matchedResemblesName``): 0 not
        /// yet asked, 1 no, 2 yes. Worked out once per box, which the copies of a resolution share
        /// (a name's cached candidates are asked again in every text that names it).
        @usableFromInline let resemblance = Atomic<UInt8>(0)
        /// What `matched` is beside the place's name (``Resolution/matchedFoldsToName``,
        /// ``Resolution/matchedIsShortCode``): 0 not yet asked, else bit 0 set, bit 1 when it folds
        /// to the name, bit 2 when it is a short code. Worked out once per box, as `resemblance` is.
        @usableFromInline let shape = Atomic<UInt8>(0)
        init(admin1Name: String?, matched: String, reasons: [(reason: String, points: Double)]) {
            self.admin1Name = admin1Name
            self.matched = matched
            self.reasons = reasons
        }
    }

    /// The admin1 area's display name (`Deir ez-Zor`), when known.
    public var admin1Name: String? {
        @inlinable get { texts.admin1Name }
        set { texts = Texts(admin1Name: newValue, matched: texts.matched, reasons: texts.reasons) }
    }
    /// The name or alternate that matched the query.
    public var matched: String {
        @inlinable get { texts.matched }
        set { texts = Texts(admin1Name: texts.admin1Name, matched: newValue, reasons: texts.reasons) }
    }
    /// Whether the name or alternate that matched resembles the place's own name, folded: one holds
    /// the other, or they are within two edits (``NameFolding/resembles(_:_:)``). "Ar Raqqah" for
    /// Raqqa does; "White House", an alternate GeoNames gives Fallston, does not. Worked out on
    /// first asking and kept with the resolution's copies.
    ///
    /// (Inlinable: once known, the answer is read from the texts box in place, with no call that
    /// would make the caller copy the resolution, two references, to pass it.)
    public var matchedResemblesName: Bool {
        @inlinable get {
            switch texts.resemblance.load(ordering: .relaxed) {
            case 1: return false
            case 2: return true
            default: return Self.workOutResemblance(texts, place)
            }
        }
    }

    /// Works out and keeps ``matchedResemblesName`` for a texts box and its place.
    @usableFromInline
    static func workOutResemblance(_ texts: Texts, _ place: Place) -> Bool {
        let answer = texts.matched == place.name || NameFolding.resembles(texts.matched, place.name)
        // (Two threads asking at once both work it out, and store the same answer.)
        texts.resemblance.store(answer ? 2 : 1, ordering: .relaxed)
        return answer
    }

    /// Whether the name or alternate that matched is the place's own name, folded: "Ar Raqqah"
    /// for the city GeoNames calls Ar Raqqah, not "Raqqa", its alternate. Worked out on first
    /// asking and kept with the resolution's copies (geoparsing asks it of a name's cached
    /// candidates in every text that names it).
    public var matchedFoldsToName: Bool { @inlinable get { matchedShape() & 2 != 0 } }

    /// Whether the name or alternate that matched is a code of at most four upper-case letters
    /// ("BUD", an alternate of Budapest; see ``isShortCode(_:)``). Kept as ``matchedFoldsToName`` is.
    public var matchedIsShortCode: Bool { @inlinable get { matchedShape() & 4 != 0 } }

    /// The bits of `Texts.shape` for this resolution, worked out when not yet known (read in place
    /// once known, as ``matchedResemblesName`` is).
    @inlinable
    func matchedShape() -> UInt8 {
        let known = texts.shape.load(ordering: .relaxed)
        return known != 0 ? known : Self.workOutShape(texts, place)
    }

    /// Works out and keeps the bits of `Texts.shape` for a texts box and its place.
    @usableFromInline
    static func workOutShape(_ texts: Texts, _ place: Place) -> UInt8 {
        let m = texts.matched, name = place.name
        var shape: UInt8 = 1
        if m == name || NameFolding.fold(m) == NameFolding.fold(name) { shape |= 2 }
        if Self.isShortCode(m) { shape |= 4 }
        // (Two threads asking at once both work it out, and store the same answer.)
        texts.shape.store(shape, ordering: .relaxed)
        return shape
    }

    /// Whether a name is a code of at most four upper-case letters ("BUD", "UAE"), told in one
    /// pass that stops at the first scalar that rules it out.
    public static func isShortCode(_ m: String) -> Bool {
        // Four scalars take at most 16 bytes (a count the string keeps).
        guard m.utf8.count <= 16 else { return false }
        // ASCII bytes are told apart in place, read from the string's own storage; the first
        // other byte hands over to the scalars.
        let ascii = m.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            for k in 0..<b.count {
                if b[k] >= 0x80 { return nil }
                if k >= 4 || b[k] &- 0x41 >= 26 { return false }
            }
            return true
        }
        if let known = ascii ?? nil { return known }
        var n = 0
        for u in m.unicodeScalars {
            n += 1
            let upper = u.isASCII ? u.value &- 0x41 < 26 : u.properties.isUppercase
            if n > 4 || !upper { return false }
        }
        return true
    }

    /// Score components, in the order they were added: (`reason`, `points`).
    public var reasons: [(reason: String, points: Double)] {
        @inlinable get { texts.reasons }
        set { texts = Texts(admin1Name: texts.admin1Name, matched: texts.matched, reasons: newValue) }
    }

    init(place: Place, admin1Name: String?, matched: String, match: MatchKind, distance: Int, score: Double,
         geoPrecision: GeoPrecision, wherePrecision: Int, reasons: [(reason: String, points: Double)]) {
        self.place = place
        texts = Texts(admin1Name: admin1Name, matched: matched, reasons: reasons)
        self.score = score
        storedDistance = Int32(clamping: distance)
        self.match = match
        self.geoPrecision = geoPrecision
        storedWherePrecision = UInt8(clamping: wherePrecision)
    }
}
