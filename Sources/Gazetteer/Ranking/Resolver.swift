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
        // Small limits without filters (what the geoparser asks, many times per text) come from
        // the verified candidates of the query, kept across calls; see `QueryCandidates`.
        if limit <= QueryCandidates.maxLimit && context.onlyKinds.isEmpty && context.onlyCountries.isEmpty {
            return queryCandidates(query, kind: context.kind).best(limit, context: context, in: self)
        }
        let hits = scoredHits(query, context: context)
        // Pass 2: decode and verify the best, in order, until `limit` are confirmed.
        var out: [Resolution] = []
        for h in hits where out.count < limit {
            if let v = verify(h) { out.append(resolution(h, v, context: context)) }
        }
        // (The order pass 1 gave, but for a town called by its own name: see `OwnNameFirst`.)
        if context.near.isEmpty, let p = OwnNameFirst.promoted(Array(out.indices), facts: { i in
            OwnNameFirst.Facts(kind: out[i].place.kind, population: out[i].place.rankingPopulation,
                               ownName: out[i].match == .alias && out[i].matched == out[i].place.name,
                               unlikeAlternate: OwnNameFirst.unlike(matched: out[i].matched, name: out[i].place.name, match: out[i].match), score: out[i].score)
        }) {
            out.insert(out.remove(at: p), at: 0)
        }
        return out
    }

    /// Pass 1 of a resolution: every hit scored from the index's compact metadata (no row
    /// decoding), best first; hits the context's filters exclude are left out.
    func scoredHits(_ query: String, context: ResolutionContext) -> [Hit] {
        let folded = NameFolding.fold(query)
        guard !folded.isEmpty else { return [] }
        var variants: [(folded: String, hint: PlaceKind?, whole: Bool)] = [(folded, context.kind, true)]
        if let split = HintWords.split(folded), !split.rest.isEmpty { variants.append((split.rest, split.kind, false)) }
        let hasSplit = variants.count > 1
        // "al-Rai" is GeoNames' "Ar Rā‘ī": the article as pronounced before a sun letter.
        for v in variants { if let a = NameFolding.assimilatedArticle(v.folded) { variants.append((a, v.hint, v.whole)) } }

        var hits: [Int: Hit] = [:]
        func add(_ h: Hit) {
            if let old = hits[h.place], old.score >= h.score { return }
            hits[h.place] = h
        }
        var anyExact = false
        for (v, hint, whole) in variants {
            // The whole query, kind word included, is a name ("Kurdistan Region"): it outranks the
            // bare name with the word taken as a hint (Iran's Kurdistan province).
            let kindWordInName = whole && hasSplit
            let key = TransliterationKey.key(folded: v)
            for raw in candidates(.alias, v) {
                anyExact = true
                let (place, name) = index.unpack(raw)
                add(hit(place, name: name, folded: v, key: key, match: .alias, distance: 0, hint: hint, whole: whole, kindWordInName: kindWordInName, context: context))
            }
            // Keys of 1–3 letters (`rak` for Raqqa) are too ambiguous to match on alone.
            if key.utf8.count >= 4 {
                for raw in candidates(.key, key) {
                    let (place, name) = index.unpack(raw)
                    // Keys model romanisations from Arabic, Persian and Turkish; elsewhere a shared
                    // key is a coincidence.
                    // (Never a country: news writes countries' English names, and GeoNames has their
                    // other spellings; by key, "Cherry" was Syria.)
                    let m = index.meta(place)
                    guard m.kind != .country, TransliterationKey.countries.contains(IndexFile.countryCode(m.country)) else { continue }
                    anyExact = true
                    add(hit(place, name: name, folded: v, key: key, match: .key, distance: 0, hint: hint, whole: whole, kindWordInName: kindWordInName, context: context))
                }
            }
        }
        // "Pétion-Ville" is GeoNames' "Pétionville": a hyphenated name the index lacks is asked again
        // with its parts joined, before any fuzzy match.
        if !anyExact, let joined = NameFolding.hyphensJoined(query) {
            let key = TransliterationKey.key(folded: joined)
            for raw in candidates(.alias, joined) {
                anyExact = true
                let (place, name) = index.unpack(raw)
                add(hit(place, name: name, folded: joined, key: key, match: .alias, distance: 0, hint: context.kind, whole: true, kindWordInName: false, context: context))
            }
        }
        if !anyExact {
            for (v, hint, whole) in variants {
                for (place, distance) in fuzzyCandidates(v) {
                    add(hit(place, name: nil, folded: v, key: "", match: .fuzzy, distance: distance, hint: hint, whole: whole, context: context))
                }
            }
        }
        return hits.values.filter { $0.score > -.infinity }.sorted(by: Hit.ranksBefore)
    }

    /// A candidate before decoding: place index, which name matched (when the index knows), score.
    struct Hit {
        var place: Int
        var name: Int?
        var folded: String
        var key: String
        var match: MatchKind
        var distance: Int
        var hint: PlaceKind?
        var whole: Bool
        /// The query's kind word is part of the matched name, the place's own or a curated alternate (see ``points``).
        var kindWordInName = false
        var score: Double
        var population: Int

        /// Higher score first; then larger population; then the lower place number.
        static func ranksBefore(_ a: Hit, _ b: Hit) -> Bool {
            a.score != b.score ? a.score > b.score : a.population != b.population ? a.population > b.population : a.place < b.place
        }
    }

    private func hit(_ place: Int, name: Int?, folded: String, key: String, match: MatchKind, distance: Int, hint: PlaceKind?, whole: Bool,
                     kindWordInName: Bool = false, context: ResolutionContext) -> Hit {
        let m = index.meta(place)
        let country = IndexFile.countryCode(m.country)
        // (The place's own name, or an alternate of a curated place, whose alternates are written
        // by hand: "Jazeera desert" is Iraq's Jazira desert by its alternate, not Syria's Jazira
        // with the word as a hint.)
        let kindWordInName = kindWordInName && match == .alias && (name == 0 || m.curated)
        var score = -Double.infinity
        if (context.onlyKinds.isEmpty || context.onlyKinds.contains(m.kind)) && (context.onlyCountries.isEmpty || context.onlyCountries.contains(country)) {
            score = Self.points(kind: m.kind, population: m.population, country: country, latitude: m.latitude, longitude: m.longitude,
                                match: match, distance: distance, primary: name == 0 && match == .alias, whole: whole, kindWordInName: kindWordInName, hint: hint,
                                context: context, reasons: nil)
        }
        return Hit(place: place, name: name, folded: folded, key: key, match: match, distance: distance, hint: hint, whole: whole, kindWordInName: kindWordInName,
                   score: score, population: m.population)
    }

    /// The score of a candidate; with `reasons`, also why (one entry per part).
    static func points(kind: PlaceKind, population: Int, populationListed: Bool = true, country: String, latitude: Double, longitude: Double, match: MatchKind, distance: Int,
                       primary: Bool, whole: Bool, kindWordInName: Bool = false, hint: PlaceKind?, context: ResolutionContext,
                       reasons: UnsafeMutablePointer<[(String, Double)]>?, matched: String = "", key: String = "") -> Double {
        var total = 0.0
        func add(_ why: @autoclosure () -> String, _ p: Double) {
            total += p
            reasons?.pointee.append((why(), p))
        }
        switch match {
        case .alias: add("\(primary ? "name" : "alternate name") '\(matched)' equals the query after folding", 1.0)
        case .key: add("transliteration key '\(key)' of '\(matched)' equals the query's", 0.8)
        case .fuzzy: add("'\(matched)' is \(distance) edit\(distance == 1 ? "" : "s") from the query", 0.6 - 0.15 * Double(distance))
        }
        if primary { add("primary name", 0.02) }
        // A name that includes the kind word ("Euphrates Valley", "Mosul Dam") beats the bare name
        // with the word taken as a hint.
        if whole && match != .fuzzy { add("the whole query is the name", 0.3) }
        // ... and, when the query ends or starts with a kind word and is the place's own name, as
        // much as that word gives a bare name as a hint: a name with the word ("Kurdistan Region",
        // "Kansas City") is not outranked by the bare name of that kind (Kurdistan, Iran's admin-1
        // area; the state of Kansas). (Not a GeoNames alternate: "Dublin city" is one of Dublin,
        // Ireland, and "Dublin City Council" in Ohio is not Irish. The hit carries the flag only
        // for such a name: see `hit`.)
        if kindWordInName { add("the place's own name (or a curated alternate) includes the query's kind word", 0.6) }
        add(kindPriorReason(kind, population: population) + (populationListed ? "" : " (none listed; counted as the cities500 threshold)"),
            kindPrior(kind, population: population))
        if let hint {
            if kind == hint { add("kind \(kind.rawValue) fits the hint '\(hint.rawValue)'", 0.6) }
            else if Self.kind(kind, satisfies: hint) { add("kind \(kind.rawValue) is close to the hint '\(hint.rawValue)'", 0.2) }
            else { add("kind \(kind.rawValue) does not fit the hint '\(hint.rawValue)'", -0.3) }
        }
        if context.countries.contains(country) { add("in focus country \(country)", focusBonus) }
        if !latitude.isFinite { add("no coordinates known", -0.3) }
        if !context.near.isEmpty && latitude.isFinite {
            // Great-circle distance on a sphere: plenty for ranking, and ~50× cheaper than geodesics.
            // Coherence with the nearest three context places (weights ½, ¼, ¼ over those there are):
            // one nearby place alone counts less than several, so a lone "Washington" does not pull
            // "Damascus" to Maryland when the other places are in Syria.
            var nearest = [Double.infinity, .infinity, .infinity]
            // Each cosine once: the candidate's here, the context points' with the context.
            let cosLatitude = cos(latitude * (Double.pi / 180))
            for (k, c) in context.near.enumerated() {
                let d = sphericalKm(c.latitude, c.longitude, latitude, longitude, cosLat1: context.nearCosLatitudes[k], cosLat2: cosLatitude)
                if d < nearest[2] {
                    nearest[2] = d
                    if nearest[2] < nearest[1] { nearest.swapAt(1, 2) }
                    if nearest[1] < nearest[0] { nearest.swapAt(0, 1) }
                }
            }
            let weights = [0.5, 0.25, 0.25]
            var sum = 0.0, weight = 0.0
            for k in 0..<min(3, context.near.count) {
                sum += weights[k] * exp(-nearest[k] / 250)
                weight += weights[k]
            }
            let p = weight > 0 ? 0.4 * sum / weight : 0
            if p > 0.005 { add("\(Int(nearest[0].rounded())) km from the nearest context place", p) }
        }
        return total
    }

    /// Haversine distance in km on a sphere of the mean Earth radius (for ranking; use `Geodesy`
    /// for distances users read).
    @inline(__always)
    public static func sphericalKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        sphericalKm(lat1, lon1, lat2, lon2, cosLat1: cos(lat1 * (Double.pi / 180)), cosLat2: cos(lat2 * (Double.pi / 180)))
    }

    /// Haversine distance with the latitudes' cosines already computed (they recur across pairs).
    @inline(__always)
    static func sphericalKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double, cosLat1: Double, cosLat2: Double) -> Double {
        let r = Double.pi / 180
        let dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r
        let sLat = sin(dLat / 2), sLon = sin(dLon / 2)
        let h = sLat * sLat + cosLat1 * cosLat2 * sLon * sLon
        return 2 * meanEarthRadiusKm * asin(min(1, h.squareRoot()))
    }

    /// The sphere of ``sphericalKm(_:_:_:_:)``: the Earth's mean radius (IUGG), km.
    public static var meanEarthRadiusKm: Double { 6371.0088 }

    /// The great-circle distance on the same sphere for a chord of length `chord` between two unit
    /// vectors (``Place/unitVector``): no trigonometry but the arcsine, and as exact as the
    /// haversine at short range.
    @inlinable
    public static func sphericalKm(chord: Double) -> Double {
        2 * meanEarthRadiusKm * asin(min(1, chord / 2))
    }

    /// A hit confirmed against the place's own names: the decoded place, the name that matched
    /// and the edit distance.
    struct Verified: Sendable {
        var place: Place
        var matched: String
        var distance: Int
    }

    /// Decodes a hit and confirms the match against the place's own names (a 32-bit tag
    /// collision in the index must not return the wrong place); nil when it does not match.
    func verify(_ h: Hit) -> Verified? {
        guard let place = cachedPlace(h.place) else { return nil }
        let names = place.allNames
        var matched: String?
        var distance = h.distance
        switch h.match {
        case .alias:
            if let n = h.name, n < names.count, NameFolding.fold(names[n]) == h.folded { matched = names[n] }
            else { matched = names.first { NameFolding.fold($0) == h.folded } }
        case .key:
            if let n = h.name, n < names.count, TransliterationKey.key(folded: NameFolding.fold(names[n])) == h.key { matched = names[n] }
            else { matched = names.first { TransliterationKey.key(folded: NameFolding.fold($0)) == h.key } }
        case .fuzzy:
            let q = Array(h.folded.utf8)
            for n in names where n.utf8.count <= q.count + 12 {
                let d = EditDistance.distance(q, Array(NameFolding.fold(n).utf8), limit: h.distance)
                if d <= h.distance { matched = n; distance = d; break }
            }
        }
        guard let matched else { return nil }
        return Verified(place: place, matched: matched, distance: distance)
    }

    /// The resolution of a verified hit in a context: its score from the decoded place, and the
    /// reasons when the context asks for them.
    func resolution(_ h: Hit, _ v: Verified, admin1Name: String?? = nil, context: ResolutionContext) -> Resolution {
        let place = v.place
        var reasons: [(String, Double)] = []
        let score = withUnsafeMutablePointer(to: &reasons) { r in
            Self.points(kind: place.kind, population: place.rankingPopulation, populationListed: place.populationListed, country: place.country, latitude: place.coordinate.latitude,
                        longitude: place.coordinate.longitude, match: h.match, distance: v.distance, primary: h.match == .alias && v.matched == place.name,
                        whole: h.whole, kindWordInName: h.kindWordInName, hint: h.hint, context: context, reasons: context.explain ? r : nil,
                        matched: v.matched, key: h.key)
        }
        return Resolution(
            place: place, admin1Name: admin1Name ?? self.admin1Name(of: place),
            matched: v.matched, match: h.match, distance: v.distance, score: score,
            geoPrecision: Self.geoPrecision(place.kind), wherePrecision: Self.wherePrecision(place.kind),
            reasons: reasons.map { (reason: $0.0, points: $0.1) })
    }

    /// The display name of the admin1 area a place lies in (its own name for an admin1 area).
    func admin1Name(of place: Place) -> String? {
        place.kind == .admin1 ? place.name : admin1Name(country: place.country, code: place.admin1Code)
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

    /// Country > admin1 > curated regions and landmarks > admin2 > city by population.
    /// What a focus country adds to a candidate's score.
    public static let focusBonus = 0.3

    /// The kind a folded noun before "of" gives the name after it, as the gazetteer reads
    /// queries ("city of Raqqa" → `.city`, "province of Anbar" → `.admin1`); nil for other nouns.
    /// A geoparser reading running text asks this of the words before a name.
    public static func kind(beforeOf noun: String) -> PlaceKind? {
        HintWords.nounsBeforeOf[noun]
    }

    static func kindPrior(_ kind: PlaceKind, population: Int) -> Double {
        switch kind {
        case .country: 0.45
        case .admin1: 0.30
        case .admin2: 0.15
        case .city: 0.05 + 0.35 * min(1, log10(Double(population) + 1) / 7)
        // Curated regions and landmarks are what conflict news names; they outrank villages.
        default: 0.32
        }
    }

    /// What ``kindPrior(_:population:)`` rewards, for explanations.
    static func kindPriorReason(_ kind: PlaceKind, population: Int) -> String {
        switch kind {
        case .country: "a country"
        case .admin1: "a first-level admin area"
        case .admin2: "a second-level admin area"
        case .city: "a populated place of \(population)"
        default: "a \(kind.rawValue)"
        }
    }

    static func kind(_ k: PlaceKind, satisfies hint: PlaceKind) -> Bool {
        if k == hint { return true }
        switch hint {
        case .valley: return k == .region || k == .river
        case .military: return k == .airport
        case .airport: return k == .military
        // An island that is a first-level area or a country is one ("the island of Sicily", "Cyprus").
        case .island: return k == .admin1 || k == .country || k == .region
        // A desert, plain or basin named after an area lies in it: "the Homs desert" is Homs
        // province's, not the city's.
        case .region: return k == .admin1 || k == .admin2 || k == .valley
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
        case .admin1, .region, .island, .sea, .country: .largerRegion
        }
    }

    /// UCDP where_prec: 1 exact place, 3 second-order admin, 4 first-order admin, 5 a part of a
    /// country (river, valley, region), 6 the country.
    static func wherePrecision(_ k: PlaceKind) -> Int {
        switch k {
        case .city, .dam, .airport, .military, .oilfield, .crossing, .landmark: 1
        case .admin2: 3
        case .admin1: 4
        case .valley, .mountain, .lake, .river, .region, .island, .sea: 5
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
