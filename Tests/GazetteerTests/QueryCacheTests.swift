import Gazetteer
import GeoCore
import Testing

/// Small-limit resolutions come from cached, pruned candidate lists; they must rank exactly as the
/// full resolution does (limit 10 takes the full path) in every context.
@Suite struct QueryCacheTests {
    static let contexts: [ResolutionContext] = [
        ResolutionContext(),
        ResolutionContext(countries: ["US"]),
        ResolutionContext(countries: ["SY", "IQ"], kind: .city),
        ResolutionContext(kind: .admin1),
        ResolutionContext(near: [Coordinate(longitude: 43.13, latitude: 36.34)]),
        ResolutionContext(countries: ["GB"], near: [Coordinate(longitude: -0.13, latitude: 51.5), Coordinate(longitude: -2.24, latitude: 53.48)]),
        ResolutionContext(near: [Coordinate(longitude: -77.04, latitude: 38.9), Coordinate(longitude: -84.39, latitude: 33.75), Coordinate(longitude: -81.63, latitude: 38.35)]),
    ]

    @Test(arguments: ["Springfield", "London", "Paris", "Sinjar", "Deir ez-Zor", "Deir ez-Zor province", "Washington", "Georgia",
                      "Dublin", "Charleston", "Mayadin", "Hit", "Damascus", "Richmond", "Euphrates", "Gainesvile", "Tal Afar"])
    func cachedRankingEqualsTheFullRanking(name: String) throws {
        let g = try #require(TestGazetteer.shared)
        for (k, context) in Self.contexts.enumerated() {
            let full = g.resolve(name, context: context, limit: 10)
            for limit in 1...2 {
                // Twice: the second answer comes from the cache.
                for _ in 0..<2 {
                    let cached = g.resolve(name, context: context, limit: limit)
                    #expect(cached.map(\.place.id) == full.prefix(limit).map(\.place.id), "\(name), context \(k), limit \(limit)")
                    #expect(zip(cached, full).allSatisfy { $0.score == $1.score && $0.matched == $1.matched && $0.admin1Name == $1.admin1Name })
                }
            }
        }
    }

    /// Re-ranking a name's context-free candidates for a focus (what the geoparser does) must give
    /// the full resolution's top two with that focus and kind hint: places, order and scores.
    @Test(arguments: ["Springfield", "London", "Paris", "Sinjar", "Washington", "Georgia", "Norway", "Charleston", "Mayadin",
                      "Hit", "Damascus", "Richmond", "Alexandria", "Lebanon", "Tripoli"])
    func focusRankingOfCachedCandidatesEqualsTheFullRanking(name: String) throws {
        let g = try #require(TestGazetteer.shared)
        for focus in [[], ["US"], ["SY", "IQ"], ["GB"], ["LB", "LY"], ["EG", "US"]] as [[String]] {
            for kind in [nil, PlaceKind.city, .admin1] as [PlaceKind?] {
                let full = g.resolve(name, context: ResolutionContext(countries: focus, kind: kind, explain: false), limit: 10)
                let fast = Gazetteer.best(of: g.candidates(name, kind: kind), focus: focus, limit: 2)
                #expect(fast.map(\.place.id) == full.prefix(2).map(\.place.id), "\(name), focus \(focus), kind \(String(describing: kind))")
                #expect(zip(fast, full).allSatisfy { abs($0.score - $1.score) < 1e-12 }, "\(name), focus \(focus)")
            }
        }
    }

    @Test func explanationsOnlyWhenAsked() throws {
        let g = try #require(TestGazetteer.shared)
        #expect(g.resolve("al-Mayadeen", limit: 1).first?.reasons.isEmpty == false)
        let quiet = try #require(g.resolve("al-Mayadeen", context: ResolutionContext(explain: false), limit: 1).first)
        #expect(quiet.reasons.isEmpty)
        #expect(quiet.place.id.rawValue == "geonames:173480")
    }

    /// The summary read with a name's candidates says what a scan of them says: which kinds are
    /// among them and whether any matched by transliteration key.
    @Test(arguments: ["Jordan", "Euphrates", "Red Sea", "Niger", "Georgia", "Springfield", "Deir Ezzor", "Raqqa", "Hit", "Nowhere at all"])
    func candidateKindsSummariseTheList(name: String) throws {
        let g = try #require(TestGazetteer.shared)
        for kind in [nil, PlaceKind.city, .admin1] {
            let (list, kinds) = g.candidatesAndKinds(name, kind: kind)
            #expect(list.map(\.place.id) == g.candidates(name, kind: kind).map(\.place.id))
            for k in PlaceKind.allCases {
                #expect(kinds.contains(k) == list.contains { $0.place.kind == k }, "\(name) \(k)")
                #expect(kinds.containsOther(than: k) == list.contains { $0.place.kind != k }, "\(name) other than \(k)")
            }
            #expect(kinds.hasKeyMatch == list.contains { $0.match == .key }, "\(name)")
        }
        #expect(g.candidatesAndKinds("Jordan").kinds.contains(.river) && g.candidatesAndKinds("Jordan").kinds.contains(.country))
    }

    /// The best candidate's place and match read in the cache are those of the list's first,
    /// cached or not, with and without a kind hint; nil for a name with no candidates.
    @Test(arguments: ["Jordan", "Hit", "Raqqa", "Deir Ezzor", "BUD", "Springfield", "Nowhere at all"])
    func topCandidateIsTheListsFirst(name: String) throws {
        let g = try #require(TestGazetteer.shared)
        for kind in [nil, PlaceKind.city, .admin1, .river] {
            // (Asked first on a name not yet cached, for the kinds after the first.)
            let top = g.topCandidate(name, kind: kind)
            let first = g.candidates(name, kind: kind).first
            #expect(top?.place.id == first?.place.id, "\(name) \(String(describing: kind))")
            #expect(top?.match == first?.match, "\(name) \(String(describing: kind))")
            #expect(g.topCandidate(name, kind: kind)?.place.id == first?.place.id)
        }
        #expect(g.topCandidate("Nowhere at all") == nil)
        #expect(g.topCandidate("Jordan")?.place.kind == .country)
    }
}
