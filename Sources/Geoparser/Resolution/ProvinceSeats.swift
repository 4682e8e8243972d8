import Gazetteer

extension Geoparser {
    /// The first-level area whose seat is among a name's candidates, when none of them is a
    /// first-level area; scored above the seat. A seat is a first-level or national capital
    /// (GeoNames `PPLA`, `PPLC`), or a town of 20,000 or more that bears its area's name (see
    /// ``NameFolding/resembles(_:_:)``; GeoNames lists Daraa, the seat of Daraa governorate, as a plain `PPL`).
    func provinceOfSeat(_ ranked: [Resolution]) -> Resolution? {
        guard !ranked.contains(where: { $0.place.kind == .admin1 }) else { return nil }
        for seat in ranked where seat.place.kind == .city {
            let p = seat.place
            guard let area = gazetteer.admin1(country: p.country, code: p.admin1Code),
                  p.featureCode == "PPLA" || p.isNationalCapital
                    || (p.population ?? 0) >= 20_000 && NameFolding.resembles(area.name, p.name),
                  var province = resolution(of: area)
            else { continue }
            province.score = max(province.score, (ranked.first?.score ?? 0) + 0.01)
            return province
        }
        return nil
    }

    /// ``provinceOfSeat(_:)`` for a name written before "region", when the area bears the name as
    /// written: "the Kharkov region" is Kharkiv oblast, "the Dnepropetrovsk region" Dnipropetrovsk
    /// oblast (whose seat GeoNames calls Dnipro), but "the Mosul region" no Nineveh. Nil unless the
    /// name's best candidate is a city.
    func provinceOfSeat(_ ranked: [Resolution], beforeRegion written: String) -> Resolution? {
        guard ranked.first?.place.kind == .city, let province = provinceOfSeat(ranked),
              NameFolding.resembles(Self.withoutKindWord(NameFolding.fold(province.place.name)), written) else { return nil }
        return province
    }

    /// A folded first-level area's name without a last word of ``Lexicon/admin1KindWords``:
    /// "kherson oblast" → "kherson", "marib governorate" → "marib".
    static func withoutKindWord(_ folded: String) -> String {
        guard let space = folded.lastIndex(of: " "), Lexicon.admin1KindWords.contains(String(folded[folded.index(after: space)...])) else { return folded }
        return String(folded[..<space])
    }

    /// The first-level area a name's best candidate, a city, is the seat of: the area among the
    /// candidates that holds it, else ``provinceOfSeat(_:)``; scored above the city.
    func seatsProvince(_ ranked: [Resolution]) -> Resolution? {
        guard let city = ranked.first?.place else { return nil }
        if let k = ranked.indices.first(where: { ranked[$0].place.kind == .admin1 && ranked[$0].place.codeKeys == city.codeKeys }) {
            var province = ranked[k]
            province.score = max(province.score, ranked[0].score + 0.01)
            return province
        }
        return provinceOfSeat(ranked)
    }

    /// Whether a country or a first-level area bears `name` as its own name, not only as an
    /// alternate (among the gazetteer's cached candidates).
    func namesAreaItself(_ name: String) -> Bool {
        // (As written: "Adan" only shares a transliteration key with Adana province, whose own name
        // a key match reports.)
        gazetteer.candidates(name).contains { ($0.place.kind == .country || $0.place.kind == .admin1) && $0.match == .alias && Self.namesItself($0) }
    }
}
