import GeoCore

/// The verified candidates of one query and kind hint, before any context is applied, kept so that
/// asking again — the same name in another sentence, another article, another coherence round —
/// costs a dictionary probe and a few score sums instead of folding, hashing, decoding and
/// verifying again.
///
/// Exactness: a context adds at most ``maxBonus`` to a candidate's score (0.3 for a focus country,
/// at most 0.4 for nearby places), so a candidate whose context-free score is more than that below
/// the `maxLimit`-th best verified one can never reach the top `maxLimit` in any context. Those are
/// dropped; the rest are ranked per call exactly as the full resolution ranks them.
struct QueryCandidates: Sendable {
    /// The most results a cached query answers (larger limits take the full path).
    static let maxLimit = 2
    /// The most a context adds to a score: 0.3 for a focus country, and at most 0.4 for nearby
    /// places in ``Gazetteer/resolve(_:context:limit:)`` or 0.5 for the geoparser's coherence
    /// with other names' candidates.
    static let maxBonus = Gazetteer.focusBonus + 0.5 + 1e-9

    struct Entry: Sendable {
        /// The hit as pass 1 scored it without context.
        var hit: Gazetteer.Hit
        /// Index metadata the context-dependent part of the score needs.
        var kind: PlaceKind
        var country: String
        var latitude: Double
        var longitude: Double
        var primary: Bool
        /// The decoded, verified match.
        var verified: Gazetteer.Verified
        var admin1Name: String?
        /// The name that matched is an alternate unlike the place's name (see ``OwnNameFirst``).
        var unlikeAlternate: Bool
    }

    let entries: [Entry]
    /// All entries as resolutions with only the kind hint as context, best first (see
    /// ``Gazetteer/candidates(_:kind:)``), made once.
    let contextFree: [Resolution]
    /// What ``contextFree`` holds (kinds, key matches), for rules that ask it of every name.
    let kinds: CandidateKinds

    /// Scores, verifies and prunes the candidates of `query` with only its kind hint as context.
    init(query: String, kind: PlaceKind?, gazetteer g: Gazetteer) {
        let hits = g.scoredHits(query, context: ResolutionContext(kind: kind, explain: false))
        var kept: [Entry] = []
        var verifiedScores: [Double] = []
        for h in hits {
            if verifiedScores.count >= Self.maxLimit, h.score < verifiedScores[Self.maxLimit - 1] - Self.maxBonus { break }
            guard let v = g.verify(h) else { continue }
            let m = g.index.meta(h.place)
            let country = IndexFile.countryCode(m.country)
            kept.append(Entry(hit: h, kind: m.kind, country: country, latitude: m.latitude, longitude: m.longitude,
                              primary: h.name == 0 && h.match == .alias, verified: v, admin1Name: g.admin1Name(of: v.place),
                              unlikeAlternate: OwnNameFirst.unlike(matched: v.matched, name: v.place.name, match: h.match)))
            verifiedScores.append(h.score)
        }
        entries = kept
        contextFree = Self.rank(kept, .max, context: ResolutionContext(kind: kind, explain: false), in: g)
        kinds = CandidateKinds(contextFree)
    }

    /// The best `limit` resolutions in `context` (no filters), ranked as ``Gazetteer/resolve(_:context:limit:)`` ranks.
    func best(_ limit: Int, context: ResolutionContext, in g: Gazetteer) -> [Resolution] {
        Self.rank(entries, limit, context: context, in: g)
    }

