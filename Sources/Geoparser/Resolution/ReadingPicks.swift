import Foundation
import Gazetteer

extension Geoparser {
    /// Great-circle kilometres between two places' points (``Gazetteer/sphericalKm(_:_:_:_:)``).
    static func km(_ a: Place, _ b: Place) -> Double {
        Gazetteer.sphericalKm(a.coordinate.latitude, a.coordinate.longitude, b.coordinate.latitude, b.coordinate.longitude)
    }

    /// The squared chord between two points' unit vectors (``Place/unitVector``) beyond which the
    /// points lie farther apart than `km` by more than 1 %, a margin far beyond any rounding of
    /// either measure: see ``plainlyFarther(_:_:chordSquared:)``.
    static func farChordSquared(_ km: Double) -> Double {
        let chord = 2 * sin(km * 1.01 / (2 * Gazetteer.meanEarthRadiusKm))
        return chord * chord
    }

    /// Whether two places lie plainly farther apart than the distance whose
    /// ``farChordSquared(_:)`` is `far`, told by their unit vectors alone: such a pair needs no
    /// haversine (``km(_:_:)``, three sines and cosines and an arcsine) to be told from one within
    /// that distance. (Not for a place without a coordinate, whose vector is NaN: ``km(_:_:)``
    /// says what it says of it.)
    @inline(__always)
    static func plainlyFarther(_ a: Place, _ b: Place, chordSquared far: Double) -> Bool {
        let u = a.unitVector, v = b.unitVector
        let dx = u.x - v.x, dy = u.y - v.y, dz = u.z - v.z
        return dx * dx + dy * dy + dz * dz > far
    }

    /// How near the other names of a list a namesake in their country must lie to be meant.
    static let listNamesakeKm = 300.0

    /// The national capital (GeoNames `PPLC`) among a name's candidates that bears the name as its
    /// own name, if any.
    static func capitalByOwnName(_ ranked: [Resolution]) -> Resolution? {
        capitalIndexByOwnName(ranked).map { ranked[$0] }
    }

    /// The position of ``capitalByOwnName(_:)``'s capital among a name's candidates, if any. (Read in
    /// place: the candidates are asked where they lie, none copied.)
    static func capitalIndexByOwnName(_ ranked: [Resolution]) -> Int? {
        ranked.indices.first { ranked[$0].place.isNationalCapital && ranked[$0].match == .alias && ranked[$0].matchedFoldsToName }
    }

    /// Whether `written` is another romanisation of `place`'s name, in a country whose names reach
    /// the news romanised several ways: the two share a transliteration key ("Hol", "Al Ḩawl").
    static func romanisedAlike(_ written: String, _ place: Place) -> Bool {
        TransliterationKey.countries.contains(place.country)
            && TransliterationKey.key(written) == TransliterationKey.key(place.name)
    }

    /// The name's best context-free candidate when that is a city of 100,000 or more that bears the
    /// name as its own, and `smaller` is a smaller place of another kind or a town under 100,000.
    static func worldCityByOwnName(_ ranked: [Resolution], over smaller: Place) -> Resolution? {
        guard let first = ranked.first, first.place.kind == .city, first.match == .alias, first.matchedFoldsToName,
              (first.place.population ?? 0) >= 100_000, !isMajor(smaller) else { return nil }
        return first
    }

    /// The country or national capital a name stands for on its own: its best context-free
    /// candidate when that is a country or a capital (GeoNames `PPLC`) matched by name.
    static func capital(_ ranked: [Resolution]) -> Resolution? {
        guard let first = ranked.first, first.place.isNationalCapital || first.place.kind == .country, first.match == .alias else { return nil }
        return first
    }

    /// Whether a text has a lower-case letter: its ASCII bytes told by their range, read in
    /// place; past the first other byte, by the scalars' properties. (Asked of every short code's
    /// candidates, the properties of each scalar cost more than the rest of the test.)
    static func hasLowercase(_ text: String) -> Bool {
        let ascii = text.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            for c in b {
                if c >= 0x80 { return nil }
                if c &- 0x61 < 26 { return true }
            }
            return false
        }
        if let known = ascii ?? nil { return known }
        return text.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// Whether the alternate name a mention matched is a fair name for the place: a short
    /// all-capital code only when the text writes it in capitals; for a town under 100,000 outside
    /// the romanised-name countries and the Horn of Africa, an alternate that resembles its name (one a prefix or part of
    /// the other, or within two edits).
    static func alternateFits(_ r: Resolution, written: String) -> Bool {
        if r.matchedIsShortCode, hasLowercase(written) {
            return false
        }
        // (The cheap tests first: most candidates are not small towns.)
        let p = r.place
        // (A name that is the place's own resembles it: no need to ask whether it is.)
        guard p.kind == .city, (p.population ?? 0) < 100_000 else { return true }
        // (The resemblance, kept with the resolution once worked out and so known in a warm pass,
        // asked before the country's code is looked up: most such alternates resemble the name.)
        return r.matchedResemblesName || Lexicon.variantSpellingCountryCodes.contains(p.country)
    }
}

/// What the rules ask of a name's pick (a `Resolution?` in the picks list) before they read it whole:
/// read in place. (An optional chain on a list element, `best[i]?.place.kind`, copied the whole pick,
/// two references retained and released, where these accessors read it where it lies.)
extension Optional where Wrapped == Resolution {
    /// The pick's place's kind; nil for no pick.
    var placeKind: PlaceKind? { self?.place.kind }
    /// How the pick matched its name; nil for no pick.
    var matchKind: MatchKind? { self?.match }
    /// The pick's country by code key (``Place/codeKey(_:)``); nil for no pick.
    var countryKey: UInt64? { self?.place.codeKeys.country }
    /// Whether there is a pick and its place has a coordinate.
    var hasCoordinate: Bool { self?.place.hasCoordinate ?? false }
}
