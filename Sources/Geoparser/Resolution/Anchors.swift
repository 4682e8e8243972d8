import Gazetteer

extension Geoparser {
    /// Places the text names plainly (not by a common word or a lone small town, nor by a
    /// transliteration key) that lie in the text's countries or are major: a small place next to one
    /// of them is meant even outside the text's main countries ("entered Hit and Ana in western
    /// Anbar" in a report on Syria). See ``Anchors/near(_:)``.
    struct Anchors {
        /// Each place once, in order of first mention: a text that names one place a thousand times
        /// had made every candidate measure its distance to each mention of it (a text of 120 KB
        /// repeating one name took 21 s).
        private(set) var places: [Place] = []

        /// The anchors among the candidates' picks, with the text's focus countries by code key
        /// (``Place/codeKey(_:)``).
        init(_ candidates: [Candidate], _ best: [Resolution?], focusKeys: [UInt64]) {
            // (Countries and places by their keys: numbers compared, not codes and identifiers.)
            // (By index, the picks read in place: a loop over the pairs copied every resolution.)
            for i in candidates.indices where !candidates[i].commonWord && !candidates[i].commonPhrase && !candidates[i].shortKey {
                // (The pick read in place first, not copied for the tests.)
                guard best[i].hasCoordinate, best[i].matchKind != .key, let p = best[i]?.place else { continue }
                // (Compared with the few anchors so far: no set of identifiers to hash.)
                guard focusKeys.contains(p.codeKeys.country) || Geoparser.isMajor(p), !places.contains(where: { $0.isSame(as: p) }) else { continue }
                // (Room for all the candidates left made at the first anchor: grown one by one, the
                // list took a new buffer at each doubling; a text with none makes no list.)
                if places.isEmpty { places.reserveCapacity(candidates.count - i) }
                places.append(p)
            }
        }

        /// Whether `p` lies in an anchor's first-level area or within ``Geoparser/anchorKm`` of an
        /// anchor that is no country (an anchor is not near itself).
        func near(_ p: Place) -> Bool {
            // (An anchor plainly farther away is told by the points' unit vectors, with no haversine.)
            places.contains { a in
                !a.isSame(as: p) && (a.kind == .admin1 ? a.codeKeys == p.codeKeys
                    : a.kind != .country && !Geoparser.plainlyFarther(a, p, chordSquared: Self.farChordSquared)
                        && Geoparser.km(a, p) < Geoparser.anchorKm)
            }
        }

        /// ``Geoparser/farChordSquared(_:)`` of ``Geoparser/anchorKm``.
        static let farChordSquared = Geoparser.farChordSquared(Geoparser.anchorKm)
    }
}
