import ArgumentParser
import GeoJSONCoding
import Territory

/// `frontline changes --from D1 --to D2`: gains and losses per actor.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "Gained and lost areas per actor between two dates, with km².",
        discussion: """
            gained = the actor's area at --to minus its area at --from; lost = the reverse (areas as in
            `snapshot`, before overlaps are split off). Features carry change (gained|lost), actor, area_km2.
            """
    )

    @Option(help: "First date (ISO 8601).") var from: String
    @Option(help: "Second date (ISO 8601), after the first.") var to: String
    @Option(help: "Only this actor (name or alias).") var actor: String?
    @Option(help: "Only this claimant's claims.") var claimant: String?
    @Option(help: "geojson (default), json or table.") var format: AreaReport.Format = .geojson
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let t0 = try TerritoryAccess.date(from, option: "--from"), t1 = try TerritoryAccess.date(to, option: "--to")
        guard t0 < t1 else { throw InputFailure("\(TerritoryError.reversedDates(from: from, to: to))") }
        let store = try storeOptions.open(create: false)
        let canonical = try actor.map { a in
            do { return try TerritoryAccess.actors(store: store).canonical(a) } catch { throw InputFailure("--actor: \(error)") }
        }
        let areas: [TerritoryArea]
        do {
            let claims = try store.claimsInEffect(at: t0, claimant: claimant) + store.claimsInEffect(at: t1, claimant: claimant)
            areas = try Timeline(claims: claims).changes(from: t0, to: t1, actor: canonical, claimant: claimant)
        } catch { throw InputFailure("\(error)") }
        AreaReport.write(areas, format: format, header: [(key: "from", value: .string(t0.iso)), (key: "to", value: .string(t1.iso))])
    }
}
