import Gazetteer

extension Geoparser {
    /// A resolution for a place given by id (abbreviations).
    func resolveID(_ id: String, text: String) -> Resolution? {
        gazetteer.place(id: PlaceID(id)).flatMap(resolution(of:))
    }

    /// A resolution for a known place: its own name resolved in its country and kind.
    func resolution(of p: Place) -> Resolution? {
        resolve(p.name, in: p.country, kind: p.kind, limit: 10).first { $0.place.id == p.id }
    }

    /// Whether a place's population is known to be under `floor`. In the romanised-name countries
    /// GeoNames lists many towns without a population (Harim among them): there an unknown
    /// population is no sign of a small place; elsewhere it is.
    static func knownSmall(_ p: Place, under floor: Int) -> Bool {
        guard let population = p.population else { return !Lexicon.romanisedCountryCodes.contains(p.country) }
        return population < floor
    }

    /// Whether a place is large enough that a capitalised common English word naming it is taken
    /// for it: a country, a first-level area, a place of 100,000 or more, or a curated place.
    static func majorForWord(_ p: Place) -> Bool {
        p.kind == .country || p.kind == .admin1 || (p.population ?? 0) >= 100_000 || p.isCurated
    }

    /// The population under which a capitalised common English word names no more than a hamlet
    /// (``knownSmall(_:under:)``): 10,000 in the romanised-name countries, where English words
    /// rarely coincide with town names (Mocha, Yemen), 20,000 elsewhere.
    static func smallTownFloor(_ p: Place) -> Int {
        Lexicon.romanisedCountryCodes.contains(p.country) ? 10_000 : 20_000
    }
}
