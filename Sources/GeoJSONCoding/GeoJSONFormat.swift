/// The three feature-stream formats Frontline reads and writes.
public enum GeoJSONFormat: String, Sendable, CaseIterable {
    /// One RFC 7946 FeatureCollection.
    case geojson
    /// RFC 8142 GeoJSON Text Sequences (`application/geo+json-seq`): RS, one Feature, LF.
    case geojsonseq
    /// Newline-delimited GeoJSON: one Feature per line.
    case ndjson

    /// The format a file name's extension implies, or `nil`.
    ///
    /// `.geojson`, `.json` → geojson; `.geojsonl`, `.ndjson`, `.jsonl`, `.ldjson` → ndjson;
    /// `.geojsons`, `.geojsonseq`, `.seq` → geojsonseq.
    public static func forPath(_ path: String) -> GeoJSONFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".geojsons") || lower.hasSuffix(".geojsonseq") || lower.hasSuffix(".seq") { return .geojsonseq }
        if lower.hasSuffix(".ndjson") || lower.hasSuffix(".jsonl") || lower.hasSuffix(".geojsonl") || lower.hasSuffix(".ldjson") { return .ndjson }
        if lower.hasSuffix(".geojson") || lower.hasSuffix(".json") { return .geojson }
        return nil
    }
}