    static func rank(_ entries: [Entry], _ limit: Int, context: ResolutionContext, in g: Gazetteer) -> [Resolution] {
        guard !entries.isEmpty else { return [] }
        // Scores in the context; fields are read in place (an entry holds strings and a place,
        // whose copies would cost reference counting).
        var order = Array(entries.indices)
        var scores = [Double](repeating: 0, count: entries.count)
        entries.withUnsafeBufferPointer { e in
            for i in e.indices {
                scores[i] = Gazetteer.points(kind: e[i].kind, population: e[i].hit.population, country: e[i].country, latitude: e[i].latitude,
                                             longitude: e[i].longitude, match: e[i].hit.match, distance: e[i].hit.distance, primary: e[i].primary,
                                             whole: e[i].hit.whole, kindWordInName: e[i].hit.kindWordInName, hint: e[i].hit.hint, context: context, reasons: nil)
            }
            if e.count > 1 {
                order.sort { a, b in
                    scores[a] != scores[b] ? scores[a] > scores[b]
                        : e[a].hit.population != e[b].hit.population ? e[a].hit.population > e[b].hit.population : e[a].hit.place < e[b].hit.place
                }
                if context.near.isEmpty, let p = OwnNameFirst.promoted(order, facts: { i in
                    OwnNameFirst.Facts(kind: e[i].kind, population: e[i].hit.population, ownName: e[i].primary,
                                       unlikeAlternate: e[i].unlikeAlternate, score: scores[i])
                }) {
                    order.insert(order.remove(at: p), at: 0)
                }
            }
        }
        return order.prefix(limit).map { i in
            g.resolution(entries[i].hit, entries[i].verified, admin1Name: .some(entries[i].admin1Name), context: context)
        }
    }
}

/// The key of the process-wide cache of ``QueryCandidates`` (``Gazetteer/queryCache``).
struct QueryKey: Hashable, Sendable {
    var query: String
    var kind: PlaceKind?

    /// The key's hash for the query cache: FNV over the query's bytes, seeded by the kind. A
    /// query is a few words, so this costs a fraction of `Hasher`'s set-up and finalisation,
    /// which the geoparser paid on every name it looked up.
    static func hash(_ query: String, _ kind: PlaceKind?) -> UInt64 {
        IndexHashing.hash(query, seed: kind.map { UInt64($0.code) &+ 1 } ?? 0)
    }
}

extension Gazetteer {
    /// The candidates of a name with only its kind hint as context, best first: every place that
    /// a focus country and nearby places could still make the best one (within 0.8 of the best
    /// score), verified. Cached per name and hint like small-limit resolutions; reasons are empty.
    public func candidates(_ query: String, kind: PlaceKind? = nil) -> [Resolution] {
        cachedQuery(query, kind: kind) { $0.contextFree }
    }

    /// The place of the best of ``candidates(_:kind:)`` and how it matched, nil when there is none.
    /// Read in the cache, so only the place is retained: the list is not, nor the resolution's
    /// texts (its matched name and reasons), whose line a caller that asks only of the place never
    /// reads. (The geoparser asks this of most capitalised words, and each retain of a list or a
    /// texts box cold in the cache was a miss of its own.)
    public func topCandidate(_ query: String, kind: PlaceKind? = nil) -> (place: Place, match: MatchKind)? {
        // (By subscript: read through a buffer pointer, the cached value was copied whole.)
        cachedQuery(query, kind: kind) { q in q.contextFree.isEmpty ? nil : (q.contextFree[0].place, q.contextFree[0].match) }
    }

    /// ``candidates(_:kind:)`` and what they hold (``CandidateKinds``), from one cache lookup.
    public func candidatesAndKinds(_ query: String, kind: PlaceKind? = nil) -> (list: [Resolution], kinds: CandidateKinds) {
        cachedQuery(query, kind: kind) { ($0.contextFree, $0.kinds) }
    }

    /// What `read` takes of a query's cached candidates (made when missing). Only that part is read
    /// out of the cache: the scoring entries are not retained and released.
    @inline(__always)
    private func cachedQuery<Part>(_ query: String, kind: PlaceKind?, read: (borrowing QueryCandidates) -> Part) -> Part {
        queryCache.value(QueryKey(query: query, kind: kind), hash: Int(truncatingIfNeeded: QueryKey.hash(query, kind)), make: {
            QueryCandidates(query: $0.query, kind: $0.kind, gazetteer: self)
        }, read: read)
    }

