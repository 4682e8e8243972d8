import Foundation
import Gazetteer
import GeoCore

extension Geoparser {
    /// How many of a name's candidates speak for it in coherence, and how far below its best.
    static let coherenceCandidates = 10
    static let coherenceMargin = 0.3
    /// Weight of coherence, and the distance at which closeness falls to 1/e.
    static let coherenceWeight = 0.5
    static let coherenceKm = 150.0

    /// Re-ranks the names that are still open (no clear winner on their own) by how well each of
    /// their candidates fits the other names' plausible candidates — not only the others' current
    /// winners, so two ambiguous names can settle each other (Pineville and Rapides Parish).
    ///
    /// A candidate's support is the mean of its three best closeness values, one per other name
    /// (the best over that name's candidates within ``coherenceMargin`` of its top): 1 when an area
    /// contains the other place (a country its towns, an admin1 area its towns), else
    /// e^(−d/150 km) between points; areas are close only to what they contain. The winner
    /// maximises score + focus bonus + ``coherenceWeight`` × support.
    ///
    /// A name settled on its own (its winner leads by more than 0.4) speaks for its winner only.
    /// `focusKeys` are the `focus` countries by code key (``Place/codeKey(_:)``), worked out once a
    /// text. The new picks replace the first round's in `best` once every name is weighed (the
    /// rules read the first round's throughout).
    func coherent(_ candidates: [Candidate], _ best: inout [Resolution?], settled: FlagList, focus: [String], focusKeys: [UInt64]) {
        let n = candidates.count
        // (What is worked out below is kept in buffers on the stack, the numbers carved from one:
        // a text made nine arrays here, each allocated and freed.)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 * n + 1) { ints in
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { keys in
        // Distinct names by number (in order of first mention); where each stands in the text.
        let nameOf = UnsafeMutableBufferPointer(rebasing: ints[0..<n])
        let names = Self.nameNumbers(candidates, into: nameOf, keys: keys)
        // Each name's token positions, ascending, in one flat list (counting sort by name).
        let starts = UnsafeMutableBufferPointer(rebasing: ints[n..<(n + names + 1)])
        starts.initialize(repeating: 0)
        for id in nameOf { starts[id + 1] += 1 }
        for id in 0..<names { starts[id + 1] += starts[id] }
        let positionStore = UnsafeMutableBufferPointer(rebasing: ints[(2 * n + 1)..<(3 * n + 1)])
        // Each name's pick once made (``NameState/decided``), and the name whose pick each
        // candidate takes: applied to `best` at the end.
        // (Positions, not resolutions: nothing is copied until the picks are applied, and the
        // caller's list is changed in place, not copied whole.)
        let takes = UnsafeMutableBufferPointer(rebasing: ints[(3 * n + 1)..<(4 * n + 1)])
        takes.initialize(repeating: -1)
        // What is kept of each name, in one list (see ``NameState``): one list, not one for each
        // thing kept.
        withUnsafeTemporaryAllocation(of: NameState.self, capacity: names) { state in
        state.initialize(repeating: NameState())
        for id in 0..<names { state[id].filled = starts[id] }
        // (By index: a loop over the candidates retained and released each.)
        for k in candidates.indices {
            positionStore[state[nameOf[k]].filled] = candidates[k].first
            state[nameOf[k]].filled += 1
        }
        // Each distinct name's plausible places: from its last open mention, else its first
        // settled one (a settled name speaks for its winner only).
        // (By index, the picks read in place through a buffer: a loop over the pairs copied every
        // resolution, and so, two references retained and released, did reading the list itself.)
        best.withUnsafeBufferPointer { best in
            for k in candidates.indices {
                guard let located = best[k]?.place.hasCoordinate else { continue }
                let id = nameOf[k]
                if candidates[k].placeID != nil || candidates[k].role == .demonym || settled[k] {
                    if state[id].settledSpot == nil, state[id].lastOpen < 0, located, let place = best[k]?.place { state[id].settledSpot = Spot(place) }
                    continue
                }
                state[id].lastOpen = k
            }
        }
        // All names' spots in one flat store, each name's a range of it: the inner loop reads them
        // in place, with no arrays to retain.
        // (Room for every spot at once: as many as each name can give.)
        var room = 0
        for id in 0..<names { room += state[id].lastOpen >= 0 ? max(1, min(candidates[state[id].lastOpen].ranked.count, Self.coherenceCandidates)) : 1 }
        withUnsafeTemporaryAllocation(of: Spot.self, capacity: room) { spots in
        var spotCount = 0
        // (Never past the room counted above; tested all the same, as the store is a raw buffer.)
        func keep(_ spot: Spot) {
            guard spotCount < spots.count else { return }
            spots.initializeElement(at: spotCount, to: spot)
            spotCount += 1
        }
        for id in 0..<names {
            let from = spotCount
            // Plausible with the focus: a namesake abroad far below the focus country's place is not.
            // (Picks by position: the candidates are read in place, never copied.)
            // (Visited best first, with no list of picks built: the first sets the top.)
            var top: Double?
            if state[id].lastOpen >= 0 {
                let c = candidates[state[id].lastOpen]
                // (Read in place: no resolution is copied.)
                c.ranked.withUnsafeBufferPointer { ranked in
                    // A country named by its own name, on top with the focus, speaks for no small
                    // town abroad that shares its name: "Jordan's King Abdullah" next to "talks in
                    // Geneva" makes no case for Geneva, New York, by way of Jordan, New York. (It
                    // still speaks for a first-level area of the name: Georgia, the state.)
                    var countryOnTop = false
                    Gazetteer.forEachBestPick(of: c.ranked, focusKeys: focusKeys, limit: Self.coherenceCandidates) { index, score in
                        if top == nil { countryOnTop = Self.isCountryByItsName(ranked[index]) }
                        let first = top ?? score
                        top = first
                        // (The picks come best first, so none after one below the margin is within
                        // it: the walk stops there, and reads no more places.)
                        guard score >= first - Self.coherenceMargin else { return false }
                        if countryOnTop, Self.smallTownAbroad(ranked[index].place, focusKeys: focusKeys) { return true }
                        if ranked[index].place.hasCoordinate, Self.fits(ranked[index], c.text) {
                            keep(Spot(ranked[index].place))
                        }
                        return true
                    }
                }
            }
            if top == nil, let spot = state[id].settledSpot {
                keep(spot)
            }
            state[id].spots = from..<spotCount
        }
        let store = UnsafeBufferPointer(rebasing: spots[0..<spotCount])
        // (The proximity of each gap worked out once a process: see ``proximities``.)
        let proximities = Self.proximities
        // (The other names as a name is weighed: each one's spots and its proximity.)
        withUnsafeTemporaryAllocation(of: (spots: UnsafeBufferPointer<Spot>, weight: Double).self, capacity: names) { othersRoom in
        // (Where `support` keeps how near each other name is between its two passes.)
        withUnsafeTemporaryAllocation(of: Nearness.self, capacity: names) { nearness in
        nearness.initialize(repeating: Nearness(value: 0, chord: -1))
            let positions = { (id: Int) in UnsafeBufferPointer(rebasing: positionStore[starts[id]..<starts[id + 1]]) }
            // (By index, the candidate taken only once its name is to be weighed: a loop over the
            // pairs retained and released every candidate.)
            for i in candidates.indices where !settled[i] && candidates[i].placeID == nil && candidates[i].role != .demonym {
                // (Whether there is a pick asked in place: a name already weighed copies none.)
                guard best[i].placeKind != nil else { continue }
                let id = nameOf[i]
                if state[id].decided != nil { takes[i] = id; continue }
                // (The first round's pick read once: each reading copied it, two references, and
                // the rules below read it for every option.)
                guard let first = best[i] else { continue }
                let c = candidates[i]
                // Names near in the text speak louder: "between Tal Afar and Sinjar" more than an Idlib
                // two paragraphs away.
                var otherCount = 0
                for other in 0..<names where other != id && !state[other].spots.isEmpty {
                    othersRoom.initializeElement(at: otherCount, to: (UnsafeBufferPointer(rebasing: store[state[other].spots]),
                                                                       Self.proximity(Self.nearestGap(positions(id), positions(other)), proximities)))
                    otherCount += 1
                }
                let others = UnsafeBufferPointer(rebasing: othersRoom[0..<otherCount])
                // No option's support exceeds what the three nearest names could give at full
                // closeness: options that cannot reach the pick even so are not measured.
                let ceiling = Self.supportCeiling(others)
                // Nor does it move to a small town abroad that bears the name from a region of
                // several countries named by its own name ("troops to the Middle East" in a report
                // from Washington is not Middle East, Maryland), or from a national capital in the
                // text's leading country where the text names other places of it too ("advisers in
                // Damascus" in a report on Syria from Washington is not Damascus, Maryland; a Dublin
                // paper that names Ireland for Dublin alone is about Dublin, Ohio).
                // (Asked only once an option is a small town abroad, and then once: the test reads
                // the name's place beyond its first cache line.)
                var keptFromSmallTowns: Bool?
                func kept() -> Bool {
                    if let known = keptFromSmallTowns { return known }
                    let answer = first.place.country.isEmpty && Self.namesItself(first)
                        || first.place.isNationalCapital && first.place.country == focus.first && Self.namesOtherPlaces(in: first.place, best)
                    keptFromSmallTowns = answer
                    return answer
                }
                let firstCountry = first.place.codeKeys.country
                // The first round's pick when it is a national capital named by its own name, which
                // two rules below keep from moving (read once, not for every option).
                let capitalByName = first.place.isNationalCapital && Self.namesItself(first) ? first.place : nil
                var pick: Int?
                var pickScore = -Double.infinity
                let from = state[id].lastOpen >= 0 ? state[id].lastOpen : i
                let options = candidates[from].ranked
                // (Read in place: a candidate is copied only once it is the answer.)
                // (The options read from the list itself, which the loop holds: read through a
                // buffer, each was copied, two references, to be passed to the rules.)
                for k in options.indices {
                    let r = options[k]
                    // Best first: once even the focus bonus and the support ceiling cannot lift
                    // a candidate past the pick, no later one can either: stop.
                    if r.score + Gazetteer.focusBonus + ceiling < pickScore { break }
                    // (The filters below only skip options: the cheapest, this one, goes first.)
                    let base = r.score + (focusKeys.contains(r.place.codeKeys.country) ? Gazetteer.focusBonus : 0)
                    if base + ceiling < pickScore { continue }
                    guard Self.fits(r, c.text) else { continue }
                    // A bare name shared by a province and a city in it is the city ("west of Donetsk",
                    // "fighting in Aleppo"); news names the province with its word ("Aleppo province"),
                    // which hints the kind. The province would otherwise win here for containing the
                    // other places.
                    if c.hint == nil, Self.namesItsSeat(r, options, written: c.text) { continue }
                    // Nor does a national capital named by its own name move to a small town outside
                    // the text's countries that bears the name too, for lying near another such
                    // namesake, in a text about a third country: "called on Washington and Rome" in a
                    // report on Libya is no pair of Illinois towns. (In a text whose countries the
                    // capital's own name put in the focus, "Paris" in an Illinois paper, or that names
                    // another place in the town's country than its capital, "Athens" beside Henderson
                    // County, it may move.)
                    if c.single, r.place.kind == .city, (r.place.population ?? 0) < 50_000, !focus.isEmpty, let capital = capitalByName,
                       !focusKeys.contains(r.place.codeKeys.country), !focusKeys.contains(capital.codeKeys.country), !r.place.isSame(as: capital),
                       !best.indices.contains(where: { j in
                           j != i && best[j].map { $0.place.codeKeys.country == r.place.codeKeys.country && !$0.place.isNationalCapital } ?? false
                       }) { continue }
                    // Nor does a national capital named by its own name move to a first-level area
                    // that has the name only as an alternate: "Yabroud, north of Damascus" is the
                    // capital, not Rif Dimashq (which GeoNames also calls "Damascus"), though
                    // Yabroud lies in Rif Dimashq.
                    if c.hint == nil, r.place.kind == .admin1, let capital = capitalByName, !r.place.isSame(as: capital), !Self.namesItself(r) { continue }
                    // Nor does a one-word name move, for being near the others, from a place it names to a
                    // small town that has it only as an alternate: abroad ("western Anbar" is the Iraqi
                    // province, not Ambar, Turkey, in a report on Syria), or anywhere from a national
                    // capital or a city of a million ("Tehran" in a report that also names Isfahan and
                    // Natanz is the capital, not Tīrān near them).
                    // Nor, whatever its size, from a national capital named by its own name to a town that
                    // has the name as an alternate ("ABUJA" in a report that names Niger state is the
                    // capital, not Suleja, once called Abuja). Nor from a first-level area named by its own
                    // name to a small town outside it that has the name as an alternate ("Sonora and
                    // Durango" are two states, not the villages Ejido Sonora and Ejido Durango in Baja
                    // California; a town inside, as its seat, may be meant: "near Sabha and Murzuq").
                    // (Whether the option is the first round's pick asked last: it reads the place
                    // past its first cache line, where most options are ruled out by their names.)
                    if c.single, r.place.kind == .city, Self.namesItself(first), !Self.namesItself(r),
                       (r.place.population ?? 0) < 50_000 && (!focus.isEmpty && !focusKeys.contains(r.place.codeKeys.country) || (first.place.population ?? 0) >= 1_000_000
                                                               || first.place.kind == .admin1 && r.place.codeKeys != first.place.codeKeys)
                        || first.place.isNationalCapital,
                       !r.place.isSame(as: first.place) { continue }
                    // Nor from a country or first-level area named by its own name to a small
                    // town that bears the name, however near the others it lies: one abroad for
                    // a country ("Jordan's King Abdullah" beside Geneva, in a report on Syria, is
                    // not Jordan, New York), one outside it for a first-level area ("Voters in
                    // Oregon and Washington" are no Oregon and Washington, Illinois).
                    if Self.smallTown(r.place), Self.namesItself(first),
                       first.place.kind == .country && !focusKeys.contains(r.place.codeKeys.country)
                        || first.place.kind == .admin1 && !Self.holds(first.place, r.place) { continue }
                    if Self.smallTown(r.place),
                       r.place.codeKeys.country != firstCountry, kept() { continue }
                    // (Not measured when it cannot reach the pick: see `support`.)
                    guard let support = Self.support(Spot(r.place), others, nearness, adding: base, toReach: pickScore) else { continue }
                    let s = base + support
                    if s > pickScore || (s == pickScore && (r.place.population ?? 0) > (pick.map { options[$0].place.population ?? 0 } ?? 0)) {
                        pick = k
                        pickScore = s
                    }
                }
                if let pick {
                    state[id].decided = Decision(from: from, pick: pick, score: pickScore)
                    takes[i] = id
                }
            }
        }
        }
        for i in takes.indices where takes[i] >= 0 {
            guard let d = state[takes[i]].decided else { continue }
            var pick = candidates[d.from].ranked[d.pick]
            pick.score = d.score
            best[i] = pick
        }
        }
        }
        }
        }
    }

    /// What ``coherent(_:_:settled:focus:focusKeys:)`` keeps of a distinct name: the next free slot
    /// among its positions while they are sorted, its last open mention (−1 when none) and first
    /// settled spot, the range of its plausible places' spots in the flat store, and its pick once
    /// made.
    struct NameState {
        var filled = 0
        var lastOpen = -1
        var settledSpot: Spot?
        var spots = 0..<0
        var decided: Decision?
    }

    /// A name's pick in ``coherent(_:_:settled:focus:focusKeys:)``: the candidate whose list holds
    /// it, its position there, and its score with the others' support.
    struct Decision {
        let from: Int
        let pick: Int
        let score: Double
    }

    /// Whether another of the text's places lies in `p`'s country.
    static func namesOtherPlaces(in p: Place, _ best: [Resolution?]) -> Bool {
        best.contains { $0.map { $0.place.codeKeys.country == p.codeKeys.country && !$0.place.isSame(as: p) } ?? false }
    }

    /// Each candidate's name as a number, written into `numbers` (equal texts, equal numbers,
    /// counted from 0 in order of first appearance), and how many distinct names there are;
    /// `keys`, as long as `numbers`, holds the names' keys. A text holds few distinct names: they
    /// are compared with those seen so far, and hashed only past a few dozen.
    static func nameNumbers(_ candidates: [Candidate], into numbers: UnsafeMutableBufferPointer<Int>, keys: UnsafeMutableBufferPointer<UInt64>) -> Int {
        // (By the texts' keys: numbers compared, not strings.)
        var names = 0
        var index: [UInt64: Int]?
        for (k, c) in candidates.enumerated() {
            if let found = index?[c.textKey] ?? (index == nil ? (0..<names).first(where: { keys[$0] == c.textKey }) : nil) {
                numbers[k] = found
                continue
            }
            numbers[k] = names
            index?[c.textKey] = names
            keys[names] = c.textKey
            names += 1
            if index == nil && names > 32 {
                index = Dictionary(uniqueKeysWithValues: (0..<names).map { (keys[$0], $0) })
            }
        }
        return names
    }

    /// The smallest distance between a position of `a` and one of `b` (both ascending), or
    /// `Int.max` when either is empty.
    static func nearestGap(_ a: UnsafeBufferPointer<Int>, _ b: UnsafeBufferPointer<Int>) -> Int {
        var gap = Int.max, i = 0, j = 0
        while i < a.count && j < b.count {
            gap = min(gap, abs(a[i] - b[j]))
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return gap
    }

    /// Whether `r` is a first-level area and `options` (the same name's candidates, for the text
    /// `written`) hold its seat: a first-level or national capital in it (GeoNames `PPLA`, `PPLC`),
    /// or a city of 100,000 or more in it that bears the name as written, as its own name or, in
    /// the romanised-name countries, an alternate (Donetsk, which GeoNames no longer lists as its
    /// oblast's seat; Raqqa, which it lists as "Ar Raqqah"), or a town of 10,000 or more that bears
    /// it so where the area's own name is the one written (Kidal, Daraa, Ménaka).
    static func namesItsSeat(_ r: Resolution, _ options: [Resolution], written: String) -> Bool {
        guard r.place.kind == .admin1 else { return false }
        // (Folded once, when a city first asks: the name as written, and the area's own name.)
        var folded: String?
        var areaFolded: String?
        let keys = r.place.codeKeys
        // (By index, each option's kind and area keys read in place, from its place's first cache
        // line: `contains` copied every option, two references, and compared its codes' strings,
        // a line further in. Equal codes have equal keys, so the keys only rule out; the codes
        // themselves decide.)
        return options.indices.contains { j in
            guard options[j].place.kind == .city, options[j].place.codeKeys.country == keys.country, options[j].place.codeKeys.admin1 == keys.admin1 else { return false }
            let option = options[j]
            guard option.place.country == r.place.country, option.place.admin1Code == r.place.admin1Code else { return false }
            if option.place.featureCode == "PPLA" || option.place.isNationalCapital { return true }
            let population = option.place.population ?? 0
            guard population >= 10_000 else { return false }
            // By its own name, or, where GeoNames' names are formal romanisations, by the alternate
            // the text wrote: it calls Raqqa city "Ar Raqqah" (a PPL), the province "Raqqa". (Not
            // elsewhere: "New York" is an alternate of New York City, and the state is meant.)
            let writtenFolded = folded ?? NameFolding.fold(written)
            folded = writtenFolded
            // (Or by its transliteration key there: "Deir Ezzor" is Deir ez-Zor city.)
            let bearsName = NameFolding.fold(option.place.name) == writtenFolded
                || Lexicon.romanisedCountryCodes.contains(r.place.country) && (option.match == .key || option.match == .alias && NameFolding.fold(option.matched) == writtenFolded)
            // A town of 10,000 or more that bears the name is the seat too where the area's own name
            // is the one written, though GeoNames does not say so: "Kidal", "Daraa", "Ménaka" (PPL,
            // 40,000, 98,000 and 14,000 people).
            guard bearsName, population < 100_000 else { return bearsName }
            // (The area's own name without its kind word counts as its own: "Kherson Oblast" for
            // "Kherson", which GeoNames lists as a PPL of 66,000.)
            let area = areaFolded ?? Self.withoutKindWord(NameFolding.fold(r.place.name))
            areaFolded = area
            return area == writtenFolded
        }
    }

    /// Whether a resolution is a country, matched by its own name (folded): "Jordan", not a
    /// town of the name, nor "Britain" (an alternate of the United Kingdom).
    static func isCountryByItsName(_ r: Resolution) -> Bool {
        r.place.kind == .country && namesItself(r)
    }

    /// Whether a place is a town of under 50,000 people.
    static func smallTown(_ p: Place) -> Bool {
        p.kind == .city && (p.population ?? 0) < 50_000
    }

    /// Whether a place is a town of under 50,000 people (``smallTown(_:)``) outside the focus
    /// countries (given by code key).
    static func smallTownAbroad(_ p: Place, focusKeys: [UInt64]) -> Bool {
        smallTown(p) && !focusKeys.contains(p.codeKeys.country)
    }

    /// Whether a resolution matched its place's own name (folded), not only an alternate (kept
    /// with the resolution: see ``Gazetteer/Resolution/matchedFoldsToName``).
    static func namesItself(_ r: Resolution) -> Bool {
        r.matchedFoldsToName
    }

    /// Whether a candidate is one the name can stand for: not an unrelated alternate (see
    /// ``alternateFits(_:written:)``; "Moscow" is an old name of Dalton, Ohio, not a reason to put
    /// it there).
    static func fits(_ r: Resolution, _ written: String) -> Bool {
        r.match != .alias || alternateFits(r, written: written)
    }

    /// What coherence needs of a place, flat and without references (copied freely in its inner
    /// loop): its kind, area codes, whether it has a coordinate, and its unit vector on the sphere
    /// (so the nearest of a set is the largest dot product, and only that one is measured).
    struct Spot {
        enum Kind { case country, admin1, point }
        let kind: Kind
        /// The country and admin1 codes by a 64-bit hash of their bytes (compared, never read).
        let country: UInt64
        let admin1: UInt64
        /// Whether the place has a coordinate.
        let located: Bool
        let x: Double, y: Double, z: Double

        /// (Read from the place's first cache line only: see `Place`. Borrowed: an initialiser
        /// takes its arguments owned, so each option measured had its place retained and
        /// released around these reads.)
        init(_ p: borrowing Place) {
            kind = p.kind == .country ? .country : p.kind == .admin1 ? .admin1 : .point
            (country, admin1) = p.codeKeys
            located = p.hasCoordinate
            (x, y, z) = p.unitVector
        }
    }

    /// How much another name counts at `gap` tokens from this one: 1 close by, falling to ½ far
    /// away (e^(−gap/``coherenceTokens``)). (Read from `table`, ``proximities``, for the gaps it
    /// holds: the same values, with no exponential a pair of names.)
    static func proximity(_ gap: Int, _ table: [Double]) -> Double {
        gap < table.count ? table[gap] : gap == Int.max ? 0.5 : 0.5 + 0.5 * exp(-Double(gap) / coherenceTokens)
    }

    /// ``proximity(_:_:)`` of the gaps below 2,048 tokens, computed as it computes them.
    static let proximities: [Double] = (0..<2048).map { 0.5 + 0.5 * exp(-Double($0) / coherenceTokens) }

    static let coherenceTokens = 100.0

    /// ``coherenceWeight`` × the mean of the three best closeness values of `p` to the other names,
    /// each weighted by the other name's proximity in the text; or nil when `base` + that support
    /// is sure to fall short of `target`.
    ///
    /// (Bounded first, with no transcendental function: each other name's closeness is known
    /// exactly where areas decide it, and bounded by ``closenessBound(chord:)`` between points.
    /// When the mean of the bounds cannot reach `target`, nor can the support, and nothing more is
    /// measured; otherwise only the values that may be among the three best are. `nearness`, one
    /// entry for each other name, holds the values and bounds between the two passes.)
    static func support(_ p: Spot, _ others: UnsafeBufferPointer<(spots: UnsafeBufferPointer<Spot>, weight: Double)>,
                        _ nearness: UnsafeMutableBufferPointer<Nearness>, adding base: Double, toReach target: Double) -> Double? {
        guard p.located, !others.isEmpty else { return 0 }
        var bound = BestThree()
        // (By index, here and below: an enumerated buffer's iterator cost more than the loop's work.)
        for k in 0..<others.count {
            let (set, weight) = others[k]
            nearness[k] = Self.nearness(p, set, weight: weight)
            bound.add(nearness[k].value)
        }
        // (Each bound is at least the value it stands for, and the mean is monotone: see
        // ``supportCeiling(_:)``.)
        if base + bound.support(of: others.count) < target { return nil }
        var best = BestThree()
        for k in 0..<others.count {
            let weight = others[k].weight
            let near = nearness[k]
            guard near.chord >= 0 else { best.add(near.value); continue }
            // (A value no larger than the third best so far changes nothing.)
            guard near.value > best.c else { continue }
            best.add(exp(-Gazetteer.sphericalKm(chord: near.chord) / coherenceKm) * weight)
        }
        return best.support(of: others.count)
    }

    /// The most ``support(_:_:)`` can give against `others`: the same mean with every closeness 1.
    /// Each value is then at least the one support adds, and ``BestThree`` sums in the same order,
    /// so this bounds the support computed (floating-point sums and quotients are monotone).
    static func supportCeiling(_ others: UnsafeBufferPointer<(spots: UnsafeBufferPointer<Spot>, weight: Double)>) -> Double {
        guard !others.isEmpty else { return 0 }
        var best = BestThree()
        for (_, weight) in others { best.add(weight) }
        return best.support(of: others.count)
    }

    /// The three largest of a run of values, and ``coherenceWeight`` × their mean.
    struct BestThree {
        var a = 0.0, b = 0.0, c = 0.0     // descending

        /// Takes `v` among the three if it is larger than the third.
        /// (With no branch: each of the three keeps the larger of itself and what comes down to it
        /// from above, so the three come out as a test and two swaps left them, the values being
        /// numbers of one sign. A branch on each value, which hangs on a square root and a
        /// division in `nearness`, was mispredicted about one time in three.)
        @inline(__always)
        mutating func add(_ v: Double) {
            let down = a > v ? v : a
            a = a > v ? a : v
            let third = b > down ? down : b
            b = b > down ? b : down
            c = c > third ? c : third
        }

        /// ``coherenceWeight`` × the mean of the three (of fewer when `count`, the number of
        /// values added, is under three).
        @inline(__always)
        func support(of count: Int) -> Double {
            Geoparser.coherenceWeight * (a + b + c) / Double(min(3, count))
        }
    }

    /// How near `p` is to the nearest place of a set, × a weight: the value itself (`chord` < 0),
    /// or for two points their chord and a bound on the value (``closenessBound(chord:)``).
    struct Nearness {
        var value: Double
        var chord: Double
    }

    /// The best closeness of `p` to any place of `set`, × `weight`, as ``Nearness``: 1 when area `p`
    /// contains it (or an area of the set contains `p`), 0 for other area pairs, else
    /// e^(−d/``coherenceKm``) to the nearest point, left to measure.
    static func nearness(_ p: Spot, _ set: UnsafeBufferPointer<Spot>, weight: Double) -> Nearness {
        switch p.kind {
        case .country:
            return Nearness(value: set.contains { $0.country == p.country && $0.kind != .country } ? weight : 0, chord: -1)
        case .admin1:
            return Nearness(value: set.contains { $0.country == p.country && $0.admin1 == p.admin1 && $0.kind != .admin1 } ? weight : 0, chord: -1)
        case .point:
            var nearest = -1, dot = -2.0
            // (By index: an enumerated buffer's iterator cost as much as the dot products.)
            for k in 0..<set.count {
                let x = set[k]
                switch x.kind {
                case .country: continue
                case .admin1: if x.country == p.country && x.admin1 == p.admin1 { return Nearness(value: weight, chord: -1) }
                case .point:
                    let d = p.x * x.x + p.y * x.y + p.z * x.z
                    if d > dot { dot = d; nearest = k }
                }
            }
            guard nearest >= 0 else { return Nearness(value: 0, chord: -1) }
            let x = set[nearest]
            let dx = p.x - x.x, dy = p.y - x.y, dz = p.z - x.z
            let chord = (dx * dx + dy * dy + dz * dz).squareRoot()
            return Nearness(value: weight * Self.closenessBound(chord: chord), chord: chord)
        }
    }

    /// A bound on e^(−d/``coherenceKm``) for points a chord `chord` apart, with no transcendental
    /// function: the arc is no shorter than the chord, and e^(−t) ≤ 2^(−⌊t·log₂e⌋). Taken a little
    /// low (by a millionth) and then raised a millionth, so that it bounds the value as computed,
    /// rounding and all, and × a weight still does.
    ///
    /// (The halvings come of one product, the chord × ``halvingsPerChord``, whose few roundings
    /// are far inside the millionth: four roundings and a division in a row had made the bound
    /// the slowest step of `support`'s first pass. A bound is all it is, never a value added: a
    /// bound that differs by a halving where t·log₂e lies a millionth from a whole number changes
    /// which options are measured, not what any measures.)
    @inline(__always)
    static func closenessBound(chord: Double) -> Double {
        // (The chord is at most 2, so the product is under 123 and the power a normal number; it
        // is ≥ 0, so truncating is rounding down, with no call to `floor`.)
        let halvings = Int(min(2, chord) * halvingsPerChord)
        return Double(bitPattern: UInt64(1023 - halvings) << 52) * (1 + 1e-6)
    }

    /// The halvings of closeness in a unit of chord, a millionth low: the Earth's radius
    /// ÷ ``coherenceKm`` × log₂e × (1 − 10⁻⁶). (Constants only, folded where it is read.)
    @inline(__always)
    static var halvingsPerChord: Double {
        Gazetteer.meanEarthRadiusKm / coherenceKm * 1.4426950408889634 * (1 - 1e-6)
    }
}
