import ArgumentParser
import GeoJSONCoding
import Territory

/// `frontline claims list`: the stored claims, filtered.
struct ClaimsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List stored claims (table, json or geojson).",
        discussion: """
            --at DATE keeps the claims in effect then (the latest claim of each actor/claimant/status that covers
            the date). json: {"claims":[{"id","actor","claimant","source","from","to","status","area_km2","area"}]};
            geojson: the claims as features, in the form `claims import` reads.
            """
    )

    @Option(help: "Only this actor (name or alias).") var actor: String?
    @Option(help: "Only this claimant.") var claimant: String?
    @Option(help: "Only claims in effect at this date.") var at: String?
    @Option(help: "table, json or geojson.") var format: ListFormat = .table
    @OptionGroup var storeOptions: StoreOptions

    enum ListFormat: String, ExpressibleByArgument, CaseIterable { case table, json, geojson }

    func run() throws {
        let store = try storeOptions.open(create: false)
        let canonical = try actor.map { a in
            do { return try TerritoryAccess.actors(store: store).canonical(a) } catch { throw InputFailure("--actor: \(error)") }
        }
        var claims: [Claim]
        do {
            if let at {
                claims = try store.claimsInEffect(at: try TerritoryAccess.date(at, option: "--at"), claimant: claimant)
                if let canonical { claims = claims.filter { $0.actor == canonical } }
            } else {
                claims = try store.claims(actor: canonical, claimant: claimant)
            }
        } catch let e as InputFailure { throw e } catch { throw InputFailure("\(error)") }
        switch format {
        case .geojson:
            FileHandleOutput.standardOutput(String(decoding: GeoJSONWriter.encode(.featureCollection(FeatureCollection(features: claims.map(\.feature)))), as: UTF8.self) + "\n")
        case .json:
            let items: [JSONValue] = claims.map { c in
                var members = c.feature.properties?.members ?? []
                members.insert((key: "id", value: .number(Double(c.id ?? 0))), at: 0)
                return .object(JSONObject(members))
            }
            FileHandleOutput.standardOutput(JSONOutput.line(.object(JSONObject([(key: "claims", value: .array(items))]))))
        case .table:
            var t = TextTable(header: ["id", "actor", "claimant", "status", "from", "to", "km2", "area"], rightAligned: [0, 6])
            for c in claims {
                let area = c.expression.isEmpty ? "(geometry)" : String(c.expression.prefix(60))
                t.rows.append([String(c.id ?? 0), c.actor, c.claimant, c.status.rawValue, c.from.description, c.to?.description ?? "", fixed(c.areaKm2, 1), area])
            }
            FileHandleOutput.standardOutput(t.render())
        }
    }
}
