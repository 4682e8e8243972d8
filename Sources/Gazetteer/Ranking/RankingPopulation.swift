extension Place {
    /// The population ranking uses: the listed one, or 500 for a town listed without one.
    ///
    /// GeoNames' `cities500` holds towns of 500 people or more and seats of government, but gives
    /// many without a count (181 of its 308 Syrian towns, Ra's al-'Ayn among them); ranked as
    /// empty they would lose to any namesake with a count (Ceylanpınar across the border, which
    /// shares the name only by transliteration). Shown populations stay as the source gives them.
    var rankingPopulation: Int {
        if let n = population, n > 0 { return n }
        return kind == .city ? 500 : 0
    }

    /// Whether ``rankingPopulation`` is the listed population (not the stand-in for a town without one).
    var populationListed: Bool { (population ?? 0) > 0 || kind != .city }
}
