import GeoJSONCoding

/// Writes features to a path (format by extension, geojson for `-`), atomically.
enum FeatureOutput {
    static func write(_ features: [Feature], to path: String, precision: Int) throws {
        do {
            let writer = try GeoJSONFeatureWriter(path: path, format: GeoJSONFormat.forPath(path) ?? .geojson, precision: precision)
            for f in features { try writer.write(f) }
            try writer.finish()
        } catch {
            throw InputFailure(file: path, error)
        }
    }
}
