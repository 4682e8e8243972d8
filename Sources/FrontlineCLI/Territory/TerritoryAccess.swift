import ArgumentParser
import ClaimStore
import Foundation
import Gazetteer
import GeoCore
import Territory

/// `--store PATH`, shared by the commands that read or write claims.
struct StoreOptions: ParsableArguments {
    @Option(help: "The claims store, a GeoPackage (default: $FRONTLINE_STORE, else frontline.gpkg).")
    var store: String?

    /// The store path after `--store`, `FRONTLINE_STORE` and the default.
    var path: String { ClaimStore.defaultPath(explicit: store) }

    /// Opens the store; `create` makes a missing one.
    func open(create: Bool) throws -> ClaimStore {
        do { return try ClaimStore(path: path, create: create) } catch { throw InputFailure("\(error)") }
    }
}

/// The gazetteer, actors and evaluator the claim commands share.
enum TerritoryAccess {
    /// Bundled actors (`Gazetteer/actors.tsv`) plus those added to `store`.
    static func actors(store: ClaimStore?) throws -> ActorRegistry {
        let file: String
        do { file = "\(try GazetteerConfiguration.fromEnvironment().dataRoot)/Gazetteer/actors.tsv" } catch { throw InputFailure("\(error)") }
        var registry: ActorRegistry
        do {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            registry = try ActorRegistry(tsv: text, file: file)
        } catch {
            throw InputFailure("\(file): \(error)")
        }
        do {
            for a in try store?.actors() ?? [] { try registry.add(a) }
        } catch {
            throw InputFailure("\(store?.path ?? ""): actors table: \(error)")
        }
        return registry
    }

    /// An evaluator over the shared gazetteer, preferring places in `focus`.
    static func evaluator(focus: [String] = []) throws -> AreaEvaluator {
        AreaEvaluator(gazetteer: try GazetteerAccess.load(), focus: focus)
    }

    /// Parses a date argument, naming the option on failure.
    static func date(_ text: String, option: String) throws -> ClaimDate {
        do { return try ClaimDate(parsing: text) } catch { throw InputFailure("\(option): \(error)") }
    }

    /// A region for `compare`: a GeoJSON file's polygons (dissolved) when `text` names an existing
    /// file, else an area expression (a gazetteer name such as `western Iraq`, or JSON).
    static func region(_ text: String, evaluator: AreaEvaluator) throws -> (name: String, area: Geometry) {
        if FileManager.default.fileExists(atPath: text) {
            let features = try FeatureInput.all(text)
            let polygons = features.compactMap(\.geometry).flatMap(\.polygons)
            guard !polygons.isEmpty else { throw InputFailure("\(text): no Polygon or MultiPolygon features") }
            do { return (text, try Timeline.dissolve([.multiPolygon(polygons)])) } catch { throw InputFailure("\(text): \(error)") }
        }
        do {
            return (text, try evaluator.evaluate(try AreaExpression(text: text)))
        } catch {
            throw InputFailure("--within \(text): \(error)")
        }
    }
}
