import Gazetteer

extension Geoparser {
    /// "from Borno into Yobe and Adamawa states": first-level areas listed under one plural kind
    /// word (or named each with its kind word) lie in one country. Where the list's picks lie in
    /// different countries, the country in which most of its names have a first-level area of their
    /// name (among their candidates) is meant, and each name that has one there is moved to it and
    /// settled: Adamawa is Nigeria's state beside Yobe, not Cameroon's region. A tie, or a list
    /// whose picks agree, changes nothing.
    func areasListedInOneCountry(_ tokens: Tokens, _ candidates: [Candidate], _ best: inout [Resolution?], _ settled: inout FlagList, focus: [String]) {
        var start = 0
        while start < candidates.count {
            // The run of first-level areas from `start`, each the next item of the list.
            var end = start
            while end + 1 < candidates.count, candidates[end].hint == .admin1, candidates[end + 1].hint == .admin1,
                  Self.nextListItem(tokens, after: candidates[end].last) == candidates[end + 1].spanFirst { end += 1 }
            defer { start = end + 1 }
            guard end > start else { continue }
            let run = start...end
            let countries = run.compactMap { best[$0]?.place.kind == .admin1 ? best[$0]?.place.country : nil }
            guard countries.count == run.count, Set(countries).count > 1 else { continue }
            // How many of the list's names have an area in each country among their candidates.
            var counts: [String: Int] = [:]
            for k in run {
                for cc in Set(candidates[k].ranked.lazy.filter { $0.place.kind == .admin1 }.map(\.place.country)) { counts[cc, default: 0] += 1 }
            }
            let ranked = counts.sorted { $0.value > $1.value }
            guard let top = ranked.first, ranked.count < 2 || ranked[1].value < top.value else { continue }
            for k in run where best[k]?.place.country != top.key {
                guard let r = candidates[k].ranked.first(where: { $0.place.kind == .admin1 && $0.place.country == top.key && Self.fits($0, candidates[k].text) })
                else { continue }
                best[k] = Self.scored(r, focus: focus)
                settled[k] = true
            }
        }
    }
}
