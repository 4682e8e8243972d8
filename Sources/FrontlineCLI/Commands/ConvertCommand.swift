import ArgumentParser
import GeoJSONCoding

/// `frontline convert IN OUT`: GeoJSON ↔ GeoJSONSeq ↔ NDJSON, streaming.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert between GeoJSON, GeoJSON Text Sequences (RFC 8142) and NDJSON, streaming.",
        discussion: """
            The input format is detected from the content. The output format comes from --to or OUT's
            extension (.geojson/.json; .geojsons/.geojsonseq/.seq; .ndjson/.jsonl/.geojsonl), and is
            geojson for '-'. Output is RFC 7946 (exterior rings counter-clockwise) with --precision
            decimals, written to a temporary file and renamed, so a failure leaves no partial file.
            """
    )

    @Argument(help: "Input file ('-' for standard input).")
    var input: String

    @Argument(help: "Output file ('-' for standard output).")
    var output: String

    @Option(help: "Output format: geojson, geojsonseq or ndjson.")
    var to: GeoJSONFormat?

    @Option(help: "Coordinate decimals (0–15).")
    var precision: Int = NumberFormatting.defaultPrecision

    func validate() throws {
        guard (0...15).contains(precision) else { throw ValidationError("--precision must be between 0 and 15") }
        if to == nil && output != "-" && GeoJSONFormat.forPath(output) == nil {
            throw ValidationError("cannot tell the output format from '\(output)': use --to geojson|geojsonseq|ndjson")
        }
    }

    func run() throws {
        let format = to ?? GeoJSONFormat.forPath(output) ?? .geojson
        let reader: GeoJSONFeatureReader
        do { reader = try GeoJSONFeatureReader(path: input) } catch { throw InputFailure(file: input, error) }
        let writer: GeoJSONFeatureWriter
        do { writer = try GeoJSONFeatureWriter(path: output, format: format, precision: precision) } catch { throw InputFailure(file: output, error) }
        while true {
            let next: Feature?
            do { next = try reader.next() } catch {
                writer.abandon()
                throw InputFailure(file: input, error)
            }
            guard let feature = next else { break }
            do { try writer.write(feature) } catch {
                writer.abandon()
                throw InputFailure(file: output, error)
            }
        }
        do {
            try writer.finish(bbox: reader.collectionBBox, foreignMembers: reader.collectionForeignMembers)
        } catch { throw InputFailure(file: output, error) }
    }
}

extension GeoJSONFormat: ExpressibleByArgument {}
