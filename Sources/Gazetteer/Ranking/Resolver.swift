import Foundation
import GeoCore
import Geodesy

extension Gazetteer {
    /// Ranked candidates for a name as news spells it.
    ///
    /// Matching, best first: the folded name equals a name or alternate (`alias`); the
    /// transliteration keys are equal (`key`); failing both, a name within edit distance 2 (1 for
    /// names under 6 letters) of the folded query (`fuzzy`). A trailing or leading kind word
    /// (`province`, `city of`, `river`, `air base` …) is tried both as part of the name and as a
    /// kind hint. Ranking adds a kind prior (country > admin1 > regions and landmarks > city by
    /// population), the context's kind hint, country focus and distance to nearby places; each
    /// result lists its reasons.
    /// - Parameters:
    ///   - query: the name (any script).
    ///   - context: focus countries, kind hint, nearby points, filters.
    ///   - limit: maximum results.
    /// - Complexity: one hash probe per table plus decoding the candidates; fuzzy adds ~|query| probes.
    public func resolve(_ query: String, context: ResolutionContext = ResolutionContext(), limit: Int = 10) -> [Resolution] {
        let folded = NameFolding.fold(query)
        guard !folded.isEmpty else { return [] }
        var variants: [(folded: String, hint: PlaceKind?)] = [(folded, context.kind)]
        if let split = HintWords.split(folded), !split.rest.isEmpty { variants.append((split.rest, split.kind)) }

        var best: [UInt32: Resolution] = [:]
        var anyExact = false
        for (variantIndex, (v, hint)) in variants.enumerated() {
            let whole = variantIndex == 0
            let key = TransliterationKey.key(folded: v)
            for i in candidates(.alias, v) {
                anyExact = true
                consider(Int(i), folded: v, key: key, match: .alias, hint: hint, context: context, into: &best, whole: whole)
            }
            // Keys of 1–3 letters (`rak` for Raqqa) are too ambiguous to match on alone.
            if key.utf8.count >= 4 {
                for i in candidates(.key, key) {
                    anyExact = true
                    consider(Int(i), folded: v, key: key, match: .key, hint: hint, context: context, into: &best, whole: whole)
                }
            }
        }
        if !anyExact || best.isEmpty {
            for (variantIndex, (v, hint)) in variants.enumerated() {
                for (place, distance) in fuzzyCandidates(v) {
                    consider(place, folded: v, key: "", match: .fuzzy, hint: hint, context: context, into: &best, knownDistance: distance, whole: variantIndex == 0)
                }
            }
        }
        return best.values.sorted {
            $0.score != $1.score ? $0.score > $1.score : ($0.place.population ?? 0) != ($1.place.population ?? 0)
                ? ($0.place.population ?? 0) > ($1.place.population ?? 0) : $0.place.id.rawValue < $1.place.id.rawValue
        }.prefix(max(0, limit)).map { $0 }
    }

    /// The fuzzy lookup alone: place indices (see ``place(at:)``) whose folded name is within
    /// 2 edits of the folded `name` (1 under 6 letters), with the distance; unranked.
    /// - Complexity: about |name| hash probes plus a capped edit distance per candidate name.
    public func fuzzyLookup(_ name: String) -> [(place: Int, distance: Int)] {
        fuzzyCandidates(NameFolding.fold(name))
    }

    /// Places with a folded name within the fuzzy limit of `folded` (2 edits; 1 under 6 letters),
    /// with the smallest distance each, verified on the index's folded-name bytes.
    func fuzzyCandidates(_ folded: String, limit explicitLimit: Int? = nil) -> [(place: Int, distance: Int)] {
        let bytes = Array(folded.utf8)
        guard bytes.count >= 4, bytes.count <= 28 else { return [] }
        let limit = explicitLimit ?? (bytes.count < 6 ? 1 : 2)
        var seen = Set<UInt32>()
        var bestByPlace: [Int: Int] = [:]
        bytes.withUnsafeBufferPointer { q in
            for d in FuzzyVariants.deletions(bytes) {
                for e in candidates(.fuzzy, d) where seen.insert(e).inserted {
                    let entry = index.fuzzyEntry(Int(e))
                    let dist = EditDistance.distance(q, entry.name.assumingMemoryBound(to: UInt8.self), limit: limit)
                    if dist <= limit, dist < bestByPlace[entry.place] ?? Int.max { bestByPlace[entry.place] = dist }
                }
            }
        }
        return bestByPlace.map { ($0.key, $0.value) }
    }

