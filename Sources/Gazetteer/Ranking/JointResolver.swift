import GeoCore

extension Gazetteer {
    /// Resolves names that appear together (one article, one list), letting them decide each
    /// other: every name is re-ranked with the others' best places as nearby points and their
    /// countries as focus, and with a bonus for places inside an admin1 area another name
    /// resolved to. Two rounds.
    /// - Returns: the best resolution per name (nil when a name has no match), in input order.
    public func resolveTogether(_ names: [String], context: ResolutionContext = ResolutionContext()) -> [Resolution?] {
        var best: [Resolution?] = names.map { resolve($0, context: context, limit: 1).first }
        for _ in 0..<2 {
            var next = best
            for (i, name) in names.enumerated() {
                var c = context
                var admins: [(String, String)] = []
                for (j, other) in best.enumerated() where j != i {
                    guard let o = other else { continue }
                    if !c.countries.contains(o.place.country) { c.countries.append(o.place.country) }
                    if o.place.kind == .admin1 { admins.append((o.place.country, o.place.admin1Code)) }
                    if o.place.kind != .country && o.place.hasCoordinate { c.near.append(o.place.coordinate) }
                }
                let ranked = resolve(name, context: c, limit: 20).map { r -> Resolution in
                    var r = r
                    if r.place.kind != .admin1, admins.contains(where: { $0.0 == r.place.country && $0.1 == r.place.admin1Code }) {
                        r.reasons.append(("inside an admin1 area named with it", 0.4))
                        r.score += 0.4
                    }
                    return r
                }
                next[i] = ranked.max { $0.score < $1.score }
            }
            best = next
        }
        return best
    }

    /// Resolves a "city, admin area, country" triple (`Springfield, Illinois, United States`;
    /// `London, ON, CA`; `Bethel, DE, US`): the country by name or ISO code, then the admin area
    /// within it by name, GeoNames admin1 code or ISO 3166-2 suffix, then the city within both.
    public func resolveMultipart(city: String, admin: String?, country: String?) -> (city: Resolution?, admin: Resolution?, country: Place?) {
        var countryPlace: Place?
        if let country {
            countryPlace = self.country(code: country)
                ?? resolve(country, context: ResolutionContext(onlyKinds: [.country]), limit: 1).first?.place
        }
        var adminResolution: Resolution?
        if let admin {
            var c = ResolutionContext(onlyKinds: [.admin1, .admin2])
            if let cc = countryPlace?.country { c.onlyCountries = [cc] }
            adminResolution = resolve(admin, context: c, limit: 1).first
            if adminResolution == nil, let cc = countryPlace?.country, let p = codeLookup("admin1:\(cc).\(admin.uppercased())") {
                adminResolution = resolve(p.name, context: ResolutionContext(onlyKinds: [.admin1], onlyCountries: [cc]), limit: 1).first
            }
        }
        var c = ResolutionContext(onlyKinds: [.city, .admin2, .landmark])
        if let cc = countryPlace?.country { c.onlyCountries = [cc]; c.countries = [cc] }
        var candidates = resolve(city, context: c, limit: 50)
        if let a = adminResolution?.place {
            for k in candidates.indices where candidates[k].place.country == a.country && candidates[k].place.admin1Code == a.admin1Code && a.kind == .admin1 {
                candidates[k].reasons.append(("inside \(a.name)", 1.0))
                candidates[k].score += 1.0
            }
        }
        return (candidates.max { $0.score < $1.score }, adminResolution, countryPlace)
    }
}
