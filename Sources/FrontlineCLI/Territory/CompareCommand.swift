import ArgumentParser
import GeoJSONCoding
import Territory

/// `frontline compare --actor A --at DATE --within R1 --within R2`: checks "several times larger".
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "km² of an actor's area inside each region at a date, and their ratio.",
        discussion: """
            A region is a GeoJSON file (its polygons, dissolved) or an area expression: a gazetteer name such as
            Iraq, Syria, "western Iraq", or JSON. ratio = first region's km² / second's. Output:
            {"actor":…,"at":…,"claimant":…,"regions":[{"name":…,"area_km2":…,"region_km2":…,"range_km2":[min,max]|null}],
             "ratio":…,"ratio_range":[min,max]|null,"claimants":[{"claimant":…,"areas_km2":[…],"ratio":…}]}
            area_km2 uses all claimants' areas together (or only --claimant's); where several claimants have a
            claim, range_km2 and ratio_range give the spread across them.
            """
    )

    @Option(help: "The actor (name or alias).") var actor: String
    @Option(help: "The date (ISO 8601).") var at: String
    @Option(help: "A region (give two or more).") var within: [String] = []
    @Option(help: "Only this claimant's claims.") var claimant: String?
    @Option(help: "json (default) or table.") var format: ReportFormat = .json
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard !within.isEmpty else { throw ValidationError("give at least one --within REGION (two for a ratio)") }
    }

    func run() throws {
        let t = try TerritoryAccess.date(at, option: "--at")
        let store = try storeOptions.open(create: false)
        let name: String
        do { name = try TerritoryAccess.actors(store: store).canonical(actor) } catch { throw InputFailure("--actor: \(error)") }
        let evaluator = try TerritoryAccess.evaluator()
        let regions = try within.map { try TerritoryAccess.region($0, evaluator: evaluator) }
        let c: Comparison
        do { c = try Timeline(claims: try store.claimsInEffect(at: t, claimant: claimant)).compare(actor: name, at: t, within: regions, claimant: claimant) } catch {
            throw InputFailure("\(error)")
        }
        if c.claimants.isEmpty { FileHandleOutput.standardError("frontline: no claim about \(name) is in effect at \(t.iso)\(claimant.map { " by \($0)" } ?? "")\n") }
        func range(_ r: ClosedRange<Double>?) -> JSONValue { r.map { .array([JSONOutput.number($0.lowerBound), JSONOutput.number($0.upperBound)]) } ?? .null }
        switch format {
        case .json:
            let regionsJSON: [JSONValue] = c.regions.map {
                .object(JSONObject([(key: "name", value: .string($0.name)), (key: "area_km2", value: JSONOutput.number($0.areaKm2)),
                                    (key: "region_km2", value: JSONOutput.number($0.regionKm2)), (key: "range_km2", value: range($0.rangeKm2))]))
            }
            let views: [JSONValue] = c.claimants.map {
                .object(JSONObject([(key: "claimant", value: .string($0.claimant)), (key: "areas_km2", value: .array($0.areasKm2.map(JSONOutput.number))),
                                    (key: "ratio", value: $0.ratio.map(JSONOutput.number) ?? .null)]))
            }
            FileHandleOutput.standardOutput(JSONOutput.line(.object(JSONObject([
                (key: "actor", value: .string(c.actor)), (key: "at", value: .string(t.iso)), (key: "claimant", value: claimant.map(JSONValue.string) ?? .null),
                (key: "regions", value: .array(regionsJSON)), (key: "ratio", value: c.ratio.map(JSONOutput.number) ?? .null),
                (key: "ratio_range", value: range(c.ratioRange)), (key: "claimants", value: .array(views)),
            ]))))
        case .table:
            var table = TextTable(header: ["region", "actor km2", "region km2", "range km2"], rightAligned: [1, 2, 3])
            for r in c.regions {
                table.rows.append([r.name, fixed(r.areaKm2, 1), fixed(r.regionKm2, 1), r.rangeKm2.map { "\(fixed($0.lowerBound, 1))–\(fixed($0.upperBound, 1))" } ?? ""])
            }
            var text = table.render()
            if let ratio = c.ratio { text += "ratio \(fixed(ratio, 3))" + (c.ratioRange.map { " (claimants: \(fixed($0.lowerBound, 3))–\(fixed($0.upperBound, 3)))" } ?? "") + "\n" }
            FileHandleOutput.standardOutput(text)
        }
    }
}