    private func consider(_ i: Int, folded: String, key: String, match: MatchKind, hint: PlaceKind?, context: ResolutionContext, into best: inout [UInt32: Resolution], knownDistance: Int? = nil, whole: Bool = true) {
        guard let place = index.place(i) else { return }
        if !context.onlyKinds.isEmpty && !context.onlyKinds.contains(place.kind) { return }
        if !context.onlyCountries.isEmpty && !context.onlyCountries.contains(place.country) { return }
        // Verify the match against the place's own names (and find which name matched).
        var matched: String?
        var distance = 0
        switch match {
        case .alias:
            matched = place.allNames.first { NameFolding.fold($0) == folded }
        case .key:
            matched = place.allNames.first { TransliterationKey.key(folded: NameFolding.fold($0)) == key }
        case .fuzzy:
            // The index verified the distance; find the name it belongs to for display.
            let q = Array(folded.utf8)
            let limit = knownDistance ?? (q.count < 6 ? 1 : 2)
            for n in place.allNames where n.utf8.count <= q.count + limit * 2 + 8 {
                let d = EditDistance.distance(q, Array(NameFolding.fold(n).utf8), limit: limit)
                if d <= limit {
                    matched = n
                    distance = d
                    if d == knownDistance { break }
                }
            }
        }
        guard let matched else { return }
        var reasons: [(String, Double)] = []
        switch match {
        case .alias: reasons.append(("\(place.name == matched ? "name" : "alternate name") '\(matched)' equals the query after folding", 1.0))
        case .key: reasons.append(("transliteration key '\(key)' of '\(matched)' equals the query's", 0.8))
        case .fuzzy: reasons.append(("'\(matched)' is \(distance) edit\(distance == 1 ? "" : "s") from the query", 0.6 - 0.15 * Double(distance)))
        }
        if match == .alias && NameFolding.fold(place.name) == folded { reasons.append(("primary name", 0.05)) }
        // A name that includes the kind word ("Euphrates Valley", "Mosul Dam") beats the bare name
        // with the word taken as a hint.
        if whole && match != .fuzzy { reasons.append(("the whole query is the name", 0.3)) }
        reasons.append(Self.kindPrior(place))
        if let hint {
            if place.kind == hint { reasons.append(("kind \(place.kind.rawValue) fits the hint '\(hint.rawValue)'", 0.6)) }
            else if Self.kind(place.kind, satisfies: hint) { reasons.append(("kind \(place.kind.rawValue) is close to the hint '\(hint.rawValue)'", 0.2)) }
            else { reasons.append(("kind \(place.kind.rawValue) does not fit the hint '\(hint.rawValue)'", -0.3)) }
        }
        if context.countries.contains(place.country) { reasons.append(("in focus country \(place.country)", 0.3)) }
        if !context.near.isEmpty && place.coordinate.latitude.isFinite {
            let d = context.near.map { GeodesicLine.distanceMetres($0, place.coordinate) / 1000 }.min() ?? .infinity
            let points = 0.4 * exp(-d / 250)
            if points > 0.005 { reasons.append(("\(Int(d.rounded())) km from the context places", points)) }
        }
        let score = reasons.reduce(0) { $0 + $1.1 }
        if let existing = best[UInt32(i)], existing.score >= score { return }
        best[UInt32(i)] = Resolution(
            place: place, admin1Name: place.kind == .admin1 ? place.name : admin1Name(country: place.country, code: place.admin1Code),
            matched: matched, match: match, distance: distance, score: score,
            geoPrecision: Self.geoPrecision(place.kind), wherePrecision: Self.wherePrecision(place.kind),
            reasons: reasons.map { (reason: $0.0, points: $0.1) })
    }

    /// Country > admin1 > curated regions and landmarks > admin2 > city by population.
    static func kindPrior(_ p: Place) -> (String, Double) {
        switch p.kind {
        case .country: return ("a country", 0.45)
        case .admin1: return ("a first-level admin area", 0.28)
        case .admin2: return ("a second-level admin area", 0.15)
        case .city:
            let pop = Double(p.population ?? 0)
            let points = 0.05 + 0.35 * min(1, log10(pop + 1) / 7)
            return ("a populated place of \(p.population ?? 0)", points)
        // Curated regions and landmarks are what conflict news names; they outrank villages.
        default: return ("a \(p.kind.rawValue)", 0.32)
        }
    }

    static func kind(_ k: PlaceKind, satisfies hint: PlaceKind) -> Bool {
        if k == hint { return true }
        switch hint {
        case .valley: return k == .region || k == .river
        case .military: return k == .airport
        case .airport: return k == .military
        case .admin1: return false
        default: return false
        }
    }

    /// ACLED geo_precision: 1 a town or site, 2 part of a region or a feature such as a river,
    /// 3 a first-level region or a country.
    static func geoPrecision(_ k: PlaceKind) -> GeoPrecision {
        switch k {
        case .city, .dam, .airport, .military, .oilfield, .crossing, .landmark: .town
        case .admin2, .valley, .mountain, .lake, .river: .nearTownOrPartOfRegion
        case .admin1, .region, .country: .largerRegion
        }
    }

    /// UCDP where_prec: 1 exact place, 3 second-order admin, 4 first-order admin, 5 a part of a
    /// country (river, valley, region), 6 the country.
    static func wherePrecision(_ k: PlaceKind) -> Int {
        switch k {
        case .city, .dam, .airport, .military, .oilfield, .crossing, .landmark: 1
        case .admin2: 3
        case .admin1: 4
        case .valley, .mountain, .lake, .river, .region: 5
        case .country: 6
        }
    }

    /// Names close to `query` for "did you mean" (fuzzy matches, best first).
    public func suggestions(for query: String, limit: Int = 5) -> [String] {
        let folded = NameFolding.fold(query)
        let bytes = Array(folded.utf8)
        guard bytes.count >= 3 else { return [] }
        var scored: [(String, Int, Int)] = []
        for (i, dist) in fuzzyCandidates(folded, limit: 2) {
            guard let p = index.place(i) else { continue }
            scored.append((p.name + ", " + p.country, dist, p.population ?? 0))
        }
        var out: [String] = []
        for s in scored.sorted(by: { $0.1 != $1.1 ? $0.1 < $1.1 : $0.2 > $1.2 }) where !out.contains(s.0) {
            out.append(s.0)
            if out.count == limit { break }
        }
        return out
    }
}
