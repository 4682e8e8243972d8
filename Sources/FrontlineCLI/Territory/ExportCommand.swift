import ArgumentParser
import GeoJSONCoding
import Territory

/// `frontline export timeline`: the claims as a timeline GIS tools play as they are.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the claims timeline for GIS tools.",
        subcommands: [ExportTimelineCommand.self]
    )
}

/// `frontline export timeline [--format geojson|geojsonseq|kml] [-o FILE]`.
struct ExportTimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "One feature per actor (and claimant, status) per interval over which its area is constant.",
        discussion: """
            Properties: actor, claimant, status, start and end (ISO 8601 UTC date-times; end null while open —
            QGIS Temporal Controller: "Separate fields for start and end date/time"), timestamp (epoch ms of
            start, for kepler.gl), when (Linked Places: {"timespans":[{"start":{"in":…},"end":{"in":…}}]}),
            area_km2, sources, claims. geojsonseq (RFC 8142) writes the change events in time order, each with
            event = start | change | end (an end event has a null geometry). kml writes Placemarks with
            <TimeSpan> for Google Earth's time slider.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case geojson, geojsonseq, kml }

    @Option(help: "geojson (default), geojsonseq or kml.") var format: Format = .geojson
    @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String = "-"
    @Option(help: "Only this claimant's claims.") var claimant: String?
    @Option(help: "Only this actor (name or alias).") var actor: String?
    @Option(help: "Decimals for coordinates.") var precision: Int = NumberFormatting.defaultPrecision
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.open(create: false)
        let canonical = try actor.map { a in
            do { return try TerritoryAccess.actors(store: store).canonical(a) } catch { throw InputFailure("--actor: \(error)") }
        }
        let intervals: [TimelineInterval]
        do { intervals = try Timeline(claims: try store.claims(actor: canonical, claimant: claimant)).intervals() } catch { throw InputFailure("\(error)") }
        do {
            switch format {
            case .kml:
                let file = try OutputFile(path: output)
                try file.write(KMLTimeline.document(intervals, precision: precision))
                try file.commit()
            case .geojson:
                let writer = try GeoJSONFeatureWriter(path: output, format: .geojson, precision: precision)
                for iv in intervals { try writer.write(iv.feature()) }
                try writer.finish()
            case .geojsonseq:
                let writer = try GeoJSONFeatureWriter(path: output, format: .geojsonseq, precision: precision)
                for event in TimelineEvents.events(intervals) { try writer.write(event) }
                try writer.finish()
            }
        } catch {
            throw InputFailure(file: output, error)
        }
    }
}
