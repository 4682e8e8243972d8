import GeoCore
import GeoJSONCoding

/// Reads every feature of a GeoJSON input, turning errors into one-line messages naming the file.
enum FeatureInput {
    /// Calls `body` with each feature and its index, streaming.
    static func forEach(_ path: String, _ body: (Int, Feature) throws -> Void) throws {
        let reader: GeoJSONFeatureReader
        do { reader = try GeoJSONFeatureReader(path: path) } catch { throw InputFailure(file: path, error) }
        var index = 0
        while true {
            let next: Feature?
            do { next = try reader.next() } catch { throw InputFailure(file: path, error) }
            guard let feature = next else { break }
            try body(index, feature)
            index += 1
        }
    }

    /// All features of a file.
    static func all(_ path: String) throws -> [Feature] {
        var out: [Feature] = []
        try forEach(path) { _, f in out.append(f) }
        return out
    }

    /// The file name as shown in messages (`<stdin>` for `-`).
    static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    /// A short label for a feature: `feature 3 (id "bowtie")`.
    static func label(_ index: Int, _ feature: Feature) -> String {
        if let id = feature.id { return "feature \(index) (id \(quoted(id)))" }
        return "feature \(index)"
    }

    static func quoted(_ id: FeatureID) -> String {
        switch id {
        case .string(let s): "\"\(s)\""
        case .number: id.description
        }
    }
}
