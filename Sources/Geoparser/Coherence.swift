import Foundation
import Gazetteer

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
    func coherent(_ candidates: [Candidate], _ best: [Resolution?], settled: [Bool], focus: [String]) -> [Resolution?] {
        // Each distinct name's plausible places.
        var sets: [String: [Place]] = [:]
        for (c, r) in zip(candidates, best) {
            guard let r else { continue }
            if c.placeID != nil || c.role == "demonym" {
                if sets[c.text] == nil, r.place.coordinate.latitude.isFinite { sets[c.text] = [r.place] }
                continue
            }
            let all = gazetteer.candidates(c.text, kind: c.hint)
            guard let top = all.first?.score else { continue }
            sets[c.text] = all.prefix(Self.coherenceCandidates)
                .filter { $0.score >= top - Self.coherenceMargin && $0.place.coordinate.latitude.isFinite }
                .map(\.place)
        }
        var out = best
        var decided: [String: Resolution] = [:]
        for (i, c) in candidates.enumerated() where best[i] != nil && !settled[i] && c.placeID == nil && c.role != "demonym" {
            if let known = decided[c.text] { out[i] = known; continue }
            let others = sets.compactMap { $0.key != c.text && !$0.value.isEmpty ? $0.value : nil }
            var pick: Resolution?
            var pickScore = -Double.infinity
            for r in gazetteer.candidates(c.text, kind: c.hint) {
                let s = r.score + (focus.contains(r.place.country) ? 0.3 : 0) + support(r.place, others)
                if s > pickScore || (s == pickScore && (r.place.population ?? 0) > (pick?.place.population ?? 0)) {
                    pick = r
                    pickScore = s
                }
            }
            if var pick {
                pick.score = pickScore
                decided[c.text] = pick
                out[i] = pick
            }
        }
        return out
    }

    /// ``coherenceWeight`` × the mean of the three best closeness values of `p` to the other names.
    func support(_ p: Place, _ others: [[Place]]) -> Double {
        guard p.coordinate.latitude.isFinite, !others.isEmpty else { return 0 }
        var a = 0.0, b = 0.0, c = 0.0     // the three best, descending
        for set in others {
            var v = 0.0
            for x in set { v = max(v, Self.closeness(p, x)) }
            if v > c {
                c = v
                if c > b { swap(&b, &c) }
                if b > a { swap(&a, &b) }
            }
        }
        let n = Double(min(3, others.count))
        return Self.coherenceWeight * (a + b + c) / n
    }

    /// 1 when area `p` contains `x` (or area `x` contains `p`), 0 for other area pairs, else
    /// e^(−d/``coherenceKm``) between the points.
    static func closeness(_ p: Place, _ x: Place) -> Double {
        switch p.kind {
        case .country: return x.country == p.country && x.kind != .country ? 1 : 0
        case .admin1: return x.country == p.country && x.admin1Code == p.admin1Code && x.kind != .admin1 ? 1 : 0
        default:
            if x.kind == .country { return 0 }
            if x.kind == .admin1 { return x.country == p.country && x.admin1Code == p.admin1Code ? 1 : 0 }
            let d = Gazetteer.sphericalKm(p.coordinate.latitude, p.coordinate.longitude, x.coordinate.latitude, x.coordinate.longitude)
            return exp(-d / coherenceKm)
        }
    }
}
