import GeoCore
import GeoJSONCoding

/// Polygons and lines for gazetteer places, from the GeoJSON files that carry a `place_id`
/// property: `GeoJSON/boundaries/countries.geojson`, `GeoJSON/boundaries/admin1.geojson`,
/// `GeoJSON/rivers.geojson`, `GeoJSON/regions.geojson`. Loaded once, on first use.
final class PlaceGeometries: Sendable {
    let files: [String]
    private let table = Locked<[String: Geometry]?>(nil)

    init(dataRoot: String) {
        files = ["GeoJSON/regions.geojson", "GeoJSON/rivers.geojson", "GeoJSON/boundaries/admin1.geojson", "GeoJSON/boundaries/countries.geojson"]
            .map { "\(dataRoot)/\($0)" }
    }

    func geometry(for id: PlaceID) throws -> Geometry? {
        try table.withLock { (t: inout [String: Geometry]?) throws -> Geometry? in
            if t == nil { t = try load() }
            return t?[id.rawValue]
        }
    }

    private func load() throws -> [String: Geometry] {
        var out: [String: Geometry] = [:]
        for path in files {
            guard let reader = try? GeoJSONFeatureReader(path: path) else { continue }
            do {
                while let f = try reader.next() {
                    guard let id = f.properties?["place_id"]?.stringValue, let g = f.geometry, out[id] == nil else { continue }
                    out[id] = g
                }
            } catch {
                throw GazetteerError.io(path: path, reason: "\(error)")
            }
        }
        return out
    }
}

extension Gazetteer {
    /// The polygon or line of a place when the data has one (countries, admin1 areas, rivers,
    /// curated regions), else `nil` (use its point).
    /// - Throws: `GazetteerError.io` if a geometry file is malformed.
    public func geometry(for place: Place) throws -> Geometry? {
        try geometries.geometry(for: place.id)
    }
}