    /// The best `limit` of a name's candidates (as ``candidates(_:kind:)`` gives them) with focus
    /// countries as context: ranked as ``resolve(_:context:limit:)`` ranks with those countries and
    /// the same kind hint, without asking the index again. The candidates hold every place the focus
    /// can lift to the top two.
    public static func best(of candidates: [Resolution], focus countries: [String], limit: Int) -> [Resolution] {
        bestPicks(of: candidates, focus: countries, limit: limit).map { pick in
            var r = candidates[pick.index]
            r.score = pick.score
            return r
        }
    }

    /// What ``best(of:focus:limit:)`` answers, as positions in `candidates` and the scores the
    /// focus gives them: for callers that read the picks in place rather than copy them.
    public static func bestPicks(of candidates: [Resolution], focus countries: [String], limit: Int) -> [(index: Int, score: Double)] {
        bestPicks(of: candidates, focusKeys: countries.map(Place.codeKey), limit: limit)
    }

    /// ``bestPicks(of:focus:limit:)`` with the focus countries given by their code keys
    /// (``Place/codeKey(_:)``): for callers that ask of many names with one focus, and key it once.
    public static func bestPicks(of candidates: [Resolution], focusKeys keys: [UInt64], limit: Int) -> [(index: Int, score: Double)] {
        var out: [(index: Int, score: Double)] = []
        out.reserveCapacity(min(limit, candidates.count))
        forEachBestPick(of: candidates, focusKeys: keys, limit: limit) { out.append(($0, $1)); return true }
        return out
    }

    /// Calls `body` with each of ``bestPicks(of:focusKeys:limit:)``'s picks in turn (position and
    /// score, best first) until it returns false or `limit` picks are given: for callers that want
    /// one or two picks, or each once, with no list built for them.
    /// (Inlinable: the geoparser calls it for every name, and its `body` is then inlined too, with
    /// no call and no closure context a pick.)
    @inlinable
    public static func forEachBestPick(of candidates: [Resolution], focusKeys keys: [UInt64], limit: Int, _ body: (Int, Double) -> Bool) {
        let n = candidates.count
        guard !keys.isEmpty else {
            for k in 0..<min(limit, n) where !body(k, candidates[k].score) { return }
            return
        }
        // The candidates come best first; the focus adds the same bonus to every place in it, so the
        // focus places and the others each stay in order, and the answer merges the two runs. Each
        // run is walked by a cursor, only as far as the answer needs.
        // (The focus by code key: a candidate's key lies in the first cache line of its place, its
        // code two lines in.)
        keys.withUnsafeBufferPointer { keys in
            func next(_ k: Int, inFocus: Bool) -> Int {
                var k = k
                while k < n && keys.contains(candidates[k].place.codeKeys.country) != inFocus { k += 1 }
                return k
            }
            func before(_ a: Int, _ sa: Double, _ b: Int, _ sb: Double) -> Bool {
                if sa != sb { return sa > sb }
                let pa = candidates[a].place.population ?? 0, pb = candidates[b].place.population ?? 0
                return pa != pb ? pa > pb : a < b
            }
            var given = 0
            var i = next(0, inFocus: true), j = next(0, inFocus: false)
            while given < limit && (i < n || j < n) {
                let takeFocus: Bool
                if i == n { takeFocus = false }
                else if j == n { takeFocus = true }
                else { takeFocus = before(i, candidates[i].score + focusBonus, j, candidates[j].score) }
                given += 1
                if takeFocus {
                    guard body(i, candidates[i].score + focusBonus) else { return }
                    i = next(i + 1, inFocus: true)
                } else {
                    guard body(j, candidates[j].score) else { return }
                    j = next(j + 1, inFocus: false)
                }
            }
        }
    }

    /// The cached candidates of a query with a kind hint.
    func queryCandidates(_ query: String, kind: PlaceKind?) -> QueryCandidates {
        cachedQuery(query, kind: kind) { copy $0 }
    }
}
