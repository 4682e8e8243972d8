import ArgumentParser
import GeoCore
import GeoJSONCoding
import GeoTopology

/// `frontline buffer FILE --meters M`: buffer every feature by a distance in metres.
struct BufferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "buffer",
        abstract: "Buffer every feature by a distance in metres (geodesic, via local azimuthal-equidistant projections).",
        discussion: """
            Each part is projected to an azimuthal-equidistant plane centred on it (PROJ), buffered
            there (GEOS), and projected back; properties are kept. Negative distances shrink polygons.
            """
    )

    @Argument(help: "GeoJSON, GeoJSONSeq or NDJSON file ('-' for standard input).")
    var file: String

    @Option(help: "Buffer distance in metres.")
    var meters: Double

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String = "-"

    @Option(help: "Segments per quarter circle.")
    var segments: Int = 16

    @Option(help: "Coordinate decimals.")
    var precision: Int = NumberFormatting.defaultPrecision

    func validate() throws {
        guard meters.isFinite else { throw ValidationError("--meters must be a finite number") }
        guard (1...1000).contains(segments) else { throw ValidationError("--segments must be between 1 and 1000") }
    }

    func run() throws {
        var out: [Feature] = []
        try FeatureInput.forEach(file) { index, feature in
            var f = feature
            if let g = feature.geometry {
                if let p = g.structuralProblems().first {
                    throw InputFailure("\(FeatureInput.displayName(file)): \(FeatureInput.label(index, feature)): geometry.\(p.path): \(p.reason)")
                }
                do { f.geometry = try MetricOperations.buffer(g, metres: meters, quadrantSegments: segments) } catch {
                    throw InputFailure("\(FeatureInput.displayName(file)): \(FeatureInput.label(index, feature)): \(error)")
                }
            }
            out.append(f)
        }
        try FeatureOutput.write(out, to: output, precision: precision)
    }
}
