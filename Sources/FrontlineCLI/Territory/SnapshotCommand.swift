import ArgumentParser
import GeoJSONCoding
import Territory

/// `frontline snapshot --at DATE`: who holds what at a date.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Per actor the dissolved area it controls at a date, overlaps between actors as contested.",
        discussion: """
            For each actor, claimant and status the latest claim covering the date wins; an actor's area is the
            union over claimants (or only --claimant's). Features do not overlap: an actor's feature excludes the
            parts other actors also claim, and each such overlap is a `contested` feature naming both
            (`actors`). Every feature has area_km2 (geodesic, WGS84); actor features also have claimed_km2 (the
            whole claimed area). GeoJSON carries "at" and "claimant" at the top level.
            """
    )

    @Option(help: "The date (ISO 8601).") var at: String
    @Option(help: "Only this claimant's claims.") var claimant: String?
    @Option(help: "geojson (default), json or table.") var format: AreaReport.Format = .geojson
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let t = try TerritoryAccess.date(at, option: "--at")
        let store = try storeOptions.open(create: false)
        let snapshot: Snapshot
        do { snapshot = try Timeline(claims: try store.claimsInEffect(at: t, claimant: claimant)).snapshot(at: t, claimant: claimant) } catch {
            throw InputFailure("\(error)")
        }
        AreaReport.write(snapshot.areas, format: format, header: [(key: "at", value: .string(t.iso)), (key: "claimant", value: claimant.map(JSONValue.string) ?? .null)], at: t)
    }
}
