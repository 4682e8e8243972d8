import Gazetteer

extension Geoparser {
    /// How many distinct names a text may have for ``pairedCountries(_:)`` to compare them all.
    static let pairedNamesLimit = 64

    /// Names that read together as a town and the first-level area that holds it, each as one of
    /// its best few candidates (within ``focusVoteMargin`` of its best): "Alexandria" and
    /// "Virginia" in one text are Alexandria and the state of Virginia, though alone they are
    /// Alexandria, Egypt, and Virginia, Free State. For each candidate, the pair's country its
    /// name votes for when the focus is inferred, instead of its own best place's; nil for most.
    /// (As each candidate's name number and each name's vote: no array of optional strings as
    /// long as the candidates is built for the few names that pair.)
    static func pairedCountries(_ candidates: [Candidate]) -> (nameOf: [Int], vote: [String?]) {
        // A plausible reading: its place's code keys (``Place/codeKeys``, compared, never read),
        // its name's number, where it stands (candidate, rank; rank 0 is the name's best), and
        // whether it is a town (else a first-level area).
        struct Reading { let country: UInt64, admin1: UInt64, name: Int, candidate: Int, rank: Int, town: Bool }
        // (The names by their texts' keys: compared as numbers, not as strings.)
        var textKeys: [UInt64] = []
        textKeys.reserveCapacity(candidates.count)
        var nameOf = [Int](filled: -1, count: candidates.count)
        // (Towns and areas in one list, each in order: one buffer a text, not two.)
        var readings: [Reading] = []
        readings.reserveCapacity(candidates.count)
        var towns = 0, areas = 0
        for (k, c) in candidates.enumerated() where c.role == .place && !c.shortKey && c.demonymCountry == nil && c.placeID == nil {
            // (Names come again and again: the last one's number first, then the others'.)
            let key = c.textKey
            if let n = k > 0 && nameOf[k - 1] >= 0 && textKeys[nameOf[k - 1]] == key ? nameOf[k - 1] : textKeys.firstIndex(of: key) {
                nameOf[k] = n
                continue
            }
            guard !c.ranked.isEmpty else { continue }
            if textKeys.count == pairedNamesLimit { return ([], []) }
            nameOf[k] = textKeys.count
            textKeys.append(key)
            // (Read by index: iterating would copy each resolution.)
            let ranked = c.ranked, top = ranked[0].score
            // (Fields read in place: a copied place would be retained and released.)
            for r in 0..<min(focusVoteOptions, ranked.count) where ranked[r].score >= top - focusVoteMargin {
                let kind = ranked[r].place.kind
                guard kind == .city || kind == .admin1 else { continue }
                let keys = ranked[r].place.codeKeys
                readings.append(Reading(country: keys.country, admin1: keys.admin1, name: nameOf[k], candidate: k, rank: r, town: kind == .city))
                if kind == .city { towns += 1 } else { areas += 1 }
            }
        }
        guard towns > 0, areas > 0 else { return ([], []) }
        var vote = [String?](filled: nil, count: textKeys.count)
        // Each town's readings in order: the first held by another name's area, unless both are
        // already their names' best (nothing would change).
        var decided = [Bool](filled: false, count: textKeys.count)
        for t in readings where t.town && !decided[t.name] {
            guard let a = readings.first(where: { !$0.town && $0.name != t.name && $0.country == t.country && $0.admin1 == t.admin1 && !(t.rank == 0 && $0.rank == 0) })
            else { continue }
            decided[t.name] = true
            let country = candidates[t.candidate].ranked[t.rank].place.country
            vote[t.name] = country
            vote[a.name] = country
        }
        return (nameOf, vote)
    }
}
