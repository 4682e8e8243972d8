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
        // (Worked out in buffers on the stack: most texts pair no names, and then nothing is
        // allocated; the lists are made only for a text whose names pair.)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: pairedNamesLimit) { textKeys in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: candidates.count) { nameOf in
                withUnsafeTemporaryAllocation(of: PairedReading.self, capacity: pairedNamesLimit * focusVoteOptions) { readings in
                    pairedCountries(candidates, textKeys: textKeys, nameOf: nameOf, readings: readings)
                }
            }
        }
    }

    /// A plausible reading for ``pairedCountries(_:)``: its place's code keys (``Place/codeKeys``,
    /// compared, never read), its name's number, where it stands (candidate, rank; rank 0 is the
    /// name's best), and whether it is a town (else a first-level area).
    struct PairedReading { let country: UInt64, admin1: UInt64, name: Int, candidate: Int, rank: Int, town: Bool }

    /// ``pairedCountries(_:)`` in the buffers it gives: room for ``pairedNamesLimit`` names' keys,
    /// a name number for each candidate, and ``focusVoteOptions`` readings for each name.
    private static func pairedCountries(_ candidates: [Candidate], textKeys: UnsafeMutableBufferPointer<UInt64>, nameOf: UnsafeMutableBufferPointer<Int>,
                                        readings: UnsafeMutableBufferPointer<PairedReading>) -> (nameOf: [Int], vote: [String?]) {
        // (The names by their texts' keys: compared as numbers, not as strings.)
        var names = 0
        for k in candidates.indices { nameOf[k] = -1 }
        // (Towns and areas in one list, each in order.)
        var count = 0
        var towns = 0, areas = 0
        for (k, c) in candidates.enumerated() where c.role == .place && !c.shortKey && c.demonymCountry == nil && c.placeID == nil {
            // (Names come again and again: the last one's number first, then the others'.)
            let key = c.textKey
            if let n = k > 0 && nameOf[k - 1] >= 0 && textKeys[nameOf[k - 1]] == key ? nameOf[k - 1] : (0..<names).first(where: { textKeys[$0] == key }) {
                nameOf[k] = n
                continue
            }
            guard !c.ranked.isEmpty else { continue }
            if names == pairedNamesLimit { return ([], []) }
            nameOf[k] = names
            textKeys[names] = key
            names += 1
            // (Read by index: iterating would copy each resolution.)
            let ranked = c.ranked, top = ranked[0].score
            // (Fields read in place: a copied place would be retained and released.)
            for r in 0..<min(focusVoteOptions, ranked.count) where ranked[r].score >= top - focusVoteMargin {
                let kind = ranked[r].place.kind
                guard kind == .city || kind == .admin1 else { continue }
                let keys = ranked[r].place.codeKeys
                readings[count] = PairedReading(country: keys.country, admin1: keys.admin1, name: nameOf[k], candidate: k, rank: r, town: kind == .city)
                count += 1
                if kind == .city { towns += 1 } else { areas += 1 }
            }
        }
        guard towns > 0, areas > 0 else { return ([], []) }
        let found = UnsafeMutableBufferPointer(rebasing: readings[0..<count])
        var vote: [String?] = []
        // Each town's readings in order: the first held by another name's area, unless both are
        // already their names' best (nothing would change).
        // (The names decided, a bit each: there are at most ``pairedNamesLimit``, 64.)
        var decided: UInt64 = 0
        for t in found where t.town && decided & (1 << t.name) == 0 {
            guard let a = found.first(where: { !$0.town && $0.name != t.name && $0.country == t.country && $0.admin1 == t.admin1 && !(t.rank == 0 && $0.rank == 0) })
            else { continue }
            decided |= 1 << t.name
            if vote.isEmpty { vote = [String?](filled: nil, count: names) }
            let country = candidates[t.candidate].ranked[t.rank].place.country
            vote[t.name] = country
            vote[a.name] = country
        }
        return vote.isEmpty ? ([], []) : (Array(nameOf), vote)
    }
}
