import Gazetteer

extension Geoparser {
    /// Two names side by side in a list that resolve to the same place, written differently, are
    /// two places: the one that names it only by an alternate, where the other names it by its own
    /// name, is a place the gazetteer lacks, named without one. "retook Sinja and Singa in Sennar
    /// state": GeoNames gives Singa the alternate "Sinja", a town of its own.
    func distinctListItems(_ tokens: [Token], _ candidates: [Candidate], _ best: inout [Resolution?]) {
        for j in candidates.indices.dropFirst() {
            let i = j - 1
            guard candidates[i].textKey != candidates[j].textKey, let a = best[i], let b = best[j], a.place.isSame(as: b.place),
                  Self.listed(tokens, candidates, i, j) else { continue }
            let aOwn = Self.namesItself(a), bOwn = Self.namesItself(b)
            if !aOwn && bOwn { best[i] = nil } else if aOwn && !bOwn { best[j] = nil }
        }
    }
}
