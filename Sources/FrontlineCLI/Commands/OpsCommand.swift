import ArgumentParser
import GeoCore
import GeoJSONCoding
import GeoTopology
import Geodesy

/// `frontline ops OP A B`: overlay of two GeoJSON files, each dissolved first.
struct OpsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ops",
        abstract: "Union, intersection, difference or symmetric difference of two GeoJSON files.",
        discussion: """
            Each file's geometries are dissolved (GEOS unary union) first; the result is one feature with
            properties operation and area_km2 (geodesic), as a FeatureCollection.
            """
    )

    enum Operation: String, ExpressibleByArgument, CaseIterable {
        case union, intersection, difference
        case symmetricDifference = "symmetric-difference"
    }

    @Argument(help: "union, intersection, difference or symmetric-difference.")
    var operation: Operation

    @Argument(help: "First GeoJSON file.")
    var a: String

    @Argument(help: "Second GeoJSON file.")
    var b: String

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String = "-"

    @Option(help: "Coordinate decimals.")
    var precision: Int = NumberFormatting.defaultPrecision

    func run() throws {
        let left = try Self.dissolved(a)
        let right = try Self.dissolved(b)
        let result: Geometry
        do {
            let g: GEOSGeometry = switch operation {
            case .union: try left.union(with: right)
            case .intersection: try left.intersection(with: right)
            case .difference: try left.difference(with: right)
            case .symmetricDifference: try left.symmetricDifference(with: right)
            }
            result = try g.geometry()
        } catch {
            throw InputFailure("\(operation.rawValue) of \(a) and \(b) failed: \(error) (run 'frontline validate' on both)")
        }
        let feature = Feature(geometry: result, properties: JSONObject([
            ("operation", .string(operation.rawValue)),
            ("area_km2", JSONOutput.number(GeodesicArea.areaKm2(result))),
        ]))
        try FeatureOutput.write([feature], to: output, precision: precision)
    }

    /// All geometries of a file, dissolved into one GEOS geometry.
    static func dissolved(_ path: String) throws -> GEOSGeometry {
        var parts: [GEOSGeometry] = []
        try FeatureInput.forEach(path) { index, feature in
            guard let g = feature.geometry else { return }
            do { parts.append(try GEOSGeometry(g)) } catch {
                throw InputFailure("\(path): \(FeatureInput.label(index, feature)): \(error)")
            }
        }
        do { return try GEOSGeometry.unaryUnion(parts) } catch {
            throw InputFailure("\(path): cannot dissolve the geometries: \(error) (run 'frontline validate \(path)')")
        }
    }
}
