import ArgumentParser
import GeoJSONCoding
import Territory

/// `frontline disagree --at DATE --claimant C1 --claimant C2`.
struct DisagreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disagree",
        abstract: "Where two claimants' maps differ at a date, per actor, with km².",
        discussion: """
            For each actor: the area only the first claimant gives it (only = C1) and the area only the second
            gives it (only = C2), each with area_km2, and claimed_by_both_km2 for what they agree on.
            """
    )

    @Option(help: "The date (ISO 8601).") var at: String
    @Option(help: "A claimant; give exactly two.") var claimant: [String] = []
    @Option(help: "geojson (default), json or table.") var format: AreaReport.Format = .geojson
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard claimant.count == 2 else { throw ValidationError("give --claimant exactly twice") }
    }

    func run() throws {
        let t = try TerritoryAccess.date(at, option: "--at")
        let store = try storeOptions.open(create: false)
        let areas: [TerritoryArea]
        do {
            let claims = try store.claimsInEffect(at: t, claimant: claimant[0]) + store.claimsInEffect(at: t, claimant: claimant[1])
            areas = try Timeline(claims: claims).disagreement(at: t, between: claimant[0], and: claimant[1])
        } catch { throw InputFailure("\(error)") }
        AreaReport.write(areas, format: format, header: [(key: "at", value: .string(t.iso)), (key: "claimants", value: .array(claimant.map(JSONValue.string)))], at: t)
    }
}
